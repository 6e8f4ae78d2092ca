/**
 * A compact binary encoding of job requests and replies (plain objects, arrays, numbers incl.
 * NaN/±∞, strings, booleans, null/undefined and typed arrays) for the synchronous lane, which
 * hands values across threads through a SharedArrayBuffer where structured clone is not
 * available. Decoded typed arrays own their memory (they never alias the shared buffer).
 */

const Tag = {
  Undefined: 0,
  Null: 1,
  False: 2,
  True: 3,
  Number: 4,
  String: 5,
  Array: 6,
  Object: 7,
  Typed: 8,
} as const;

const TYPED = [
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Uint8Array,
  Int16Array,
] as const;
type Typed = InstanceType<(typeof TYPED)[number]>;

/** Thrown when a value does not fit the target buffer; the caller sends it another way. */
export class CodecOverflow extends Error {}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Writes `value` into `out` (any ArrayBuffer or SharedArrayBuffer view); returns bytes used. */
export function encodeInto(value: unknown, out: Uint8Array): number {
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let pos = 0;
  const need = (n: number) => {
    if (pos + n > out.byteLength) throw new CodecOverflow('Value too large for the lane buffer.');
  };
  const u8 = (v: number) => {
    need(1);
    view.setUint8(pos, v);
    pos += 1;
  };
  const u32 = (v: number) => {
    need(4);
    view.setUint32(pos, v, true);
    pos += 4;
  };
  const str = (s: string) => {
    const bytes = encoder.encode(s);
    u32(bytes.length);
    need(bytes.length);
    out.set(bytes, pos);
    pos += bytes.length;
  };
  const walk = (v: unknown, depth: number) => {
    if (depth > 64) throw new Error('Value nested too deeply to encode.');
    if (v === undefined) return u8(Tag.Undefined);
    if (v === null) return u8(Tag.Null);
    if (v === false) return u8(Tag.False);
    if (v === true) return u8(Tag.True);
    if (typeof v === 'number') {
      u8(Tag.Number);
      need(8);
      view.setFloat64(pos, v, true);
      pos += 8;
      return;
    }
    if (typeof v === 'string') {
      u8(Tag.String);
      return str(v);
    }
    if (ArrayBuffer.isView(v)) {
      const kind = TYPED.findIndex((T) => v instanceof T);
      if (kind < 0) throw new Error(`Cannot encode a ${v.constructor.name}.`);
      const t = v as Typed;
      u8(Tag.Typed);
      u8(kind);
      u32(t.length);
      // Align the payload to its element size so it can be copied as a block.
      const align = t.BYTES_PER_ELEMENT;
      const pad = (align - ((out.byteOffset + pos) % align)) % align;
      need(pad + t.byteLength);
      pos += pad;
      out.set(new Uint8Array(t.buffer, t.byteOffset, t.byteLength), pos);
      pos += t.byteLength;
      return;
    }
    if (Array.isArray(v)) {
      u8(Tag.Array);
      u32(v.length);
      for (const x of v) walk(x, depth + 1);
      return;
    }
    if (typeof v === 'object') {
      const entries = Object.entries(v);
      u8(Tag.Object);
      u32(entries.length);
      for (const [k, x] of entries) {
        str(k);
        walk(x, depth + 1);
      }
      return;
    }
    throw new Error(`Cannot encode a value of type ${typeof v}.`);
  };
  walk(value, 0);
  return pos;
}

/** Reads a value written by encodeInto from `bytes` (which must not be shared memory). */
export function decode(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  const u32 = () => {
    const v = view.getUint32(pos, true);
    pos += 4;
    return v;
  };
  const str = () => {
    const n = u32();
    const s = decoder.decode(bytes.subarray(pos, pos + n));
    pos += n;
    return s;
  };
  const read = (): unknown => {
    const tag = view.getUint8(pos++);
    switch (tag) {
      case Tag.Undefined:
        return undefined;
      case Tag.Null:
        return null;
      case Tag.False:
        return false;
      case Tag.True:
        return true;
      case Tag.Number: {
        const v = view.getFloat64(pos, true);
        pos += 8;
        return v;
      }
      case Tag.String:
        return str();
      case Tag.Typed: {
        const T = TYPED[view.getUint8(pos++)];
        const n = u32();
        const align = T.BYTES_PER_ELEMENT;
        pos += (align - ((bytes.byteOffset + pos) % align)) % align;
        const start = bytes.byteOffset + pos;
        pos += n * align;
        return new T(bytes.buffer.slice(start, start + n * align) as ArrayBuffer);
      }
      case Tag.Array: {
        const n = u32();
        const a: unknown[] = new Array(n);
        for (let i = 0; i < n; i++) a[i] = read();
        return a;
      }
      case Tag.Object: {
        const n = u32();
        const o: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) {
          const k = str();
          // An own property even for "__proto__" (plain assignment would set the prototype).
          Object.defineProperty(o, k, {
            value: read(),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        return o;
      }
      default:
        throw new Error(`Corrupt lane message (tag ${String(tag)} at ${pos - 1}).`);
    }
  };
  return read();
}
