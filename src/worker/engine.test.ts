import { fieldKey } from '../core/field/field';
import { describe, expect, it } from 'vitest';
import { Engine, type EngineOptions } from './engine';
import type { ComputeRequest, Job, Request, WorkerMessage } from './protocol';
import { LruMemo } from '../core/memo';
import { runJob } from './runJob';
import { slideRequest } from '../core/newton/testing';

/** A Worker stand-in that starts and answers when told to, so ordering can be controlled. */
class FakeWorker {
  private readonly memo = new LruMemo();
  onmessage: ((ev: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  received: Request[] = [];
  terminated = false;
  postMessage(msg: Request) {
    this.received.push(msg);
  }
  ready() {
    this.onmessage?.({ data: { type: 'ready' } } as MessageEvent<WorkerMessage>);
  }
  async answer(i: number) {
    const req = this.received[i];
    if (req.type !== 'compute') throw new Error('not a compute request');
    const result = await runJob(req.job, this.memo);
    this.onmessage?.({
      data: { type: 'result', runId: req.runId, channel: req.channel, result, computeMs: 0 },
    } as MessageEvent<WorkerMessage>);
  }
  fail() {
    this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
  }
  terminate() {
    this.terminated = true;
  }
}

const job = (eta: number, problem: 'logistic' | 'custom' = 'logistic'): Job => ({
  kind: 'opt2d',
  input: {
    ...slideRequest({ problem, eta, steps: 20, fieldResolution: 16 }),
    ...(problem === 'custom' ? { f: 'x^2 + 2*y^2', range: null } : {}),
  },
});

const etaOf = (j: Job) => (j.kind === 'opt2d' ? j.input.eta : NaN);
const tick = () => new Promise((r) => setTimeout(r, 0));

function setup(options: Omit<EngineOptions, 'makeWorker'> = {}) {
  const workers: FakeWorker[] = [];
  const results: { runId: number }[] = [];
  const crashes: string[] = [];
  const engine = new Engine(
    {
      onResult: (_c, runId) => results.push({ runId }),
      onError: (_c, _id, m) => {
        throw new Error(m);
      },
      onCrash: (m) => crashes.push(m),
    },
    {
      ...options,
      makeWorker: () => {
        const w = new FakeWorker();
        workers.push(w);
        return w as unknown as Worker;
      },
    },
  );
  return { engine, workers, results, crashes };
}

async function until(cond: () => boolean) {
  for (let i = 0; i < 200 && !cond(); i++) await tick();
  expect(cond()).toBe(true);
}

describe('engine facade: the inline route', () => {
  it('answers a quick job within submit once its core is loaded, and starts no worker', async () => {
    const { engine, workers, results } = setup({ capMs: Infinity });
    await engine.preload(['opt2d']);
    const id = engine.submit('damping', job(0.5));
    expect(results.map((r) => r.runId)).toEqual([id]);
    engine.submit('damping', job(1));
    expect(results).toHaveLength(2);
    expect(workers).toHaveLength(0);
    expect(engine.routes()).toMatchObject({ inline: 2, worker: 0, workerStatus: 'not needed yet' });
  });

  it('runs the newest request once a kind’s core has loaded (older ones are never computed)', async () => {
    const { engine, workers, results } = setup({ capMs: Infinity });
    engine.submit('damping', job(0.1));
    const last = engine.submit('damping', job(0.2));
    expect(results).toEqual([]);
    await until(() => results.length > 0);
    await tick();
    expect(results.map((r) => r.runId)).toEqual([last]);
    expect(engine.routes().inline).toBe(1);
    expect(workers).toHaveLength(0);
  });

  it('sends a typed objective to the worker (mathjs parses it there)', async () => {
    const { engine, workers, results } = setup();
    await engine.preload(['opt2d']);
    engine.submit('newton', job(0, 'custom'));
    expect(workers).toHaveLength(1);
    expect(results).toEqual([]);
    await workers[0].answer(0);
    expect(results).toHaveLength(1);
  });

  it('sends a class that measured over the cap to the worker', async () => {
    let t = 0;
    // A clock that moves 10 ms per reading: an inline job measures 20 ms against a 4 ms cap, a
    // whole frame, which is enough on its own (a lighter job would need three measurements) —
    // except for a panel's first job, which also compiles the kind's code.
    const { engine, workers, results } = setup({ capMs: 4, now: () => (t += 10) });
    await engine.preload(['opt2d']);
    const move = (eta: number): Job => {
      const j = job(eta);
      return j.kind === 'opt2d'
        ? { ...j, input: { ...j.input, knownFieldKey: fieldKey(j.input) } }
        : j;
    };
    engine.submit('damping', move(0.1)); // the panel opens: its first job
    expect(results).toHaveLength(1);
    expect(engine.routes().demoted).toEqual([]);
    engine.submit('damping', move(0.2)); // a later job: judged on its own
    expect(results).toHaveLength(2);
    expect(engine.routes().demoted).toEqual(['opt2d:moves']);
    engine.submit('damping', move(0.3));
    expect(results).toHaveLength(2);
    expect(workers[0].received).toHaveLength(1);
    await workers[0].answer(0);
    expect(results).toHaveLength(3);
  });

  it('once the panel has a result, a new contour field starts in the worker (declared heavy)', async () => {
    let t = 0;
    // A clock that moves 3 ms per reading: an inline job measures 6 ms against a 4 ms cap, which
    // on its own would take three measurements to move a class.
    const { engine, workers, results } = setup({ capMs: 4, now: () => (t += 3) });
    await engine.preload(['opt2d']);
    engine.submit('damping', job(0.1)); // the panel's first result: inline, while it loads
    expect(results).toHaveLength(1);
    expect(workers).toHaveLength(0);
    engine.submit('damping', job(0.2, 'logistic')); // a new field again (none is known)
    expect(results).toHaveLength(1);
    expect(workers[0].received).toHaveLength(1);
    await workers[0].answer(0);
    expect(results).toHaveLength(2);
  });

  it('a kind that runs in the worker once open: its first job inline, every later one not', async () => {
    const { engine, workers, results } = setup({ capMs: Infinity });
    await engine.preload(['invariance-sweep']);
    const sweep = (steps: number): Job => ({
      kind: 'invariance-sweep',
      input: {
        ...slideRequest({ problem: 'quadratic', eta: 0, steps, fieldResolution: 16 }),
        M: [1, 0, 0, 1],
        c: [0, 0],
        rules: ['H'],
        knownFieldKey: null,
        phiResolution: 8,
      },
    });
    engine.submit('invariance:sweep', sweep(5));
    expect(results).toHaveLength(1); // while the panel opens: inline
    engine.submit('invariance:sweep', sweep(6)); // light, but the page's memo may not hold it
    expect(results).toHaveLength(1);
    expect(workers[0].received).toHaveLength(1);
    await workers[0].answer(0);
    expect(results).toHaveLength(2);
  });

  it('an inline result supersedes a request still computing in the worker', async () => {
    const { engine, workers, results } = setup({ capMs: Infinity });
    await engine.preload(['opt2d']);
    engine.submit('newton', job(0, 'custom'));
    const inline = engine.submit('newton', job(0.3));
    expect(results.map((r) => r.runId)).toEqual([inline]);
    await workers[0].answer(0); // late and stale: dropped
    expect(results.map((r) => r.runId)).toEqual([inline]);
  });
});

describe('engine facade: the worker route', () => {
  it('keeps one request in flight and lets the newest pending one supersede the rest', async () => {
    const { engine, workers, results } = setup({ inline: false });
    engine.submit('damping', job(0));
    engine.submit('damping', job(0.1));
    engine.submit('damping', job(1));
    const w = workers[0];
    expect(w.received).toHaveLength(1); // 2nd and 3rd wait; the 2nd is superseded by the 3rd
    await w.answer(0); // the stale first reply is dropped, and the newest pending request is sent
    expect(results).toHaveLength(0);
    expect(w.received).toHaveLength(2);
    expect(etaOf((w.received[1] as ComputeRequest).job)).toBe(1);
    await w.answer(1);
    expect(results.map((r) => r.runId)).toEqual([3]);
  });

  it('restarts a worker that crashes after starting, reports it, and re-sends the latest request', async () => {
    const { engine, workers, results, crashes } = setup({ inline: false });
    engine.submit('damping', job(0.5));
    workers[0].ready();
    workers[0].fail();
    expect(crashes).toEqual(['boom']);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1].received).toHaveLength(1);
    await workers[1].answer(0);
    expect(results).toHaveLength(1);
    expect(engine.crashCount).toBe(1);
  });

  it('a worker that fails before starting is no crash: its jobs are computed on the page', async () => {
    const { engine, workers, results, crashes } = setup({ inline: false });
    const id = engine.submit('damping', job(0.5));
    workers[0].fail(); // e.g. a sandboxed frame that may not load the worker's script
    expect(crashes).toEqual([]);
    await until(() => results.length > 0);
    expect(results.map((r) => r.runId)).toEqual([id]);
    engine.submit('damping', job(1));
    expect(workers).toHaveLength(1); // not tried again
    await until(() => results.length > 1);
    expect(engine.routes()).toMatchObject({ pageFallback: 2 });
    expect(engine.routes().workerStatus).toMatch(/^unavailable/);
  });

  it('without any Worker, computes on the page, still delivered asynchronously', async () => {
    const results: number[] = [];
    const engine = new Engine(
      { onResult: (_c, id) => results.push(id), onError: () => {}, onCrash: () => {} },
      { makeWorker: null, inline: false },
    );
    const id = engine.submit('x', job(0.3));
    expect(results).toEqual([]);
    await until(() => results.length > 0);
    expect(results).toEqual([id]);
  });

  it('where starting a worker throws, computes on the page', async () => {
    const results: number[] = [];
    const engine = new Engine(
      { onResult: (_c, id) => results.push(id), onError: () => {}, onCrash: () => {} },
      {
        inline: false,
        makeWorker: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      },
    );
    const id = engine.submit('x', job(0.3));
    await until(() => results.length > 0);
    expect(results).toEqual([id]);
  });
});

describe('engine facade: warm-up', () => {
  it("re-runs a panel's first inline job while the page is idle, and stops at a newer job", async () => {
    const queue: (() => void)[] = [];
    let runs = 0;
    const { engine, results } = setup({
      capMs: Infinity,
      idle: (cb) => void queue.push(() => cb({ timeRemaining: () => 50 })),
      // Each call of the clock brackets a run: count the runs by their start.
      now: () => (runs++, 0),
    });
    await engine.preload(['opt2d']);
    engine.submit('damping', job(0.1));
    expect(results).toHaveLength(1);
    const before = runs;
    queue.shift()!();
    queue.shift()!();
    expect((runs - before) / 2).toBe(2); // two idle periods, two runs, no result sent
    expect(results).toHaveLength(1);
    engine.submit('damping', job(0.2));
    const after = runs;
    while (queue.length) queue.shift()!();
    expect(runs).toBe(after);
    expect(results).toHaveLength(2);
  });

  it('warms nothing without an idle scheduler', async () => {
    let clock = 0;
    const { engine } = setup({ capMs: Infinity, idle: null, now: () => clock++ });
    await engine.preload(['opt2d']);
    engine.submit('damping', job(0.1));
    const once = clock;
    for (let i = 0; i < 5; i++) await tick();
    expect(clock).toBe(once); // the clock brackets every run: none after the job's own
    expect(engine.routes().inline).toBe(1);
  });
});
