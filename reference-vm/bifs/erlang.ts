// The `erlang` module: arithmetic (exact bignums), comparisons, type tests, tuples and
// lists, atoms and text conversions, exceptions, module information, and (from the
// erlang/ submodules) floats as text, the external term format and hashes, funs, time
// on the virtual clock, system_info and smaller BIFs. The process, signal, dictionary and
// timer BIFs are in erlang_process.ts, registered after this file.
//
// Guard BIFs and other BIFs that instructions call directly are plain functions of their
// arguments (`directBifs`, used by bif*/gc_bif* without building an argument array); every
// BIF is also registered as a native for calls through call_ext, apply and funs. The
// functions OTP 26 writes in Erlang (erlang.erl) are registered through
// erlang/erlang-code.ts so their failures show the frames OTP shows.

import { atoms, bool } from '../terms/atom';
import { compareTerms, equals, exactEquals } from '../terms/compare';
import { ErlMap } from '../terms/map';
import {
  Atom,
  Bitstring,
  Cons,
  ExportFun,
  Float,
  Fun,
  NIL,
  normalizeInteger,
  Pid,
  Port,
  Reference,
  toBigInt,
  Tuple,
  type Term,
} from '../terms/types';
import type { Process } from '../process/process';
import { ErrorWithArgs, Reraise } from '../runtime/failure';
import { RawTrace, setBacktraceDepth } from '../runtime/stacktrace';
import { badarg, badarith, ErlangException, raiseError, type ExceptionClass } from './exception';
import type { NativeRegistry } from './registry';
import type { NativeContext, PlainNative } from './types';
import { binaryPart } from './binary';
import { binaryToFloat, floatText, listToFloat } from './erlang/floats';
import * as ext from './erlang/external';
import { systemInfo } from './erlang/info';
import * as clock from './erlang/time';
import { funInfo1, funInfo2, funToListBif, listToPid, pidToListBif, portToListBif, refToListBif } from './erlang/funs';
import { registerErlangCode } from './erlang/erlang-code';
import * as misc from './erlang/misc';
import { registerHalt } from './erlang/halt';
import { displayBytes } from '../printing/display';
import { bifBuilt } from '../gc/alloc';

type Ctx = NativeContext;

function proc(ctx: Ctx): Process {
  return ctx.process as Process;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// ---------------------------------------------------------------------------------------
// Numbers

function isNum(t: Term): t is number | bigint | Float {
  return typeof t === 'number' || typeof t === 'bigint' || t instanceof Float;
}
function isInt(t: Term): t is number | bigint {
  return typeof t === 'number' || typeof t === 'bigint';
}
function toDouble(t: number | bigint | Float): number {
  const v = t instanceof Float ? t.value : Number(t);
  if (!Number.isFinite(v)) badarith();
  return v;
}
function float(v: number): Float {
  if (!Number.isFinite(v)) badarith();
  return new Float(v);
}

export function add(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    return normalizeInteger(BigInt(a) + BigInt(b));
  }
  if (!isNum(a) || !isNum(b)) badarith();
  if (a instanceof Float || b instanceof Float) return float(toDouble(a) + toDouble(b));
  return normalizeInteger(toBigInt(a) + toBigInt(b));
}

export function sub(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    return normalizeInteger(BigInt(a) - BigInt(b));
  }
  if (!isNum(a) || !isNum(b)) badarith();
  if (a instanceof Float || b instanceof Float) return float(toDouble(a) - toDouble(b));
  return normalizeInteger(toBigInt(a) - toBigInt(b));
}

export function mul(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
    return normalizeInteger(BigInt(a) * BigInt(b));
  }
  if (!isNum(a) || !isNum(b)) badarith();
  if (a instanceof Float || b instanceof Float) return float(toDouble(a) * toDouble(b));
  return normalizeInteger(toBigInt(a) * toBigInt(b));
}

export function fdiv(a: Term, b: Term): Term {
  if (!isNum(a) || !isNum(b)) badarith();
  const d = toDouble(b);
  if (d === 0) badarith();
  return float(toDouble(a) / d);
}

export function intDiv(a: Term, b: Term): Term {
  if (!isInt(a) || !isInt(b)) badarith();
  if (b === 0) badarith();
  if (typeof a === 'number' && typeof b === 'number') {
    const q = (a - (a % b)) / b;
    return q === 0 ? 0 : q;
  }
  return normalizeInteger(toBigInt(a) / toBigInt(b));
}

export function rem(a: Term, b: Term): Term {
  if (!isInt(a) || !isInt(b)) badarith();
  if (b === 0) badarith();
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r === 0 ? 0 : r;
  }
  return normalizeInteger(toBigInt(a) % toBigInt(b));
}

function isInt32(t: Term): t is number {
  return typeof t === 'number' && (t | 0) === t;
}

export function band(a: Term, b: Term): Term {
  if (isInt32(a) && isInt32(b)) return a & b;
  if (!isInt(a) || !isInt(b)) badarith();
  return normalizeInteger(toBigInt(a) & toBigInt(b));
}
export function bor(a: Term, b: Term): Term {
  if (isInt32(a) && isInt32(b)) return a | b;
  if (!isInt(a) || !isInt(b)) badarith();
  return normalizeInteger(toBigInt(a) | toBigInt(b));
}
export function bxor(a: Term, b: Term): Term {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  if (!isInt(a) || !isInt(b)) badarith();
  return normalizeInteger(toBigInt(a) ^ toBigInt(b));
}
export function bnot(a: Term): Term {
  if (isInt32(a)) return ~a;
  if (!isInt(a)) badarith();
  return normalizeInteger(~toBigInt(a));
}

/** Shifts past this many bits would build an integer OTP refuses (system_limit). */
const MAX_SHIFT = 1 << 26;

export function bsl(a: Term, b: Term): Term {
  if (!isInt(a) || !isInt(b)) badarith();
  return shift(a, typeof b === 'number' ? b : b > 0n ? Infinity : -Infinity);
}
export function bsr(a: Term, b: Term): Term {
  if (!isInt(a) || !isInt(b)) badarith();
  return shift(a, typeof b === 'number' ? -b : b > 0n ? -Infinity : Infinity);
}
function shift(a: number | bigint, left: number): Term {
  if (a === 0) return 0;
  if (left > MAX_SHIFT) raiseError(atoms.system_limit);
  const x = toBigInt(a);
  if (left >= 0) return normalizeInteger(x << BigInt(left));
  if (left < -MAX_SHIFT) return x < 0n ? -1 : 0;
  return normalizeInteger(x >> BigInt(-left));
}

export function neg(a: Term): Term {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  if (typeof a === 'bigint') return normalizeInteger(-a);
  if (a instanceof Float) return new Float(-a.value);
  return badarith();
}
export function plus(a: Term): Term {
  if (!isNum(a)) badarith();
  return a;
}

function abs(a: Term): Term {
  if (typeof a === 'number') return Math.abs(a);
  if (typeof a === 'bigint') return a < 0n ? -a : a;
  if (a instanceof Float) return new Float(Math.abs(a.value));
  return badarg();
}

/** An integral double as an exact integer term. */
function integralToTerm(v: number): Term {
  if (Number.isSafeInteger(v)) return v === 0 ? 0 : v;
  return normalizeInteger(BigInt(v));
}
function roundingBif(op: (v: number) => number): (a: Term) => Term {
  return (a) => {
    if (isInt(a)) return a;
    if (a instanceof Float) return integralToTerm(op(a.value));
    return badarg();
  };
}
const trunc = roundingBif(Math.trunc);
const floor = roundingBif(Math.floor);
const ceil = roundingBif(Math.ceil);
// Erlang rounds halfway cases away from zero.
const round = roundingBif((v) => (v < 0 ? -Math.round(-v) : Math.round(v)));

function toFloat(a: Term): Term {
  if (a instanceof Float) return a;
  if (isInt(a)) {
    const v = Number(a);
    if (!Number.isFinite(v)) badarg();
    return new Float(v);
  }
  return badarg();
}

// ---------------------------------------------------------------------------------------
// Comparisons and booleans

const cmpLt = (a: Term, b: Term): Term => bool(typeof a === 'number' && typeof b === 'number' ? a < b : compareTerms(a, b) < 0);
const cmpGt = (a: Term, b: Term): Term => bool(typeof a === 'number' && typeof b === 'number' ? a > b : compareTerms(a, b) > 0);
const cmpLe = (a: Term, b: Term): Term => bool(typeof a === 'number' && typeof b === 'number' ? a <= b : compareTerms(a, b) <= 0);
const cmpGe = (a: Term, b: Term): Term => bool(typeof a === 'number' && typeof b === 'number' ? a >= b : compareTerms(a, b) >= 0);
const cmpEq = (a: Term, b: Term): Term => bool(a === b || equals(a, b));
const cmpNe = (a: Term, b: Term): Term => bool(!(a === b || equals(a, b)));
const cmpExact = (a: Term, b: Term): Term => bool(a === b || exactEquals(a, b));
const cmpNotExact = (a: Term, b: Term): Term => bool(!(a === b || exactEquals(a, b)));

function isBool(t: Term): t is Atom {
  return t === atoms.true || t === atoms.false;
}
function and(a: Term, b: Term): Term {
  if (!isBool(a) || !isBool(b)) badarg();
  return bool(a === atoms.true && b === atoms.true);
}
function or(a: Term, b: Term): Term {
  if (!isBool(a) || !isBool(b)) badarg();
  return bool(a === atoms.true || b === atoms.true);
}
function xor(a: Term, b: Term): Term {
  if (!isBool(a) || !isBool(b)) badarg();
  return bool((a === atoms.true) !== (b === atoms.true));
}
function not(a: Term): Term {
  if (!isBool(a)) badarg();
  return bool(a === atoms.false);
}

// ---------------------------------------------------------------------------------------
// Tuples and lists

function element(n: Term, t: Term): Term {
  if (typeof n === 'number' && t instanceof Tuple && n >= 1 && n <= t.elements.length) return t.elements[n - 1];
  return badarg();
}
function setelement(n: Term, t: Term, v: Term): Term {
  if (typeof n !== 'number' || !(t instanceof Tuple) || n < 1 || n > t.elements.length) badarg();
  const e = t.elements.slice();
  e[n - 1] = v;
  return new Tuple(e);
}
function tupleSize(t: Term): Term {
  if (t instanceof Tuple) return t.elements.length;
  return badarg();
}
function size(t: Term): Term {
  if (t instanceof Tuple) return t.elements.length;
  if (t instanceof Bitstring) return t.bitSize >>> 3;
  return badarg();
}
function hd(t: Term): Term {
  if (t instanceof Cons) return t.head;
  return badarg();
}
function tl(t: Term): Term {
  if (t instanceof Cons) return t.tail;
  return badarg();
}
function length(t: Term): Term {
  let n = 0;
  let l = t;
  while (l instanceof Cons) {
    n++;
    l = l.tail;
  }
  if (l !== NIL) badarg();
  return n;
}

/** The elements of a proper list, or undefined. */
export function listItems(t: Term): Term[] | undefined {
  const out: Term[] = [];
  let l = t;
  while (l instanceof Cons) {
    out.push(l.head);
    l = l.tail;
  }
  return l === NIL ? out : undefined;
}
export function listFrom(items: readonly Term[], tail: Term = NIL): Term {
  let l = tail;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}

function append(a: Term, b: Term): Term {
  const items = listItems(a);
  if (items === undefined) return badarg();
  return listFrom(items, b);
}

function subtract(a: Term, b: Term): Term {
  const left = listItems(a);
  const right = listItems(b);
  if (left === undefined || right === undefined) return badarg();
  const out = left.slice();
  for (const r of right) {
    const k = out.findIndex((x) => x === r || exactEquals(x, r));
    if (k >= 0) out.splice(k, 1);
  }
  return listFrom(out);
}

function makeTuple(n: Term, v: Term): Term {
  if (typeof n !== 'number' || n < 0 || n > 0xffffff) badarg();
  return new Tuple(new Array<Term>(n).fill(v));
}
function makeTuple3(n: Term, v: Term, init: Term): Term {
  if (typeof n !== 'number' || n < 0 || n > 0xffffff) badarg();
  const items = listItems(init);
  if (items === undefined) return badarg();
  const e = new Array<Term>(n).fill(v);
  for (const it of items) {
    if (!(it instanceof Tuple) || it.elements.length !== 2) badarg();
    const pos = it.elements[0];
    if (typeof pos !== 'number' || pos < 1 || pos > n) badarg();
    e[pos - 1] = it.elements[1];
  }
  return new Tuple(e);
}
function tupleToList(t: Term): Term {
  if (t instanceof Tuple) return listFrom(t.elements);
  return badarg();
}
function listToTuple(t: Term): Term {
  const items = listItems(t);
  if (items === undefined) return badarg();
  return new Tuple(items);
}
function appendElement(t: Term, v: Term): Term {
  if (!(t instanceof Tuple)) badarg();
  return new Tuple([...t.elements, v]);
}
function insertElement(n: Term, t: Term, v: Term): Term {
  if (!(t instanceof Tuple) || typeof n !== 'number' || n < 1 || n > t.elements.length + 1) return badarg();
  const e = t.elements.slice();
  e.splice(n - 1, 0, v);
  return new Tuple(e);
}
function deleteElement(n: Term, t: Term): Term {
  if (!(t instanceof Tuple) || typeof n !== 'number' || n < 1 || n > t.elements.length) return badarg();
  const e = t.elements.slice();
  e.splice(n - 1, 1);
  return new Tuple(e);
}

// ---------------------------------------------------------------------------------------
// Conversions

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

function charlist(s: string): Term {
  const cps = Array.from(s, (c) => c.codePointAt(0) as number);
  return listFrom(cps);
}
function binaryOf(bytes: Uint8Array): Bitstring {
  return new Bitstring(bytes);
}
/** A list of Unicode code points as a JS string, or undefined if it is not one. */
function stringOfCharlist(t: Term): string | undefined {
  const items = listItems(t);
  if (items === undefined) return undefined;
  let s = '';
  for (const c of items) {
    if (typeof c !== 'number' || c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return undefined;
    s += String.fromCodePoint(c);
  }
  return s;
}

const MAX_ATOM_CHARACTERS = 255;

function makeAtom(name: string): Atom {
  if (codePointCount(name) > MAX_ATOM_CHARACTERS) raiseError(atoms.system_limit);
  return Atom.of(name);
}
/** The atom if it exists; never creates one (the *_to_existing_atom BIFs). */
function existingAtom(name: string): Atom {
  if (codePointCount(name) > MAX_ATOM_CHARACTERS) raiseError(atoms.system_limit);
  return Atom.existing(name) ?? badarg();
}
function codePointCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

const UTF8 = Atom.of('utf8');
const UNICODE = Atom.of('unicode');
const LATIN1 = Atom.of('latin1');

function atomToList(a: Term): Term {
  if (a instanceof Atom) return charlist(a.name);
  return badarg();
}
function atomToBinary(a: Term, enc: Term = UTF8): Term {
  if (!(a instanceof Atom)) badarg();
  if (enc === LATIN1) {
    const cps = Array.from(a.name, (c) => c.codePointAt(0) as number);
    if (cps.some((c) => c > 255)) badarg();
    return binaryOf(Uint8Array.from(cps));
  }
  if (enc !== UTF8 && enc !== UNICODE) badarg();
  return binaryOf(utf8Encoder.encode(a.name));
}
function listToAtom(t: Term): Term {
  const s = stringOfCharlist(t);
  if (s === undefined) return badarg();
  return makeAtom(s);
}
function listToExistingAtom(t: Term): Term {
  const s = stringOfCharlist(t);
  if (s === undefined) return badarg();
  return existingAtom(s);
}
/** The name a binary_to_(existing_)atom binary spells in `enc`; badarg if it spells none. */
function atomName(b: Term, enc: Term): string {
  if (!(b instanceof Bitstring) || (b.bitSize & 7) !== 0) return badarg();
  const bytes = b.bytes.subarray(0, b.bitSize >>> 3);
  if (enc === LATIN1) {
    if (bytes.length > MAX_ATOM_CHARACTERS) raiseError(atoms.system_limit);
    let s = '';
    for (const c of bytes) s += String.fromCharCode(c);
    return s;
  }
  if (enc !== UTF8 && enc !== UNICODE) return badarg();
  if (bytes.length > 4 * MAX_ATOM_CHARACTERS) raiseError(atoms.system_limit);
  try {
    return utf8Decoder.decode(bytes);
  } catch {
    return badarg();
  }
}
function binaryToAtom(b: Term, enc: Term = UTF8): Term {
  return makeAtom(atomName(b, enc));
}
function binaryToExistingAtom(b: Term, enc: Term = UTF8): Term {
  return existingAtom(atomName(b, enc));
}

function integerText(n: Term, base: Term): string {
  if (!isInt(n) || typeof base !== 'number' || base < 2 || base > 36) badarg();
  return n.toString(base).toUpperCase();
}
function integerToList(n: Term, base: Term = 10): Term {
  return charlist(integerText(n, base));
}
function integerToBinary(n: Term, base: Term = 10): Term {
  return binaryOf(utf8Encoder.encode(integerText(n, base)));
}

/** Parse "[+-]digits" in `base`; undefined if the text is not exactly that. */
function parseInteger(s: string, base: number): Term | undefined {
  const m = /^([+-]?)([0-9a-zA-Z]+)$/.exec(s);
  if (m === null) return undefined;
  let v = 0n;
  const b = BigInt(base);
  for (const ch of m[2]) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= base) return undefined;
    v = v * b + BigInt(d);
  }
  return normalizeInteger(m[1] === '-' ? -v : v);
}
function listToInteger(t: Term, base: Term = 10): Term {
  if (typeof base !== 'number' || base < 2 || base > 36) badarg();
  const s = stringOfCharlist(t);
  if (s === undefined) return badarg();
  return parseInteger(s, base) ?? badarg();
}
function binaryToInteger(t: Term, base: Term = 10): Term {
  if (typeof base !== 'number' || base < 2 || base > 36) badarg();
  if (!(t instanceof Bitstring) || (t.bitSize & 7) !== 0) badarg();
  const s = String.fromCharCode(...t.bytes.subarray(0, t.bitSize >>> 3));
  return parseInteger(s, base) ?? badarg();
}

function binaryToList(b: Term): Term {
  if (!(b instanceof Bitstring) || (b.bitSize & 7) !== 0) badarg();
  return listFrom(Array.from(b.bytes.subarray(0, b.bitSize >>> 3)));
}
/** binary_to_list/3 takes whole bytes of any bitstring. */
function binaryToList3(b: Term, start: Term, stop: Term): Term {
  if (!(b instanceof Bitstring)) badarg();
  const size = b.bitSize >>> 3;
  if (typeof start !== 'number' || typeof stop !== 'number' || start < 1 || stop < start || stop > size) badarg();
  return listFrom(Array.from(b.bytes.subarray(start - 1, stop)));
}
function bitstringToList(b: Term): Term {
  if (!(b instanceof Bitstring)) badarg();
  const whole = b.bitSize >>> 3;
  const items: Term[] = Array.from(b.bytes.subarray(0, whole));
  const rest = b.bitSize & 7;
  if (rest === 0) return listFrom(items);
  const last = new Bitstring(Uint8Array.of(b.bytes[whole] & (0xff << (8 - rest))), rest);
  return listFrom(items, new Cons(last, NIL));
}

/** Flatten an iolist (bytes, binaries, nested lists; a binary may end a list), or undefined. */
export function iolistBytes(t: Term): Uint8Array | undefined {
  try {
    return ext.iodataBytes(t);
  } catch (e) {
    if (e instanceof ErlangException) return undefined;
    throw e;
  }
}
function iolistToBinary(t: Term): Term {
  if (t instanceof Bitstring) {
    if ((t.bitSize & 7) !== 0) badarg();
    return t;
  }
  const bytes = iolistBytes(t);
  if (bytes === undefined) return badarg();
  return binaryOf(bytes);
}
function listToBinary(t: Term): Term {
  if (!(t instanceof Cons) && t !== NIL) badarg();
  return iolistToBinary(t);
}
/** list_to_bitstring/1: an iolist whose last binary may be a bitstring. */
function listToBitstring(t: Term): Term {
  if (!(t instanceof Cons) && t !== NIL) return badarg();
  const parts: Bitstring[] = [];
  const stack: Term[] = [t];
  while (stack.length > 0) {
    let l = stack.pop() as Term;
    while (l instanceof Cons) {
      const h = l.head;
      if (typeof h === 'number') {
        if (h < 0 || h > 255) return badarg();
        parts.push(new Bitstring(Uint8Array.of(h)));
      } else if (h instanceof Bitstring) parts.push(h);
      else if (h instanceof Cons || h === NIL) {
        stack.push(l.tail);
        l = h;
        continue;
      } else return badarg();
      l = l.tail;
    }
    if (l instanceof Bitstring) parts.push(l);
    else if (l !== NIL) return badarg();
  }
  let bits = 0;
  for (const b of parts) bits += b.bitSize;
  const out = new Uint8Array((bits + 7) >>> 3);
  let at = 0;
  for (const b of parts) {
    if ((at & 7) === 0) {
      out.set(b.bytes.subarray(0, (b.bitSize + 7) >>> 3), at >>> 3);
      at += b.bitSize;
      // Clear bits past the end that the copy may have brought in.
      if ((at & 7) !== 0) out[at >>> 3] &= 0xff << (8 - (at & 7));
      continue;
    }
    for (let i = 0; i < b.bitSize; i++) {
      const bit = (b.bytes[i >>> 3] >>> (7 - (i & 7))) & 1;
      if (bit) out[at >>> 3] |= 0x80 >>> (at & 7);
      at++;
    }
  }
  return new Bitstring(out, bits);
}
function splitBinary(b: Term, pos: Term): Term {
  if (!(b instanceof Bitstring) || typeof pos !== 'number' || pos < 0) return badarg();
  const size = b.bitSize >>> 3;
  if (pos > size) return badarg();
  const head = new Bitstring(b.bytes.slice(0, pos));
  const rest = b.bytes.slice(pos, (b.bitSize + 7) >>> 3);
  return new Tuple([head, new Bitstring(rest, b.bitSize - pos * 8)]);
}
function binaryPart2(b: Term, posLen: Term): Term {
  if (!(posLen instanceof Tuple) || posLen.elements.length !== 2) return badarg();
  return binaryPart(b, posLen.elements[0], posLen.elements[1]);
}
function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Modules OTP 26 preloads (erlang:pre_loaded/0). */
const PRE_LOADED = [
  'atomics', 'counters', 'erl_init', 'erl_prim_loader', 'erl_tracer', 'erlang', 'erts_code_purger',
  'erts_dirty_process_signal_handler', 'erts_internal', 'erts_literal_area_collector', 'init', 'persistent_term',
  'prim_buffer', 'prim_eval', 'prim_file', 'prim_inet', 'prim_net', 'prim_socket', 'prim_zip', 'socket_registry', 'zlib',
];

const UNDEFINED_DST = Atom.of('undefined');
const NODE_KINDS = new Set(['visible', 'hidden', 'connected', 'this', 'known']);

/** nodes/1,2 without distribution: only `this` and `known` name a node (this one). */
function nodesOf(kinds: Term): Term {
  const items = kinds instanceof Atom ? [kinds] : listItems(kinds);
  if (items === undefined || items.some((k) => !(k instanceof Atom) || !NODE_KINDS.has(k.name))) return badarg();
  const self = items.some((k) => k === Atom.of('this') || k === Atom.of('known'));
  return self ? new Cons(atoms.nonode_nohost, NIL) : NIL;
}

/** display_string/1,2: a binary as it is, or a string (code points) as UTF-8. */
function displayStringBytes(chars: Term): Uint8Array {
  if (chars instanceof Bitstring && (chars.bitSize & 7) === 0) return chars.bytes.slice(0, chars.bitSize >>> 3);
  const s = stringOfCharlist(chars);
  if (s === undefined) return badarg();
  return utf8Encoder.encode(s);
}

/** erlang:display/1 writes to the emulator's own stdout, not to the group leader. */
function writeDisplay(p: Process, bytes: Uint8Array): void {
  p.rt.rawOutput.push(bytes);
}

function byteSize(b: Term): Term {
  if (b instanceof Bitstring) return (b.bitSize + 7) >>> 3;
  return badarg();
}
function bitSize(b: Term): Term {
  if (b instanceof Bitstring) return b.bitSize;
  return badarg();
}

// ---------------------------------------------------------------------------------------
// Maps (the few the compiler calls as BIFs)

function mapSize(m: Term): Term {
  if (m instanceof ErlMap) return m.size;
  throw new ErlangException('error', new Tuple([atoms.badmap, m]));
}
function mapGet(k: Term, m: Term): Term {
  if (!(m instanceof ErlMap)) throw new ErlangException('error', new Tuple([atoms.badmap, m]));
  const v = m.get(k);
  if (v === undefined) throw new ErlangException('error', new Tuple([atoms.badkey, k]));
  return v;
}
function isMapKey(k: Term, m: Term): Term {
  if (!(m instanceof ErlMap)) throw new ErlangException('error', new Tuple([atoms.badmap, m]));
  return bool(m.has(k));
}

// ---------------------------------------------------------------------------------------
// Type tests

const typeTests: Record<string, (t: Term) => boolean> = {
  is_atom: (t) => t instanceof Atom,
  is_binary: (t) => t instanceof Bitstring && (t.bitSize & 7) === 0,
  is_bitstring: (t) => t instanceof Bitstring,
  is_boolean: (t) => t === atoms.true || t === atoms.false,
  is_float: (t) => t instanceof Float,
  is_function: (t) => t instanceof Fun || t instanceof ExportFun,
  is_integer: (t) => isInt(t),
  is_list: (t) => t instanceof Cons || t === NIL,
  is_map: (t) => t instanceof ErlMap,
  is_number: (t) => isNum(t),
  is_pid: (t) => t instanceof Pid,
  is_port: (t) => t instanceof Port,
  is_reference: (t) => t instanceof Reference,
  is_tuple: (t) => t instanceof Tuple,
};

function isFunction2(f: Term, arity: Term): Term {
  if (typeof arity !== 'number' || arity < 0) {
    if (typeof arity === 'bigint' && arity > 0n) return atoms.false;
    badarg();
  }
  return bool((f instanceof Fun || f instanceof ExportFun) && f.arity === arity);
}
function isRecord2(t: Term, tag: Term): Term {
  if (!(tag instanceof Atom)) badarg();
  return bool(t instanceof Tuple && t.elements.length >= 1 && t.elements[0] === tag);
}
function isRecord3(t: Term, tag: Term, size: Term): Term {
  if (!(tag instanceof Atom) || typeof size !== 'number') badarg();
  return bool(t instanceof Tuple && t.elements.length === size && t.elements[0] === tag);
}

// ---------------------------------------------------------------------------------------
// Processes (the process, signal and timer BIFs are in erlang_process.ts)

/** Pid ! Msg (the send instruction): badarg for a name nobody has registered or a bad target. */
export function sendMessage(p: Process, to: Term, msg: Term): void {
  const rt = p.rt;
  p.reds -= 1;
  if (to instanceof Pid) {
    const target = rt.processes.get(to.id);
    if (target !== undefined && to.node === atoms.nonode_nohost) rt.send(target, msg);
    return;
  }
  if (to instanceof Atom) {
    const target = rt.registered.get(to);
    if (target === undefined) badarg();
    rt.send(target, msg);
    return;
  }
  if (to instanceof Tuple && to.elements.length === 2 && to.elements[0] instanceof Atom && to.elements[1] instanceof Atom) {
    if (to.elements[1] !== atoms.nonode_nohost) return; // no distribution: the message is lost
    // {Name, Node} goes through the (local) distribution path: an unknown name drops it.
    const target = rt.registered.get(to.elements[0] as Atom);
    if (target !== undefined) rt.send(target, msg);
    return;
  }
  if (to instanceof Port) return;
  badarg();
}

const BACKTRACE_DEPTH = Atom.of('backtrace_depth');
const BADOPT_INFO = ErlMap.fromEntries([
  [Atom.of('cause'), Atom.of('badopt')],
  [Atom.of('module'), Atom.of('erl_erts_errors')],
]);

// ---------------------------------------------------------------------------------------
// Exceptions

const CLASSES = new Map<Term, ExceptionClass>([
  [atoms.error, 'error'],
  [atoms.exit, 'exit'],
  [atoms.throw, 'throw'],
]);

function error3(reason: Term, args: Term, opts: Term): never {
  // Only a proper list of {error_info, Map} options gives the frame an error_info.
  let info: Term | null = null;
  let l = opts;
  while (l instanceof Cons) {
    const o = l.head;
    if (!(o instanceof Tuple) || o.elements.length !== 2 || o.elements[0] !== atoms.error_info || !(o.elements[1] instanceof ErlMap)) break;
    info = o.elements[1];
    l = l.tail;
  }
  if (l !== NIL) info = null;
  throw errorWithArgs(reason, args, info);
}
function errorWithArgs(reason: Term, args: Term, info: Term | null): ErlangException {
  const items = listItems(args);
  // A non-list "argument list" leaves the frame with its arity, as OTP does.
  if (items === undefined) return new ErlangException('error', reason);
  return new ErrorWithArgs(reason, items, info);
}

/** erlang:raise/3: with an invalid class or stack trace it returns badarg (documented). */
function raise3(cls: Term, reason: Term, trace: Term): Term {
  const c = CLASSES.get(cls);
  if (c === undefined || !validStacktrace(trace)) return atoms.badarg;
  throw new Reraise(c, reason, RawTrace.fromTerm(c, trace));
}
function validStacktrace(t: Term): boolean {
  const items = listItems(t);
  if (items === undefined) return false;
  for (const f of items) {
    if (!(f instanceof Tuple)) return false;
    const n = f.elements.length;
    if (n === 2) {
      if (!(f.elements[0] instanceof Fun || f.elements[0] instanceof ExportFun)) return false;
    } else if (n === 3 || n === 4) {
      if (!(f.elements[0] instanceof Atom) || !(f.elements[1] instanceof Atom)) return false;
      const a = f.elements[2];
      if (!(typeof a === 'number' && a >= 0) && listItems(a) === undefined) return false;
      if (n === 4 && listItems(f.elements[3]) === undefined) return false;
    } else return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// Module information

const MODULE = Atom.of('module');
const EXPORTS = Atom.of('exports');
const FUNCTIONS = Atom.of('functions');
const ATTRIBUTES = Atom.of('attributes');
const COMPILE = Atom.of('compile');
const MD5 = Atom.of('md5');
const NIFS = Atom.of('nifs');
const NATIVE = Atom.of('native');

function moduleInfo(p: Process, m: Term, what: Term): Term {
  if (!(m instanceof Atom)) badarg();
  const mod = p.rt.modules.get(m);
  if (mod === undefined) return badarg();
  switch (what) {
    case MODULE:
      return m;
    case EXPORTS:
      return listFrom(p.rt.exportedFunctions(m).map((e) => new Tuple([e.name, e.arity])));
    case FUNCTIONS:
      return listFrom(mod.functions.map((f) => new Tuple([f.name, f.arity])));
    case ATTRIBUTES:
      return mod.loaded.attributes;
    case COMPILE:
      return mod.loaded.compileInfo;
    case MD5:
      return new Bitstring(mod.loaded.md5.slice());
    case NIFS:
      return NIL;
    case NATIVE:
      return atoms.false;
    default:
      return badarg();
  }
}
function moduleInfo0(p: Process, m: Term): Term {
  const keys = [MODULE, EXPORTS, ATTRIBUTES, COMPILE, MD5];
  return listFrom(keys.map((k) => new Tuple([k, moduleInfo(p, m, k)])));
}

// ---------------------------------------------------------------------------------------
// Registration

/** BIFs instructions call without an argument array, keyed "name/arity". */
export const directBifs: Record<string, (...args: never[]) => Term> = {
  '+/2': add,
  '-/2': sub,
  '*/2': mul,
  '//2': fdiv,
  'div/2': intDiv,
  'rem/2': rem,
  'band/2': band,
  'bor/2': bor,
  'bxor/2': bxor,
  'bsl/2': bsl,
  'bsr/2': bsr,
  'bnot/1': bnot,
  '-/1': neg,
  '+/1': plus,
  '</2': cmpLt,
  '>/2': cmpGt,
  '=</2': cmpLe,
  '>=/2': cmpGe,
  '==/2': cmpEq,
  '/=/2': cmpNe,
  '=:=/2': cmpExact,
  '=/=/2': cmpNotExact,
  'and/2': and,
  'or/2': or,
  'xor/2': xor,
  'not/1': not,
  'abs/1': abs,
  'trunc/1': trunc,
  'round/1': round,
  'floor/1': floor,
  'ceil/1': ceil,
  'float/1': toFloat,
  'element/2': element,
  'tuple_size/1': tupleSize,
  'size/1': size,
  'hd/1': hd,
  'tl/1': tl,
  'length/1': length,
  'byte_size/1': byteSize,
  'bit_size/1': bitSize,
  'map_size/1': mapSize,
  'map_get/2': mapGet,
  'is_map_key/2': isMapKey,
  'is_function/2': isFunction2,
  'is_record/2': isRecord2,
  'is_record/3': isRecord3,
  'node/0': () => atoms.nonode_nohost,
  'self/0': ((p: Process) => p.pid) as (...args: never[]) => Term,
};
for (const [name, test] of Object.entries(typeTests)) directBifs[`${name}/1`] = (t: Term) => bool(test(t));

/** Register every BIF of this file in `reg`. */
export function registerErlangBifs(reg: NativeRegistry): void {
  const bif = (name: string, arity: number, impl: PlainNative, reductions?: number): void => {
    reg.register({ module: 'erlang', function: name, arity, kind: 'plain', impl, bif: true, reductions });
  };
  for (const [key, fn] of Object.entries(directBifs)) {
    const slash = key.lastIndexOf('/');
    const name = key.slice(0, slash);
    const arity = Number(key.slice(slash + 1));
    const f = fn as (...a: unknown[]) => Term;
    if (name === 'self' && arity === 0) bif(name, 0, (_a, ctx) => proc(ctx).pid);
    else bif(name, arity, (a) => f(...a));
  }

  bif('setelement', 3, (a) => setelement(a[0], a[1], a[2]));
  bif('++', 2, (a) => append(a[0], a[1]));
  bif('--', 2, (a) => subtract(a[0], a[1]));
  bif('append', 2, (a) => append(a[0], a[1]));
  bif('subtract', 2, (a) => subtract(a[0], a[1]));
  bif('make_tuple', 2, (a) => makeTuple(a[0], a[1]));
  bif('make_tuple', 3, (a) => makeTuple3(a[0], a[1], a[2]));
  bif('tuple_to_list', 1, (a) => tupleToList(a[0]));
  bif('list_to_tuple', 1, (a, ctx) => bifBuilt(proc(ctx), listToTuple(a[0])));
  bif('append_element', 2, (a) => appendElement(a[0], a[1]));

  // Functions erlang.erl implements in Erlang (no caller frame on a tail call).
  const code = (name: string, arity: number, impl: PlainNative): void => registerErlangCode(reg, name, arity, impl);
  registerHalt(reg);

  bif('atom_to_list', 1, (a) => atomToList(a[0]));
  code('atom_to_binary', 1, (a) => atomToBinary(a[0]));
  bif('atom_to_binary', 2, (a) => atomToBinary(a[0], a[1]));
  bif('list_to_atom', 1, (a) => listToAtom(a[0]));
  bif('list_to_existing_atom', 1, (a) => listToExistingAtom(a[0]));
  code('binary_to_atom', 1, (a) => binaryToAtom(a[0]));
  bif('binary_to_atom', 2, (a) => binaryToAtom(a[0], a[1]));
  code('binary_to_existing_atom', 1, (a) => binaryToExistingAtom(a[0]));
  bif('binary_to_existing_atom', 2, (a) => binaryToExistingAtom(a[0], a[1]));
  bif('integer_to_list', 1, (a) => integerToList(a[0]));
  bif('integer_to_list', 2, (a) => integerToList(a[0], a[1]));
  bif('integer_to_binary', 1, (a) => integerToBinary(a[0]));
  bif('integer_to_binary', 2, (a) => integerToBinary(a[0], a[1]));
  code('list_to_integer', 1, (a) => listToInteger(a[0]));
  code('list_to_integer', 2, (a) => listToInteger(a[0], a[1]));
  code('binary_to_integer', 1, (a) => binaryToInteger(a[0]));
  code('binary_to_integer', 2, (a) => binaryToInteger(a[0], a[1]));
  bif('binary_to_list', 1, (a) => binaryToList(a[0]));
  bif('binary_to_list', 3, (a) => binaryToList3(a[0], a[1], a[2]));
  bif('bitstring_to_list', 1, (a) => bitstringToList(a[0]));
  bif('list_to_binary', 1, (a) => listToBinary(a[0]));
  bif('list_to_bitstring', 1, (a) => listToBitstring(a[0]));
  bif('iolist_to_binary', 1, (a) => iolistToBinary(a[0]));
  bif('iolist_size', 1, (a) => {
    const b = iolistToBinary(a[0]) as Bitstring;
    return b.bitSize >>> 3;
  });
  bif('split_binary', 2, (a) => splitBinary(a[0], a[1]));
  bif('binary_part', 3, (a) => binaryPart(a[0], a[1], a[2]));
  bif('binary_part', 2, (a) => binaryPart2(a[0], a[1]));
  bif('insert_element', 3, (a) => insertElement(a[0], a[1], a[2]));
  bif('delete_element', 2, (a) => deleteElement(a[0], a[1]));
  bif('max', 2, (a) => (compareTerms(a[0], a[1]) < 0 ? a[1] : a[0]));
  bif('min', 2, (a) => (compareTerms(a[0], a[1]) > 0 ? a[1] : a[0]));

  // floats as text
  bif('float_to_binary', 1, (a) => binaryOf(latin1Bytes(floatText(a[0], NIL))));
  bif('float_to_binary', 2, (a) => binaryOf(latin1Bytes(floatText(a[0], a[1]))));
  bif('float_to_list', 1, (a) => charlist(floatText(a[0], NIL)));
  bif('float_to_list', 2, (a) => charlist(floatText(a[0], a[1])));
  bif('binary_to_float', 1, (a) => binaryToFloat(a[0]));
  bif('list_to_float', 1, (a) => listToFloat(a[0]));

  // external term format, hashes, checksums
  bif('term_to_binary', 1, (a) => ext.termToBinary1(a[0]));
  bif('term_to_binary', 2, (a) => ext.termToBinary2(a[0], a[1]));
  bif('term_to_iovec', 1, (a) => ext.termToIovec(a[0]));
  bif('term_to_iovec', 2, (a) => ext.termToIovec(a[0], a[1]));
  bif('external_size', 1, (a) => ext.externalSize(a[0]));
  bif('external_size', 2, (a) => ext.externalSize(a[0], a[1]));
  bif('binary_to_term', 1, (a, ctx) => ext.binaryToTerm1(a[0], proc(ctx)));
  bif('binary_to_term', 2, (a, ctx) => ext.binaryToTerm2(a[0], a[1], proc(ctx)));
  bif('phash', 2, (a) => ext.phashOf(a[0], a[1]));
  bif('phash2', 1, (a) => ext.phash2Of(a[0]));
  bif('phash2', 2, (a) => ext.phash2Of(a[0], a[1]));
  bif('md5', 1, (a) => ext.md5(a[0]));
  bif('crc32', 1, (a) => ext.crc32(a[0]));
  bif('crc32', 2, (a) => ext.crc32(a[1], a[0]));
  bif('adler32', 1, (a) => ext.adler32(a[0]));
  bif('adler32', 2, (a) => ext.adler32(a[1], a[0]));

  // funs, pids, ports, references as text
  bif('fun_info', 2, (a, ctx) => funInfo2(proc(ctx), a[0], a[1]));
  code('fun_info', 1, (a, ctx) => funInfo1(proc(ctx), a[0]));
  bif('fun_to_list', 1, (a) => funToListBif(a[0]));
  bif('pid_to_list', 1, (a) => pidToListBif(a[0]));
  bif('port_to_list', 1, (a) => portToListBif(a[0]));
  bif('ref_to_list', 1, (a) => refToListBif(a[0]));
  bif('list_to_pid', 1, (a) => listToPid(a[0]));

  // time (the VM's virtual clock)
  bif('monotonic_time', 0, (_a, ctx) => clock.monotonicTime(proc(ctx)));
  bif('monotonic_time', 1, (a, ctx) => clock.monotonicTime(proc(ctx), a[0]));
  bif('system_time', 0, (_a, ctx) => clock.systemTime(proc(ctx)));
  bif('system_time', 1, (a, ctx) => clock.systemTime(proc(ctx), a[0]));
  bif('time_offset', 0, () => clock.timeOffset());
  bif('time_offset', 1, (a) => clock.timeOffset(a[0]));
  code('convert_time_unit', 3, (a) => clock.convertTimeUnit(a[0], a[1], a[2]));
  bif('timestamp', 0, (_a, ctx) => clock.timestamp(proc(ctx)));
  bif('now', 0, (_a, ctx) => clock.now(proc(ctx)));
  bif('unique_integer', 0, (_a, ctx) => clock.uniqueInteger(proc(ctx)));
  bif('unique_integer', 1, (a, ctx) => clock.uniqueInteger(proc(ctx), a[0]));
  bif('date', 0, (_a, ctx) => clock.date(proc(ctx)));
  bif('time', 0, (_a, ctx) => clock.time(proc(ctx)));
  bif('universaltime', 0, (_a, ctx) => clock.universaltime(proc(ctx)));
  bif('localtime', 0, (_a, ctx) => clock.universaltime(proc(ctx)));

  // system and process information
  bif('system_info', 1, (a, ctx) => systemInfo(proc(ctx), a[0]));
  bif('is_builtin', 3, (a) => {
    const [m, f, n] = a;
    if (!(m instanceof Atom) || !(f instanceof Atom) || typeof n !== 'number') return badarg();
    return bool(reg.lookup(m.name, f.name, n)?.bif === true);
  });
  bif('system_flag', 2, (a, ctx) => {
    const [flag, value] = a;
    if (flag === BACKTRACE_DEPTH) {
      if (typeof value !== 'number' || value < 0) return badarg();
      return setBacktraceDepth(proc(ctx).rt, value);
    }
    return badarg(BADOPT_INFO);
  });
  bif('make_fun', 3, (a) => {
    const [m, f, n] = a;
    if (!(m instanceof Atom) || !(f instanceof Atom) || typeof n !== 'number' || n < 0 || n > 255) return badarg();
    return new ExportFun(m, f, n);
  });
  bif('pre_loaded', 0, () => listFrom(PRE_LOADED.map((m) => Atom.of(m))));
  bif('garbage_collect', 0, () => atoms.true);
  code('garbage_collect', 1, (a) => {
    if (!(a[0] instanceof Pid)) badarg();
    return atoms.true;
  });
  bif('display', 1, (a, ctx) => {
    writeDisplay(proc(ctx), displayBytes(a[0]));
    return atoms.true;
  });
  bif('adler32_combine', 3, (a) => misc.adler32Combine(a[0], a[1], a[2]));
  bif('crc32_combine', 3, (a) => misc.crc32Combine(a[0], a[1], a[2]));
  bif('md5_init', 0, () => misc.md5Init());
  bif('md5_update', 2, (a) => misc.md5Update(a[0], a[1]));
  bif('md5_final', 1, (a) => misc.md5Final(a[0]));
  bif('iolist_to_iovec', 1, (a) => {
    const b = iolistToBinary(a[0]) as Bitstring;
    return b.bitSize === 0 ? NIL : new Cons(b, NIL);
  });
  bif('list_to_ref', 1, (a) => misc.listToRef(a[0]));
  bif('list_to_port', 1, (a) => misc.listToPort(a[0]));
  bif('fun_info_mfa', 1, (a) => misc.funInfoMfa(a[0]));
  bif('localtime_to_universaltime', 2, (a) => {
    if (!isBool(a[1]) && a[1] !== UNDEFINED_DST) badarg();
    return misc.sameDateTime(a[0]);
  });
  code('localtime_to_universaltime', 1, (a) => misc.sameDateTime(a[0]));
  bif('universaltime_to_localtime', 1, (a) => misc.sameDateTime(a[0]));
  bif('universaltime_to_posixtime', 1, (a) => misc.universaltimeToPosixtime(a[0]));
  bif('posixtime_to_universaltime', 1, (a) => misc.posixtimeToUniversaltime(a[0]));
  bif('statistics', 1, (a, ctx) => misc.statistics(proc(ctx), a[0]));
  // No distribution and no ports.
  bif('nodes', 0, () => NIL);
  bif('nodes', 1, (a) => nodesOf(a[0]));
  bif('nodes', 2, (a) => {
    if (!(a[1] instanceof ErlMap)) badarg();
    return nodesOf(a[0]);
  });
  code('is_alive', 0, () => atoms.false);
  bif('ports', 0, () => NIL);
  // Loaded code plus the modules the VM provides natively (OTP's preloaded and library modules).
  bif('loaded', 0, (_a, ctx) => {
    const names = new Set<Atom>(proc(ctx).rt.modules.keys());
    for (const e of reg.all()) names.add(Atom.of(e.module));
    return listFrom([...names]);
  });
  bif('display_string', 2, (a, ctx) => {
    const [device, chars] = a;
    if (device !== Atom.of('stdout') && device !== Atom.of('stderr')) badarg();
    const bytes = displayStringBytes(chars);
    // Only the emulator's stdout is kept; its stderr is not part of a run's output.
    if (device === Atom.of('stdout')) writeDisplay(proc(ctx), bytes);
    return atoms.true;
  });
  // display_string/1 writes to the emulator's stderr, which a run's output leaves out.
  code('display_string', 1, (a) => {
    displayStringBytes(a[0]);
    return atoms.true;
  });
  bif('nif_error', 1, (a) => {
    throw new ErlangException('error', a[0]);
  });
  bif('nif_error', 2, (a) => {
    throw new ErlangException('error', a[0]);
  });

  bif('node', 1, (a) => {
    const t = a[0];
    if (t instanceof Pid || t instanceof Port || t instanceof Reference) return t.node;
    return badarg();
  });
  // exceptions
  bif('error', 1, (a) => {
    throw new ErlangException('error', a[0]);
  });
  bif('error', 2, (a) => {
    throw errorWithArgs(a[0], a[1], null);
  });
  bif('error', 3, (a) => error3(a[0], a[1], a[2]));
  bif('exit', 1, (a) => {
    throw new ErlangException('exit', a[0]);
  });
  bif('throw', 1, (a) => {
    throw new ErlangException('throw', a[0]);
  });
  bif('raise', 3, (a) => raise3(a[0], a[1], a[2]));

  // apply/2,3: the runtime turns a call of these into a call of the applied function
  // (runtime/calls.ts); the entries make them visible to function_exported/3.
  bif('apply', 2, () => badarg());
  bif('apply', 3, () => badarg());

  // modules
  bif('get_module_info', 1, (a, ctx) => moduleInfo0(proc(ctx), a[0]));
  bif('get_module_info', 2, (a, ctx) => moduleInfo(proc(ctx), a[0], a[1]));
  bif('module_loaded', 1, (a, ctx) => {
    if (!(a[0] instanceof Atom)) badarg();
    return bool(proc(ctx).rt.modules.has(a[0]));
  });
  bif('function_exported', 3, (a, ctx) => {
    const [m, f, n] = a;
    if (!(m instanceof Atom) || !(f instanceof Atom) || typeof n !== 'number') badarg();
    return bool(proc(ctx).rt.isExported(m, f, n));
  });
}
