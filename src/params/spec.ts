/**
 * One declaration per parameter. A panel lists its URL parameters once, as an `as const` object
 * keyed by the URL key, in URL order; everything else is derived from it: the TypeScript type of
 * the panel's parameters (`ParamsOf`), the URL codec's validation (codec.ts), the controls
 * (components/ParamSlider, ParamSelect) and the parameter tables in docs/panels/*.md (docs.ts).
 * React-free and DOM-free so the URL layer, the docs generator and tests can all use it.
 */

interface DeclBase {
  /** What a student reads next to the control; also names the parameter in notices. */
  readonly label: string;
  /** One sentence for the docs table and the control's description: what the value means. */
  readonly help: string;
}

export interface NumberDecl extends DeclBase {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly default: number;
  /** How a slider moves: in equal steps, or in equal ratios (log). Default linear. */
  readonly scale?: 'linear' | 'log';
  /**
   * Exact 0 is allowed below `min` (a log slider's leftmost notch); the text says what 0 means
   * ("undamped", "off") for the control's spoken value and the docs.
   */
  readonly zero?: string;
  /** Integers only (step counts, sizes, seeds). */
  readonly integer?: boolean;
  /** A linear slider's step; default (max − min)/200, or 1 for integers. */
  readonly step?: number;
  /** Unit written after the value ("s", "°"). */
  readonly unit?: string;
  /** The value's symbol for spoken values ("η = 0.1"); default the label. */
  readonly symbol?: string;
}

export interface EnumDecl<V extends string = string> extends DeclBase {
  readonly kind: 'enum';
  readonly values: readonly V[];
  readonly default: V;
  /** What a select shows for each value (default the value itself). */
  readonly labels?: Readonly<Partial<Record<V, string>>>;
  /** A bare flag `?key` means the second value (on/off switches such as `present`). */
  readonly flag?: boolean;
  /** Left out of links while equal to the default (optional view switches). */
  readonly omitDefault?: boolean;
}

export interface Vec2Decl extends DeclBase {
  readonly kind: 'vec2';
  /** Each coordinate is clamped to [min, max]. */
  readonly min: number;
  readonly max: number;
  readonly default: readonly [number, number];
}

export interface ListDecl<V extends string = string> extends DeclBase {
  readonly kind: 'list';
  readonly values: readonly V[];
  readonly default: readonly V[];
  readonly labels?: Readonly<Partial<Record<V, string>>>;
}

/** Free text (a typed expression, a matrix); whoever uses it validates its meaning. */
export interface TextDecl extends DeclBase {
  readonly kind: 'text';
  readonly maxLength: number;
  readonly default: string;
}

/** An optional view box "xmin,xmax,ymin,ymax" (min < max, within ±limit); null = automatic. */
export interface BoxDecl extends DeclBase {
  readonly kind: 'box';
  readonly limit: number;
  readonly default: null;
}

export type ParamDecl = NumberDecl | EnumDecl | Vec2Decl | ListDecl | TextDecl | BoxDecl;
export type Decls = Readonly<Record<string, ParamDecl>>;

export type Box = readonly [number, number, number, number];

/** The value type a declaration stands for. */
export type ValueOf<D> = D extends { kind: 'number' }
  ? number
  : D extends { kind: 'enum'; values: readonly (infer V)[] }
    ? V
    : D extends { kind: 'vec2' }
      ? readonly [number, number]
      : D extends { kind: 'list'; values: readonly (infer V)[] }
        ? readonly V[]
        : D extends { kind: 'text' }
          ? string
          : D extends { kind: 'box' }
            ? Box | null
            : never;

/** A panel's parameter object, inferred from its declarations. */
export type ParamsOf<T extends Decls> = { -readonly [K in keyof T]: ValueOf<T[K]> };

/** Any panel's parameters, as the URL layer and the store hold them. */
export type ParamValue =
  number | string | readonly [number, number] | readonly string[] | Box | null;
export type AnyParams = Record<string, ParamValue>;

/** A declaration together with its URL key (the form the codec and the docs iterate over). */
export type ParamSpec = ParamDecl & { readonly key: string };

/**
 * Declares a panel's parameters. The `const` type parameter keeps literal values (enum ids,
 * defaults) so `ParamsOf` infers unions, not `string`.
 */
/**
 * An optional view switch '0' | '1': off by default and left out of links while off; a bare
 * `?key` turns it on.
 */
export function switchParam(
  label: string,
  help: string,
  labels?: EnumDecl<'0' | '1'>['labels'],
): EnumDecl<'0' | '1'> {
  return {
    kind: 'enum',
    label,
    values: ['0', '1'],
    default: '0',
    ...(labels ? { labels } : {}),
    flag: true,
    omitDefault: true,
    help,
  };
}

export function defineParams<const T extends Decls>(decls: T): T {
  return decls;
}

/** The declarations as an ordered list with their keys (URL order = declaration order). */
export function specList(decls: Decls): ParamSpec[] {
  return Object.entries(decls).map(([key, d]) => ({ ...d, key }));
}

/** The default value of every declared parameter. */
export function defaultsOf<T extends Decls>(decls: T): ParamsOf<T> {
  const out: AnyParams = {};
  for (const [k, d] of Object.entries(decls)) out[k] = d.default;
  return out as ParamsOf<T>;
}
