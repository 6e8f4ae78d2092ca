/// <reference lib="webworker" />
/**
 * The worker side of the synchronous lane (see lane.ts): wait for a request in shared memory,
 * compute it, write the reply back — or post it when the main thread stopped waiting or it does
 * not fit. This worker blocks in Atomics.wait, so it serves nothing else.
 */
import { CodecOverflow, decode, encodeInto } from './codec';
import { LaneState, type LaneInit } from './lane';
import type { Reply, Request } from './protocol';
import type { Memo } from '../core/memo';
import { runJob, transferables } from './runJob';

async function compute(req: Extract<Request, { type: 'compute' }>, memo: Memo): Promise<Reply> {
  const t0 = performance.now();
  try {
    const result = await runJob(req.job, memo);
    return {
      type: 'result',
      runId: req.runId,
      channel: req.channel,
      result,
      computeMs: performance.now() - t0,
    };
  } catch (e) {
    return { type: 'error', runId: req.runId, channel: req.channel, message: String(e) };
  }
}

const post = (reply: Reply) =>
  postMessage(reply, reply.type === 'result' ? transferables(reply.result) : []);

export async function serveLane({ control, data }: LaneInit, memo: Memo): Promise<never> {
  const ctrl = new Int32Array(control);
  const bytes = new Uint8Array(data);
  for (;;) {
    // Sleeping, not spinning, between requests: a spinning worker would take a core from the
    // page's own threads (measured: worse latency on a 2-core machine).
    Atomics.wait(ctrl, 0, LaneState.Idle);
    // Abandoned before we even started (e.g. while this worker was loading) is still a request,
    // to be answered by message.
    const state = Atomics.load(ctrl, 0);
    if (state !== LaneState.Request && state !== LaneState.Abandoned) continue;
    const req = decode(bytes.slice(0, Atomics.load(ctrl, 1))) as Extract<
      Request,
      { type: 'compute' }
    >;
    const reply = await compute(req, memo);
    let n = -1;
    try {
      n = encodeInto(reply, bytes);
    } catch (e) {
      if (!(e instanceof CodecOverflow)) throw e;
    }
    if (n >= 0) {
      Atomics.store(ctrl, 1, n);
      if (
        Atomics.compareExchange(ctrl, 0, LaneState.Request, LaneState.Done) === LaneState.Request
      ) {
        Atomics.notify(ctrl, 0);
        continue;
      }
    } else if (
      Atomics.compareExchange(ctrl, 0, LaneState.Request, LaneState.Posted) === LaneState.Request
    ) {
      post(reply); // the main thread resets the lane to Idle when it sees Posted
      continue;
    }
    // Abandoned: the main thread stopped waiting and expects a message.
    post(reply);
    Atomics.store(ctrl, 0, LaneState.Idle);
  }
}
