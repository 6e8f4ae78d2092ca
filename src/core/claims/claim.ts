/**
 * Captions as computed claims. A sentence that states a mathematical fact about the state on
 * screen ("a descent direction", "converged", "at most ‖∇J‖/η", "K-FAC is 4× ahead at iteration
 * 300") is built as a Claim: its kind, the sentence, and the numbers it states. The caption shows
 * the sentences; property tests check every claim against an independent computation on the same
 * state with a verifier per kind, and fail on a kind that has no verifier — so no sentence can
 * reach the screen unchecked.
 */

export type ClaimData = Readonly<Record<string, number | boolean | string | readonly number[]>>;

export interface Claim<K extends string = string> {
  /** What kind of fact it states; verifiers are keyed by it. */
  readonly kind: K;
  /** The sentence as the panel shows it. */
  readonly text: string;
  /** The numbers and facts the sentence states, for a verifier to recompute. */
  readonly data: ClaimData;
}

export const claim = <K extends string>(kind: K, text: string, data: ClaimData = {}): Claim<K> => ({
  kind,
  text,
  data,
});

/** The caption: the claims' sentences in order. */
export function claimText(claims: readonly Claim[]): string {
  return claims.map((c) => c.text).join(' ');
}

/**
 * An independent check of one kind of claim on a state: returns null when the claim holds, or
 * the reason it does not.
 */
export type Verifier<S> = (c: Claim, state: S) => string | null;

/**
 * Checks every claim with the verifier of its kind; the result lists each failure (a false claim
 * or a kind nobody verifies). Property tests assert it is empty over many states.
 */
export function verifyClaims<S>(
  claims: readonly Claim[],
  state: S,
  verifiers: Readonly<Record<string, Verifier<S>>>,
): string[] {
  const out: string[] = [];
  for (const c of claims) {
    const v = verifiers[c.kind];
    if (!v) out.push(`no verifier for claim kind “${c.kind}”: “${c.text}”`);
    else {
      const why = v(c, state);
      if (why) out.push(`false claim (${c.kind}) “${c.text}”: ${why}`);
    }
  }
  return out;
}
