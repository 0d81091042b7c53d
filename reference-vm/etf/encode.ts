// term_to_binary/1,2 as OTP 26 encodes (erts external.c enc_term_int), byte for byte
// for uncompressed output:
//   - integers: SMALL_INTEGER_EXT for 0..255, INTEGER_EXT for other 32-bit values,
//     else SMALL_BIG_EXT / LARGE_BIG_EXT;
//   - floats: NEW_FLOAT_EXT, or FLOAT_EXT ("%.20e" text) with {minor_version, 0};
//   - atoms: SMALL_ATOM_UTF8_EXT / ATOM_UTF8_EXT; with minor_version 0 or 1, atoms
//     that are latin-1 use ATOM_EXT (OTP does not set the small-atom-tags flag here);
//   - proper lists of 1..65535 bytes: STRING_EXT; other lists LIST_EXT;
//   - maps: MAP_EXT with pairs in maps:to_list order, or sorted in exact term order
//     with `deterministic`;
//   - pids NEW_PID_EXT, ports V4_PORT_EXT, references NEWER_REFERENCE_EXT,
//     local funs NEW_FUN_EXT, fun M:F/A EXPORT_EXT.
// Compression uses pako, a port of the reference zlib whose deflate makes the same
// streams as the zlib OTP links (node:zlib's bundled fork makes different, equally
// valid ones), so compressed output is byte-identical to OTP's. OTP compresses only
// when the result is not larger.
//
// The walk uses an explicit work stack, so deep terms cannot overflow the JS stack.

import { deflate } from 'pako';
import type * as pako from 'pako';
import { Atom } from '../terms/atom';
import { magnitudeBytes } from '../terms/bignum';
import { ErlMap } from '../terms/map';
import { thisNode } from '../terms/node';
import {
  Bitstring,
  Cons,
  ExportFun,
  Float,
  Fun,
  NIL,
  Pid,
  Port,
  Reference,
  Tuple,
  type Term,
} from '../terms/types';
import { formatExp20 } from './float-text';
import { Tag, VERSION_MAGIC } from './tags';

export interface TermToBinaryOptions {
  /** zlib level 0..9, or true for OTP's default level (6). 0 or absent: no compression. */
  compressed?: number | boolean;
  /** 0: FLOAT_EXT text floats and latin-1 atoms; 1: latin-1 atoms; 2 (default): UTF-8 atoms. */
  minorVersion?: 0 | 1 | 2;
  /** Encode map pairs sorted in exact term order instead of map order. */
  deterministic?: boolean;
}

/** Growable output buffer. */
class ByteWriter {
  buf = new Uint8Array(256);
  pos = 0;

  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }
  u8(v: number): void {
    this.ensure(1);
    this.buf[this.pos++] = v;
  }
  u16(v: number): void {
    this.ensure(2);
    this.buf[this.pos++] = (v >>> 8) & 0xff;
    this.buf[this.pos++] = v & 0xff;
  }
  u32(v: number): void {
    this.ensure(4);
    this.buf[this.pos++] = (v >>> 24) & 0xff;
    this.buf[this.pos++] = (v >>> 16) & 0xff;
    this.buf[this.pos++] = (v >>> 8) & 0xff;
    this.buf[this.pos++] = v & 0xff;
  }
  u64(v: number): void {
    this.u32(Math.floor(v / 4294967296) >>> 0);
    this.u32(v >>> 0);
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  patchU32(at: number, v: number): void {
    this.buf[at] = (v >>> 24) & 0xff;
    this.buf[at + 1] = (v >>> 16) & 0xff;
    this.buf[at + 2] = (v >>> 8) & 0xff;
    this.buf[at + 3] = v & 0xff;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

interface AtomText {
  utf8: Uint8Array;
  /** The name as latin-1 bytes, or null when it has a character above U+00FF. */
  latin1: Uint8Array | null;
}

const utf8Encoder = new TextEncoder();
const atomTextCache = new Map<Atom, AtomText>();

function atomText(atom: Atom): AtomText {
  let text = atomTextCache.get(atom);
  if (text === undefined) {
    const utf8 = utf8Encoder.encode(atom.name);
    let latin1: Uint8Array | null = null;
    const chars = Array.from(atom.name);
    if (chars.every((c) => c.codePointAt(0)! <= 0xff)) {
      latin1 = Uint8Array.from(chars, (c) => c.codePointAt(0)!);
    }
    text = { utf8, latin1 };
    atomTextCache.set(atom, text);
  }
  return text;
}

/** Marks where a NEW_FUN_EXT size field gets its value once the environment is written. */
class PatchFunSize {
  constructor(readonly at: number) {}
}

const floatView = new DataView(new ArrayBuffer(8));

class Encoder {
  readonly out = new ByteWriter();
  private readonly utf8Atoms: boolean;
  private readonly newFloats: boolean;

  constructor(
    minorVersion: number,
    private readonly deterministic: boolean,
  ) {
    this.utf8Atoms = minorVersion >= 2;
    this.newFloats = minorVersion >= 1;
  }

  atom(atom: Atom): void {
    const text = atomText(atom);
    const w = this.out;
    if (this.utf8Atoms || text.latin1 === null) {
      if (text.utf8.length > 255) {
        w.u8(Tag.ATOM_UTF8);
        w.u16(text.utf8.length);
      } else {
        w.u8(Tag.SMALL_ATOM_UTF8);
        w.u8(text.utf8.length);
      }
      w.bytes(text.utf8);
    } else {
      w.u8(Tag.ATOM);
      w.u16(text.latin1.length);
      w.bytes(text.latin1);
    }
  }

  integer(n: number | bigint): void {
    const w = this.out;
    if (typeof n === 'number' && n >= 0 && n < 256) {
      w.u8(Tag.SMALL_INTEGER);
      w.u8(n);
    } else if (typeof n === 'number' && n >= -2147483648 && n <= 2147483647) {
      w.u8(Tag.INTEGER);
      w.u32(n >>> 0);
    } else {
      const magnitude = magnitudeBytes(n);
      if (magnitude.length < 256) {
        w.u8(Tag.SMALL_BIG);
        w.u8(magnitude.length);
      } else {
        w.u8(Tag.LARGE_BIG);
        w.u32(magnitude.length);
      }
      w.u8(n < 0 ? 1 : 0);
      w.bytes(magnitude);
    }
  }

  float(value: number): void {
    const w = this.out;
    if (this.newFloats) {
      w.u8(Tag.NEW_FLOAT);
      floatView.setFloat64(0, value);
      w.ensure(8);
      for (let i = 0; i < 8; i++) w.buf[w.pos++] = floatView.getUint8(i);
    } else {
      w.u8(Tag.FLOAT);
      const text = formatExp20(value);
      w.ensure(31);
      for (let i = 0; i < 31; i++) w.buf[w.pos++] = i < text.length ? text.charCodeAt(i) : 0;
    }
  }

  pid(pid: Pid): void {
    const w = this.out;
    w.u8(Tag.NEW_PID);
    this.atom(pid.node);
    w.u32(pid.id);
    w.u32(pid.serial);
    w.u32(pid.creation);
  }

  bitstring(b: Bitstring): void {
    const w = this.out;
    const full = b.bitSize >>> 3;
    const rest = b.bitSize & 7;
    if (rest === 0) {
      w.u8(Tag.BINARY);
      w.u32(full);
      w.bytes(b.bytes.subarray(0, full));
    } else {
      w.u8(Tag.BIT_BINARY);
      w.u32(full + 1);
      w.u8(rest);
      w.bytes(b.bytes.subarray(0, full));
      w.u8(b.bytes[full] & ((0xff << (8 - rest)) & 0xff));
    }
  }

  /** Encode one term; sub-terms still to be written are pushed on `stack` (last pushed is written first). */
  one(t: Term, stack: unknown[]): void {
    const w = this.out;
    if (typeof t === 'number' || typeof t === 'bigint') {
      this.integer(t);
    } else if (t instanceof Atom) {
      this.atom(t);
    } else if (t === NIL) {
      w.u8(Tag.NIL);
    } else if (t instanceof Cons) {
      this.list(t, stack);
    } else if (t instanceof Tuple) {
      const n = t.elements.length;
      if (n <= 255) {
        w.u8(Tag.SMALL_TUPLE);
        w.u8(n);
      } else {
        w.u8(Tag.LARGE_TUPLE);
        w.u32(n);
      }
      for (let i = n - 1; i >= 0; i--) stack.push(t.elements[i]);
    } else if (t instanceof Float) {
      this.float(t.value);
    } else if (t instanceof Bitstring) {
      this.bitstring(t);
    } else if (t instanceof ErlMap) {
      w.u8(Tag.MAP);
      w.u32(t.size);
      let keys: Term[];
      let values: Term[];
      if (this.deterministic) {
        ({ keys, values } = t.termOrderEntries());
      } else {
        keys = t.keys();
        values = t.values();
      }
      for (let i = keys.length - 1; i >= 0; i--) stack.push(values[i], keys[i]);
    } else if (t instanceof Pid) {
      this.pid(t);
    } else if (t instanceof Port) {
      w.u8(Tag.V4_PORT);
      this.atom(t.node);
      w.u64(t.id);
      w.u32(t.creation);
    } else if (t instanceof Reference) {
      w.u8(Tag.NEWER_REFERENCE);
      w.u16(t.ids.length);
      this.atom(t.node);
      w.u32(t.creation);
      for (const id of t.ids) w.u32(id >>> 0);
    } else if (t instanceof Fun) {
      w.u8(Tag.NEW_FUN);
      const sizeAt = w.pos;
      w.u32(0);
      w.u8(t.arity);
      w.ensure(16);
      for (let i = 0; i < 16; i++) w.buf[w.pos++] = i < t.moduleMd5.length ? t.moduleMd5[i] : 0;
      w.u32(t.index >>> 0);
      w.u32(t.env.length);
      this.atom(t.module);
      this.integer(t.oldIndex);
      this.integer(t.uniq);
      // A fun always has a creator pid on the BEAM; a fun built without one
      // (e.g. a literal) is written as created by <0.0.0>.
      const node = thisNode();
      this.pid(t.pid ?? new Pid(0, 0, node.name, node.creation));
      stack.push(new PatchFunSize(sizeAt));
      for (let i = t.env.length - 1; i >= 0; i--) stack.push(t.env[i]);
    } else if (t instanceof ExportFun) {
      w.u8(Tag.EXPORT);
      this.atom(t.module);
      this.atom(t.functionName);
      this.integer(t.arity);
    } else {
      throw new TypeError('termToBinary: not a term');
    }
  }

  private list(head: Cons, stack: unknown[]): void {
    const w = this.out;
    const items: Term[] = [];
    let allBytes = true;
    let t: Term = head;
    while (t instanceof Cons) {
      const h = t.head;
      if (allBytes && !(typeof h === 'number' && h >= 0 && h <= 255)) allBytes = false;
      items.push(h);
      t = t.tail;
    }
    if (t === NIL && allBytes && items.length <= 0xffff) {
      w.u8(Tag.STRING);
      w.u16(items.length);
      w.ensure(items.length);
      for (const b of items) w.buf[w.pos++] = b as number;
      return;
    }
    w.u8(Tag.LIST);
    w.u32(items.length);
    stack.push(t);
    for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
  }

  run(term: Term): void {
    const stack: unknown[] = [term];
    while (stack.length > 0) {
      const item = stack.pop();
      if (item instanceof PatchFunSize) {
        this.out.patchU32(item.at, this.out.pos - item.at);
      } else {
        this.one(item as Term, stack);
      }
    }
  }
}

/** The external format of a term without the leading version byte. */
export function encodeTermBody(term: Term, opts: TermToBinaryOptions = {}): Uint8Array {
  const encoder = new Encoder(opts.minorVersion ?? 2, opts.deterministic === true);
  encoder.run(term);
  return encoder.out.result();
}

function compressionLevel(opt: number | boolean | undefined): number {
  if (opt === undefined || opt === false) return 0;
  if (opt === true) return 6;
  if (!Number.isInteger(opt) || opt < 0 || opt > 9) {
    throw new RangeError('termToBinary: compressed level must be 0..9');
  }
  return opt;
}

/** term_to_binary/1,2. */
export function termToBinary(term: Term, opts: TermToBinaryOptions = {}): Uint8Array {
  const level = compressionLevel(opts.compressed);
  const body = encodeTermBody(term, opts);
  if (level > 0) {
    const z = deflate(body, { level: level as pako.DeflateOptions['level'] });
    // As erts: use the compressed form only if it is not larger (6 + z <= 1 + body).
    if (z.length + 5 <= body.length) {
      const out = new Uint8Array(6 + z.length);
      out[0] = VERSION_MAGIC;
      out[1] = Tag.COMPRESSED;
      out[2] = (body.length >>> 24) & 0xff;
      out[3] = (body.length >>> 16) & 0xff;
      out[4] = (body.length >>> 8) & 0xff;
      out[5] = body.length & 0xff;
      out.set(z, 6);
      return out;
    }
  }
  const out = new Uint8Array(1 + body.length);
  out[0] = VERSION_MAGIC;
  out.set(body, 1);
  return out;
}
