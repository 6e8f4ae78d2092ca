/**
 * The engine facade: the only thing the store talks to. Two routes, one protocol:
 *
 * - **inline** (inlineRoute.ts): a quick kind (quick.ts) whose cost class measures within
 *   INLINE_CAP_MS (router.ts) runs on the page's thread inside `submit`, so its result is
 *   committed in the frame of the change — on any host, no special headers needed;
 * - **worker**: everything slower (training chunks, proximal re-solves, n-dim sweeps, typed
 *   objectives, and quick classes that measured over the cap) goes to a worker, created when the
 *   first such job arrives (an embed that never needs it never downloads it). At most one request
 *   per channel is in flight there; a newer one waits as the channel's single pending request.
 *
 * Where no worker can start (workerLink.ts: the file:// build, a sandboxed frame that refuses it,
 * Node tests), the worker route runs the same runJob on the page's thread, one job per task,
 * delivered asynchronously. Replies whose runId is no longer the channel's newest are dropped; a
 * worker that crashes after starting is restarted and each channel's latest request re-sent.
 */
import { replyIds, type ComputeRequest, type Job, type JobResult, type Reply } from './protocol';
import { costClassOf, isHeavyClass, isQuick, quickKind, type Kind, workerOnceOpen } from './quick';
import { CostRouter, INLINE_CAP_MS, type RouterSnapshot } from './router';
import { InlineRoute } from './inlineRoute';
import { browserIdle, type IdleScheduler } from './warmUp';
import { WorkerLink } from './workerLink';

export interface EngineCallbacks {
  onResult(channel: string, runId: number, result: JobResult, computeMs: number): void;
  onError(channel: string, runId: number, message: string): void;
  /** The worker died; it has been restarted and the latest requests re-sent. */
  onCrash(message: string): void;
}

export interface EngineOptions {
  /** Starts the worker; null: no worker (every job on the page's thread). */
  makeWorker?: (() => Worker) | null;
  /** False: quick kinds go to the worker too (tests of the worker route). */
  inline?: boolean;
  /** The inline cap (ms) and the clock that times inline jobs; tests set both. */
  capMs?: number;
  now?: () => number;
  /** Schedules the idle-time warm-up of a panel's first inline job (warmUp.ts); null: none. */
  idle?: IdleScheduler | null;
}

interface ChannelState {
  /** The request the worker route is computing. */
  inFlight: ComputeRequest | null;
  /** The newest request waiting for the worker route. */
  pending: ComputeRequest | null;
  latestRunId: number;
  /** The newest job submitted here: what a job's cost class compares itself with. */
  lastJob: Job | null;
  /** Whether a result has been delivered here (the panel is open, not loading). */
  answered: boolean;
}

/** How jobs travelled, for `npm run bench` and the console (`__curvlab.routes()`). */
export interface EngineRoutes extends RouterSnapshot {
  inline: number;
  worker: number;
  /** Jobs of the worker route computed on the page's thread (no worker here). */
  pageFallback: number;
  /** The page thread's time per inline job (ms), newest last. */
  inlineMs: number[];
  /** 'not needed yet', 'running', or why none could start. */
  workerStatus: string;
}

export class Engine {
  private readonly link: WorkerLink;
  private readonly channels = new Map<string, ChannelState>();
  private readonly router: CostRouter;
  private readonly inline: InlineRoute;
  private readonly counts = { inline: 0, worker: 0, pageFallback: 0 };
  /** Each request's cost class, fixed when it was submitted. */
  private readonly classes = new WeakMap<ComputeRequest, string>();
  private nextRunId = 1;
  private crashes = 0;
  private readonly inlineAllowed: boolean;

  constructor(
    private readonly cb: EngineCallbacks,
    options: EngineOptions = {},
  ) {
    this.link = new WorkerLink(options.makeWorker ?? null, {
      onReply: (reply) => this.onWorkerReply(reply),
      onUnavailable: () => this.rerouteInFlight(),
      onCrash: (reason) => this.restart(reason),
    });
    this.inlineAllowed = options.inline ?? true;
    this.router = new CostRouter(options.capMs ?? INLINE_CAP_MS);
    this.inline = new InlineRoute(
      options.now ?? (() => performance.now()),
      options.idle === undefined ? browserIdle : options.idle,
    );
  }

  /**
   * Submits a job; returns its runId. Any older unfinished job on the channel is superseded.
   * `assigned` sees the runId before anything runs: an inline result arrives within this call.
   */
  submit(channel: string, job: Job, assigned?: (runId: number) => void): number {
    const runId = this.nextRunId++;
    assigned?.(runId);
    const req: ComputeRequest = { type: 'compute', runId, channel, job };
    const ch = this.channel(channel);
    ch.latestRunId = runId;
    const previous = ch.lastJob?.kind === job.kind ? ch.lastJob : undefined;
    ch.lastJob = job;
    const cls = costClassOf(job, previous);
    this.classes.set(req, cls);
    // A panel's first result is computed inline while it loads (nothing to interrupt yet, and
    // an embed need not start the worker); after that a heavy class starts in the worker rather
    // than block a frame to be measured.
    if (ch.answered && isHeavyClass(job, cls)) this.router.preferWorker(cls);
    this.dispatch(req);
    return runId;
  }

  /** Fetches the cores of these kinds now (when a panel opens), so its first job runs inline. */
  preload(kinds: readonly Kind[]): Promise<void> {
    if (!this.inlineAllowed) return Promise.resolve();
    const loads = kinds.filter((k) => quickKind(k)).map((k) => this.inline.load(k).catch(() => {}));
    return Promise.all(loads).then(() => {});
  }

  get crashCount() {
    return this.crashes;
  }

  routes(): EngineRoutes {
    return {
      ...this.counts,
      inlineMs: [...this.inline.times],
      workerStatus: this.link.status(),
      ...this.router.snapshot(),
    };
  }

  /** Test hook: crash the worker (starting it if needed) as a real bug would. */
  crashForTest() {
    this.link.send({ type: 'crash' });
  }

  dispose() {
    this.link.dispose();
  }

  private dispatch(req: ComputeRequest) {
    const { job } = req;
    const open = this.channel(req.channel).answered;
    if (
      this.inlineAllowed &&
      isQuick(job) &&
      !(open && workerOnceOpen(job)) &&
      this.router.route(this.classOf(req)) === 'inline'
    ) {
      if (this.inline.ready(job.kind)) return this.runInline(req);
      // The kind's core is still loading: run the newest request once it is here.
      this.inline.load(job.kind).then(
        () => {
          if (this.channel(req.channel).latestRunId === req.runId) this.dispatch(req);
        },
        () => this.toWorker(req),
      );
      return;
    }
    this.toWorker(req);
  }

  private runInline(req: ComputeRequest) {
    const { reply, ms } = this.inline.run(req);
    const ch = this.channel(req.channel);
    const opening = !ch.answered;
    this.router.record(this.classOf(req), ms, 'inline', opening);
    this.counts.inline += 1;
    // Anything still queued for the worker on this channel is older than this result.
    ch.pending = null;
    this.deliver(reply);
    if (opening && reply.type === 'result' && !workerOnceOpen(req.job))
      this.inline.warm(req.job, () => ch.latestRunId === req.runId);
  }

  private toWorker(req: ComputeRequest) {
    const ch = this.channel(req.channel);
    if (ch.inFlight) {
      ch.pending = req;
      return;
    }
    // Before marking it in flight: a worker that cannot start re-routes what is in flight.
    const sent = this.link.send(req);
    ch.inFlight = req;
    if (sent) {
      this.counts.worker += 1;
    } else {
      this.counts.pageFallback += 1;
      this.onPage(req);
    }
  }

  /** The worker route without a worker: the same runJob here, one job per task. */
  private onPage(req: ComputeRequest) {
    setTimeout(() => {
      if (this.channel(req.channel).latestRunId !== req.runId) {
        this.settle(req); // superseded before it started: not worth computing
        return;
      }
      const t0 = performance.now();
      import('./runJob')
        .then(({ runJob }) => runJob(req.job, this.inline.memo))
        .then(
          (result): Reply => ({
            ...replyIds(req),
            type: 'result',
            result,
            computeMs: performance.now() - t0,
          }),
          (e: unknown): Reply => ({ ...replyIds(req), type: 'error', message: String(e) }),
        )
        .then((reply) => this.onWorkerReply(reply));
    }, 0);
  }

  /** No worker on this page: what was sent to one is computed here instead. */
  private rerouteInFlight() {
    for (const ch of this.channels.values()) {
      const req = ch.inFlight;
      ch.inFlight = null;
      if (req) this.toWorker(req);
    }
  }

  private restart(reason: string) {
    this.crashes += 1;
    this.cb.onCrash(reason);
    for (const ch of this.channels.values()) {
      const req = ch.pending ?? ch.inFlight;
      ch.inFlight = null;
      ch.pending = null;
      if (req) this.toWorker(req);
    }
  }

  private onWorkerReply(reply: Reply) {
    const ch = this.channel(reply.channel);
    const req = ch.inFlight;
    if (req?.runId === reply.runId && reply.type === 'result' && isQuick(req.job))
      this.router.record(this.classOf(req), reply.computeMs, 'worker');
    if (req) this.settle(req);
    this.deliver(reply);
  }

  /** The worker route finished `req` on its channel: send the pending request, if any. */
  private settle(req: ComputeRequest) {
    const ch = this.channel(req.channel);
    if (ch.inFlight?.runId === req.runId) ch.inFlight = null;
    if (ch.pending && !ch.inFlight) {
      const next = ch.pending;
      ch.pending = null;
      this.dispatch(next);
    }
  }

  private deliver(reply: Reply) {
    const ch = this.channel(reply.channel);
    if (reply.runId !== ch.latestRunId) return; // superseded
    ch.answered = true;
    if (reply.type === 'result')
      this.cb.onResult(reply.channel, reply.runId, reply.result, reply.computeMs);
    else this.cb.onError(reply.channel, reply.runId, reply.message);
  }

  private classOf(req: ComputeRequest): string {
    return this.classes.get(req) ?? costClassOf(req.job);
  }

  private channel(name: string): ChannelState {
    let ch = this.channels.get(name);
    if (!ch) {
      ch = { inFlight: null, pending: null, latestRunId: 0, lastJob: null, answered: false };
      this.channels.set(name, ch);
    }
    return ch;
  }
}
