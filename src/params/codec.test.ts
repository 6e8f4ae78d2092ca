import { describe, expect, it } from 'vitest';
import { parseParams, type ParamSpec, type Params } from './codec';
import { defineParams, specList } from './spec';
import { ETA_DECL } from './testing';

const schema: ParamSpec[] = specList(
  defineParams({
    problem: { kind: 'enum', label: 'Problem', values: ['a', 'b'], default: 'a', help: '' },
    eta: ETA_DECL,
    steps: {
      kind: 'number',
      label: 'Steps',
      integer: true,
      min: 1,
      max: 500,
      default: 50,
      help: '',
    },
    x0: { kind: 'vec2', label: 'Start point', min: -50, max: 50, default: [1, 2], help: '' },
    show: { kind: 'list', label: 'Methods', values: ['gd', 'newton'], default: ['gd'], help: '' },
  }),
);

describe('URL schema', () => {
  it('accepts exact zero on a log parameter that allows it, and clamps out-of-range values', () => {
    const { params, notices } = parseParams<Params>(schema, 'eta=0&steps=9999&x0=100,-2');
    expect(params.eta).toBe(0);
    expect(params.steps).toBe(500);
    expect(params.x0).toEqual([50, -2]);
    expect(notices).toHaveLength(2);
    expect(parseParams<Params>(schema, 'eta=1e-9').params.eta).toBe(1e-4);
  });

  it('rejects bad values with a notice naming the parameter and falls back to defaults', () => {
    const { params, notices } = parseParams<Params>(
      schema,
      'problem=zzz&eta=NaN&steps=&x0=1;2&show=gd,evil&bogus=1',
    );
    expect(params).toEqual({ problem: 'a', eta: 0.1, steps: 50, x0: [1, 2], show: ['gd'] });
    expect(notices.join('\n')).toMatch(/Problem “zzz”/);
    expect(notices.join('\n')).toMatch(/Damping η “NaN” is not a number/);
    expect(notices.join('\n')).toMatch(/Steps “” is not a number/);
    expect(notices.join('\n')).toMatch(/Start point “1;2”/);
    expect(notices.join('\n')).toMatch(/unknown “evil”/);
    expect(notices.join('\n')).toMatch(/Unknown parameter “bogus”/);
  });

  it('rejects Infinity and hex tricks in numbers', () => {
    expect(parseParams<Params>(schema, 'eta=Infinity').params.eta).toBe(0.1);
    expect(parseParams<Params>(schema, 'steps=0x20').params.steps).toBe(32); // Number() reads hex; still clamped in range
    expect(parseParams<Params>(schema, 'x0=1e400,0').params.x0).toEqual([1, 2]);
  });
});
