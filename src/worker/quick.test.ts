/**
 * The inline route and the worker compute the same thing: for every quick kind, a job built from
 * its panel's defaults gives a deep-equal result on the page's thread and through the job runner.
 */
import { describe, expect, it } from 'vitest';
import { LruMemo } from '../core/memo';
import { PANELS } from '../panels/catalog';
import { parseParams, type Params } from '../params/codec';
import { precondRequest } from '../panels/preconditioning/request';
import { invarianceRequest } from '../panels/invariance/request';
import { curvatureRequest } from '../panels/kfac/useCurvatureJob';
import type { PrecondParams } from '../panels/preconditioning/params';
import type { InvParams } from '../panels/invariance/params';
import type { KfacParams } from '../panels/kfac/params';
import type { PstParams } from '../panels/pst/params';
import type { HfParams } from '../panels/hessian-free/params';
import type { Opt2dParams } from '../panels/shared/opt2dParams';
import type { Job } from './protocol';
import {
  costClassOf,
  isHeavyClass,
  isQuick,
  workerOnceOpen,
  QUICK_KINDS,
  quickKind,
  type Kind,
  type QuickKind,
} from './quick';
import { runJob } from './runJob';

function defaults<P extends Params>(id: string, query = ''): P {
  const meta = PANELS.find((p) => p.id === id)!;
  const { params } = parseParams<P>(meta.schema, query);
  const given = new Set(new URLSearchParams(query).keys());
  return (meta.resolve ? meta.resolve(params, given) : params) as P;
}

function jobs(): Job[] {
  const d = defaults<Opt2dParams>('damping');
  const pst = defaults<PstParams>('pst');
  const hf = defaults<HfParams>('hessian-free');
  const samples = {
    model: pst.model,
    output: pst.output,
    sigma: pst.sigma,
    samples: pst.samples,
    seed: pst.seed,
    w: pst.w,
    pair: pst.pair,
  };
  return [
    {
      kind: 'opt2d',
      input: {
        ...d,
        methods: [...d.show, d.focus],
        knownFieldKey: null,
        fieldResolution: 40,
      },
    },
    { kind: 'precond', input: precondRequest(defaults<PrecondParams>('preconditioning'), null) },
    { kind: 'invariance', input: invarianceRequest(defaults<InvParams>('invariance'), null) },
    {
      kind: 'invariance-sweep',
      input: invarianceRequest(defaults<InvParams>('invariance'), null),
    },
    { kind: 'pst', input: samples },
    { kind: 'pst-ema', input: { ...samples, eta: pst.eta, lr: pst.lr, gdSteps: pst.steps } },
    { kind: 'kfac-curvature', input: curvatureRequest(defaults<KfacParams>('kfac')).req! },
    { kind: 'kfac-sampled', input: curvatureRequest(defaults<KfacParams>('kfac')).req! },
    {
      kind: 'cg-model',
      input: { problem: hf.problem, kappa: hf.kappa, w: hf.w, damping: hf.damp, steps: hf.steps },
    },
  ] as Job[];
}

describe('quick kinds', () => {
  it('covers every quick kind with a job from its panel’s defaults', () => {
    expect(new Set(jobs().map((j) => j.kind))).toEqual(new Set(Object.keys(QUICK_KINDS)));
  });

  for (const job of jobs()) {
    it(`${job.kind}: the same result inline as through the job runner`, async () => {
      const run = await (quickKind(job.kind) as QuickKind<Kind>).load();
      const inline = run(job.input as never, new LruMemo());
      const viaRunner = await runJob(job, new LruMemo());
      expect(viaRunner.kind).toBe(job.kind);
      expect(inline).toEqual(viaRunner.output);
    });
  }

  it('keeps typed objectives off the page’s thread and classes a new contour field apart', () => {
    const [opt2d] = jobs();
    if (opt2d.kind !== 'opt2d') throw new Error('expected an opt2d job');
    expect(isQuick(opt2d)).toBe(true);
    expect(isQuick({ ...opt2d, input: { ...opt2d.input, problem: 'custom', f: 'x^2' } })).toBe(
      false,
    );
    expect(isQuick({ kind: 'expr-check', input: { f: 'x' } })).toBe(false);
    expect(costClassOf(opt2d)).toBe('opt2d:new field');
    const known = { ...opt2d, input: { ...opt2d.input, knownFieldKey: 'logistic@40' } };
    expect(costClassOf(known)).toBe('opt2d:moves');
  });

  it('classes an invariance job by its field and whether it carries the deviation sweep', () => {
    const inv = jobs().find((j) => j.kind === 'invariance')!;
    if (inv.kind !== 'invariance') throw new Error('expected an invariance job');
    const key = runJob(inv, new LruMemo()).then((r) =>
      r.kind === 'invariance' ? r.output.fieldKey : '',
    );
    return key.then((fieldKey) => {
      const known = { ...inv, input: { ...inv.input, knownFieldKey: fieldKey } };
      const runsOnly = { ...known, input: { ...known.input, omitSweep: true } };
      expect(costClassOf(inv)).toBe('invariance:new field'); // the field not held yet
      expect(costClassOf(runsOnly)).toBe('invariance:moves');
      expect(costClassOf(known)).toBe('invariance:sweep');
      expect(isHeavyClass(inv, 'invariance:new field')).toBe(true);
      expect(isHeavyClass(known, 'invariance:sweep')).toBe(true);
      expect(isHeavyClass(runsOnly, 'invariance:moves')).toBe(false);
      const sweep = { kind: 'invariance-sweep' as const, input: known.input };
      expect(workerOnceOpen(sweep)).toBe(true); // inline only while the panel opens
      expect(workerOnceOpen(known)).toBe(false);
    });
  });

  it('classes a preconditioning job by whether the page holds its field (the key the job reports)', async () => {
    const pre = jobs().find((j) => j.kind === 'precond')!;
    if (pre.kind !== 'precond') throw new Error('expected a precond job');
    const r = await runJob(pre, new LruMemo());
    const fieldKey = r.kind === 'precond' ? r.output.fieldKey : '';
    const known = { ...pre, input: { ...pre.input, knownFieldKey: fieldKey } };
    expect(costClassOf(pre)).toBe('precond:new field');
    expect(costClassOf(known)).toBe('precond:moves');
    expect(isHeavyClass(pre, 'precond:new field')).toBe(true);
  });
});
