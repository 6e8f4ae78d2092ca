import { memo } from 'react';
import type { ProximalResult, ProximalView } from '../../core/proximal';
import { SEEN_MAX, X_RANGE } from '../../core/proximal';
import { Plot2D, type Domain } from '../../components/plot/Plot2D';
import { LineSwatch } from '../../components/Legend';
import { CurvePath, DataPoints, FsdTicks, UnseenRegion } from './layers';
import { REFERENCE, VIEW_STYLE } from './style';
import { ViewStats } from './ViewStats';
import { usePresent } from '../shared/usePresent';

const DOMAIN: Domain = [X_RANGE, [-2, 2]];
// A heading, not a <figcaption>: presenter mode hides captions, but the four titles are the point.
const VIEW_TITLE = { fontSize: '1rem', margin: '0.2rem 0' } as const;

interface Props {
  out: ProximalResult;
  view: ProximalView;
  width: number;
  /** Drawn on top (the NGD step in the Loss + WSD + FSD view). */
  overlay?: ProximalView;
  steps: number;
}

/**
 * One of the slide's small multiples: the view's network f(x, w) over the data and batch.
 * Memoized: a slider move re-renders the panel at once, but a view only changes with its result.
 */
export const FunctionView = memo(function FunctionView({
  out,
  view,
  width,
  overlay,
  steps,
}: Props) {
  const st = VIEW_STYLE[view.id];
  // Capped for reading; on the presenter stage the plots take the height they are given.
  const present = usePresent();
  const prev = out.views[0];
  const title = view.id === 'previous' ? 'Previous iterate' : st.label;
  return (
    <figure
      style={{ margin: 0 }}
      data-testid={`view-${view.id}`}
      aria-labelledby={`view-title-${view.id}`}
    >
      <h2 style={VIEW_TITLE} id={`view-title-${view.id}`}>
        <LineSwatch color={st.color} dash={st.dash} width={30} height={12} inset={1} stroke={3} />{' '}
        {title}
      </h2>
      <Plot2D
        domain={DOMAIN}
        width={width}
        height={Math.round(Math.min(present ? Infinity : 260, Math.max(190, width * 0.62)))}
        xLabel="input x"
        yLabel="output f(x, w)"
        label={`${title}: the network's function with the training data and the new batch`}
        testId={`plot-${view.id}`}
      >
        <UnseenRegion from={SEEN_MAX} />
        {out.fsdInputs !== null && view.lambdaFsd > 0 && view.id !== 'previous' && (
          <FsdTicks xs={out.fsdInputs} />
        )}
        <DataPoints xs={out.dataX} ts={out.dataT} seen={out.seen} batch={out.batch} />
        {view.id !== 'previous' && (
          <CurvePath
            xs={out.curveX}
            ys={prev.f}
            color={REFERENCE.color}
            dash={REFERENCE.dash}
            width={1.6}
          />
        )}
        <CurvePath
          xs={out.curveX}
          ys={view.f}
          color={st.color}
          dash={st.dash}
          testId={`curve-${view.id}`}
        />
        {overlay && (
          <CurvePath
            xs={out.curveX}
            ys={overlay.f}
            color={VIEW_STYLE[overlay.id].color}
            dash={VIEW_STYLE[overlay.id].dash}
            width={3}
            testId={`curve-${overlay.id}`}
          />
        )}
      </Plot2D>
      <ViewStats view={view} prev={prev} steps={steps} />
    </figure>
  );
});
