// Custom objectives: evaluating f on the 256×256 contour grid with mathjs's compile().evaluate()
// vs Curvature Lab's compiled evaluators (no code generation, CSP-safe). Run via `npm run bench`.
import { compile } from 'mathjs';
import { compilePoint } from '../../src/core/expr/compile';
import { evalGrid } from '../../src/core/expr/gridEval';
import { parseObjective } from '../../src/expr/parse';

const N = 256;
const CASES: [string, string][] = [
  ['Rosenbrock', '(1 - x)^2 + 100*(y - x^2)^2'],
  ['Himmelblau', '(x^2 + y - 11)^2 + (x + y^2 - 7)^2'],
  [
    '12-term',
    'x^2 + y^2 + x*y + sin(x) + cos(y) + exp(-x^2) + log(1 + exp(y)) + tanh(x*y) + sqrt(1 + x^2) + abs(x - y) + max(x, y) + x^3/10',
  ],
];
const domain = [
  [-2, 2],
  [-1, 3],
] as const;

function time(fn: () => void, reps: number): number {
  // Warm up the JIT the same way for every evaluator, as a page is after its first frames.
  for (let i = 0; i < 10; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) fn();
  return (performance.now() - t0) / reps;
}

console.log(`Custom objective on a ${N}×${N} grid (ms per grid, Node):`);
for (const [name, src] of CASES) {
  const parsed = parseObjective(src);
  if (!parsed.ok) throw new Error(parsed.message);
  const code = compile(src);
  const scope = { x: 0, y: 0 };
  const mathjs = time(() => {
    for (let j = 0; j < N; j++)
      for (let i = 0; i < N; i++) {
        scope.x = -2 + (4 * i) / (N - 1);
        scope.y = -1 + (4 * j) / (N - 1);
        code.evaluate(scope);
      }
  }, 5);
  const grid = time(() => evalGrid(parsed.expr, domain, N, N), 20);
  const f = compilePoint(parsed.expr);
  const point = time(() => {
    let s = 0;
    for (let j = 0; j < N; j++)
      for (let i = 0; i < N; i++) s += f(-2 + (4 * i) / (N - 1), -1 + (4 * j) / (N - 1));
    return s;
  }, 20);
  console.log(
    `  ${name.padEnd(11)} mathjs evaluate ${mathjs.toFixed(1)} ms | grid evaluator ${grid.toFixed(2)} ms (${(mathjs / grid).toFixed(0)}×) | point closures ${point.toFixed(2)} ms (${(mathjs / point).toFixed(0)}×)`,
  );
}
