// Custom objectives: evaluating f on the 256×256 contour grid with mathjs's compile().evaluate()
// vs Curvature Lab's compiled evaluators (no code generation, CSP-safe). Run via `npm run bench`.
import { compile, derivative } from 'mathjs';
import { derivatives } from '../../src/core/expr/autodiff';
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

// Exact ∇f and H per point: forward-mode AD on the syntax tree (what the app uses) vs mathjs's
// symbolic derivatives (5 expressions: f_x, f_y, f_xx, f_xy, f_yy), evaluated by mathjs and by
// the app's own closures, over the same points. Both must agree; the timing decides.
const M = 100;
const points: [number, number][] = [];
for (let j = 0; j < M; j++)
  for (let i = 0; i < M; i++) points.push([-2 + (4 * i) / (M - 1), -1 + (4 * j) / (M - 1)]);

console.log(`Exact gradient + Hessian at ${M * M} points (ms, Node):`);
for (const [name, src] of CASES) {
  const parsed = parseObjective(src);
  if (!parsed.ok) throw new Error(parsed.message);
  const ad = time(() => {
    let s = 0;
    for (const [x, y] of points) s += derivatives(parsed.expr, x, y).jet[3];
    return s;
  }, 5);
  let symbolic: string[];
  const t0 = performance.now();
  try {
    const fx = derivative(src, 'x');
    const fy = derivative(src, 'y');
    symbolic = [fx, fy, derivative(fx, 'x'), derivative(fx, 'y'), derivative(fy, 'y')].map((n) =>
      n.toString(),
    );
  } catch (e) {
    console.log(
      `  ${name.padEnd(11)} AD ${ad.toFixed(1)} ms | mathjs symbolic: cannot differentiate (${(e as Error).message})`,
    );
    continue;
  }
  const derive = performance.now() - t0;
  const viaMathjs = symbolic.map((s) => compile(s));
  const viaClosures = symbolic.map((s) => {
    const p = parseObjective(s);
    if (!p.ok) throw new Error(`${name}: ${p.message}`);
    return compilePoint(p.expr);
  });
  const scope = { x: 0, y: 0 };
  const mjs = time(() => {
    for (const [x, y] of points) {
      scope.x = x;
      scope.y = y;
      for (const c of viaMathjs) c.evaluate(scope);
    }
  }, 3);
  const closures = time(() => {
    let s = 0;
    for (const [x, y] of points) for (const c of viaClosures) s += c(x, y);
    return s;
  }, 5);
  let worst = 0;
  for (const [x, y] of points) {
    const j = derivatives(parsed.expr, x, y).jet;
    [j[1], j[2], j[3], j[4], j[5]].forEach((v, k) => {
      const w = viaClosures[k](x, y);
      if (Number.isFinite(v) && Number.isFinite(w))
        worst = Math.max(worst, Math.abs(v - w) / Math.max(1, Math.abs(v)));
    });
  }
  console.log(
    `  ${name.padEnd(11)} AD ${ad.toFixed(1)} ms | symbolic: derive ${derive.toFixed(1)} ms once, then mathjs evaluate ${mjs.toFixed(1)} ms, app closures ${closures.toFixed(1)} ms | max rel. difference ${worst.toExponential(1)}`,
  );
}
