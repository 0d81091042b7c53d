// binary_to_term/1,2 as OTP 26 decodes (erts external.c dec_term / decoded_size).
//
// Every malformed input raises EtfDecodeError (binary_to_term's badarg) and nothing
// else: declared lengths are checked against the bytes that remain before anything
// is allocated, and nesting is handled with an explicit stack of open containers.
//
// Accepted: every tag OTP 26 accepts in binary_to_term, including the legacy ones
// (ATOM_EXT, SMALL_ATOM_EXT, PID_EXT, PORT_EXT, NEW_PORT_EXT, REFERENCE_EXT,
// NEW_REFERENCE_EXT, FLOAT_EXT) and zlib-compressed input. Refused like OTP: FUN_EXT
// (OTP 23+), ATOM_CACHE_REF and the ETS-internal tags, duplicate map keys,
// non-finite floats, out-of-range local pid/port/reference numbers.
// Also refused here (OTP would accept): LOCAL_EXT (its hash is keyed by a secret of
// the encoding node), the ETS atom-index tags, a fun creator that is not a pid, and port
// numbers above 2^53 - 1.
//
// Bytes after the term are ignored, as binary_to_term does; `used` reports how many
// bytes the term took.
//
// A decoded NEW_FUN_EXT has no way to know the lambda's generated function name, so
// its Fun.functionName is the empty atom ''; the loader or caller can resolve it from
// the module's FunT (module, index).

import { inflateSync } from 'node:zlib';
import { Atom } from '../terms/atom';
import { integerFromMagnitudeBytes } from '../terms/bignum';
import { ErlMap } from '../terms/map';
import { isLocalNode } from '../terms/node';
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
import { parseFloatText } from './float-text';
import { Tag, VERSION_MAGIC } from './tags';

/** Malformed external term format (binary_to_term raises badarg). */
export class EtfDecodeError extends Error {
  constructor(
    message: string,
    /** Offset in the (decompressed) term data where decoding failed. */
    readonly offset: number,
  ) {
    super(`binary_to_term: ${message} at offset ${offset}`);
    this.name = 'EtfDecodeError';
  }
}

export interface BinaryToTermOptions {
  /** Refuse to create atoms (and EXPORT_EXT funs to unknown functions, see exportExists). */
  safe?: boolean;
  /** Return {Term, BytesUsed} as binary_to_term(Bin, [used]) does. */
  used?: boolean;
  /**
   * With `safe`: whether fun Module:Function/Arity refers to an existing export.
   * OTP refuses EXPORT_EXT for functions that are not exported by a loaded module;
   * without this callback every such fun is accepted.
   */
  exportExists?: (module: Atom, functionName: Atom, arity: number) => boolean;
}

const MAX_ATOM_CHARACTERS = 255;
const MAX_ATOM_BYTES = 4 * MAX_ATOM_CHARACTERS;
/** erts BIG_ARITY_MAX * sizeof(ErtsDigit) on a 64-bit build. */
const MAX_BIG_BYTES = 65535 * 8;
const MAX_REF_NUMBERS = 5;
/** Local references keep at least this many words (erts ERTS_REF_NUMBERS). */
const REF_NUMBERS = 3;
/** First word of a local reference is 18 bits (erts MAX_REFERENCE). */
const MAX_REFERENCE = 1 << 18;
const MAX_INTERNAL_PID_NUMBER = 2 ** 28 - 1;
const MAX_INTERNAL_PORT_NUMBER = 2 ** 60 - 1;
const MAX_TINY_CREATION = 3;
/** Bigger compressed sizes are believed only after inflating (as erts does past 32 MB). */
const MAX_INFLATE_BYTES = 2 ** 31 - 1;

const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function countCodePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A low surrogate after a high one completes the same code point.
    if (c < 0xdc00 || c > 0xdfff || i === 0 || (s.charCodeAt(i - 1) & 0xfc00) !== 0xd800) n++;
  }
  return n;
}

/** A container whose sub-terms are still being decoded. */
interface Frame {
  readonly kind: 'tuple' | 'list' | 'map' | 'fun';
  /** How many sub-terms complete it. */
  readonly want: number;
  readonly items: Term[];
  readonly fun?: PendingFun;
}

interface PendingFun {
  arity: number;
  md5: Uint8Array;
  index: number;
  module: Atom;
  oldIndex: number;
  oldUniq: number;
}

class Decoder {
  pos: number;

  constructor(
    private readonly bytes: Uint8Array,
    start: number,
    private readonly opts: BinaryToTermOptions,
  ) {
    this.pos = start;
  }

  fail(message: string, at: number = this.pos): never {
    throw new EtfDecodeError(message, at);
  }

  need(n: number): void {
    if (n > this.bytes.length - this.pos) this.fail('unexpected end of data');
  }
  u8(): number {
    this.need(1);
    return this.bytes[this.pos++];
  }
  u16(): number {
    this.need(2);
    const b = this.bytes;
    const v = (b[this.pos] << 8) | b[this.pos + 1];
    this.pos += 2;
    return v;
  }
  u32(): number {
    this.need(4);
    const b = this.bytes;
    const v = ((b[this.pos] << 24) | (b[this.pos + 1] << 16) | (b[this.pos + 2] << 8) | b[this.pos + 3]) >>> 0;
    this.pos += 4;
    return v;
  }
  i32(): number {
    return this.u32() | 0;
  }
  take(n: number): Uint8Array {
    this.need(n);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  makeAtom(name: string, at: number): Atom {
    if (this.opts.safe) {
      const existing = Atom.existing(name);
      if (existing === undefined) this.fail('unknown atom in safe mode', at);
      return existing;
    }
    return Atom.of(name);
  }

  latin1Atom(len: number, at: number): Atom {
    if (len > MAX_ATOM_CHARACTERS) this.fail('atom too long', at);
    const raw = this.take(len);
    let name = '';
    for (let i = 0; i < raw.length; i++) name += String.fromCharCode(raw[i]);
    return this.makeAtom(name, at);
  }

  utf8Atom(len: number, at: number): Atom {
    if (len > MAX_ATOM_BYTES) this.fail('atom too long', at);
    const raw = this.take(len);
    let name: string;
    try {
      name = utf8Decoder.decode(raw);
    } catch {
      this.fail('invalid UTF-8 in atom', at);
    }
    if (countCodePoints(name) > MAX_ATOM_CHARACTERS) this.fail('atom too long', at);
    return this.makeAtom(name, at);
  }

  /** An atom where only an atom may appear (node names, fun modules). */
  atom(): Atom {
    const at = this.pos;
    const tag = this.u8();
    switch (tag) {
      case Tag.ATOM:
        return this.latin1Atom(this.u16(), at);
      case Tag.SMALL_ATOM:
        return this.latin1Atom(this.u8(), at);
      case Tag.ATOM_UTF8:
        return this.utf8Atom(this.u16(), at);
      case Tag.SMALL_ATOM_UTF8:
        return this.utf8Atom(this.u8(), at);
      default:
        return this.fail(`expected an atom, found tag ${tag}`, at);
    }
  }

  /** A complete term where erts calls dec_term recursively (small integers in funs). */
  smallInteger(what: string): number {
    const at = this.pos;
    const t = this.term();
    if (typeof t !== 'number') this.fail(`${what} is not a small integer`, at);
    return t;
  }

  tinyCreation(at: number): number {
    const cre = this.u8();
    if (cre > MAX_TINY_CREATION) this.fail('creation out of range', at);
    return cre;
  }

  pid(tag: number, at: number): Pid {
    const node = this.atom();
    const num = this.u32();
    const serial = this.u32();
    const creation = tag === Tag.PID ? this.tinyCreation(at) : this.u32();
    if (isLocalNode(node, creation) && num > MAX_INTERNAL_PID_NUMBER) this.fail('pid number out of range', at);
    return new Pid(num, serial, node, creation);
  }

  port(tag: number, at: number): Port {
    const node = this.atom();
    let num: number;
    if (tag === Tag.V4_PORT) {
      const hi = this.u32();
      const lo = this.u32();
      num = hi * 4294967296 + lo;
      if (hi > 0x1fffff) this.fail('port number too large for this VM', at);
    } else {
      num = this.u32();
    }
    const creation = tag === Tag.PORT ? this.tinyCreation(at) : this.u32();
    if (isLocalNode(node, creation) && num > MAX_INTERNAL_PORT_NUMBER) this.fail('port number out of range', at);
    return new Port(num, node, creation);
  }

  reference(tag: number, at: number): Reference {
    let words: number;
    let node: Atom;
    let creation: number;
    if (tag === Tag.REFERENCE) {
      words = 1;
      node = this.atom();
    } else {
      words = this.u16();
      if (words > MAX_REF_NUMBERS) this.fail('reference too long', at);
      if (words === 0) this.fail('reference without id words', at);
      node = this.atom();
    }
    if (tag === Tag.NEWER_REFERENCE) {
      creation = this.u32();
    } else if (tag === Tag.REFERENCE) {
      creation = -1; // read after the id word below
    } else {
      creation = this.tinyCreation(at);
    }
    const ids: number[] = [];
    for (let i = 0; i < words; i++) ids.push(this.u32());
    if (tag === Tag.REFERENCE) creation = this.tinyCreation(at);
    // Legacy formats only carry 18-bit first words; local refs never exceed them.
    if (tag !== Tag.NEWER_REFERENCE && ids[0] >= MAX_REFERENCE) this.fail('reference number out of range', at);
    if (isLocalNode(node, creation)) {
      if (ids[0] >= MAX_REFERENCE) this.fail('reference number out of range', at);
      while (ids.length < REF_NUMBERS) ids.push(0);
    }
    return new Reference(ids, node, creation);
  }

  /**
   * Decode one term at the current position. Containers are completed on an
   * explicit stack, so nesting depth is limited only by memory.
   */
  term(): Term {
    const frames: Frame[] = [];
    for (;;) {
      let value = this.open(frames);
      // Deliver finished values upward until a container still needs more.
      while (value !== undefined) {
        const top = frames[frames.length - 1];
        if (top === undefined) return value;
        top.items.push(value);
        if (top.items.length < top.want) {
          value = undefined;
        } else {
          frames.pop();
          value = this.close(top);
        }
      }
    }
  }

  /** Read one tag: returns a finished term, or pushes a container frame and returns undefined. */
  private open(frames: Frame[]): Term | undefined {
    const at = this.pos;
    const tag = this.u8();
    switch (tag) {
      case Tag.SMALL_INTEGER:
        return this.u8();
      case Tag.INTEGER:
        return this.i32();
      case Tag.SMALL_BIG:
      case Tag.LARGE_BIG: {
        const n = tag === Tag.SMALL_BIG ? this.u8() : this.u32();
        if (n > MAX_BIG_BYTES) this.fail('integer too large', at);
        const negative = this.u8() !== 0;
        return integerFromMagnitudeBytes(this.take(n), negative);
      }
      case Tag.NEW_FLOAT: {
        const raw = this.take(8);
        const value = new DataView(raw.buffer, raw.byteOffset, 8).getFloat64(0);
        if (!Number.isFinite(value)) this.fail('non-finite float', at);
        return new Float(value);
      }
      case Tag.FLOAT: {
        const raw = this.take(31);
        let end = raw.indexOf(0);
        if (end < 0) end = 31;
        let text = '';
        for (let i = 0; i < end; i++) text += String.fromCharCode(raw[i]);
        const value = parseFloatText(text);
        if (value === null) this.fail('bad float text', at);
        return new Float(value);
      }
      case Tag.ATOM:
        return this.latin1Atom(this.u16(), at);
      case Tag.SMALL_ATOM:
        return this.latin1Atom(this.u8(), at);
      case Tag.ATOM_UTF8:
        return this.utf8Atom(this.u16(), at);
      case Tag.SMALL_ATOM_UTF8:
        return this.utf8Atom(this.u8(), at);
      case Tag.NIL:
        return NIL;
      case Tag.STRING: {
        const raw = this.take(this.u16());
        let list: Term = NIL;
        for (let i = raw.length - 1; i >= 0; i--) list = new Cons(raw[i], list);
        return list;
      }
      case Tag.LIST: {
        const n = this.u32();
        // Every element and the tail take at least one byte.
        if (n >= this.bytes.length - this.pos) this.fail('list longer than the data', at);
        frames.push({ kind: 'list', want: n + 1, items: [] });
        return undefined;
      }
      case Tag.SMALL_TUPLE:
      case Tag.LARGE_TUPLE: {
        const n = tag === Tag.SMALL_TUPLE ? this.u8() : this.u32();
        if (n === 0) return new Tuple([]);
        if (n > this.bytes.length - this.pos) this.fail('tuple larger than the data', at);
        frames.push({ kind: 'tuple', want: n, items: [] });
        return undefined;
      }
      case Tag.MAP: {
        const n = this.u32();
        if (n === 0) return ErlMap.empty;
        if (2 * n > this.bytes.length - this.pos) this.fail('map larger than the data', at);
        frames.push({ kind: 'map', want: 2 * n, items: [] });
        return undefined;
      }
      case Tag.BINARY: {
        const n = this.u32();
        return new Bitstring(this.take(n).slice());
      }
      case Tag.BIT_BINARY: {
        const n = this.u32();
        const bits = this.u8();
        if ((bits === 0) !== (n === 0) || bits > 8) this.fail('bad bit count', at);
        const data = this.take(n).slice();
        if (n === 0 || bits === 8) return new Bitstring(data);
        data[n - 1] &= (0xff << (8 - bits)) & 0xff;
        return new Bitstring(data, (n - 1) * 8 + bits);
      }
      case Tag.PID:
      case Tag.NEW_PID:
        return this.pid(tag, at);
      case Tag.PORT:
      case Tag.NEW_PORT:
      case Tag.V4_PORT:
        return this.port(tag, at);
      case Tag.REFERENCE:
      case Tag.NEW_REFERENCE:
      case Tag.NEWER_REFERENCE:
        return this.reference(tag, at);
      case Tag.EXPORT: {
        const module = this.atom();
        const name = this.atom();
        const arity = this.smallInteger('export arity');
        if (arity < 0) this.fail('bad export arity', at);
        if (this.opts.safe && this.opts.exportExists && !this.opts.exportExists(module, name, arity)) {
          this.fail('unknown export in safe mode', at);
        }
        return new ExportFun(module, name, arity);
      }
      case Tag.NEW_FUN: {
        this.take(4); // total size: ignored, as erts does
        const arity = this.u8();
        const md5 = this.take(16).slice();
        const index = this.i32();
        const numFree = this.u32();
        if (numFree > 255) this.fail('too many free variables', at);
        const module = this.atom();
        const oldIndex = this.smallInteger('fun old index');
        const oldUniq = this.smallInteger('fun old uniq');
        // The creator pid, then the environment.
        if (numFree + 1 > this.bytes.length - this.pos) this.fail('fun larger than the data', at);
        frames.push({
          kind: 'fun',
          want: numFree + 1,
          items: [],
          fun: { arity, md5, index, module, oldIndex, oldUniq },
        });
        return undefined;
      }
      case Tag.FUN:
        return this.fail('old fun format (FUN_EXT) is not supported', at);
      case Tag.LOCAL:
        return this.fail('LOCAL_EXT is not accepted', at);
      case Tag.ATOM_CACHE_REF:
        return this.fail('atom cache reference outside distribution', at);
      default:
        return this.fail(`unknown tag ${tag}`, at);
    }
  }

  /** Build the term of a frame whose sub-terms are all decoded. */
  private close(frame: Frame): Term {
    const items = frame.items;
    switch (frame.kind) {
      case 'tuple':
        return new Tuple(items);
      case 'list': {
        let list = items[items.length - 1];
        for (let i = items.length - 2; i >= 0; i--) list = new Cons(items[i], list);
        return list;
      }
      case 'map': {
        const entries: Array<[Term, Term]> = [];
        for (let i = 0; i < items.length; i += 2) entries.push([items[i], items[i + 1]]);
        const map = ErlMap.fromEntries(entries);
        if (map.size !== entries.length) this.fail('duplicate map key');
        return map;
      }
      case 'fun': {
        const f = frame.fun!;
        const creator = items[0];
        if (!(creator instanceof Pid)) this.fail('fun creator is not a pid');
        return new Fun(f.module, f.index, f.arity, items.slice(1), Atom.of(''), f.oldUniq, f.md5, f.oldIndex, creator);
      }
    }
  }
}

/**
 * Decode external term format (starting with the version byte 131).
 * Returns the term and the number of input bytes it used.
 */
export function decodeExternal(bytes: Uint8Array, opts: BinaryToTermOptions = {}): { term: Term; used: number } {
  if (bytes.length < 1 || bytes[0] !== VERSION_MAGIC) throw new EtfDecodeError('missing version byte 131', 0);
  if (bytes.length >= 6 && bytes[1] === Tag.COMPRESSED) {
    const size = ((bytes[2] << 24) | (bytes[3] << 16) | (bytes[4] << 8) | bytes[5]) >>> 0;
    let data: Uint8Array;
    let consumed: number;
    try {
      const r = inflateSync(bytes.subarray(6), { info: true, maxOutputLength: Math.max(1, Math.min(size, MAX_INFLATE_BYTES)) }) as unknown as {
        buffer: Buffer;
        engine: { bytesWritten: number };
      };
      data = new Uint8Array(r.buffer.buffer, r.buffer.byteOffset, r.buffer.length);
      consumed = r.engine.bytesWritten;
    } catch {
      throw new EtfDecodeError('bad compressed data', 6);
    }
    if (data.length !== size) throw new EtfDecodeError('compressed size mismatch', 2);
    const decoder = new Decoder(data, 0, opts);
    const term = decoder.term();
    return { term, used: 6 + consumed };
  }
  const decoder = new Decoder(bytes, 1, opts);
  const term = decoder.term();
  return { term, used: decoder.pos };
}

/**
 * binary_to_term/1,2. With `used`, returns {Term, BytesUsed} like OTP.
 * Throws EtfDecodeError (badarg) on malformed input.
 */
export function binaryToTerm(bytes: Uint8Array, opts: BinaryToTermOptions = {}): Term {
  const { term, used } = decodeExternal(bytes, opts);
  return opts.used ? new Tuple([term, used]) : term;
}
