/**
 * The URL codec: parses and writes a panel's parameters from their declarations (spec.ts).
 * Parsing never throws — a bad value falls back to its default and produces a notice that the
 * page shows, so a garbled link still opens a working panel.
 */
import type {
  AnyParams,
  BoxDecl,
  ListDecl,
  NumberDecl,
  ParamSpec,
  ParamValue,
  TextDecl,
  Vec2Decl,
} from './spec';
export type { ParamSpec, ParamValue } from './spec';

export type Params = AnyParams;

export interface ParseResult<P> {
  params: P;
  /** One sentence per rejected or clamped value, for the visible notice. */
  notices: string[];
}

const fmt = (v: number) => String(Number(v.toPrecision(6)));

function parseNumber(spec: NumberDecl, raw: string, notices: string[]): number {
  const v = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(v)) {
    notices.push(`${spec.label} “${raw}” is not a number; using ${fmt(spec.default)}.`);
    return spec.default;
  }
  if (spec.zero !== undefined && v === 0) return 0;
  let out = spec.integer ? Math.round(v) : v;
  if (out < spec.min || out > spec.max) {
    const clamped = Math.min(spec.max, Math.max(spec.min, out));
    notices.push(
      `${spec.label} ${fmt(v)} is outside ${fmt(spec.min)}…${fmt(spec.max)}; clamped to ${fmt(clamped)}.`,
    );
    out = clamped;
  }
  return out;
}

function parseVec2(spec: Vec2Decl, raw: string, notices: string[]): readonly [number, number] {
  const parts = raw.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
  if (parts.length !== 2 || !parts.every(Number.isFinite)) {
    notices.push(
      `${spec.label} “${raw}” is not a point “x,y”; using ${spec.default.map(fmt).join(',')}.`,
    );
    return spec.default;
  }
  const c = parts.map((p) => Math.min(spec.max, Math.max(spec.min, p))) as [number, number];
  if (c[0] !== parts[0] || c[1] !== parts[1]) {
    notices.push(`${spec.label} ${raw} is outside ${spec.min}…${spec.max}; clamped.`);
  }
  return c;
}

function parseText(spec: TextDecl, raw: string, notices: string[]): string {
  if (raw.length > spec.maxLength) {
    notices.push(`${spec.label} is longer than ${spec.maxLength} characters; using the default.`);
    return spec.default;
  }
  return raw;
}

type Box = readonly [number, number, number, number];

function parseBox(spec: BoxDecl, raw: string, notices: string[]): Box | null {
  if (raw === '' || raw === 'auto') return null;
  const v = raw.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
  const ok =
    v.length === 4 &&
    v.every((x) => Number.isFinite(x) && Math.abs(x) <= spec.limit) &&
    v[0] < v[1] &&
    v[2] < v[3];
  if (!ok) {
    notices.push(
      `${spec.label} “${raw}” is not “xmin,xmax,ymin,ymax” with min < max within ±${spec.limit}; fitting automatically.`,
    );
    return null;
  }
  return v as unknown as Box;
}

function parseList(spec: ListDecl, raw: string, notices: string[]): readonly string[] {
  const items = raw.split(',').filter((s) => s !== '');
  const bad = items.filter((s) => !spec.values.includes(s));
  if (bad.length > 0) notices.push(`${spec.label}: unknown “${bad.join(', ')}” ignored.`);
  const good = spec.values.filter((v) => items.includes(v));
  return good.length > 0 || items.length === 0 ? good : spec.default;
}

/** Parses `key=value&…` against a schema; unknown keys are reported, missing keys defaulted. */
export function parseParams<P extends Params>(
  schema: readonly ParamSpec[],
  query: string,
): ParseResult<P> {
  const notices: string[] = [];
  const out: AnyParams = {};
  let search: URLSearchParams;
  try {
    search = new URLSearchParams(query);
  } catch {
    search = new URLSearchParams();
    notices.push('The link’s parameters could not be read; using defaults.');
  }
  for (const spec of schema) {
    const raw = search.get(spec.key);
    if (raw === null) {
      out[spec.key] = spec.default;
      continue;
    }
    switch (spec.kind) {
      case 'number':
        out[spec.key] = parseNumber(spec, raw, notices);
        break;
      case 'enum':
        // A bare flag (`?present`) means on, for enums that are on/off switches.
        if (raw === '' && spec.flag) out[spec.key] = spec.values[1];
        else if (spec.values.includes(raw)) out[spec.key] = raw;
        else {
          notices.push(
            `${spec.label} “${raw}” is not one of ${spec.values.join(', ')}; using ${spec.default}.`,
          );
          out[spec.key] = spec.default;
        }
        break;
      case 'vec2':
        out[spec.key] = parseVec2(spec, raw, notices);
        break;
      case 'list':
        out[spec.key] = parseList(spec, raw, notices);
        break;
      case 'text':
        out[spec.key] = parseText(spec, raw, notices);
        break;
      case 'box':
        out[spec.key] = parseBox(spec, raw, notices);
        break;
    }
  }
  const known = new Set(schema.map((s) => s.key));
  for (const key of search.keys()) {
    if (!known.has(key)) notices.push(`Unknown parameter “${key}” ignored.`);
  }
  return { params: out as P, notices };
}

/** Shortest exact decimal for a number (round-trips through Number()). */
export function formatNumber(v: number): string {
  return String(v);
}

/**
 * Serializes params in schema order; values equal to their default are still written, so a link
 * is self-contained. `skip` names parameters that are not inputs in this state (derived values).
 */
export function serializeParams(
  schema: readonly ParamSpec[],
  params: Params,
  skip: ReadonlySet<string> = new Set(),
): string {
  const parts: string[] = [];
  for (const spec of schema) {
    const v = params[spec.key];
    if (v === undefined || v === null || skip.has(spec.key)) continue;
    // Optional view switches stay out of links until they are used.
    if (
      (spec.kind === 'enum' && spec.omitDefault && v === spec.default) ||
      (spec.kind === 'text' && v === '' && spec.default === '')
    ) {
      continue;
    }
    let s: string;
    if (spec.kind === 'vec2') {
      const p = v as readonly [number, number];
      s = `${formatNumber(p[0])},${formatNumber(p[1])}`;
    } else if (spec.kind === 'list' || spec.kind === 'box')
      s = (v as readonly (string | number)[]).join(',');
    else if (typeof v === 'number') s = formatNumber(v);
    else s = String(v);
    parts.push(`${spec.key}=${encodeURIComponent(s).replace(/%2C/g, ',')}`);
  }
  return parts.join('&');
}

/** Clamps a value coming from a control, with the same rules as the URL. */
export function clampParam(spec: ParamSpec, value: ParamValue): ParamValue {
  const notices: string[] = [];
  if (spec.kind === 'number') return parseNumber(spec, String(value), notices);
  if (spec.kind === 'vec2') {
    const v = value as readonly [number, number];
    return parseVec2(spec, `${v[0]},${v[1]}`, notices);
  }
  if (spec.kind === 'enum')
    return spec.values.includes(String(value)) ? String(value) : spec.default;
  if (spec.kind === 'text') return parseText(spec, String(value), notices);
  if (spec.kind === 'box') {
    return value === null ? null : parseBox(spec, (value as readonly number[]).join(','), notices);
  }
  return parseList(spec, (value as readonly string[]).join(','), notices);
}
