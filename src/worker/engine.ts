/**
 * The engine facade: the only thing the store talks to. It keeps at most one request in flight
 * per channel (newer ones replace the pending one), drops stale replies by runId, restarts a
 * crashed worker and re-sends the latest request, and falls back to running the core
 * synchronously where no Worker exists (unit tests, very old browsers).
 */
import type { Job, JobResult, Reply, Request } from './protocol';
import { runJob } from './runJob';

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
  private channels = new Map<string, ChannelState>();
  private nextRunId = 1;
  private crashes = 0;

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
    } catch {
      this.worker = null;
    }
  }

  private restart(reason: string) {
    this.crashes += 1;
    this.worker?.terminate();
    this.worker = null;
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

  /** Submits a job; returns its runId. Any older unfinished job on the channel is superseded. */
  submit(channel: string, job: Job): number {
    const runId = this.nextRunId++;
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
    if (this.worker) {
      this.worker.postMessage(req);
      return;
    }
    // Fallback without a Worker: the same core on this thread, delivered asynchronously so
    // callers see one contract.
    const t0 = performance.now();
    runJob(req.job).then(
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
  }
}

function defaultWorkerFactory(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
}
