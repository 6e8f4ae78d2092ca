import { useLayoutEffect, type RefObject } from 'react';
import type { Reveal } from './useReveal';

interface Props {
  reveal: Reveal;
  total: number;
  /** The counter element; the animation writes its text every frame. */
  counterRef: RefObject<HTMLOutputElement | null>;
}

export const counterText = (n: number, total: number) => `samples shown: ${n} / ${total}`;

/** Play/pause the accumulation of samples, step one at a time, or jump to either end. */
export function SampleControls({ reveal, total, counterRef }: Props) {
  const { shown, playing } = reveal;
  // The counter has no React children: frames write its text directly (no re-render per frame).
  useLayoutEffect(() => {
    if (counterRef.current) counterRef.current.textContent = counterText(shown, total);
  }, [shown, total, counterRef]);
  return (
    <div className="play-controls" role="group" aria-label="Sample accumulation">
      <button type="button" onClick={() => reveal.seek(0)} aria-label="Reset to no samples">
        Reset
      </button>
      <button
        type="button"
        onClick={() => reveal.seek(shown + 1)}
        disabled={playing || shown >= total}
        aria-label="Add one sample"
      >
        +1 sample
      </button>
      <button
        type="button"
        onClick={() => (playing ? reveal.pause() : reveal.play())}
        aria-pressed={playing}
        data-testid="play"
      >
        {playing ? '⏸ Pause' : shown >= total ? '▶ Replay sampling' : '▶ Play'}
      </button>
      <button
        type="button"
        onClick={() => reveal.seek(total)}
        disabled={shown >= total && !playing}
      >
        Show all
      </button>
      <output className="k-readout" ref={counterRef} data-testid="sample-counter" />
    </div>
  );
}
