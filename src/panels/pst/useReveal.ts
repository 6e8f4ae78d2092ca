import { useCallback, useEffect, useRef, useState } from 'react';
import { countAt, timeFor } from './reveal';

const COMMIT_MS = 200;

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export interface Reveal {
  /** Samples shown, committed to React at most every 200 ms while playing (captions, formulas). */
  shown: number;
  playing: boolean;
  play(): void;
  pause(): void;
  /** Show exactly n samples (reset, step). */
  seek(n: number): void;
}

/**
 * Drives the sample-accumulation animation with requestAnimationFrame. Every frame calls
 * `onFrame(count)` (imperative drawing, outside React); React state follows at a lower rate.
 * A new `resetKey` (new samples) shows the end state. With prefers-reduced-motion, play jumps to
 * the end state instead of animating.
 */
export function useReveal(total: number, resetKey: string, onFrame: (n: number) => void): Reveal {
  const [shown, setShown] = useState(total);
  const [playing, setPlaying] = useState(false);
  const shownRef = useRef(total);
  const frameRef = useRef(onFrame);
  useEffect(() => {
    frameRef.current = onFrame;
  }, [onFrame]);

  const commit = useCallback((n: number) => {
    shownRef.current = n;
    setShown(n);
  }, []);

  useEffect(() => {
    setPlaying(false);
    commit(total);
  }, [resetKey, total, commit]);

  useEffect(() => {
    if (!playing) return;
    if (prefersReducedMotion()) {
      commit(total);
      frameRef.current(total);
      setPlaying(false);
      return;
    }
    const from = shownRef.current >= total ? 0 : shownRef.current;
    const offset = timeFor(from, total);
    let start: number | null = null;
    let lastCommit = 0;
    let raf = requestAnimationFrame(function tick(now) {
      start ??= now;
      const n = Math.max(from, countAt(offset + now - start, total));
      shownRef.current = n;
      frameRef.current(n);
      if (n >= total) {
        commit(total);
        setPlaying(false);
        return;
      }
      if (now - lastCommit > COMMIT_MS) {
        lastCommit = now;
        setShown(n);
      }
      raf = requestAnimationFrame(tick);
    });
    return () => {
      cancelAnimationFrame(raf);
      setShown(shownRef.current);
    };
  }, [playing, total, commit]);

  const seek = useCallback(
    (n: number) => {
      setPlaying(false);
      const c = Math.max(0, Math.min(total, Math.round(n)));
      commit(c);
      frameRef.current(c);
    },
    [total, commit],
  );
  return {
    shown,
    playing,
    play: useCallback(() => setPlaying(true), []),
    pause: useCallback(() => setPlaying(false), []),
    seek,
  };
}
