import { describe, expect, it } from 'vitest';
import { createRng } from '../core/nn/rng';
import { compilePoint } from '../core/expr/compile';
import { derivatives } from '../core/expr/autodiff';
import { parseObjective } from './parse';

const ATOMS = [
  'x',
  'y',
  '2',
  '0.5',
  'pi',
  'e',
  '1e3',
  'exp',
  'log',
  'sqrt',
  'abs',
  'tanh',
  'sin',
  'cos',
  'max',
  'min',
  'import',
  'createUnit',
  'evaluate',
  'constructor',
  '__proto__',
  'process',
  'window',
  'f',
  'a',
];
const SYMS = [
  '+',
  '-',
  '*',
  '/',
  '^',
  '(',
  ')',
  ',',
  '=',
  '.',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  ';',
  '?',
  ':',
  '!',
  '%',
  '&',
  '|',
  '<',
  '>',
  ' ',
  '\n',
  '\\',
  '`',
  '$',
  '@',
  '#',
];

describe('fuzz: hostile and random strings never escape as exceptions', () => {
  it('10,000 seeded strings each evaluate to numbers or yield a clear error, quickly', () => {
    parseObjective('x + y'); // load and JIT the parser once: the budget is per keystroke, not per cold start
    const rng = createRng(20261127);
    let accepted = 0;
    let slowest = 0;
    for (let i = 0; i < 10_000; i++) {
      const len = 1 + rng.int(14);
      let s = '';
      for (let j = 0; j < len; j++)
        s += rng.uniform() < 0.55 ? ATOMS[rng.int(ATOMS.length)] : SYMS[rng.int(SYMS.length)];
      // CPU time, not wall-clock: on a loaded machine the process may be descheduled mid-parse,
      // which says nothing about the parser.
      const t0 = process.cpuUsage();
      const r = parseObjective(s);
      if (r.ok) {
        const v = compilePoint(r.expr)(0.3, -0.7);
        const d = derivatives(r.expr, 0.3, -0.7);
        expect(typeof v).toBe('number');
        expect(d.jet).toHaveLength(6);
        accepted++;
      } else {
        expect(r.message.length, s).toBeGreaterThan(5);
      }
      const used = process.cpuUsage(t0);
      slowest = Math.max(slowest, (used.user + used.system) / 1000);
    }
    expect(accepted).toBeGreaterThan(100); // the generator does produce valid expressions
    expect(slowest).toBeLessThan(50);
  });

  it('very long and deeply nested inputs are refused, not crashed on', () => {
    expect(parseObjective('x+'.repeat(300) + 'x').ok).toBe(false);
    const deep = '('.repeat(200) + 'x' + ')'.repeat(200);
    const r = parseObjective(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/nested too deeply|longer than/);
  });
});
