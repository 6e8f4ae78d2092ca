/**
 * The engine facade: the only thing the store talks to. It keeps at most one request in flight
 * per channel (newer ones replace the pending one), drops stale replies by runId, restarts a
 * crashed worker and re-sends the latest request, and falls back to running the core
 * synchronously where no Worker exists (unit tests, very old browsers).
 */
import { LruMemo } from '../core/memo';
import { SyncLane } from './lane';
import type { Job, JobResult, Reply, Request } from './protocol';
import { runJob } from './runJob';

/**
 * How long the main thread may wait for the lane before the reply goes by message instead. Most
 * waits are under a millisecond; the budget covers the worker thread being scheduled late.
 */
export const LANE_BUDGET_MS = 10;
/**
 * A kind whose typical computation (a moving average, so one cold start is forgiven) takes
 * longer than this goes by message: waiting for it would cost the frame anyway.
 */
const LANE_SLOW_MS = 5;
const EMA_WEIGHT = 0.3;
/** Training chunks run for tens of milliseconds by design: never on the lane. */
const MESSAGE_ONLY: ReadonlySet<Job['kind']> = new Set([
  'hf-train',
  'kfac-train',
  'proximal-sequence',
  'bench',
]);

export interface EngineCallbacks {
  onResult(channel: string, runId: number, result: JobResult, computeMs: number): void;
  onError(channel: string, runId: number, message: string): void;
  /** The worker died; it has been restarted and the latest requests re-sent. */
  onCrash(message: string): void;
}

interface ChannelState {
  inFlight: Extract<Request, { type: 'compute' }> | null;
  pending: Extract<Request, { type: 'compute' }> | null;
  latestRunId: number;
}

export class Engine {
  private worker: Worker | null = null;
  private lane: SyncLane | null = null;
  /** Moving average of compute time per kind (ms). */
  private typicalMs = new Map<Job['kind'], number>();
  /** How jobs travelled: same frame on the lane, or by message (and why). For `npm run bench`. */
  readonly routes = { lane: 0, laneTimeout: 0, laneBusy: 0, slowKind: 0, message: 0 };
  private channels = new Map<string, ChannelState>();
  private nextRunId = 1;
  private crashes = 0;
  /** The memo of the synchronous fallback's job runner (a worker keeps its own). */
  private readonly memo = new LruMemo();

  constructor(
    private readonly cb: EngineCallbacks,
    private readonly makeWorker: (() => Worker) | null = defaultWorkerFactory(),
  ) {
    this.start();
  }

  private start() {
    if (!this.makeWorker) return;
    try {
      const w = this.makeWorker();
      w.onmessage = (ev: MessageEvent<Reply>) => this.onReply(ev.data);
      w.onerror = (ev: ErrorEvent) => {
        ev.preventDefault();
        this.restart(ev.message || 'unknown error');
      };
      this.worker = w;
      this.lane = SyncLane.create(
        this.makeWorker,
        (reply) => this.onReply(reply),
        (message) => this.restart(message),
      );
    } catch {
      this.worker = null;
    }
  }

  /** Whether replies can be committed in the frame of the change (cross-origin isolated page). */
  get hasSyncLane() {
    return this.lane !== null;
  }

  /** The main thread's waits for lane replies (ms), newest last. */
  get laneWaits(): readonly number[] {
    return this.lane?.waits ?? [];
  }

  private restart(reason: string) {
    this.crashes += 1;
    this.worker?.terminate();
    this.worker = null;
    this.lane?.dispose();
    this.lane = null;
    this.start();
    this.cb.onCrash(reason);
    for (const ch of this.channels.values()) {
      const req = ch.pending ?? ch.inFlight;
      ch.inFlight = null;
      ch.pending = null;
      if (req) this.send(req);
    }
  }

  get crashCount() {
    return this.crashes;
  }

  /**
   * Submits a job; returns its runId. Any older unfinished job on the channel is superseded.
   * `assigned` sees the runId before anything is sent: a reply can arrive within this call.
   */
  submit(channel: string, job: Job, assigned?: (runId: number) => void): number {
    const runId = this.nextRunId++;
    assigned?.(runId);
    const req: Extract<Request, { type: 'compute' }> = { type: 'compute', runId, channel, job };
    const ch = this.channel(channel);
    ch.latestRunId = runId;
    if (ch.inFlight) ch.pending = req;
    else this.send(req);
    return runId;
  }

  /** Test hook: crash the worker as a real bug would. */
  crashForTest() {
    this.worker?.postMessage({ type: 'crash' } satisfies Request);
  }

  private channel(name: string): ChannelState {
    let ch = this.channels.get(name);
    if (!ch) {
      ch = { inFlight: null, pending: null, latestRunId: 0 };
      this.channels.set(name, ch);
    }
    return ch;
  }

  private send(req: Extract<Request, { type: 'compute' }>) {
    const ch = this.channel(req.channel);
    ch.inFlight = req;
    const kind = req.job.kind;
    if (this.lane && !MESSAGE_ONLY.has(kind)) {
      if ((this.typicalMs.get(kind) ?? 0) > LANE_SLOW_MS) {
        this.routes.slowKind += 1;
      } else {
        const r = this.lane.run(req, LANE_BUDGET_MS);
        if (r === 'pending') {
          this.routes.laneTimeout += 1;
          return;
        }
        if (r !== 'busy') {
          this.routes.lane += 1;
          this.onReply(r);
          return;
        }
        this.routes.laneBusy += 1;
      }
    }
    this.routes.message += 1;
    if (this.worker) {
      this.worker.postMessage(req);
      return;
    }
    // Fallback without a Worker: the same core on this thread, delivered asynchronously so
    // callers see one contract.
    const t0 = performance.now();
    runJob(req.job, this.memo).then(
      (result) =>
        this.onReply({
          type: 'result',
          runId: req.runId,
          channel: req.channel,
          result,
          computeMs: performance.now() - t0,
        }),
      (e: unknown) =>
        this.onReply({ type: 'error', runId: req.runId, channel: req.channel, message: String(e) }),
    );
  }

  private onReply(reply: Reply) {
    if (reply.type === 'result') {
      const kind = reply.result.kind;
      if (!MESSAGE_ONLY.has(kind)) {
        const prev = this.typicalMs.get(kind);
        const ms = reply.computeMs;
        // The first computation of a kind pays for compiling and caches: it does not count.
        this.typicalMs.set(kind, prev === undefined ? 0 : prev + EMA_WEIGHT * (ms - prev));
      }
    }
    const ch = this.channel(reply.channel);
    if (ch.inFlight?.runId === reply.runId) ch.inFlight = null;
    if (ch.pending) {
      const next = ch.pending;
      ch.pending = null;
      this.send(next);
    }
    if (reply.runId !== ch.latestRunId) return; // superseded
    if (reply.type === 'result')
      this.cb.onResult(reply.channel, reply.runId, reply.result, reply.computeMs);
    else this.cb.onError(reply.channel, reply.runId, reply.message);
  }

  dispose() {
    this.worker?.terminate();
    this.worker = null;
    this.lane?.dispose();
    this.lane = null;
  }
}

function defaultWorkerFactory(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
}
