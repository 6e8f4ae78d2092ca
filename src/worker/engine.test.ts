import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import type { Job, Reply, Request } from './protocol';
import { LruMemo } from '../core/memo';
import { runJob } from './runJob';

/** A Worker stand-in that answers when told to, so ordering can be controlled. */
class FakeWorker {
  private readonly memo = new LruMemo();
  onmessage: ((ev: MessageEvent<Reply>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  received: Request[] = [];
  terminated = false;
  postMessage(msg: Request) {
    this.received.push(msg);
  }
  async answer(i: number) {
    const req = this.received[i];
    if (req.type !== 'compute') throw new Error('not a compute request');
    const result = await runJob(req.job, this.memo);
    this.onmessage?.({
      data: { type: 'result', runId: req.runId, channel: req.channel, result, computeMs: 0 },
    } as MessageEvent<Reply>);
  }
  crash() {
    this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
  }
  terminate() {
    this.terminated = true;
  }
}

const job = (eta: number): Job => ({
  kind: 'opt2d',
  input: {
    problem: 'logistic',
    kappa: 10,
    x0: [2.3, 0.5],
    lr: 1,
    eta,
    steps: 20,
    methods: ['newton', 'damped-newton'],
    focus: 'damped-newton',
    k: 0,
    knownFieldKey: null,
    fieldResolution: 16,
  },
});

function setup() {
  const workers: FakeWorker[] = [];
  const results: { runId: number; eta: number }[] = [];
  const crashes: string[] = [];
  const engine = new Engine(
    {
      onResult: (_c, runId, r) =>
        results.push({ runId, eta: r.kind === 'opt2d' ? r.output.runs[1].loss.length : -1 }),
      onError: () => {},
      onCrash: (m) => crashes.push(m),
    },
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    },
  );
  return { engine, workers, results, crashes };
}

describe('engine facade', () => {
  it('keeps one request in flight and lets the newest pending one supersede the rest', async () => {
    const { engine, workers, results } = setup();
    engine.submit('damping', job(0));
    engine.submit('damping', job(0.1));
    engine.submit('damping', job(1));
    const w = workers[0];
    expect(w.received).toHaveLength(1); // 2nd and 3rd wait; the 2nd is superseded by the 3rd
    await w.answer(0); // the stale first reply is dropped, and the newest pending request is sent
    expect(results).toHaveLength(0);
    expect(w.received).toHaveLength(2);
    const second = (w.received[1] as Extract<Request, { type: 'compute' }>).job;
    expect(second.kind === 'opt2d' && second.input.eta).toBe(1);
    await w.answer(1);
    expect(results.map((r) => r.runId)).toEqual([3]);
  });

  it('restarts a crashed worker, reports it, and re-sends the latest request', async () => {
    const { engine, workers, results, crashes } = setup();
    engine.submit('damping', job(0.5));
    workers[0].crash();
    expect(crashes).toEqual(['boom']);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1].received).toHaveLength(1);
    await workers[1].answer(0);
    expect(results).toHaveLength(1);
    expect(engine.crashCount).toBe(1);
  });

  it('falls back to computing synchronously (still asynchronously delivered) without a Worker', async () => {
    const results: number[] = [];
    const engine = new Engine(
      { onResult: (_c, id) => results.push(id), onError: () => {}, onCrash: () => {} },
      null,
    );
    const id = engine.submit('x', job(0.3));
    expect(results).toEqual([]);
    await new Promise((r) => setTimeout(r, 0));
    expect(results).toEqual([id]);
  });
});
