import type { PanelId } from '../params/panelIds';
import { useEffect, useLayoutEffect } from 'react';
import type { Job, JobResult } from '../worker/protocol';
import { submitJob } from './engineClient';
import { useStore, type ResultEntry } from './store';

/**
 * Submits `job` on `channel` whenever it changes (pass a memoized job), returns the newest
 * result entry and error, and records `curvlab:update` from the user's change to the frame that
 * first shows the result. Any panel's computation goes through here.
 */
export function useJob<K extends JobResult['kind']>(
  panel: PanelId,
  channel: string,
  job: Job | null,
  kind: K,
): {
  result: Extract<JobResult, { kind: K }> | null;
  entry: ResultEntry | undefined;
  error: string | undefined;
} {
  // A layout effect, not a passive one: the job leaves for the worker before this frame is
  // painted, so its result can make the very next frame.
  useLayoutEffect(() => {
    if (!job) return;
    submitJob(channel, job, useStore.getState().changedAt[panel]);
  }, [panel, channel, job]);

  const entry = useStore((s) => s.results[channel]);
  const error = useStore((s) => s.errors[channel]);
  useUpdateMeasure(entry);
  const result =
    entry?.result.kind === kind ? (entry.result as Extract<JobResult, { kind: K }>) : null;
  return { result, entry, error };
}

/** `curvlab:update`: from the parameter change to the animation frame that shows its result. */
export function useUpdateMeasure(entry: ResultEntry | undefined) {
  useEffect(() => {
    if (!entry) return;
    const id = requestAnimationFrame(() => {
      try {
        performance.measure('curvlab:update', {
          start: entry.changedAt,
          end: performance.now(),
          detail: { kind: entry.result.kind },
        });
      } catch {
        /* User Timing unavailable: nothing to record. */
      }
    });
    return () => cancelAnimationFrame(id);
  }, [entry]);
}
