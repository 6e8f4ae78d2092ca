/**
 * The page's own thread as a route for the quick kinds (quick.ts): each kind's core is imported
 * on demand (its own chunk), then run synchronously with the page's one memo and timed, so the
 * router can judge it. A panel's first job is warmed up while the page is idle (warmUp.ts).
 */
import { LruMemo } from '../core/memo';
import { replyIds, type ComputeRequest, type Job, type JobResult, type Reply } from './protocol';
import { quickKind, type Kind, type QuickKind, type QuickRun } from './quick';
import { warmUp, type IdleScheduler } from './warmUp';

/** Inline times kept for `__curvlab.routes()` (the oldest half goes past the limit). */
const KEEP_TIMES = 5000;

export class InlineRoute {
  /** The memo of every job computed on this thread (inline and the no-worker fallback). */
  readonly memo = new LruMemo();
  /** The page thread's time per inline job (ms), newest last. */
  readonly times: number[] = [];
  private readonly runners = new Map<Kind, QuickRun<Kind>>();
  private readonly loading = new Map<Kind, Promise<void>>();

  constructor(
    private readonly now: () => number,
    private readonly idle: IdleScheduler | null,
  ) {}

  /** Whether the kind's core is here, so a job of it can run now. */
  ready(kind: Kind): boolean {
    return this.runners.has(kind);
  }

  load(kind: Kind): Promise<void> {
    let p = this.loading.get(kind);
    if (!p) {
      const q = quickKind(kind) as QuickKind<Kind>;
      p = q.load().then((run) => void this.runners.set(kind, run as QuickRun<Kind>));
      // A failed import (offline, a missing chunk) may be retried by a later job.
      p.catch(() => this.loading.delete(kind));
      this.loading.set(kind, p);
    }
    return p;
  }

  /** Computes the job (its core loaded: `ready`); returns the reply and the time it took. */
  run(req: ComputeRequest): { reply: Reply; ms: number } {
    const { job } = req;
    const run = this.runners.get(job.kind)!;
    const t0 = this.now();
    let reply: Reply;
    try {
      const result = { kind: job.kind, output: run(job.input as never, this.memo) } as JobResult;
      reply = { ...replyIds(req), type: 'result', result, computeMs: this.now() - t0 };
    } catch (e) {
      reply = { ...replyIds(req), type: 'error', message: String(e) };
    }
    const ms = this.now() - t0;
    this.times.push(ms);
    if (this.times.length > KEEP_TIMES) this.times.splice(0, KEEP_TIMES / 2);
    return { reply, ms };
  }

  /** Runs `job` again in idle periods while `wanted()`, results discarded. */
  warm(job: Job, wanted: () => boolean) {
    const run = this.runners.get(job.kind);
    if (!this.idle || !run) return;
    const again = () => {
      const t = this.now();
      run(job.input as never, this.memo);
      return this.now() - t;
    };
    warmUp(again, wanted, this.idle);
  }
}
