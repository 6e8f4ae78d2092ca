/// <reference lib="webworker" />
import { replyIds, type ComputeRequest, type Request, type WorkerMessage } from './protocol';
import { LruMemo } from '../core/memo';
import { runJob, transferables } from './runJob';

// Only the newest request per channel is computed: requests that queue up while a computation
// runs are superseded before they cost anything.
const latest = new Map<string, ComputeRequest>();
// This worker owns its job runner, so it owns the runner's memo (kept across jobs, bounded).
const memo = new LruMemo();
let scheduled = false;

const post = (msg: WorkerMessage, transfer: Transferable[] = []) => postMessage(msg, transfer);

async function drain() {
  // Requests that arrive while a job runs replace each other in `latest`; only the newest per
  // channel is computed next.
  while (latest.size > 0) {
    const jobs = [...latest.values()];
    latest.clear();
    for (const req of jobs) {
      const t0 = performance.now();
      const ids = replyIds(req);
      try {
        const result = await runJob(req.job, memo);
        post(
          { ...ids, type: 'result', result, computeMs: performance.now() - t0 },
          transferables(result),
        );
      } catch (e) {
        post({ ...ids, type: 'error', message: String(e) });
      }
    }
  }
  scheduled = false;
}

self.onmessage = (ev: MessageEvent<Request>) => {
  const msg = ev.data;
  if (msg.type === 'crash') {
    setTimeout(() => {
      throw new Error('Crash requested by the test hook');
    });
    return;
  }
  latest.set(msg.channel, msg);
  if (!scheduled) {
    scheduled = true;
    setTimeout(() => void drain(), 0);
  }
};

// The page treats an error before this message as "no worker here" (e.g. a frame that may not
// load it), and an error after it as a crash to recover from.
post({ type: 'ready' });
