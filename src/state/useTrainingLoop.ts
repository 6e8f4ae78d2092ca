import type { PanelId } from '../params/panelIds';
import { useEffect, useRef, useState } from 'react';
import type { Job, JobResult } from '../worker/protocol';
import { submitJob } from './engineClient';
import { useStore } from './store';

type Output<K extends JobResult['kind']> = Extract<JobResult, { kind: K }>['output'];

interface Options<K extends JobResult['kind']> {
  /** Panel id (for curvlab:update) and the engine channel the chunks run on. */
  panel: PanelId;
  channel: string;
  kind: K;
  /** While true, a new chunk is submitted as soon as the previous one is back. */
  playing: boolean;
  /** Changing this discards the run (new settings, reset button). */
  resetKey: string;
  /**
   * The next chunk of work given the last chunk's output (null at the start), or null when the
   * run is finished. Each chunk should take a few tens of milliseconds in the worker and carry
   * the whole training state, so a restarted worker can simply continue.
   */
  nextJob(last: Output<K> | null): Job | null;
}

/**
 * Long computations (training) as a chain of short worker jobs: the UI never blocks, pausing is
 * just not submitting the next chunk, and a reset discards late replies by resetKey.
 */
export function useTrainingLoop<K extends JobResult['kind']>(o: Options<K>) {
  // Stored untyped: TypeScript cannot follow the conditional Output<K> through setState.
  const [state, setState] = useState<{ key: string; last: unknown; done: boolean }>({
    key: o.resetKey,
    last: null,
    done: false,
  });
  const current = state.key === o.resetKey ? state : { key: o.resetKey, last: null, done: false };
  const inFlight = useRef<{ runId: number; key: string } | null>(null);
  // Bumped when a stale reply is dropped, so the loop re-checks whether to submit.
  const [tick, setTick] = useState(0);
  const entry = useStore((s) => s.results[o.channel]);
  const error = useStore((s) => s.errors[o.channel]);
  const nextJob = useRef(o.nextJob);
  useEffect(() => {
    nextJob.current = o.nextJob;
  });

  // A reply for the chunk in flight becomes the new state (late replies of an old run are dropped).
  useEffect(() => {
    const f = inFlight.current;
    if (!entry || !f || entry.runId !== f.runId) return;
    inFlight.current = null;
    if (f.key !== o.resetKey || entry.result.kind !== o.kind) {
      setTick((t) => t + 1);
      return;
    }
    setState({ key: f.key, last: entry.result.output, done: false });
  }, [entry, o.kind, o.resetKey]);

  useEffect(() => {
    if (!o.playing || current.done || inFlight.current) return;
    const job = nextJob.current(current.last as Output<K> | null);
    if (!job) {
      setState({ key: current.key, last: current.last, done: true });
      return;
    }
    const runId = submitJob(o.channel, job, useStore.getState().changedAt[o.panel]);
    inFlight.current = { runId, key: o.resetKey };
  }, [o.playing, o.channel, o.panel, o.resetKey, current.last, current.done, current.key, tick]);

  return {
    last: current.last as Output<K> | null,
    done: current.done,
    running: o.playing && !current.done,
    error,
  };
}
