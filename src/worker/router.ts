/**
 * Where a quick job runs: on the page's thread (its result makes the frame of the change) or in
 * the worker (a frame later, but the page never waits). Decided per cost class from measured
 * compute times, so the rule follows this machine and this state, not a guess:
 *
 * - a class not seen before runs inline: that is how its cost is learnt (the first result of a
 *   panel, computed while it loads, arrives soonest that way too) — unless its kind declares it
 *   heavy (a new contour field, a new sweep), which starts in the worker once the panel is open
 *   (`preferWorker`), so its first job does not block a drag;
 * - a class runs inline while the median of its recent inline times is within INLINE_CAP_MS —
 *   judged once it has run MIN_SAMPLES times, since a kind's first job also compiles its code;
 *   a single job that blocked for a whole frame (4 × the cap: a new contour field) is enough;
 * - a class over the cap goes to the worker, whose measured times keep updating it; it comes back
 *   once those are well under the cap (half of it), so a class near the cap does not flap;
 * - a class in the worker that has run there within twice the cap at least once runs one job in
 *   PROBE_EVERY inline — the first of them right after the demotion — and comes back at once when
 *   a probe measures well under the cap (half of it), or once MIN_SAMPLES probes have a median
 *   within it: a class demoted by a passing hiccup (a busy machine, a cold JIT) is not kept off
 *   the page's thread by the worker's own cold start, whose first jobs of a kind compile its code.
 *
 * A median, not a mean or a single job, to judge a cost: on a loaded 2-core machine one job in
 * twenty is descheduled for several milliseconds, and that says nothing about the job. The least
 * of the worker's times to decide whether a probe is worth it: noise only ever adds time, so one
 * quick job shows what the class can cost.
 */
export const INLINE_CAP_MS = 4;
/** Recent compute times kept per class and route. */
const WINDOW = 5;
/** Inline times needed before a class's median is trusted. */
const MIN_SAMPLES = 3;
/** A class in the worker runs one job in this many inline, to measure it there again. */
const PROBE_EVERY = 10;
/** Worker jobs between a demotion and the first probe: a demotion is checked again soon. */
const FIRST_PROBE_AFTER = 2;

export type Route = 'inline' | 'worker';

interface ClassStats {
  inline: number[];
  worker: number[];
  route: Route;
  /** Jobs sent to the worker since the last inline probe. */
  sinceProbe: number;
}

export interface RouterSnapshot {
  /** Classes sent to the worker because they measured over the cap. */
  demoted: string[];
  /** Median recent compute time per class (ms), on the route it takes now. */
  typicalMs: Record<string, number>;
}

export class CostRouter {
  private readonly classes = new Map<string, ClassStats>();

  constructor(private readonly capMs = INLINE_CAP_MS) {}

  /**
   * A kind's declared heavy class: not seen yet, it starts in the worker; seen inline (a panel's
   * first result, computed while it loaded), one measurement over the cap is enough to move it
   * there, without the usual three. Measured light, it stays where it is.
   */
  preferWorker(cls: string) {
    const s = this.classes.get(cls);
    if (!s) {
      this.stats(cls).route = 'worker';
    } else if (s.route === 'inline' && s.inline.length > 0 && median(s.inline) > this.capMs) {
      s.route = 'worker';
      s.worker = [];
      s.inline = [];
      s.sinceProbe = 0;
    }
  }

  /** The route for the next job of this class (called once per job: it counts towards probes). */
  route(cls: string): Route {
    const s = this.classes.get(cls);
    if (!s || s.route === 'inline') return 'inline';
    const probeWorthy = s.worker.length > 0 && Math.min(...s.worker) <= 2 * this.capMs;
    if (probeWorthy && ++s.sinceProbe >= PROBE_EVERY) {
      s.sinceProbe = 0;
      return 'inline';
    }
    return 'worker';
  }

  /**
   * Records a job's compute time on the route that ran it and updates the class's route. A
   * `cold` job (a panel's first, which also compiles the kind's code) is one sample among the
   * others, never enough on its own to move its class.
   */
  record(cls: string, ms: number, where: Route, cold = false) {
    const s = this.stats(cls);
    const xs = where === 'inline' ? s.inline : s.worker;
    xs.push(ms);
    if (xs.length > WINDOW) xs.shift();
    const judged = s.inline.length >= MIN_SAMPLES || (!cold && ms > 4 * this.capMs);
    if (s.route === 'inline' && where === 'inline' && judged && median(s.inline) > this.capMs) {
      s.route = 'worker';
      s.worker = [];
      s.inline = []; // from now on: the probes' times
      s.sinceProbe = PROBE_EVERY - FIRST_PROBE_AFTER - 1;
    } else if (s.route === 'worker' && where === 'inline') {
      const probesSay = s.inline.length >= MIN_SAMPLES && median(s.inline) <= this.capMs;
      if (ms <= this.capMs / 2 || probesSay) s.route = 'inline';
    } else if (s.route === 'worker' && s.worker.length >= 3 && median(s.worker) < this.capMs / 2) {
      s.route = 'inline';
      s.inline = [];
    }
  }

  snapshot(): RouterSnapshot {
    const demoted: string[] = [];
    const typicalMs: Record<string, number> = {};
    for (const [cls, s] of this.classes) {
      if (s.route === 'worker') demoted.push(cls);
      const xs = s.route === 'inline' ? s.inline : s.worker;
      if (xs.length) typicalMs[cls] = median(xs);
    }
    return { demoted, typicalMs };
  }

  private stats(cls: string): ClassStats {
    let s = this.classes.get(cls);
    if (!s) {
      s = { inline: [], worker: [], route: 'inline', sinceProbe: 0 };
      this.classes.set(cls, s);
    }
    return s;
  }
}

/** The lower median: of two samples the smaller, so one slow job among two is not a trend. */
function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[(s.length - 1) >> 1];
}
