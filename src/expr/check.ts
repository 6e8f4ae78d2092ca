/** The as-you-type check of a custom objective: parse, and typeset ∇f and H where readable. */
import { derivativeTex, parseObjective } from './parse';

export type ExprCheck = { f: string } & (
  | { ok: true; tex: string; grad: [string, string] | null; hess: [string, string, string] | null }
  | { ok: false; message: string; position: number | null }
);

export function checkExpression(f: string): ExprCheck {
  const r = parseObjective(f);
  if (!r.ok) return { f, ok: false, message: r.message, position: r.position };
  const d = derivativeTex(r.node);
  return { f, ok: true, tex: r.tex, grad: d?.grad ?? null, hess: d?.hess ?? null };
}
