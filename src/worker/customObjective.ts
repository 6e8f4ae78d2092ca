/**
 * Builds the objective for `problem=custom`: parses the typed f with mathjs (imported lazily, so
 * the app's first load stays small), falls back to the default function with the error attached
 * when it cannot be read, and caches the result per expression, start and view box.
 */
import type { CustomInfo, CustomRequest, CustomSource } from '../core/expr/custom';
import type { Vec2 } from '../core/types';
import { objectiveFromExpr, type CustomObjective } from '../core/expr/objective';
import { evalGrid } from '../core/expr/gridEval';
import { DEFAULT_CUSTOM_F } from '../core/expr/levels';
import type { Expr } from '../core/expr/ast';
// Type-only: the parser module (and mathjs with it) is imported lazily below.
import type { ParseResult } from '../expr/parse';

export interface BuiltCustom extends CustomSource {
  objective: CustomObjective;
}

// One entry per panel's request shape would thrash a single slot when two panels are open (the
// Newton panel and an embedded Invariance panel share the worker), so keep a few.
const cache = new Map<string, BuiltCustom>();

/** `x0` is where the view is fitted around when there is no manual range. */
export async function buildCustom(req: CustomRequest & { x0: Vec2 }): Promise<BuiltCustom> {
  const f = req.f ?? DEFAULT_CUSTOM_F;
  const key = `${f}|${req.x0.join(',')}|${req.range?.join(',') ?? 'auto'}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { parsed, error, used } = await parseCached(f);
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
  cache.set(key, built);
  if (cache.size > 6) cache.delete(cache.keys().next().value as string);
  return built;
}

type Parsed = Extract<ParseResult, { ok: true }>;
interface ParseOutcome {
  parsed: Parsed;
  error: CustomInfo['error'];
  used: string;
}

// Parsing (mathjs) is the expensive part, and dragging the start point changes only x0.
const parses = new Map<string, ParseOutcome>();

async function parseCached(f: string): Promise<ParseOutcome> {
  const hit = parses.get(f);
  if (hit) return hit;
  const { parseObjective } = await import('../expr/parse');
  const first = parseObjective(f);
  let outcome: ParseOutcome;
  if (first.ok) {
    outcome = { parsed: first, error: null, used: f };
  } else {
    const fallback = parseObjective(DEFAULT_CUSTOM_F);
    if (!fallback.ok) throw new Error('The default custom objective failed to parse.');
    outcome = {
      parsed: fallback,
      error: { message: first.message, position: first.position },
      used: DEFAULT_CUSTOM_F,
    };
  }
  parses.set(f, outcome);
  if (parses.size > 8) parses.delete(parses.keys().next().value as string);
  return outcome;
}
