/** Connects the engine facade to the store: results and crashes become state and notices. */
import { Engine } from '../worker/engine';
import type { Job, JobResult } from '../worker/protocol';
import type { Kind } from '../worker/quick';
import { defaultWorkerFactory } from '../worker/workerFactory';
import { useStore } from './store';

let engine: Engine | null = null;
const changedAt = new Map<number, number>();

function getEngine(): Engine {
  if (!engine) {
    engine = new Engine(
      {
        onResult(channel, runId, result, computeMs) {
          const t = changedAt.get(runId) ?? performance.now();
          for (const id of changedAt.keys()) if (id <= runId) changedAt.delete(id);
          useStore.getState().setResult(channel, { runId, result, computeMs, changedAt: t });
        },
        onError(channel, runId, message) {
          changedAt.delete(runId);
          useStore.getState().setError(channel, message);
        },
        onCrash(message) {
          useStore
            .getState()
            .notify(
              'error',
              `The computation engine crashed (${message}) and was restarted; the latest settings were recomputed.`,
            );
        },
      },
      { makeWorker: defaultWorkerFactory() },
    );
  }
  return engine;
}

/** Submits a job; `since` is when the user's change happened (for the curvlab:update measure). */
export function submitJob(channel: string, job: Job, since: number = performance.now()): number {
  // The runId is recorded before anything runs: an inline result arrives within submit.
  return getEngine().submit(channel, job, (runId) => changedAt.set(runId, since));
}

/** Fetches the code of these job kinds (a panel that is opening), so its first job runs inline. */
export function preloadJobKinds(kinds: readonly Kind[]) {
  void getEngine().preload(kinds);
}

export function crashEngineForTest() {
  getEngine().crashForTest();
}

/** Runs one job on its own channel and resolves with its result (used by `npm run bench`). */
export function requestJob(channel: string, job: Job): Promise<JobResult> {
  return new Promise((resolve, reject) => {
    let runId = -1;
    const unsub = useStore.subscribe((s) => {
      const r = s.results[channel];
      const e = s.errors[channel];
      if (r?.runId === runId) {
        unsub();
        resolve(r.result);
      } else if (e) {
        unsub();
        reject(new Error(e));
      }
    });
    // An inline result is committed within submitJob, before its runId is known here.
    runId = submitJob(channel, job);
    const now = useStore.getState();
    if (now.results[channel]?.runId === runId) {
      unsub();
      resolve(now.results[channel].result);
    }
  });
}

/** How jobs have travelled so far (inline, worker, page fallback), for `npm run bench`. */
export function engineRoutes() {
  return getEngine().routes();
}
