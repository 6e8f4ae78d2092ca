/**
 * The one typed protocol between the main thread and the engine worker. Every request carries a
 * `runId`; replies echo it so the facade can drop replies that a newer request superseded.
 */
import type { Opt2dRequest, Opt2dResult } from '../core/compute/opt2d';

/** A computation the worker knows how to do, keyed by `kind`. */
export type Job = { kind: 'opt2d'; input: Opt2dRequest };

export type JobResult = { kind: 'opt2d'; output: Opt2dResult };

export type Request =
  | { type: 'compute'; runId: number; channel: string; job: Job }
  /** Test hook: makes the worker throw outside any handler, as a real crash would. */
  | { type: 'crash' };

export type Reply =
  | { type: 'result'; runId: number; channel: string; result: JobResult; computeMs: number }
  | { type: 'error'; runId: number; channel: string; message: string };
