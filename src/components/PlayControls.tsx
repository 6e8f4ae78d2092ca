import { useEffect, useRef, useState } from 'react';

interface Props {
  k: number;
  max: number;
  onK(k: number): void;
  /** Milliseconds per step while playing. */
  interval?: number;
}

/** Step through iterates: reset, step back, play/pause, step forward. */
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
  return (
    <div className="play-controls" role="group" aria-label="Step through the iterates">
      <button
        type="button"
        onClick={() => {
          setPlaying(false);
          onK(0);
        }}
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
        onClick={() => {
          if (!playing && shown >= max) onK(0);
          setPlaying(!playing);
        }}
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
