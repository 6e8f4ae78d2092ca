import { useEffect, useRef, useState } from 'react';
import { registerPlay } from './playBus';

interface Props {
  k: number;
  max: number;
  onK(k: number): void;
  /** Milliseconds per step while playing. */
  interval?: number;
}

/** Step through iterates: reset, step back, play/pause, step forward (also: presenter keys). */
export function PlayControls({ k, max, onK, interval = 400 }: Props) {
  const [playing, setPlaying] = useState(false);
  const kRef = useRef(k);
  useEffect(() => {
    kRef.current = k;
  }, [k]);
  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => {
      if (kRef.current >= max) setPlaying(false);
      else onK(kRef.current + 1);
    }, interval);
    return () => clearInterval(id);
  }, [playing, max, onK, interval]);
  const shown = Math.min(k, max);

  const actions = useRef({
    toggle: () => {},
    step: () => {},
    back: () => {},
    reset: () => {},
  });
  useEffect(() => {
    actions.current.toggle = () => {
      // Reduced motion: no animation through the iterates; play shows the end state at once.
      if (!playing && matchMedia('(prefers-reduced-motion: reduce)').matches) {
        onK(max);
        return;
      }
      if (!playing && kRef.current >= max) onK(0);
      setPlaying(!playing);
    };
    actions.current.step = () => onK(Math.min(max, kRef.current + 1));
    actions.current.back = () => onK(Math.max(0, kRef.current - 1));
    actions.current.reset = () => {
      setPlaying(false);
      onK(0);
    };
  }, [playing, max, onK]);
  useEffect(
    () =>
      registerPlay({
        toggle: () => actions.current.toggle(),
        step: () => actions.current.step(),
        back: () => actions.current.back(),
        reset: () => actions.current.reset(),
      }),
    [],
  );

  return (
    <div
      className="play-controls"
      role="group"
      aria-label="Step through the iterates"
      data-control="play"
    >
      <button
        type="button"
        onClick={() => actions.current.reset()}
        aria-label="Reset to the start point"
      >
        Reset
      </button>
      <button
        type="button"
        onClick={() => onK(Math.max(0, shown - 1))}
        disabled={shown <= 0}
        aria-label="Step back"
      >
        ◀ Back
      </button>
      <button
        type="button"
        onClick={() => actions.current.toggle()}
        aria-pressed={playing}
        data-testid="play"
      >
        {playing ? '⏸ Pause' : '▶ Play'}
      </button>
      <button
        type="button"
        onClick={() => onK(Math.min(max, shown + 1))}
        disabled={shown >= max}
        aria-label="Step forward"
      >
        Step ▶
      </button>
      <span className="k-readout" data-testid="k-readout">
        iterate k = {shown} / {max}
      </span>
    </div>
  );
}
