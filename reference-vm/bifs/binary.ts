// The `binary` module of OTP 26. Most functions are BIFs (erl_bif_binary.c); bin_to_list,
// replace and the hex functions are library Erlang code (binary.erl) that turns every
// failure into badarg.

import type { NativeRegistry } from './registry';
import { badarg } from './exception';
import { Atom } from '../terms/atom';
import { Bitstring, Cons, NIL, Reference, Tuple, normalizeInteger, type Term } from '../terms/types';
import { compileSearch, findAll, findFirst, type CompiledSearch, type Match } from '../unicode/bytesearch';
import { binOf, concatBytes, list, tuple } from '../unicode/terms-util';

const A = {
  bm: Atom.of('bm'),
  ac: Atom.of('ac'),
  nomatch: Atom.of('nomatch'),
  scope: Atom.of('scope'),
  global: Atom.of('global'),
  trim: Atom.of('trim'),
  trim_all: Atom.of('trim_all'),
  big: Atom.of('big'),
  little: Atom.of('little'),
  insert_replaced: Atom.of('insert_replaced'),
  uppercase: Atom.of('uppercase'),
  lowercase: Atom.of('lowercase'),
};

// ---- compiled patterns: {bm | ac, MagicRef} ----

/** The reference inside a compiled pattern; it carries the search structure, as the BEAM's magic binary does. */
export class CompiledPatternRef extends Reference {
  constructor(
    ids: readonly number[],
    readonly search: CompiledSearch,
  ) {
    super(ids);
  }
}

let patternCounter = 0;

/** Byte contents of a binary (not a bitstring). */
function bytesOf(b: Bitstring): Uint8Array {
  return b.bytes.subarray(0, b.byteSize);
}

function isBinary(t: Term): t is Bitstring {
  return t instanceof Bitstring && (t.bitSize & 7) === 0;
}

/** do_binary_match_compile: the needles of a pattern term, or undefined (badarg). */
function patternNeedles(p: Term): Uint8Array[] | undefined {
  if (isBinary(p)) return p.byteSize > 0 ? [bytesOf(p)] : undefined;
  if (!(p instanceof Cons)) return undefined;
  const out: Uint8Array[] = [];
  let t: Term = p;
  while (t instanceof Cons) {
    const b = t.head;
    if (!isBinary(b) || b.byteSize === 0) return undefined;
    out.push(bytesOf(b));
    t = t.tail;
  }
  return t === NIL ? out : undefined;
}

function compilePattern(p: Term): Term {
  const needles = patternNeedles(p);
  if (needles === undefined) return badarg();
  const search = compileSearch(needles);
  patternCounter++;
  // Distinctive id words keep these apart from the VM's own make_ref/0 references.
  const ref = new CompiledPatternRef([patternCounter, 0x3ffff, 0x3ffff], search);
  return tuple(search.kind === 'bm' ? A.bm : A.ac, ref);
}

/** maybe_binary_match_compile */
function searchFor(p: Term): CompiledSearch | undefined {
  if (p instanceof Tuple) {
    if (p.elements.length !== 2) return undefined;
    const [tag, ref] = p.elements;
    if (!(ref instanceof CompiledPatternRef)) return undefined;
    if ((tag === A.bm && ref.search.kind === 'bm') || (tag === A.ac && ref.search.kind === 'ac')) return ref.search;
    return undefined;
  }
  const needles = patternNeedles(p);
  return needles === undefined ? undefined : compileSearch(needles);
}

// ---- option parsing ----

const UINT_MAX = 2n ** 64n - 1n;
const SINT_MIN = -(2n ** 63n);
const SINT_MAX = 2n ** 63n - 1n;

function asUint(t: Term): bigint | undefined {
  if (typeof t !== 'number' && typeof t !== 'bigint') return undefined;
  const v = BigInt(t);
  return v >= 0n && v <= UINT_MAX ? v : undefined;
}

function asSint(t: Term): bigint | undefined {
  if (typeof t !== 'number' && typeof t !== 'bigint') return undefined;
  const v = BigInt(t);
  return v >= SINT_MIN && v <= SINT_MAX ? v : undefined;
}

/** A {scope, {Pos, Len}} option as [start, end] within a subject of `size` bytes. */
function parseScope(opt: Term, size: number): [number, number] | undefined {
  if (!(opt instanceof Tuple) || opt.elements.length !== 2 || opt.elements[0] !== A.scope) return undefined;
  const sc = opt.elements[1];
  if (!(sc instanceof Tuple) || sc.elements.length !== 2) return undefined;
  let pos = asUint(sc.elements[0]);
  let len = asSint(sc.elements[1]);
  if (pos === undefined || len === undefined) return undefined;
  if (len < 0) {
    len = -len;
    pos = (pos - len) & UINT_MAX; // unsigned wrap-around, caught by the range checks below
  }
  const end = (pos + len) & UINT_MAX;
  if (end < pos) return undefined;
  if (BigInt(size) < pos || BigInt(size) < end) return undefined;
  return [Number(pos), Number(end)];
}

interface FindOpts {
  start: number;
  end: number;
  global: boolean;
  trim: boolean;
  trimAll: boolean;
}

function parseMatchOpts(opts: Term | undefined, size: number): FindOpts | undefined {
  const r: FindOpts = { start: 0, end: size, global: false, trim: false, trimAll: false };
  if (opts === undefined || opts === NIL) return r;
  if (!(opts instanceof Cons)) return undefined;
  let l: Term = opts;
  while (l instanceof Cons) {
    const s = parseScope(l.head, size);
    if (s === undefined) return undefined;
    [r.start, r.end] = s;
    l = l.tail;
  }
  return r;
}

function parseSplitOpts(opts: Term | undefined, size: number): FindOpts | undefined {
  const r: FindOpts = { start: 0, end: size, global: false, trim: false, trimAll: false };
  if (opts === undefined || opts === NIL) return r;
  if (!(opts instanceof Cons)) return undefined;
  let l: Term = opts;
  while (l instanceof Cons) {
    const o = l.head;
    if (o === A.global) r.global = true;
    else if (o === A.trim) r.trim = true;
    else if (o === A.trim_all) r.trimAll = true;
    else {
      const s = parseScope(o, size);
      if (s === undefined) return undefined;
      [r.start, r.end] = s;
    }
    l = l.tail;
  }
  return r;
}

// ---- match / matches / split ----

function matchTerm(m: Match): Term {
  return tuple(m.pos, m.len);
}

function binaryMatch(subject: Term, pattern: Term, opts: Term | undefined, global: boolean): Term {
  if (!isBinary(subject)) return badarg();
  const o = parseMatchOpts(opts, subject.byteSize);
  if (o === undefined) return badarg();
  if (o.end === 0) return global ? NIL : A.nomatch;
  const search = searchFor(pattern);
  if (search === undefined) return badarg();
  const hay = bytesOf(subject);
  if (global) return list(findAll(search, hay, o.start, o.end).map(matchTerm));
  const m = findFirst(search, hay, o.start, o.end);
  return m === undefined ? A.nomatch : matchTerm(m);
}

function binarySplit(subject: Term, pattern: Term, opts: Term | undefined): Term {
  if (!isBinary(subject)) return badarg();
  const o = parseSplitOpts(opts, subject.byteSize);
  if (o === undefined) return badarg();
  const size = subject.byteSize;
  const hay = bytesOf(subject);
  const part = (from: number, to: number): Bitstring => binOf(hay.subarray(from, to));
  const anyTrim = o.trim || o.trimAll;
  const notFound = (): Term => (anyTrim && size === 0 ? NIL : list([subject]));
  if (o.end === 0) return notFound();
  const search = searchFor(pattern);
  if (search === undefined) return badarg();
  if (!o.global) {
    const m = findFirst(search, hay, o.start, o.end);
    if (m === undefined) return notFound();
    const restStart = m.pos + m.len;
    if (anyTrim && size - restStart === 0) return m.pos === 0 ? NIL : list([part(0, m.pos)]);
    if (o.trimAll && m.pos === 0) return list([part(restStart, size)]);
    return list([part(0, m.pos), part(restStart, size)]);
  }
  const ms = findAll(search, hay, o.start, o.end);
  if (ms.length === 0) return notFound();
  let trimming = anyTrim;
  let out: Term = NIL;
  let endPos = size;
  for (let i = ms.length - 1; i >= 0; i--) {
    const from = ms[i].pos + ms[i].len;
    if (!(endPos - from === 0 && trimming)) {
      out = new Cons(part(from, endPos), out);
      trimming = o.trimAll; // plain trim only drops the trailing empty parts
    }
    endPos = ms[i].pos;
  }
  if (!(ms[0].pos === 0 && trimming)) out = new Cons(part(0, ms[0].pos), out);
  return out;
}

// ---- part / at / first / last ----

/** binary:part/3 (also the guard BIF binary_part/3): any bitstring is accepted, bytes are taken. */
export function binaryPart(b: Term, posT: Term, lenT: Term): Term {
  if (!(b instanceof Bitstring)) return badarg();
  let pos = asUint(posT);
  let len = asSint(lenT);
  if (pos === undefined || len === undefined) return badarg();
  if (len < 0) {
    len = -len;
    if (len > pos) return badarg();
    pos -= len;
  }
  const size = BigInt(b.byteSize);
  if (size < pos || size < pos + len) return badarg();
  return binOf(b.bytes.subarray(Number(pos), Number(pos + len)));
}

function byteAt(b: Term, index: Term | undefined, which: 'first' | 'last' | 'at'): Term {
  if (!(b instanceof Bitstring) || b.byteSize === 0) return badarg();
  let i: number;
  if (which === 'first') i = 0;
  else if (which === 'last') i = b.byteSize - 1;
  else {
    const u = asUint(index!);
    if (u === undefined || u >= BigInt(b.byteSize)) return badarg();
    i = Number(u);
  }
  if ((b.bitSize & 7) !== 0) return badarg();
  return b.bytes[i];
}

// ---- list_to_bin / copy / referenced_byte_size ----

/** iolist_to_binary on a list (binary:list_to_bin/1 requires a list). */
function listToBin(t: Term): Term {
  if (!(t instanceof Cons) && t !== NIL) return badarg();
  const out: number[] = [];
  const parts: Uint8Array[] = [];
  const flush = (): void => {
    if (out.length > 0) {
      parts.push(Uint8Array.from(out));
      out.length = 0;
    }
  };
  const stack: Term[] = [t];
  while (stack.length > 0) {
    let l = stack.pop()!;
    while (l instanceof Cons) {
      const h = l.head;
      if (typeof h === 'number' && h >= 0 && h <= 255) out.push(h);
      else if (isBinary(h)) {
        flush();
        parts.push(bytesOf(h));
      } else if (h instanceof Cons || h === NIL) {
        stack.push(l.tail);
        l = h;
        continue;
      } else return badarg();
      l = l.tail;
    }
    if (l !== NIL) {
      if (isBinary(l)) {
        flush();
        parts.push(bytesOf(l));
      } else return badarg();
    }
  }
  flush();
  return binOf(concatBytes(parts));
}

function copy(b: Term, n: Term): Term {
  if (!(b instanceof Bitstring) || (b.bitSize & 7) !== 0) return badarg();
  const times = asUint(n);
  if (times === undefined) return badarg();
  const src = bytesOf(b);
  const total = BigInt(src.length) * times;
  if (total > 2n ** 32n) return badarg(); // far beyond anything a test allocates
  const out = new Uint8Array(Number(total));
  for (let i = 0; i < Number(times); i++) out.set(src, i * src.length);
  return new Bitstring(out);
}

/**
 * Size of the binary a (sub-)binary keeps alive. Binaries up to 64 bytes are copied by
 * the BEAM when extracted, so they reference only themselves; larger views report the
 * buffer they are a view of.
 */
function referencedByteSize(b: Term): Term {
  if (!(b instanceof Bitstring)) return badarg();
  const own = Math.ceil(b.bitSize / 8);
  if (own <= 64) return own;
  return Math.max(own, b.bytes.byteLength === b.bytes.buffer.byteLength ? b.bytes.byteLength : b.bytes.buffer.byteLength);
}

// ---- encode/decode unsigned ----

function endianOf(t: Term): 'big' | 'little' | undefined {
  return t === A.big ? 'big' : t === A.little ? 'little' : undefined;
}

function encodeUnsigned(n: Term, e: Term): Term {
  const endian = endianOf(e);
  if ((typeof n !== 'number' && typeof n !== 'bigint') || endian === undefined) return badarg();
  let v = BigInt(n);
  if (v < 0n) return badarg();
  const bytes: number[] = [];
  do {
    bytes.push(Number(v & 0xffn));
    v >>= 8n;
  } while (v > 0n);
  if (endian === 'big') bytes.reverse();
  return binOf(Uint8Array.from(bytes));
}

function decodeUnsigned(b: Term, e: Term): Term {
  const endian = endianOf(e);
  if (!(b instanceof Bitstring) || endian === undefined || (b.bitSize & 7) !== 0) return badarg();
  const bytes = bytesOf(b);
  let v = 0n;
  if (endian === 'big') for (const x of bytes) v = (v << 8n) | BigInt(x);
  else for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]);
  return normalizeInteger(v);
}

// ---- longest common prefix / suffix ----

function longestCommon(l: Term, suffix: boolean): Term {
  const bins: Uint8Array[] = [];
  let t = l;
  while (t instanceof Cons) {
    if (!(t.head instanceof Bitstring)) return badarg();
    bins.push(t.head.bytes.subarray(0, t.head.byteSize));
    t = t.tail;
  }
  if (t !== NIL || bins.length === 0) return badarg();
  for (t = l; t instanceof Cons; t = t.tail) if (((t.head as Bitstring).bitSize & 7) !== 0) return badarg();
  let n = 0;
  for (;;) {
    let byte = -1;
    for (const b of bins) {
      if (n >= b.length) return n;
      const x = suffix ? b[b.length - 1 - n] : b[n];
      if (byte === -1) byte = x;
      else if (x !== byte) return n;
    }
    n++;
  }
}

// ---- bin_to_list ----

function binToList3(subject: Term, posT: Term, lenT: Term): Term {
  const isInt = (t: Term): t is number | bigint => typeof t === 'number' || typeof t === 'bigint';
  if (!isBinary(subject) || !isInt(posT) || !isInt(lenT)) return badarg();
  // bignum positions or lengths are always out of range for a real binary
  if (typeof posT === 'bigint' || typeof lenT === 'bigint') return badarg();
  let pos = posT;
  let len = lenT;
  if (len === 0 && pos >= 0 && pos <= subject.byteSize) return NIL;
  if (len < 0) {
    pos = pos + len;
    len = -len;
  }
  if (len <= 0) return badarg();
  // binary_to_list(Subject, Pos + 1, Pos + Len)
  const start = pos + 1;
  const stop = pos + len;
  if (start < 1 || stop > subject.byteSize) return badarg();
  return list(Array.from(subject.bytes.subarray(start - 1, stop)));
}

// ---- replace ----

type ReplaceOpts = { scope?: [Term, Term]; global: boolean; insert: Term };

function replaceOpts(opts: Term): ReplaceOpts | undefined {
  const r: ReplaceOpts = { global: false, insert: NIL };
  let l = opts;
  while (l instanceof Cons) {
    const o = l.head;
    if (o === A.global) r.global = true;
    else if (o instanceof Tuple && o.elements.length === 2 && o.elements[0] === A.scope) {
      const sc = o.elements[1];
      if (!(sc instanceof Tuple) || sc.elements.length !== 2) return undefined;
      r.scope = [sc.elements[0], sc.elements[1]];
    } else if (o instanceof Tuple && o.elements.length === 2 && o.elements[0] === A.insert_replaced) {
      r.insert = o.elements[1];
    } else return undefined;
    l = l.tail;
  }
  return l === NIL ? r : undefined;
}

function bytesPart(h: Uint8Array, pos: number, len: number): Uint8Array {
  if (pos < 0 || len < 0 || pos + len > h.length) return badarg();
  return h.subarray(pos, pos + len);
}

function replace(haystack: Term, needles: Term, replacement: Term, options: Term): Term {
  if (!isBinary(replacement)) return badarg();
  const o = replaceOpts(options);
  if (o === undefined) return badarg();
  const mopts = o.scope === undefined ? NIL : list([tuple(A.scope, tuple(o.scope[0], o.scope[1]))]);
  let matches: Term;
  if (o.global) matches = binaryMatch(haystack, needles, mopts, true);
  else {
    const m = binaryMatch(haystack, needles, mopts, false);
    matches = m === A.nomatch ? NIL : list([m]);
  }
  const repl = bytesOf(replacement);
  // insert_replaced: split the replacement at the given offsets
  let pieces: Uint8Array[] | undefined;
  if (o.insert !== NIL) {
    let offsets: number[];
    if (typeof o.insert === 'number') offsets = [o.insert];
    else if (o.insert instanceof Cons) {
      offsets = [];
      let t: Term = o.insert;
      while (t instanceof Cons) {
        if (typeof t.head !== 'number') return badarg();
        offsets.push(t.head);
        t = t.tail;
      }
      if (t !== NIL) return badarg();
      offsets.sort((a, b) => a - b);
    } else return badarg();
    pieces = [];
    let at = 0;
    for (const off of offsets) {
      pieces.push(bytesPart(repl, at, off - at));
      at = off;
    }
    pieces.push(bytesPart(repl, at, repl.length - at));
  }
  const h = bytesOf(haystack as Bitstring);
  const out: Uint8Array[] = [];
  let n = 0;
  for (let t = matches; t instanceof Cons; t = t.tail) {
    const [a, b] = (t.head as Tuple).elements as [number, number];
    out.push(bytesPart(h, n, a - n));
    if (pieces === undefined) out.push(repl);
    else {
      const matched = bytesPart(h, a, b);
      pieces.forEach((p, i) => {
        if (i > 0) out.push(matched);
        out.push(p);
      });
    }
    n = a + b;
  }
  out.push(bytesPart(h, n, h.length - n));
  return binOf(concatBytes(out));
}

// ---- hex ----

const HEX_UPPER = '0123456789ABCDEF';
const HEX_LOWER = '0123456789abcdef';

function encodeHex(b: Term, caseT: Term): Term {
  if (!isBinary(b)) return badarg();
  const digits = caseT === A.uppercase ? HEX_UPPER : caseT === A.lowercase ? HEX_LOWER : undefined;
  if (digits === undefined) return badarg();
  const src = bytesOf(b);
  const out = new Uint8Array(src.length * 2);
  src.forEach((x, i) => {
    out[2 * i] = digits.charCodeAt(x >> 4);
    out[2 * i + 1] = digits.charCodeAt(x & 15);
  });
  return binOf(out);
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function decodeHex(b: Term): Term {
  if (!(b instanceof Bitstring) || (b.bitSize & 7) !== 0 || b.byteSize % 2 !== 0) return badarg();
  const src = bytesOf(b);
  const out = new Uint8Array(src.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexValue(src[2 * i]);
    const lo = hexValue(src[2 * i + 1]);
    if (hi < 0 || lo < 0) return badarg();
    out[i] = (hi << 4) | lo;
  }
  return binOf(out);
}

// ---- registration ----

export function register(registry: NativeRegistry): void {
  const bif = (name: string, arity: number, impl: (args: Term[]) => Term): void =>
    registry.plain('binary', name, arity, (args) => impl(args), true);
  const erl = (name: string, arity: number, impl: (args: Term[]) => Term): void =>
    registry.plain('binary', name, arity, (args) => impl(args), false);

  bif('compile_pattern', 1, ([p]) => compilePattern(p));
  bif('match', 2, ([s, p]) => binaryMatch(s, p, undefined, false));
  bif('match', 3, ([s, p, o]) => binaryMatch(s, p, o, false));
  bif('matches', 2, ([s, p]) => binaryMatch(s, p, undefined, true));
  bif('matches', 3, ([s, p, o]) => binaryMatch(s, p, o, true));
  bif('split', 2, ([s, p]) => binarySplit(s, p, undefined));
  bif('split', 3, ([s, p, o]) => binarySplit(s, p, o));
  bif('part', 2, ([b, pl]) => {
    if (!(pl instanceof Tuple) || pl.elements.length !== 2) return badarg();
    return binaryPart(b, pl.elements[0], pl.elements[1]);
  });
  bif('part', 3, ([b, p, l]) => binaryPart(b, p, l));
  bif('at', 2, ([b, i]) => byteAt(b, i, 'at'));
  bif('first', 1, ([b]) => byteAt(b, undefined, 'first'));
  bif('last', 1, ([b]) => byteAt(b, undefined, 'last'));
  bif('list_to_bin', 1, ([l]) => listToBin(l));
  bif('copy', 1, ([b]) => copy(b, 1));
  bif('copy', 2, ([b, n]) => copy(b, n));
  bif('referenced_byte_size', 1, ([b]) => referencedByteSize(b));
  bif('encode_unsigned', 1, ([n]) => encodeUnsigned(n, A.big));
  bif('encode_unsigned', 2, ([n, e]) => encodeUnsigned(n, e));
  bif('decode_unsigned', 1, ([b]) => decodeUnsigned(b, A.big));
  bif('decode_unsigned', 2, ([b, e]) => decodeUnsigned(b, e));
  bif('longest_common_prefix', 1, ([l]) => longestCommon(l, false));
  bif('longest_common_suffix', 1, ([l]) => longestCommon(l, true));

  erl('bin_to_list', 1, ([b]) => (isBinary(b) ? list(Array.from(bytesOf(b))) : badarg()));
  erl('bin_to_list', 2, ([b, pl]) => {
    if (!(pl instanceof Tuple) || pl.elements.length !== 2) return badarg();
    return binToList3(b, pl.elements[0], pl.elements[1]);
  });
  erl('bin_to_list', 3, ([b, p, l]) => binToList3(b, p, l));
  erl('replace', 3, ([h, n, r]) => replace(h, n, r, NIL));
  erl('replace', 4, ([h, n, r, o]) => replace(h, n, r, o));
  erl('encode_hex', 1, ([b]) => encodeHex(b, A.uppercase));
  erl('encode_hex', 2, ([b, c]) => encodeHex(b, c));
  erl('decode_hex', 1, ([b]) => decodeHex(b));
}
