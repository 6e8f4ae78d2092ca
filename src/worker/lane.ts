/**
 * The synchronous lane: a second engine worker that the main thread can wait for *within one
 * task*, so a slider move's result is committed in the same frame as the move (a reply by
 * postMessage can only be handled after that frame is painted). It needs shared memory, i.e. a
 * cross-origin isolated page (COOP/COEP headers, docs/deploying.md); elsewhere `SyncLane.create`
 * returns null and every job takes the ordinary message route.
 *
 * One request at a time goes through a SharedArrayBuffer: the main thread writes it and waits
 * (spinning, bounded by a budget) for the worker to write the reply. If the budget runs out the
 * request is abandoned and the worker posts its reply as an ordinary message instead.
 */
import { CodecOverflow, decode, encodeInto } from './codec';
import type { Reply, Request } from './protocol';

/** Lane states in control[0]. */
export const LaneState = {
  Idle: 0,
  /** The main thread wrote a request; the worker is computing. */
  Request: 1,
  /** The worker wrote the reply into the buffer. */
  Done: 2,
  /** The main thread stopped waiting; the worker will post the reply. */
  Abandoned: 3,
  /** The reply did not fit the buffer; the worker posted it. */
  Posted: 4,
} as const;

/** Sent to a worker to turn it into the lane's server. */
export interface LaneInit {
  type: 'lane';
  control: SharedArrayBuffer;
  data: SharedArrayBuffer;
}

export const LANE_BYTES = 16 << 20;

type ComputeRequest = Extract<Request, { type: 'compute' }>;

export class SyncLane {
  /** Main-thread wait per request answered on the lane (ms), newest last; for `npm run bench`. */
  readonly waits: number[] = [];
  private readonly ctrl: Int32Array;
  private readonly bytes: Uint8Array;

  private constructor(
    private readonly worker: Worker,
    init: LaneInit,
  ) {
    this.ctrl = new Int32Array(init.control);
    this.bytes = new Uint8Array(init.data);
  }

  /** A lane on a fresh worker, or null where shared memory is unavailable. */
  static create(
    makeWorker: () => Worker,
    onReply: (reply: Reply) => void,
    onCrash: (message: string) => void,
  ): SyncLane | null {
    if (typeof SharedArrayBuffer === 'undefined' || !globalThis.crossOriginIsolated) return null;
    try {
      const init: LaneInit = {
        type: 'lane',
        control: new SharedArrayBuffer(8),
        data: new SharedArrayBuffer(LANE_BYTES),
      };
      const w = makeWorker();
      w.onmessage = (ev: MessageEvent<Reply>) => onReply(ev.data);
      w.onerror = (ev: ErrorEvent) => {
        ev.preventDefault();
        onCrash(ev.message || 'unknown error');
      };
      w.postMessage(init);
      return new SyncLane(w, init);
    } catch {
      return null;
    }
  }

  /**
   * Runs `req` and waits up to `budgetMs` for its reply. Returns the reply, 'pending' when it
   * will arrive by message instead, or 'busy' when the lane cannot take it (send it elsewhere).
   */
  run(req: ComputeRequest, budgetMs: number): Reply | 'pending' | 'busy' {
    const { ctrl } = this;
    if (Atomics.load(ctrl, 0) !== LaneState.Idle) return 'busy';
    let n: number;
    try {
      n = encodeInto(req, this.bytes);
    } catch (e) {
      if (e instanceof CodecOverflow) return 'busy';
      throw e;
    }
    Atomics.store(ctrl, 1, n);
    Atomics.store(ctrl, 0, LaneState.Request);
    Atomics.notify(ctrl, 0);
    const t0 = performance.now();
    const deadline = t0 + budgetMs;
    let state: number = LaneState.Request;
    // The main thread may not Atomics.wait; the expected wait is well under a millisecond.
    while (state === LaneState.Request && performance.now() < deadline)
      state = Atomics.load(ctrl, 0);
    if (state === LaneState.Request) {
      state = Atomics.compareExchange(ctrl, 0, LaneState.Request, LaneState.Abandoned);
      if (state === LaneState.Request) return 'pending';
    }
    if (state === LaneState.Posted) {
      Atomics.store(ctrl, 0, LaneState.Idle);
      return 'pending';
    }
    // Done: copy out of shared memory (the decoder and the app need ordinary buffers).
    const reply = decode(this.bytes.slice(0, Atomics.load(ctrl, 1))) as Reply;
    Atomics.store(ctrl, 0, LaneState.Idle);
    this.waits.push(performance.now() - t0);
    if (this.waits.length > 5000) this.waits.splice(0, 2500);
    return reply;
  }

  dispose() {
    this.worker.terminate();
  }
}
