import {
  memo,
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  type Ref,
} from 'react';
import { CovarianceEllipse } from '../../components/plot/CovarianceEllipse';
import { ellipsePathD } from '../../components/plot/ellipse';
import { Plot2D } from '../../components/plot/Plot2D';
import { ScatterCloud, type ScatterCloudHandle } from '../../components/plot/ScatterCloud';
import { useScales } from '../../components/plot/scales';
import { createMoment2, type Moment2, type PstSamples } from '../../core/pst';
import { cloudDomain } from './cloudDomain';
import { ArrowMarker } from './ArrowMarker';
import { PST_STYLE } from './style';
import { GREY } from '../../components/palette';
import { usePresent } from '../shared/usePresent';

/** Per-frame drawing of the first n samples, called by the animation outside React. */
export interface CloudHandle {
  show(n: number): void;
}

interface Props {
  out: PstSamples;
  width: number;
  shown: number;
  handleRef: Ref<CloudHandle>;
}

/** The pseudo-gradient cloud, its running 2σ ellipse and the exact G ellipse it converges to. */
export const CloudView = memo(function CloudView({ out, width, shown, handleRef }: Props) {
  // Capped for reading; on the presenter stage the figure takes the height it is given.
  const cap = usePresent() ? Infinity : 500;
  const height = Math.max(260, Math.min(cap, Math.round(width * 0.7)));
  const domain = useMemo(() => cloudDomain(out.exactG, out.sampleG), [out]);
  return (
    <Plot2D
      domain={domain}
      width={width}
      height={height}
      xLabel={`Dw of ${out.names[0]}`}
      yLabel={`Dw of ${out.names[1]}`}
      label="Cloud of sampled pseudo-gradients with the running covariance ellipse and the exact G ellipse"
      testId="main-plot"
    >
      <RunningLayer out={out} shown={shown} handleRef={handleRef} />
    </Plot2D>
  );
});

function RunningLayer({ out, shown, handleRef }: Omit<Props, 'width'>) {
  const s = useScales();
  const cloud = useRef<ScatterCloudHandle>(null);
  const path = useRef<SVGPathElement>(null);
  const arrow = useRef<SVGLineElement>(null);
  // The running second moment of the samples drawn so far, rebuilt when the samples change.
  const running = useRef<{ samples: Float64Array | null; moment: Moment2 }>({
    samples: null,
    moment: createMoment2(),
  });

  const show = useCallback(
    (n: number) => {
      const r = running.current;
      if (r.samples !== out.samples || n < r.moment.count) {
        r.samples = out.samples;
        r.moment.reset();
      }
      r.moment.addRows(out.samples, r.moment.count, n);
      cloud.current?.draw(n);
      path.current?.setAttribute('d', n >= 2 ? ellipsePathD(r.moment.value(), 2, s.x, s.y) : '');
      const a = arrow.current;
      if (a) {
        a.style.display = n > 0 ? '' : 'none';
        if (n > 0) {
          a.setAttribute('x2', String(s.x(out.samples[2 * n - 2])));
          a.setAttribute('y2', String(s.y(out.samples[2 * n - 1])));
        }
      }
    },
    [out, s],
  );
  useImperativeHandle(handleRef, () => ({ show }), [show]);
  useLayoutEffect(() => show(shown), [show, shown]);

  return (
    <>
      <ArrowMarker id="pst-arrow" color={PST_STYLE.estimate.color} />
      <ScatterCloud
        points={out.samples}
        count={shown}
        color={PST_STYLE.cloud.color}
        handleRef={cloud}
        testId="cloud-canvas"
      />
      <line
        x1={s.x(0)}
        x2={s.x(0)}
        y1={0}
        y2={s.innerHeight}
        stroke={GREY.light}
        strokeWidth={0.8}
      />
      <line
        x1={0}
        x2={s.innerWidth}
        y1={s.y(0)}
        y2={s.y(0)}
        stroke={GREY.light}
        strokeWidth={0.8}
      />
      <CovarianceEllipse
        matrix={out.exactG}
        color={PST_STYLE.exact.color}
        width={3}
        testId="exact-ellipse"
      />
      <CovarianceEllipse
        matrix={null}
        pathRef={path}
        color={PST_STYLE.estimate.color}
        dash={PST_STYLE.estimate.dash}
        width={3}
        testId="running-ellipse"
      />
      <line
        ref={arrow}
        x1={s.x(0)}
        y1={s.y(0)}
        stroke={PST_STYLE.estimate.color}
        strokeWidth={2}
        markerEnd="url(#pst-arrow)"
        data-testid="latest-arrow"
      >
        <title>The newest pseudo-gradient</title>
      </line>
    </>
  );
}
