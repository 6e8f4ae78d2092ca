/// <reference lib="webworker" />
import type { LaneInit } from './lane';
import { serveLane } from './laneServer';
import type { Reply, Request } from './protocol';
import { LruMemo } from '../core/memo';
import { runJob, transferables } from './runJob';

// Only the newest request per channel is computed: requests that queue up while a computation
// runs are superseded before they cost anything.
const latest = new Map<string, Extract<Request, { type: 'compute' }>>();
// This worker owns its job runner, so it owns the runner's memo (kept across jobs, bounded).
const memo = new LruMemo();
let scheduled = false;

async function drain() {
  // Requests that arrive while a job runs replace each other in `latest`; only the newest per
  // channel is computed next.
  while (latest.size > 0) {
    const jobs = [...latest.values()];
    latest.clear();
    for (const req of jobs) {
      const t0 = performance.now();
      try {
        const result = await runJob(req.job, memo);
        const computeMs = performance.now() - t0;
        const reply: Reply = {
          type: 'result',
          runId: req.runId,
          channel: req.channel,
          result,
          computeMs,
        };
        postMessage(reply, transferables(result));
      } catch (e) {
        const reply: Reply = {
          type: 'error',
          runId: req.runId,
          channel: req.channel,
          message: String(e),
        };
        postMessage(reply);
      }
    }
  }
  scheduled = false;
}

self.onmessage = (ev: MessageEvent<Request | LaneInit>) => {
  const msg = ev.data;
  if (msg.type === 'lane') {
    // From now on this worker is the synchronous lane's server and takes no messages.
    self.onmessage = null;
    void serveLane(msg, memo);
    return;
  }
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
