/**
 * The engine's one worker, started on first use (an embed that never needs it never downloads
 * it). Two ways it can fail, told apart because they call for different answers: a worker that
 * fails before its code ran cannot exist on this page (a sandboxed frame, a strict CSP, file://)
 * and the engine computes on the page instead; one that dies after starting crashed, and the
 * engine restarts it and re-sends its latest requests.
 */
import type { Reply, Request, WorkerMessage } from './protocol';

export interface WorkerLinkEvents {
  onReply(reply: Reply): void;
  /** No worker can run on this page: re-route what was sent to it. */
  onUnavailable(): void;
  /** The worker crashed and is gone; the next `send` starts a new one. */
  onCrash(reason: string): void;
}

export class WorkerLink {
  private worker: Worker | null = null;
  private state: 'none' | 'starting' | 'ready' | 'unavailable' = 'none';
  private problem = '';

  constructor(
    private readonly makeWorker: (() => Worker) | null,
    private readonly events: WorkerLinkEvents,
  ) {}

  /** Posts the request, starting the worker if needed; false when no worker can run here. */
  send(req: Request): boolean {
    const w = this.ensure();
    w?.postMessage(req);
    return w !== null;
  }

  /** 'not needed yet', 'running', or why none could start. */
  status(): string {
    if (this.state === 'unavailable') return `unavailable: ${this.problem}`;
    return this.state === 'none' ? 'not needed yet' : 'running';
  }

  dispose() {
    this.worker?.terminate();
    this.worker = null;
    this.state = 'none';
  }

  private ensure(): Worker | null {
    if (this.worker) return this.worker;
    if (this.state === 'unavailable') return null;
    if (!this.makeWorker) return this.unavailable('no Worker in this environment');
    let w: Worker;
    try {
      w = this.makeWorker();
    } catch (e) {
      return this.unavailable(String(e));
    }
    w.onmessage = (ev: MessageEvent<WorkerMessage>) => {
      if (ev.data.type === 'ready') this.state = 'ready';
      else this.events.onReply(ev.data);
    };
    w.onerror = (ev: ErrorEvent) => {
      ev.preventDefault();
      const message = ev.message || 'unknown error';
      // Failing before its code even ran is no crash: this page cannot have a worker.
      if (this.state === 'starting') this.unavailable(message);
      else this.crashed(message);
    };
    this.worker = w;
    this.state = 'starting';
    return w;
  }

  private unavailable(reason: string): null {
    this.worker?.terminate();
    this.worker = null;
    this.state = 'unavailable';
    this.problem = reason;
    this.events.onUnavailable();
    return null;
  }

  private crashed(reason: string) {
    this.dispose();
    this.events.onCrash(reason);
  }
}
