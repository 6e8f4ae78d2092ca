/**
 * Builds the objective for `problem=custom`: parses the typed f with mathjs (imported lazily, so
 * the app's first load stays small), falls back to the default function with the error attached
 * when it cannot be read, and caches the result per expression, start and view box.
 */
import type { CustomInfo, GridEvaluator, Opt2dRequest } from '../core/compute/opt2d';
import { objectiveFromExpr, type CustomObjective } from '../core/expr/objective';
import { evalGrid } from '../core/expr/gridEval';
import { DEFAULT_CUSTOM_F } from '../core/expr/levels';
import type { Expr } from '../core/expr/ast';

export interface BuiltCustom {
  objective: CustomObjective;
  info: CustomInfo;
  grid: GridEvaluator;
}

let cache: { key: string; built: BuiltCustom } | null = null;

export async function buildCustom(req: Opt2dRequest): Promise<BuiltCustom> {
  const f = req.f ?? DEFAULT_CUSTOM_F;
  const key = `${f}|${req.x0.join(',')}|${req.range?.join(',') ?? 'auto'}`;
  if (cache?.key === key) return cache.built;
  const { parseObjective } = await import('../expr/parse');
  let parsed = parseObjective(f);
  let error: CustomInfo['error'] = null;
  let used = f;
  if (!parsed.ok) {
    error = { message: parsed.message, position: parsed.position };
    used = DEFAULT_CUSTOM_F;
    parsed = parseObjective(DEFAULT_CUSTOM_F);
    if (!parsed.ok) throw new Error('The default custom objective failed to parse.');
  }
  const expr: Expr = parsed.expr;
  const range = req.range
    ? ([
        [req.range[0], req.range[1]],
        [req.range[2], req.range[3]],
      ] as const)
    : null;
  const objective = objectiveFromExpr({ expr, tex: parsed.tex, start: req.x0, range });
  const built: BuiltCustom = {
    objective,
    info: {
      tex: parsed.tex,
      f: used,
      domain: objective.domain,
      fitted: range === null,
      warnings: objective.warnings,
      error,
      stationary: objective.stationary,
    },
    grid: (domain, nx, ny) => evalGrid(expr, domain, nx, ny),
  };
  cache = { key, built };
  return built;
}
