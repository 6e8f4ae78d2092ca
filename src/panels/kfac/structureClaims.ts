/**
 * "⊗ keeps structure" as a computed claim: whether A, B and A ⊗ B have the chosen property, each
 * with the number that says how far it is from it, and the slide's condition attached (both
 * factors must have it). structureClaims.test.ts verifies it independently.
 */
import { claim, type Claim } from '../../core/claims/claim';
import type { Structure, StructureCheck, StructureOf } from '../../core/kfac';
import { plainNum } from '../shared/texNumbers';

export const STRUCTURE_WORD: Record<Structure, string> = {
  symmetric: 'symmetric',
  orthogonal: 'orthogonal',
  diagonal: 'diagonal',
  posdef: 'positive definite',
};

/** The measure of each property, for matrix name M. */
export function measureText(s: Structure, M: string, x: StructureOf): string {
  if (s === 'posdef') {
    return x.notSymmetric ? `${M} is not symmetric` : `λ_min(${M}) = ${plainNum(x.measure)}`;
  }
  // A product's transpose needs its parentheses: (A⊗B)ᵀ, not A⊗Bᵀ.
  const T = M.length > 1 ? `(${M})` : M;
  const what = {
    symmetric: `max |${M} − ${T}ᵀ|`,
    orthogonal: `max |${T}ᵀ${T} − I|`,
    diagonal: `largest off-diagonal |entry| of ${M}`,
  }[s];
  return `${what} = ${plainNum(x.measure)}`;
}

export function structureClaims(c: StructureCheck): Claim[] {
  const s = c.structure;
  const word = STRUCTURE_WORD[s];
  const m = (name: string, x: StructureOf) => measureText(s, name, x);
  const data = { structure: s, A: c.A.has, B: c.B.has, kron: c.kron.has };
  if (c.A.has && c.B.has) {
    return [
      claim(
        'kron-structure',
        `A and B are ${word} (${m('A', c.A)}, ${m('B', c.B)}), and so is A ⊗ B (${m('A⊗B', c.kron)}), as the slide says.`,
        data,
      ),
    ];
  }
  const lacking = [c.A.has ? null : 'A', c.B.has ? null : 'B'].filter((x) => x !== null);
  const which = lacking.length === 2 ? 'Neither A nor B is' : `${lacking[0]} is not`;
  const details = lacking.map((x) => m(x, x === 'A' ? c.A : c.B)).join(', ');
  const kron = c.kron.has
    ? `A ⊗ B is ${word} anyway (${m('A⊗B', c.kron)}): the condition is sufficient, not necessary.`
    : `A ⊗ B is not ${word} either (${m('A⊗B', c.kron)}).`;
  return [
    claim(
      'kron-structure',
      `${which} ${word} (${details}), so the slide’s statement (both factors ${word}) does not apply. ${kron}`,
      data,
    ),
  ];
}
