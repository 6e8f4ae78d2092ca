/// <reference lib="webworker" />
import type { Reply, Request } from './protocol';
import { runJob, transferables } from './runJob';

// Only the newest request per channel is computed: requests that queue up while a computation
// runs are superseded before they cost anything.
const latest = new Map<string, Extract<Request, { type: 'compute' }>>();
let scheduled = false;

function drain() {
  scheduled = false;
  const jobs = [...latest.values()];
  latest.clear();
  for (const req of jobs) {
    let reply: Reply;
    const t0 = performance.now();
    try {
      const result = runJob(req.job);
      const computeMs = performance.now() - t0;
      reply = { type: 'result', runId: req.runId, channel: req.channel, result, computeMs };
      postMessage(reply, transferables(result));
    } catch (e) {
      reply = { type: 'error', runId: req.runId, channel: req.channel, message: String(e) };
      postMessage(reply);
    }
  }
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
    setTimeout(drain, 0);
  }
};
