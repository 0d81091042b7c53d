// The Gleam standard library's Erlang FFI module `gleam_stdlib`, implemented natively.
//
// Implemented from gleam-lang/stdlib release v1.0.3 (tag v1.0.3, commit
// c70c773ef9cb3b977284f5c79d3996c666442199), src/gleam_stdlib.erl: every exported function.
//
// Each function returns what the Erlang code returns (down to the shape of the iodata
// `inspect/1` builds) and fails with the reason that code fails with. Where the Erlang code
// calls into OTP's library (string, unicode, binary, io, io_lib, lists, maps) the native
// calls the VM's own native of that function through the registry, so the two cannot drift
// apart. base64 decoding/encoding, uri_string:parse/1 and uri_string:dissect_query/1 have no
// native of their own in this VM yet; the parts the FFI uses are ported here from OTP 26.2.5.
//
// None of these are BIFs: a failure shows a frame of gleam_stdlib (the frames of the BIFs
// and OTP functions it calls, which real OTP shows above it, are not reproduced).

import { Atom, atoms, bool } from '../terms/atom';
import { compareTerms, equals, exactEquals } from '../terms/compare';
import { ErlMap } from '../terms/map';
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
  normalizeInteger,
  type Term,
} from '../terms/types';
import { copyBits, readBigBits } from '../bitsyntax/bits';
import { floatToShortString } from '../printing/float';
import { ErlangException, badarg, badarith, raiseError } from './exception';
import type { NativeRegistry } from './registry';
import type { HigherOrderNative, NativeContext, PlainNative } from './types';
import { callFun, type CallGen } from './support/call';
import { badmatch, caseClause, functionClause } from './support/errors';
import { arrayToList, listToArray } from './support/lists';
import { charlistFromString } from './support/text';

const M = 'gleam_stdlib';

const A = {
  nil: Atom.of('nil'),
  null: Atom.of('null'),
  some: Atom.of('some'),
  none: Atom.of('none'),
  uri: Atom.of('uri'),
  gleam_error: Atom.of('gleam_error'),
  string_invalid_utf8: Atom.of('string_invalid_utf8'),
  all: Atom.of('all'),
  standard_error: Atom.of('standard_error'),
  decode_error: Atom.of('decode_error'),
  classify: Atom.of('classify'),
  gleam_dynamic: Atom.of('gleam@dynamic'),
  short: Atom.of('short'),
  padding: Atom.of('padding'),
  incomplete: Atom.of('incomplete'),
};

// ---------------------------------------------------------------------------
// Small helpers

const encoder = new TextEncoder();

function bin(text: string): Bitstring {
  return new Bitstring(encoder.encode(text));
}

function binOfBytes(bytes: Uint8Array | number[]): Bitstring {
  return new Bitstring(Uint8Array.from(bytes));
}

/** The bytes of a binary (a view; do not modify). */
function bytesOf(b: Bitstring): Uint8Array {
  return b.bytes.subarray(0, b.byteSize);
}

function isBinaryTerm(t: Term): t is Bitstring {
  return t instanceof Bitstring && (t.bitSize & 7) === 0;
}

function ok(v: Term): Tuple {
  return new Tuple([atoms.ok, v]);
}

const ERROR_NIL = new Tuple([atoms.error, A.nil]);

function some(v: Term): Tuple {
  return new Tuple([A.some, v]);
}

/** byte_size/1: bytes, rounding a bitstring's bits up; badarg for anything else. */
function byteSizeBif(t: Term): number {
  if (!(t instanceof Bitstring)) badarg();
  return (t.bitSize + 7) >>> 3;
}

/** bit_size/1 */
function bitSizeBif(t: Term): number {
  if (!(t instanceof Bitstring)) badarg();
  return t.bitSize;
}

/** An unsigned big-endian integer of all `b`'s bits (<<X:Size>> = B). */
function bitsToInteger(b: Bitstring): Term {
  if (b.bitSize === 0) return 0;
  return normalizeInteger(readBigBits(b.bytes, 0, b.bitSize));
}

/** Call the VM's native for an OTP library function (string:pad/4, ...). */
export function callOtp(ctx: NativeContext, module: string, fn: string, args: Term[]): Term {
  const rt = ctx.vm as { natives?: NativeRegistry } | null;
  const nat = rt?.natives?.lookup(module, fn, args.length);
  if (nat === undefined || nat.kind !== 'plain') {
    // Reported as real OTP reports a call of a function that does not exist.
    raiseError(atoms.undef);
  }
  return (nat.impl as PlainNative)(args, ctx);
}

/** Call an OTP library native that may be higher-order (io output can wait on an io server). */
export function* callOtpGen(ctx: NativeContext, module: string, fn: string, args: Term[]): CallGen {
  const rt = ctx.vm as { natives?: NativeRegistry } | null;
  const nat = rt?.natives?.lookup(module, fn, args.length);
  if (nat === undefined) return raiseError(atoms.undef);
  if (nat.kind === 'plain') return (nat.impl as PlainNative)(args, ctx);
  return yield* (nat.impl as HigherOrderNative)(args, ctx);
}

/** `try Expr of ... catch _:_ -> Fallback end` for a native computation. */
function tryOr<T>(compute: () => T, fallback: T): T {
  try {
    return compute();
  } catch (e) {
    if (e instanceof ErlangException) return fallback;
    throw e;
  }
}

/** lists:join(Sep, List) over a JS array, built as OTP builds it. */
function join(sep: Term, items: readonly Term[]): Term {
  if (items.length === 0) return NIL;
  const out: Term[] = [items[0]];
  for (let k = 1; k < items.length; k++) out.push(sep, items[k]);
  return arrayToList(out);
}

// ---------------------------------------------------------------------------
// Decoding UTF-8 one code point at a time, as the bit syntax's /utf8 segment does

/** The code point at byte `i` and its length, or undefined where <<C/utf8, _/binary>> fails. */
function utf8At(bytes: Uint8Array, i: number): { cp: number; len: number } | undefined {
  const b0 = bytes[i];
  if (b0 === undefined) return undefined;
  if (b0 < 0x80) return { cp: b0, len: 1 };
  let need: number;
  let cp: number;
  let min: number;
  if (b0 >= 0xc0 && b0 < 0xe0) {
    need = 1;
    cp = b0 & 0x1f;
    min = 0x80;
  } else if (b0 >= 0xe0 && b0 < 0xf0) {
    need = 2;
    cp = b0 & 0x0f;
    min = 0x800;
  } else if (b0 >= 0xf0 && b0 < 0xf8) {
    need = 3;
    cp = b0 & 0x07;
    min = 0x10000;
  } else {
    return undefined;
  }
  for (let k = 1; k <= need; k++) {
    const b = bytes[i + k];
    if (b === undefined || (b & 0xc0) !== 0x80) return undefined;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return { cp, len: need + 1 };
}

function utf8Encode(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}

/** Whether the bytes are entirely valid UTF-8. */
function isValidUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const c = utf8At(bytes, i);
    if (c === undefined) return false;
    i += c.len;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Numbers from text: binary_to_integer/1,2 and binary_to_float/1 as the BIFs parse them

/** binary_to_integer(Bin, Base): optional sign, then at least one digit of the base. */
function binaryToInteger(t: Term, base: Term = 10): Term {
  if (typeof base !== 'number' || base < 2 || base > 36) badarg();
  if (!isBinaryTerm(t)) badarg();
  const bytes = bytesOf(t);
  let i = 0;
  let negative = false;
  if (bytes[0] === 0x2b || bytes[0] === 0x2d) {
    negative = bytes[0] === 0x2d;
    i = 1;
  }
  if (i >= bytes.length) badarg();
  let value = 0n;
  const b = BigInt(base);
  for (; i < bytes.length; i++) {
    const c = bytes[i];
    let d: number;
    if (c >= 0x30 && c <= 0x39) d = c - 0x30;
    else if (c >= 0x61 && c <= 0x7a) d = c - 0x61 + 10;
    else if (c >= 0x41 && c <= 0x5a) d = c - 0x41 + 10;
    else d = 99;
    if (d >= base) badarg();
    value = value * b + BigInt(d);
  }
  return normalizeInteger(negative ? -value : value);
}

/**
 * binary_to_float/1: the runtime's strict syntax [+-]digits(.|,)digits([eE][+-]digits),
 * read by C strtod (the text stops at a NUL byte, as the C string does); infinite
 * results are badarg, underflow gives the nearest representable value.
 */
function binaryToFloat(t: Term): Term {
  if (!isBinaryTerm(t) || t.byteSize === 0) badarg();
  const bytes = bytesOf(t);
  let end = bytes.indexOf(0);
  if (end < 0) end = bytes.length;
  const text = String.fromCharCode(...bytes.subarray(0, end));
  if (!/^[+-]?[0-9]+[.,][0-9]+([eE][+-]?[0-9]+)?$/.test(text)) badarg();
  const v = Number(text.replace(',', '.'));
  if (!Number.isFinite(v)) badarg();
  return new Float(v);
}

// ---------------------------------------------------------------------------
// Simple functions

const mapGet: PlainNative = ([map, key], ctx) => {
  const found = callOtp(ctx, 'maps', 'find', [key, map]);
  return found === atoms.error ? ERROR_NIL : found;
};

const iodataAppend: PlainNative = ([iodata, string]) => arrayToList([iodata, string]);

const identity: PlainNative = ([x]) => x;

const CLASS_NIL = 'Nil';

function classify(x: Term): string {
  if (x === A.nil || x === A.null || x === atoms.undefined) return CLASS_NIL;
  if (x === atoms.true || x === atoms.false) return 'Bool';
  if (x instanceof Atom) return 'Atom';
  if (x instanceof Bitstring) return x.bitSize % 8 === 0 ? 'String' : 'BitArray';
  if (typeof x === 'number' || typeof x === 'bigint') return 'Int';
  if (x instanceof Float) return 'Float';
  if (x instanceof Cons || x === NIL) return 'List';
  if (x instanceof ErlMap) return 'Dict';
  if (x instanceof Tuple) return 'Array';
  if (x instanceof Reference) return 'Reference';
  if (x instanceof Pid) return 'Pid';
  if (x instanceof Port) return 'Port';
  if (x instanceof Fun || x instanceof ExportFun) return 'Function';
  return 'Unknown';
}

const classifyDynamic: PlainNative = ([x]) => bin(classify(x));

/** tuple_get/2: clause by clause, including the guard failures that fall through. */
const tupleGet: PlainNative = ([data, index]) => {
  if (compareTerms(index, 0) < 0) return ERROR_NIL;
  if (data instanceof Tuple && compareTerms(index, data.elements.length) >= 0) return ERROR_NIL;
  // element(Index + 1, Data)
  const n = plusOne(index);
  if (typeof n !== 'number' || !(data instanceof Tuple) || n < 1 || n > data.elements.length) badarg();
  return ok(data.elements[n - 1]);
};

/** Index + 1 as the `+` operator evaluates it (badarith for non-numbers). */
function plusOne(index: Term): Term {
  if (typeof index === 'number') return Number.isSafeInteger(index + 1) ? index + 1 : normalizeInteger(BigInt(index) + 1n);
  if (typeof index === 'bigint') return normalizeInteger(index + 1n);
  if (index instanceof Float) {
    const v = index.value + 1;
    if (!Number.isFinite(v)) badarith();
    return new Float(v);
  }
  return badarith();
}

const intFromBaseString: PlainNative = ([s, base]) =>
  tryOr(() => ok(binaryToInteger(s, base)), ERROR_NIL as Term);

const parseInt: PlainNative = ([s]) => tryOr(() => ok(binaryToInteger(s)), ERROR_NIL as Term);

const parseFloat: PlainNative = ([s]) => tryOr(() => ok(binaryToFloat(s)), ERROR_NIL as Term);

const lessThan: PlainNative = ([l, r]) => bool(compareTerms(l, r) < 0);

function isEmptyBinary(t: Term): boolean {
  return t instanceof Bitstring && t.bitSize === 0;
}

/** binary_part(Bin, Start, Len) for non-negative Len (whole bytes of a bitstring count too). */
function binaryPart(b: Term, start: number, len: number): Bitstring {
  if (!(b instanceof Bitstring) || start < 0 || len < 0 || start + len > (b.bitSize >>> 3)) badarg();
  return new Bitstring(b.bytes.subarray(start, start + len));
}

const startsWith: PlainNative = ([string, prefix]) => {
  if (isEmptyBinary(prefix)) return atoms.true;
  if (string instanceof Bitstring && prefix instanceof Bitstring && byteSizeBif(prefix) > byteSizeBif(string)) {
    return atoms.false;
  }
  const size = byteSizeBif(prefix);
  return bool(equals(prefix, binaryPart(string, 0, size)));
};

const endsWith: PlainNative = ([string, suffix]) => {
  if (isEmptyBinary(suffix)) return atoms.true;
  if (string instanceof Bitstring && suffix instanceof Bitstring && byteSizeBif(suffix) > byteSizeBif(string)) {
    return atoms.false;
  }
  const size = byteSizeBif(suffix);
  return bool(equals(suffix, binaryPart(string, byteSizeBif(string) - size, size)));
};

const stringPad: PlainNative = ([string, length, dir, padString], ctx) => {
  if (!isBinaryTerm(padString)) badarg();
  const padChars = arrayToList(Array.from(bytesOf(padString)));
  const chars = callOtp(ctx, 'string', 'pad', [string, length, dir, padChars]);
  const result = callOtp(ctx, 'unicode', 'characters_to_binary', [chars]);
  if (isBinaryTerm(result)) return result;
  return raiseError(new Tuple([A.gleam_error, new Tuple([A.string_invalid_utf8, result])]));
};

const popGrapheme: PlainNative = ([string], ctx) => {
  const next = callOtp(ctx, 'string', 'next_grapheme', [string]);
  if (!(next instanceof Cons)) return ERROR_NIL;
  const first = callOtp(ctx, 'unicode', 'characters_to_binary', [new Cons(next.head, NIL)]);
  const rest = isBinaryTerm(next.tail) ? next.tail : callOtp(ctx, 'unicode', 'characters_to_binary', [next.tail]);
  return ok(new Tuple([first, rest]));
};

const popCodeunit: PlainNative = ([b]) => {
  if (b instanceof Bitstring && b.bitSize >= 8 && (b.bitSize & 7) === 0) {
    return new Tuple([b.bytes[0], new Bitstring(b.bytes.subarray(1, b.byteSize))]);
  }
  return new Tuple([0, b]);
};

/** <<Bin/bits, 0:PaddingBits>> when the size is not a whole number of bytes. */
function padToBytes(b: Term): Term {
  const size = bitSizeBif(b);
  if (size % 8 === 0) return b;
  const bs = b as Bitstring;
  const out = new Uint8Array((size + 7) >>> 3);
  copyBits(bs.bytes, 0, out, 0, size);
  return new Bitstring(out);
}

const bitArrayPadToBytes: PlainNative = ([b]) => padToBytes(b);

/** list_to_bitstring/1: bytes, bitstrings and nested lists, ending in [] or a bitstring. */
function listToBitstring(list: Term): Bitstring {
  if (!(list instanceof Cons) && list !== NIL) badarg();
  const parts: Array<{ bytes: Uint8Array; bits: number }> = [];
  const stack: Term[] = [list];
  while (stack.length > 0) {
    const t = stack.pop() as Term;
    if (t === NIL) continue;
    if (t instanceof Cons) {
      const h = t.head;
      stack.push(t.tail);
      if (typeof h === 'number') {
        if (!Number.isInteger(h) || h < 0 || h > 255) badarg();
        parts.push({ bytes: Uint8Array.of(h), bits: 8 });
      } else if (h instanceof Bitstring) {
        parts.push({ bytes: h.bytes, bits: h.bitSize });
      } else if (h instanceof Cons || h === NIL) {
        stack.push(h);
      } else {
        badarg();
      }
      continue;
    }
    // A tail that is not a list must be a bitstring.
    if (t instanceof Bitstring) parts.push({ bytes: t.bytes, bits: t.bitSize });
    else badarg();
  }
  const total = parts.reduce((n, p) => n + p.bits, 0);
  const out = new Uint8Array((total + 7) >>> 3);
  let at = 0;
  for (const p of parts) {
    copyBits(p.bytes, 0, out, at, p.bits);
    at += p.bits;
  }
  return new Bitstring(out, total);
}

const bitArrayConcat: PlainNative = ([list]) => listToBitstring(list);

const bitArraySlice: PlainNative = ([b, pos, len], ctx) => {
  try {
    return ok(callOtp(ctx, 'binary', 'part', [b, pos, len]));
  } catch (e) {
    if (e instanceof ErlangException && e.cls === 'error' && e.reason === atoms.badarg) return ERROR_NIL;
    throw e;
  }
};

const wrapList: PlainNative = ([x]) => (x instanceof Cons || x === NIL ? x : new Cons(x, NIL));

// ---------------------------------------------------------------------------
// base64 (OTP 26 base64:encode/2 and decode/1 for binaries, standard alphabet)

const B64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** base64:encode(Bin, #{padding => Padding}) */
function base64Encode(data: Uint8Array, padding: Term): Bitstring {
  // get_padding/1: a boolean padding option, else the default (true).
  const pad = padding === atoms.false ? false : true;
  const out: number[] = [];
  let i = 0;
  for (; i + 3 <= data.length; i += 3) {
    const n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out.push(
      B64_ALPHABET.charCodeAt(n >>> 18),
      B64_ALPHABET.charCodeAt((n >>> 12) & 63),
      B64_ALPHABET.charCodeAt((n >>> 6) & 63),
      B64_ALPHABET.charCodeAt(n & 63),
    );
  }
  const rest = data.length - i;
  if (rest === 1) {
    out.push(B64_ALPHABET.charCodeAt(data[i] >>> 2), B64_ALPHABET.charCodeAt((data[i] & 3) << 4));
    if (pad) out.push(61, 61);
  } else if (rest === 2) {
    const n = (data[i] << 8) | data[i + 1];
    out.push(
      B64_ALPHABET.charCodeAt(n >>> 10),
      B64_ALPHABET.charCodeAt((n >>> 4) & 63),
      B64_ALPHABET.charCodeAt((n & 15) << 2),
    );
    if (pad) out.push(61);
  }
  return binOfBytes(out);
}

/** A decoded symbol: 0..63, '=' or white space (tab, LF, CR, space), else invalid. */
function b64Symbol(c: number): number | 'eq' | 'ws' | 'bad' {
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 97 + 26;
  if (c >= 48 && c <= 57) return c - 48 + 52;
  if (c === 43) return 62;
  if (c === 47) return 63;
  if (c === 61) return 'eq';
  if (c === 9 || c === 10 || c === 13 || c === 32) return 'ws';
  return 'bad';
}

/**
 * base64:decode/1 of a binary (padding required, white space skipped), or undefined
 * wherever OTP's decoder raises. The symbols after skipping white space form groups of
 * four; only the last may end in '=' or '==', and only white space may follow it.
 */
function base64Decode(t: Term): Bitstring | undefined {
  let chars: ArrayLike<number>;
  if (isBinaryTerm(t)) {
    chars = bytesOf(t);
  } else {
    // A string decodes the same way; anything but characters 0..255 fails.
    const items = listToArray(t);
    if (items === undefined || !items.every((c) => typeof c === 'number' && c >= 0 && c <= 255)) return undefined;
    chars = items as number[];
  }
  const syms: Array<number | 'eq' | 'bad'> = [];
  for (const c of Array.from(chars)) {
    const s = b64Symbol(c);
    if (s !== 'ws') syms.push(s);
  }
  if (syms.length % 4 !== 0) return undefined;
  const out: number[] = [];
  for (let g = 0; g < syms.length; g += 4) {
    const [s1, s2, s3, s4] = syms.slice(g, g + 4);
    const last = g + 4 === syms.length;
    if (typeof s1 !== 'number' || typeof s2 !== 'number') return undefined;
    if (typeof s3 === 'number' && typeof s4 === 'number') {
      const n = (s1 << 18) | (s2 << 12) | (s3 << 6) | s4;
      out.push(n >>> 16, (n >>> 8) & 255, n & 255);
      continue;
    }
    if (!last || s4 !== 'eq') return undefined;
    if (s3 === 'eq') {
      out.push(((s1 << 2) | (s2 >>> 4)) & 255);
    } else if (typeof s3 === 'number') {
      const n = (s1 << 10) | (s2 << 4) | (s3 >>> 2);
      out.push(n >>> 8, n & 255);
    } else {
      return undefined;
    }
  }
  return binOfBytes(out);
}

const base64EncodeFn: PlainNative = ([b, padding]) => {
  const padded = padToBytes(b) as Bitstring;
  return base64Encode(bytesOf(padded), padding);
};

const base64DecodeFn: PlainNative = ([s]) => {
  const decoded = base64Decode(s);
  return decoded === undefined ? ERROR_NIL : ok(decoded);
};

// ---------------------------------------------------------------------------
// Percent encoding

const HEX_UPPER = '0123456789ABCDEF';

function percentOk(c: number): boolean {
  return (
    c === 0x21 || c === 0x24 || c === 0x27 || c === 0x28 || c === 0x29 || c === 0x2a || c === 0x2b ||
    c === 0x2d || c === 0x2e || c === 0x5f || c === 0x7e ||
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
  );
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

const percentEncode: PlainNative = ([b]) => {
  // percent_encode/2 walks whole bytes; anything else has no matching clause.
  if (!isBinaryTerm(b)) functionClause();
  const out: number[] = [];
  for (const c of bytesOf(b)) {
    if (percentOk(c)) out.push(c);
    else out.push(0x25, HEX_UPPER.charCodeAt(c >> 4), HEX_UPPER.charCodeAt(c & 15));
  }
  return binOfBytes(out);
};

const percentDecode: PlainNative = ([b]) => {
  if (!isBinaryTerm(b)) functionClause();
  const src = bytesOf(b);
  const out: number[] = [];
  let i = 0;
  while (i < src.length) {
    if (src[i] === 0x25 && i + 2 < src.length) {
      const hi = hexValue(src[i + 1]);
      const lo = hexValue(src[i + 2]);
      if (hi < 0 || lo < 0) return ERROR_NIL;
      out.push(hi * 16 + lo);
      i += 3;
    } else {
      out.push(src[i]);
      i++;
    }
  }
  // check_utf8/1: unicode:characters_to_list/1 must succeed.
  const bytes = Uint8Array.from(out);
  if (!isValidUtf8(bytes)) return ERROR_NIL;
  return ok(new Bitstring(bytes));
};

// ---------------------------------------------------------------------------
// uri_string:dissect_query/1 (binary input) as parse_query/1 uses it

class UriThrow {
  constructor(readonly kind: string) {}
}

/** form_urldecode + base10_decode of one key or value; true stays true. */
function formUrlDecode(part: number[] | true): Term {
  if (part === true) return atoms.true;
  // form_urldecode: '+' is a space, %XX a byte, other UTF-8 characters copied.
  const bytes = Uint8Array.from(part);
  const acc: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i];
    if (c === 0x2b) {
      acc.push(0x20);
      i++;
      continue;
    }
    if (c === 0x25 && i + 2 < bytes.length) {
      const hi = hexValue(bytes[i + 1]);
      const lo = hexValue(bytes[i + 2]);
      if (hi < 0 || lo < 0) {
        // convert_to_list of the rest; either way the caller sees a thrown error.
        throw new UriThrow('invalid_percent_encoding');
      }
      acc.push(hi * 16 + lo);
      i += 3;
      continue;
    }
    const u = utf8At(bytes, i);
    if (u === undefined) throw new UriThrow('invalid_character');
    for (let k = 0; k < u.len; k++) acc.push(bytes[i + k]);
    i += u.len;
  }
  // base10_decode: "&#NNN;" becomes the character NNN.
  const src = Uint8Array.from(acc);
  const out: number[] = [];
  i = 0;
  while (i < src.length) {
    if (src[i] === 0x26 && src[i + 1] === 0x23) {
      i += 2;
      let cp = 0;
      for (;;) {
        const u = utf8At(src, i);
        if (u !== undefined && u.cp >= 0x30 && u.cp <= 0x39) {
          cp = cp * 10 + (u.cp - 0x30);
          i += u.len;
          continue;
        }
        if (src[i] === 0x3b) {
          i++;
          // <<Acc/binary, Codepoint/utf8>>: not a valid code point is badarg.
          if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) badarg();
          out.push(...utf8Encode(cp));
          break;
        }
        if (i >= src.length) functionClause();
        throw new UriThrow('invalid_input');
      }
      continue;
    }
    const u = utf8At(src, i);
    if (u === undefined) throw new UriThrow('invalid_input');
    for (let k = 0; k < u.len; k++) out.push(src[i + k]);
    i += u.len;
  }
  return binOfBytes(out);
}

function dissectQuery(q: Bitstring): Term[] | undefined {
  const src = bytesOf(q);
  if (src.length === 0) return [];
  const pairs: Term[] = [];
  let key: number[] = [];
  let value: number[] | true = [];
  let inValue = false;
  let i = 0;
  try {
    for (;;) {
      if (!inValue) {
        if (i >= src.length) {
          // dissect_query_key(<<>>, ..., Key, <<>>): a key without '='.
          pairs.push(new Tuple([formUrlDecode(key), formUrlDecode(true)]));
          return pairs;
        }
        const c = src[i];
        if (c === 0x3d) {
          inValue = true;
          value = [];
          i++;
        } else if (c === 0x26 && src[i + 1] === 0x23) {
          key.push(0x26, 0x23);
          i += 2;
        } else if (c === 0x26) {
          // A key without '=' ends at '&': its value is true.
          inValue = true;
          value = true;
        } else {
          key.push(c);
          i++;
        }
        continue;
      }
      if (i >= src.length) {
        pairs.push(new Tuple([formUrlDecode(key), formUrlDecode(value)]));
        return pairs;
      }
      const c = src[i];
      if (c === 0x26) {
        pairs.push(new Tuple([formUrlDecode(key), formUrlDecode(value)]));
        key = [];
        value = [];
        inValue = false;
        i++;
      } else {
        (value as number[]).push(c);
        i++;
      }
    }
  } catch (e) {
    if (e instanceof UriThrow) return undefined;
    throw e;
  }
}

const parseQuery: PlainNative = ([query], ctx) => {
  // dissect_query/1 also takes a string: parsed as UTF-8, keys and values come back as lists.
  let input: Term = query;
  const asList = query instanceof Cons || query === NIL;
  if (query === NIL) return ok(NIL);
  if (asList) {
    input = callOtp(ctx, 'unicode', 'characters_to_binary', [query, Atom.of('utf8'), Atom.of('utf8')]);
    if (!isBinaryTerm(input)) return ERROR_NIL;
  }
  if (!isBinaryTerm(input)) functionClause();
  const pairs = dissectQuery(input);
  if (pairs === undefined) return ERROR_NIL;
  const asText = (t: Term): Term => (asList && t instanceof Bitstring ? charlistOfUtf8(bytesOf(t)) : t);
  const fixed = pairs.map((p) => {
    const [k, v] = (p as Tuple).elements;
    return new Tuple([asText(k), v === atoms.true ? new Bitstring(new Uint8Array(0)) : asText(v)]);
  });
  return ok(arrayToList(fixed));
};

// ---------------------------------------------------------------------------
// uri_string:parse/1 for binaries (RFC 3986 parser of OTP 26), as uri_parse/1 uses it

interface UriMap {
  scheme?: Uint8Array;
  userinfo?: Uint8Array;
  host?: Uint8Array;
  port?: Term;
  path?: Uint8Array;
  query?: Uint8Array;
  fragment?: Uint8Array;
}

/** A parse step's input: the bytes from `at` to the end of `src`. */
interface Cursor {
  src: Uint8Array;
  at: number;
}

const CH = {
  slash: 0x2f,
  question: 0x3f,
  hash: 0x23,
  colon: 0x3a,
  at: 0x40,
  lbracket: 0x5b,
  rbracket: 0x5d,
  percent: 0x25,
  dot: 0x2e,
};

function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isHexDigit(c: number): boolean {
  return hexValue(c) >= 0;
}
function isUnreserved(c: number): boolean {
  return c === 0x2d || c === 0x2e || c === 0x5f || c === 0x7e || isAlpha(c) || isDigit(c);
}
function isSubDelim(c: number): boolean {
  return c === 0x21 || c === 0x24 || c === 0x26 || c === 0x27 || c === 0x28 || c === 0x29 ||
    c === 0x2a || c === 0x2b || c === 0x2c || c === 0x3b || c === 0x3d;
}
function isPchar(c: number): boolean {
  return c === CH.percent || c === CH.colon || c === CH.at || isUnreserved(c) || isSubDelim(c);
}
function isSegmentNzNc(c: number): boolean {
  return c === CH.percent || c === CH.at || isUnreserved(c) || isSubDelim(c);
}
function isScheme(c: number): boolean {
  return c === 0x2b || c === 0x2d || c === 0x2e || isAlpha(c) || isDigit(c);
}
function isUserinfo(c: number): boolean {
  return c === CH.percent || c === CH.colon || isUnreserved(c) || isSubDelim(c);
}
function isRegName(c: number): boolean {
  return c === CH.percent || isUnreserved(c) || isSubDelim(c);
}
function isQueryOrFragment(c: number): boolean {
  return c === CH.slash || c === CH.question || isPchar(c);
}
function isIpv6Char(c: number): boolean {
  return c === CH.colon || c === CH.dot || isHexDigit(c);
}

/** The next character (a UTF-8 code point); function_clause where the bytes are not UTF-8. */
function nextChar(cur: Cursor): { c: number; rest: Cursor } | undefined {
  if (cur.at >= cur.src.length) return undefined;
  const u = utf8At(cur.src, cur.at);
  if (u === undefined) functionClause();
  return { c: u.cp, rest: { src: cur.src, at: cur.at + u.len } };
}

function remaining(cur: Cursor): Uint8Array {
  return cur.src.subarray(cur.at);
}

/** calculate_parsed_*: the part of `input` before the parsed remainder `t` (and its delimiter). */
function parsedPart(input: Cursor, t: Cursor, strip: number[]): Uint8Array {
  const inBytes = remaining(input);
  const tBytes = remaining(t);
  if (tBytes.length === 0) {
    if (inBytes.length === 0) return inBytes;
    const last = inBytes[inBytes.length - 1];
    return strip.includes(last) ? inBytes.subarray(0, inBytes.length - 1) : inBytes;
  }
  return inBytes.subarray(0, inBytes.length - (tBytes.length + 1));
}

const STRIP_SCHEME = [CH.colon];
const STRIP_PART = [CH.question, CH.hash];
const STRIP_USERINFO = [CH.question, CH.hash, CH.at];
const STRIP_HOST_PORT = [CH.colon, CH.question, CH.hash, CH.slash];
const STRIP_QUERY_FRAGMENT = [CH.hash];

type Step = { t: Cursor; uri: UriMap };

function invalid(): never {
  throw new UriThrow('invalid_uri');
}

function withPath(uri: UriMap, first: number, path: Uint8Array): UriMap {
  return { ...uri, path: Uint8Array.from([...utf8Encode(first), ...path]) };
}

function queryStep(rest: Cursor, uri: UriMap): Step {
  const r = parseQueryPart(rest, uri);
  return { t: rest, uri: { ...r.uri, query: parsedPart(rest, r.t, STRIP_QUERY_FRAGMENT) } };
}

function fragmentStep(rest: Cursor, uri: UriMap): Step {
  const r = parseFragment(rest, uri);
  return { t: rest, uri: { ...r.uri, fragment: parsedPart(rest, r.t, STRIP_QUERY_FRAGMENT) } };
}

function segmentStep(rest: Cursor, uri: UriMap): Step {
  const r = parseSegment(rest, uri);
  return { t: rest, uri: withPath(r.uri, CH.slash, parsedPart(rest, r.t, STRIP_PART)) };
}

function portStep(rest: Cursor, uri: UriMap): Step {
  const r = parsePort(rest, uri);
  const h = parsedPart(rest, r.t, STRIP_HOST_PORT);
  return { t: rest, uri: { ...r.uri, port: getPort(h) } };
}

function getPort(h: Uint8Array): Term {
  if (h.length === 0) return atoms.undefined;
  // Only digits reach here, so binary_to_integer/1 succeeds.
  return binaryToInteger(new Bitstring(h));
}

type Char = { c: number; rest: Cursor };
/** Where a part of the URI hands over to the next one: a Step, or undefined to go on scanning. */
type Handover = (n: Char, uri: UriMap) => Step | undefined;

/**
 * The scanning loop every part of the URI shares: characters accepted by `allowed` are
 * consumed, `handover` ends the part at a delimiter, the end of input ends the parse.
 */
function scanPart(cur: Cursor, uri: UriMap, handover: Handover, allowed: (c: number) => boolean): Step {
  let c = cur;
  for (;;) {
    const n = nextChar(c);
    if (n === undefined) return { t: c, uri };
    const d = handover(n, uri);
    if (d !== undefined) return d;
    if (!allowed(n.c)) invalid();
    c = n.rest;
  }
}

const toQueryOrFragment: Handover = (n, uri) =>
  n.c === CH.question ? queryStep(n.rest, uri) : n.c === CH.hash ? fragmentStep(n.rest, uri) : undefined;
const toFragment: Handover = (n, uri) => (n.c === CH.hash ? fragmentStep(n.rest, uri) : undefined);
const toNothing: Handover = () => undefined;
const afterPort: Handover = (n, uri) => (n.c === CH.slash ? segmentStep(n.rest, uri) : toQueryOrFragment(n, uri));
const afterSegmentNzNc: Handover = (n, uri) =>
  n.c === CH.slash ? parseSegment(n.rest, uri) : toQueryOrFragment(n, uri);

function parseSegment(cur: Cursor, uri: UriMap): Step {
  return scanPart(cur, uri, toQueryOrFragment, (c) => c === CH.slash || isPchar(c));
}

function parseSegmentNzNc(cur: Cursor, uri: UriMap): Step {
  return scanPart(cur, uri, afterSegmentNzNc, isSegmentNzNc);
}

function parseQueryPart(cur: Cursor, uri: UriMap): Step {
  return scanPart(cur, uri, toFragment, isQueryOrFragment);
}

function parseFragment(cur: Cursor, uri: UriMap): Step {
  return scanPart(cur, uri, toNothing, isQueryOrFragment);
}

function parsePort(cur: Cursor, uri: UriMap): Step {
  return scanPart(cur, uri, afterPort, isDigit);
}

/** The delimiters that end a host (ipv4, reg-name or after an IPv6 literal). */
function hostDelimiter(n: Char, uri: UriMap): Step | undefined {
  if (n.c === CH.colon) return portStep(n.rest, uri);
  return afterPort(n, uri);
}

function parseRegName(cur: Cursor, uri: UriMap): Step {
  return scanPart(cur, uri, hostDelimiter, isRegName);
}

/** inet:parse_ipv4strict_address/1 succeeds: four dot-separated 0..255 without leading zeros. */
function isIpv4Strict(text: string): boolean {
  const parts = text.split('.');
  if (parts.length !== 4) return false;
  return parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) < 256);
}

/** inet:parse_ipv6strict_address/1 succeeds (hex digits, ':' and '.' only reach here). */
function isIpv6Strict(text: string): boolean {
  if (text === '::') return true;
  const hex = (s: string): { digits: string; rest: string } | undefined => {
    const m = /^[0-9a-fA-F]{1,4}/.exec(s);
    return m === null ? undefined : { digits: m[0], rest: s.slice(m[0].length) };
  };
  let afterDouble = false;
  let n = 0;
  let s = text;
  if (s.startsWith('::')) {
    afterDouble = true;
    s = s.slice(2);
  }
  for (;;) {
    const h = hex(s);
    if (h === undefined) return false;
    const rest = h.rest;
    if (!afterDouble) {
      if (rest === '' && n === 7) return true;
      if (rest === '::' && n <= 6) return true;
      if (rest.startsWith('::') && n <= 5) {
        afterDouble = true;
        n++;
        s = rest.slice(2);
        continue;
      }
      if (rest.startsWith(':') && n <= 6) {
        n++;
        s = rest.slice(1);
        continue;
      }
      if (rest.startsWith('.') && n === 6) return isIpv4Strict(h.digits + rest);
      return false;
    }
    if (rest === '' && n <= 6) return true;
    if (rest.startsWith(':') && n <= 5) {
      n++;
      s = rest.slice(1);
      continue;
    }
    if (rest.startsWith('.') && n <= 5) return isIpv4Strict(h.digits + rest);
    return false;
  }
}

function latin(bytes: number[]): string {
  return String.fromCharCode(...bytes);
}

function parseIpv4(cur: Cursor, first: number, uri: UriMap): Step {
  const acc: number[] = [first];
  let c = cur;
  for (;;) {
    const n = nextChar(c);
    if (n === undefined) {
      if (!isIpv4Strict(latin(acc))) invalid();
      return { t: c, uri };
    }
    if (n.c === CH.colon || n.c === CH.slash || n.c === CH.question || n.c === CH.hash) {
      if (!isIpv4Strict(latin(acc))) invalid();
      return hostDelimiter(n, uri) as Step;
    }
    if (!(n.c === CH.dot || isDigit(n.c))) invalid();
    acc.push(n.c);
    c = n.rest;
  }
}

function parseIpv6(cur: Cursor, uri: UriMap): Step {
  const acc: number[] = [];
  let c = cur;
  for (;;) {
    const n = nextChar(c);
    if (n === undefined) invalid();
    if (n.c === CH.rbracket) {
      if (!isIpv6Strict(latin(acc))) invalid();
      return parseIpv6End(n.rest, uri);
    }
    if (!isIpv6Char(n.c)) invalid();
    acc.push(n.c);
    c = n.rest;
  }
}

function parseIpv6End(cur: Cursor, uri: UriMap): Step {
  let c = cur;
  for (;;) {
    const n = nextChar(c);
    if (n === undefined) return { t: c, uri };
    const d = hostDelimiter(n, uri);
    if (d !== undefined) return d;
    if (!isIpv6Char(n.c)) invalid();
    c = n.rest;
  }
}

function parseHost(cur: Cursor, uri: UriMap): Step {
  const n = nextChar(cur);
  if (n === undefined) return { t: cur, uri };
  const d = hostDelimiter(n, uri);
  if (d !== undefined) return d;
  if (n.c === CH.lbracket) return parseIpv6(n.rest, uri);
  if (isDigit(n.c)) {
    try {
      return parseIpv4(n.rest, n.c, uri);
    } catch (e) {
      if (!(e instanceof UriThrow)) throw e;
      return parseRegName(cur, uri);
    }
  }
  return parseRegName(cur, uri);
}

/** remove_brackets/1 */
function removeBrackets(h: Uint8Array): Uint8Array {
  if (h.length > 0 && h[0] === CH.lbracket) {
    const rest = h.subarray(1);
    if (rest.length === 0) badarg(); // split_binary(<<>>, -1)
    return rest[rest.length - 1] === CH.rbracket ? rest.subarray(0, rest.length - 1) : rest;
  }
  return h;
}

function hostStep(rest: Cursor, uri: UriMap): Step {
  const r = parseHost(rest, uri);
  const host = parsedPart(rest, r.t, STRIP_HOST_PORT);
  return { t: rest, uri: { ...r.uri, host: removeBrackets(host) } };
}

function parseUserinfo(cur: Cursor, uri: UriMap): Step {
  let c = cur;
  for (;;) {
    const n = nextChar(c);
    if (n === undefined) invalid();
    if (n.c === CH.at) {
      if (n.rest.at >= n.rest.src.length) return { t: n.rest, uri: { ...uri, host: new Uint8Array(0) } };
      return hostStep(n.rest, uri);
    }
    if (!isUserinfo(n.c)) invalid();
    c = n.rest;
  }
}

/** "//" authority: userinfo@host if that parses, else just a host. */
function authorityStep(rest: Cursor, uri: UriMap): Step {
  try {
    const r = parseUserinfo(rest, uri);
    return { t: rest, uri: { ...r.uri, userinfo: parsedPart(rest, r.t, STRIP_USERINFO) } };
  } catch (e) {
    if (!(e instanceof UriThrow)) throw e;
    return hostStep(rest, uri);
  }
}

function startsWithSlashSlash(cur: Cursor): boolean {
  return cur.src[cur.at] === CH.slash && cur.src[cur.at + 1] === CH.slash;
}

function parseHier(cur: Cursor, uri: UriMap): Step {
  if (startsWithSlashSlash(cur)) return authorityStep({ src: cur.src, at: cur.at + 2 }, uri);
  const n = nextChar(cur);
  if (n === undefined) return { t: cur, uri };
  if (n.c === CH.slash) return segmentStep(n.rest, uri);
  if (n.c === CH.question) return queryStep(n.rest, uri);
  if (n.c === CH.hash) return fragmentStep(n.rest, uri);
  if (!isPchar(n.c)) invalid();
  const r = parseSegment(n.rest, uri);
  return { t: n.rest, uri: withPath(r.uri, n.c, parsedPart(n.rest, r.t, STRIP_PART)) };
}

function parseScheme(cur: Cursor, uri: UriMap): Step {
  let c = cur;
  for (;;) {
    const n = nextChar(c);
    if (n === undefined) invalid();
    if (n.c === CH.colon) {
      const r = parseHier(n.rest, uri);
      return { t: n.rest, uri: r.uri };
    }
    if (!isScheme(n.c)) invalid();
    c = n.rest;
  }
}

function maybeAddPath(uri: UriMap): UriMap {
  return uri.path === undefined ? { ...uri, path: new Uint8Array(0) } : uri;
}

function parseSchemeStart(cur: Cursor): UriMap {
  const n = nextChar(cur);
  if (n === undefined) functionClause();
  if (!isAlpha(n.c)) invalid();
  const r = parseScheme(n.rest, {});
  const scheme = parsedPart(n.rest, r.t, STRIP_SCHEME);
  return { ...maybeAddPath(r.uri), scheme: Uint8Array.from([n.c, ...scheme]) };
}

function parseRelativePart(cur: Cursor): UriMap {
  if (startsWithSlashSlash(cur)) return maybeAddPath(authorityStep({ src: cur.src, at: cur.at + 2 }, {}).uri);
  const n = nextChar(cur);
  if (n === undefined) functionClause();
  if (n.c === CH.slash) return segmentStep(n.rest, {}).uri;
  if (n.c === CH.question) return maybeAddPath(queryStep(n.rest, {}).uri);
  if (n.c === CH.hash) return maybeAddPath(fragmentStep(n.rest, {}).uri);
  if (!isSegmentNzNc(n.c)) invalid();
  const r = parseSegmentNzNc(n.rest, {});
  return withPath(r.uri, n.c, parsedPart(n.rest, r.t, STRIP_PART));
}

/** uri_string:parse/1 of a binary: the URI map, or undefined for {error, _, _}. */
function uriStringParse(b: Bitstring): UriMap | undefined {
  const cur: Cursor = { src: bytesOf(b), at: 0 };
  if (cur.src.length === 0) return { path: new Uint8Array(0) };
  try {
    try {
      return parseSchemeStart(cur);
    } catch (e) {
      if (!(e instanceof UriThrow)) throw e;
      return parseRelativePart(cur);
    }
  } catch (e) {
    if (e instanceof UriThrow) return undefined;
    throw e;
  }
}

/** The text of a UTF-8 byte range as a charlist (what convert_mapfields_to_list makes). */
function charlistOfUtf8(bytes: Uint8Array): Term {
  return charlistFromString(new TextDecoder().decode(bytes));
}

const uriParse: PlainNative = ([s], ctx) => {
  // uri_string:parse/1 parses a list as its UTF-8 binary and gives the parts back as lists.
  let input: Term = s;
  const asList = s instanceof Cons || s === NIL;
  if (asList) input = callOtp(ctx, 'unicode', 'characters_to_binary', [s]);
  if (!isBinaryTerm(input)) functionClause();
  const uri = uriStringParse(input);
  if (uri === undefined) return ERROR_NIL;
  const part = (v: Uint8Array): Term => (asList ? charlistOfUtf8(v) : new Bitstring(v));
  const optional = (v: Uint8Array | undefined): Term => (v === undefined ? A.none : some(part(v)));
  const port = uri.port === undefined || uri.port === atoms.undefined ? A.none : some(uri.port);
  const scheme = uri.scheme === undefined ? A.none : some(part(uri.scheme.map((c) => (c >= 0x41 && c <= 0x5a ? c + 32 : c))));
  return ok(
    new Tuple([
      A.uri,
      scheme,
      optional(uri.userinfo),
      optional(uri.host),
      port,
      uri.path === undefined ? new Bitstring(new Uint8Array(0)) : part(uri.path),
      optional(uri.query),
      optional(uri.fragment),
    ]),
  );
};

// ---------------------------------------------------------------------------
// Printing

function* printTo(ctx: NativeContext, device: Term | undefined, chars: Term): CallGen {
  if (device === undefined) yield* callOtpGen(ctx, 'io', 'put_chars', [chars]);
  else yield* callOtpGen(ctx, 'io', 'put_chars', [device, chars]);
  return A.nil;
}

const print: HigherOrderNative = ([s], ctx) => printTo(ctx, undefined, s);
const println: HigherOrderNative = ([s], ctx) => printTo(ctx, undefined, arrayToList([s, 10]));
const printError: HigherOrderNative = ([s], ctx) => printTo(ctx, A.standard_error, s);
const printlnError: HigherOrderNative = ([s], ctx) => printTo(ctx, A.standard_error, arrayToList([s, 10]));

// ---------------------------------------------------------------------------
// inspect/1: Gleam syntax for any term, as the iodata the Erlang code builds

const COMMA_SPACE_LIST = charlistFromString(', ');
const COMMA_SPACE_BIN = bin(', ');

function uppercaseByte(c: number): number {
  return c - 32;
}

/** inspect_maybe_gleam_atom/3: the Gleam constructor name of an atom, if it has one. */
function gleamAtomName(bytes: Uint8Array): Uint8Array | undefined {
  if (bytes.length === 0) return undefined;
  const first = bytes[0];
  if (isDigit(first) || first === 0x5f) return undefined;
  const out: number[] = [];
  let prev = -1; // none
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0x5f && i === bytes.length - 1) return undefined;
    if (c === 0x5f && prev === 0x5f) return undefined;
    const allowed = (c > 96 && c < 123) || c === 0x5f || isDigit(c);
    if (!allowed) return undefined;
    if (prev === -1) out.push(uppercaseByte(c));
    else if (c === 0x5f) {
      /* skipped; the next character is uppercased */
    } else if (prev === 0x5f) out.push(uppercaseByte(c));
    else out.push(c);
    prev = c;
  }
  return Uint8Array.from(out);
}

/** inspect_atom/1: {gleam_atom, Name} or {erlang_atom, ["atom.create(\"", Bin, "\")"]}. */
function inspectAtom(a: Atom): { gleam: boolean; text: Term } {
  const name = encoder.encode(a.name);
  const g = gleamAtomName(name);
  if (g !== undefined) return { gleam: true, text: new Bitstring(g) };
  return {
    gleam: false,
    text: arrayToList([charlistFromString('atom.create("'), new Bitstring(name), charlistFromString('")')]),
  };
}

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

/** inspect_maybe_utf8_string/2: a quoted, escaped string, or undefined for non-UTF-8. */
function inspectUtf8String(bytes: Uint8Array): Bitstring | undefined {
  const out: number[] = [0x22];
  let i = 0;
  while (i < bytes.length) {
    const u = utf8At(bytes, i);
    if (u === undefined) return undefined;
    const c = u.cp;
    i += u.len;
    if (c === 0x22) out.push(0x5c, 0x22);
    else if (c === 0x5c) out.push(0x5c, 0x5c);
    else if (c === 0x0d) out.push(0x5c, 0x72);
    else if (c === 0x0a) out.push(0x5c, 0x6e);
    else if (c === 0x09) out.push(0x5c, 0x74);
    else if (c === 0x0c) out.push(0x5c, 0x66);
    else if ((c > 126 && c < 160) || c < 32) out.push(...encoder.encode(`\\u{${hex4(c)}}`));
    else out.push(...utf8Encode(c));
  }
  out.push(0x22);
  return binOfBytes(out);
}

/** inspect_bit_array/1 */
function inspectBitArray(b: Bitstring): Bitstring {
  const segments: string[] = [];
  const whole = b.bitSize >>> 3;
  for (let k = 0; k < whole; k++) segments.push(String(b.bytes[k]));
  const rest = b.bitSize & 7;
  if (rest !== 0) {
    const x = b.bytes[whole] >>> (8 - rest);
    segments.push(`${x}:size(${rest})`);
  }
  return bin('<<' + segments.join(', ') + '>>');
}

function isAsciiCharacter(t: Term): boolean {
  return typeof t === 'number' && t >= 32 && t <= 126;
}

/** inspect/1 */
function inspect(t: Term, ctx: NativeContext): Term {
  if (t === atoms.true) return charlistFromString('True');
  if (t === atoms.false) return charlistFromString('False');
  if (t === A.nil) return charlistFromString('Nil');
  if (t instanceof ErlMap) {
    const entries = callOtp(ctx, 'maps', 'to_list', [t]);
    const fields: Term[] = [];
    for (let l = entries; l instanceof Cons; l = l.tail) {
      const [k, v] = (l.head as Tuple).elements;
      fields.push(arrayToList([bin('#('), inspect(k, ctx), COMMA_SPACE_BIN, inspect(v, ctx), bin(')')]));
    }
    return arrayToList([charlistFromString('dict.from_list(['), join(COMMA_SPACE_LIST, fields), charlistFromString('])')]);
  }
  if (t instanceof Atom) return inspectAtom(t).text;
  if (typeof t === 'number' || typeof t === 'bigint') return charlistFromString(String(t));
  if (t instanceof Float) return charlistFromString(floatToShortString(t.value));
  if (t instanceof Bitstring) {
    if ((t.bitSize & 7) === 0) {
      const bytes = bytesOf(t);
      const s = inspectUtf8String(bytes);
      if (s !== undefined) return s;
      const segments = Array.from(bytes, (x) => charlistFromString(String(x)));
      return arrayToList([charlistFromString('<<'), join(COMMA_SPACE_LIST, segments), charlistFromString('>>')]);
    }
    return inspectBitArray(t);
  }
  if (t instanceof Cons || t === NIL) return inspectList(t, ctx);
  if (t instanceof Tuple) {
    const els = t.elements;
    const tag = els[0];
    if (tag instanceof Atom && tag !== atoms.false && tag !== atoms.true && tag !== A.nil) {
      const args: Term[] = [];
      for (let k = 1; k < els.length; k++) args.push(inspect(els[k], ctx));
      const a = inspectAtom(tag);
      if (a.gleam) return arrayToList([a.text, charlistFromString('('), join(COMMA_SPACE_BIN, args), charlistFromString(')')]);
      return arrayToList([charlistFromString('#('), join(COMMA_SPACE_BIN, [a.text, ...args]), charlistFromString(')')]);
    }
    const items: Term[] = [];
    for (const e of els) items.push(inspect(e, ctx));
    return arrayToList([charlistFromString('#('), join(COMMA_SPACE_LIST, items), charlistFromString(')')]);
  }
  if (t instanceof Fun || t instanceof ExportFun) {
    const names: Term[] = [];
    for (let k = 0; k < t.arity; k++) names.push(binOfBytes([0x61 + k]));
    return arrayToList([charlistFromString('//fn('), join(COMMA_SPACE_BIN, names), charlistFromString(') { ... }')]);
  }
  const printed = callOtp(ctx, 'io_lib', 'format', [charlistFromString('~p'), arrayToList([t])]);
  return arrayToList([charlistFromString('//erl('), printed, charlistFromString(')')]);
}

/** inspect(List): charlist, proper or improper list syntax. */
function inspectList(list: Term, ctx: NativeContext): Term {
  const items: Term[] = [];
  let l = list;
  while (l instanceof Cons) {
    items.push(l.head);
    l = l.tail;
  }
  if (items.length === 0) return arrayToList([charlistFromString('['), NIL, charlistFromString(']')]);
  const improper = l !== NIL;
  if (!improper && items.every(isAsciiCharacter)) {
    return arrayToList([charlistFromString('charlist.from_string("'), binOfBytes(items as number[]), charlistFromString('")')]);
  }
  const flat: Term[] = [];
  for (let k = 0; k < items.length; k++) {
    if (k > 0) flat.push(COMMA_SPACE_BIN);
    flat.push(inspect(items[k], ctx));
  }
  if (improper) {
    flat.push(bin(' | '), inspect(l, ctx));
    return arrayToList([charlistFromString('//erl(['), arrayToList(flat), charlistFromString('])')]);
  }
  return arrayToList([charlistFromString('['), arrayToList(flat), charlistFromString(']')]);
}

const inspectNative: PlainNative = ([t], ctx) => inspect(t, ctx);

const floatToString: PlainNative = ([f]) => {
  if (!(f instanceof Float)) functionClause();
  return bin(floatToShortString(f.value));
};

const utfCodepointListToString: PlainNative = ([list], ctx) => {
  const r = callOtp(ctx, 'unicode', 'characters_to_binary', [list]);
  // The {error, _} pattern never matches the 3-tuples characters_to_binary returns.
  if (r instanceof Tuple && r.elements.length === 2 && r.elements[0] === atoms.error) {
    raiseError(new Tuple([A.gleam_error, new Tuple([A.string_invalid_utf8, list])]));
  }
  return r;
};

const cropString: PlainNative = ([string, prefix], ctx) => {
  const found = callOtp(ctx, 'string', 'find', [string, prefix]);
  return found === Atom.of('nomatch') ? string : found;
};

const containsString: PlainNative = ([string, sub], ctx) =>
  bool(callOtp(ctx, 'string', 'find', [string, sub]) instanceof Bitstring);

const base16Encode: PlainNative = ([b], ctx) => callOtp(ctx, 'binary', 'encode_hex', [padToBytes(b)]);

const base16Decode: PlainNative = ([s], ctx) =>
  tryOr(() => ok(callOtp(ctx, 'binary', 'decode_hex', [s])), ERROR_NIL as Term);

const stringReplace: PlainNative = ([s, pattern, replacement], ctx) =>
  callOtp(ctx, 'string', 'replace', [s, pattern, replacement, A.all]);

const slice: PlainNative = ([s, index, length], ctx) => {
  const x = callOtp(ctx, 'string', 'slice', [s, index, length]);
  if (isBinaryTerm(x)) return x;
  if (x instanceof Cons || x === NIL) return callOtp(ctx, 'unicode', 'characters_to_binary', [x]);
  return caseClause(x);
};

const bitArrayToIntAndSize: PlainNative = ([b]) => {
  const size = bitSizeBif(b);
  return new Tuple([bitsToInteger(b as Bitstring), size]);
};

/** index/2: lists by small position, tuples by position, maps by key. */
const index: PlainNative = ([data, key], ctx) => {
  if (data instanceof Cons && typeof key === 'number' && Number.isInteger(key) && key >= 0 && key <= 7) {
    let l: Term = data;
    for (let k = 0; k < key && l instanceof Cons; k++) l = l.tail;
    if (l instanceof Cons) return ok(some(l.head));
  }
  const isInt = typeof key === 'number' || typeof key === 'bigint';
  if (data instanceof Tuple && isInt) {
    const n = typeof key === 'number' ? key + 1 : 0;
    return ok(n >= 1 && n <= data.elements.length ? some(data.elements[n - 1]) : A.none);
  }
  if (data instanceof ErlMap) {
    return ok(tryOr(() => some(callOtp(ctx, 'maps', 'get', [key, data])), A.none as Term));
  }
  return new Tuple([atoms.error, bin(isInt ? 'Indexable' : 'Dict')]);
};

/** list/5: decode each element with Decode; stop at the first element with errors. */
const listDecode: HigherOrderNative = function* ([input, decode, pushPath, index0, acc0], ctx) {
  let t = input;
  let idx = index0;
  let acc = acc0;
  for (;;) {
    if (t instanceof Tuple) t = arrayToList(t.elements);
    if (t === NIL) return new Tuple([callOtp(ctx, 'lists', 'reverse', [acc]), NIL]);
    if (t instanceof Cons) {
      const r = yield* callFun(decode, [t.head]);
      if (!(r instanceof Tuple) || r.elements.length !== 2) return badmatch(r);
      const [out, errors] = r.elements;
      if (errors === NIL) {
        idx = plusOne(idx);
        acc = new Cons(out, acc);
        t = t.tail;
        continue;
      }
      const path = integerToBinary(idx);
      return yield* callFun(pushPath, [new Tuple([NIL, errors]), path]);
    }
    if (acc === NIL) {
      const found = yield* callFun(new Tuple([A.gleam_dynamic, A.classify]), [t]);
      const error = new Tuple([A.decode_error, bin('List'), found, NIL]);
      return new Tuple([NIL, arrayToList([error])]);
    }
    return new Tuple([callOtp(ctx, 'lists', 'reverse', [acc]), NIL]);
  }
};

function integerToBinary(t: Term): Bitstring {
  if (typeof t !== 'number' && typeof t !== 'bigint') badarg();
  return bin(String(t));
}

const dict: PlainNative = ([d]) => (d instanceof ErlMap ? ok(d) : ERROR_NIL);
const int: PlainNative = ([i]) => (typeof i === 'number' || typeof i === 'bigint' ? ok(i) : new Tuple([atoms.error, 0]));
const float: PlainNative = ([f]) => (f instanceof Float ? ok(f) : new Tuple([atoms.error, new Float(0)]));
const bitArray: PlainNative = ([b]) => (b instanceof Bitstring ? ok(b) : new Tuple([atoms.error, new Bitstring(new Uint8Array(0))]));
const isNull: PlainNative = ([x]) => bool(exactEquals(x, atoms.undefined) || x === A.null || x === A.nil);

const removePrefix: PlainNative = ([string, prefix]) => {
  const size = byteSizeBif(prefix);
  if (!(string instanceof Bitstring) || string.bitSize < size * 8 || (string.bitSize & 7) !== 0) return string;
  const head = new Bitstring(string.bytes.subarray(0, size));
  if (!exactEquals(head, prefix)) return string;
  return new Bitstring(string.bytes.subarray(size, string.byteSize));
};

const removeSuffix: PlainNative = ([string, suffix]) => {
  const stringSize = byteSizeBif(string);
  const suffixSize = byteSizeBif(suffix);
  const offset = stringSize - suffixSize;
  const s = string as Bitstring;
  if (offset < 0 || (s.bitSize & 7) !== 0) return string;
  const tail = new Bitstring(s.bytes.subarray(offset, s.byteSize));
  if (!exactEquals(tail, suffix)) return string;
  return new Bitstring(s.bytes.subarray(0, offset));
};

// ---------------------------------------------------------------------------

const PLAIN: ReadonlyArray<[string, number, PlainNative]> = [
  ['map_get', 2, mapGet],
  ['iodata_append', 2, iodataAppend],
  ['identity', 1, identity],
  ['parse_int', 1, parseInt],
  ['parse_float', 1, parseFloat],
  ['less_than', 2, lessThan],
  ['string_pop_grapheme', 1, popGrapheme],
  ['string_pop_codeunit', 1, popCodeunit],
  ['string_starts_with', 2, startsWith],
  ['wrap_list', 1, wrapList],
  ['string_ends_with', 2, endsWith],
  ['string_pad', 4, stringPad],
  ['uri_parse', 1, uriParse],
  ['bit_array_slice', 3, bitArraySlice],
  ['percent_encode', 1, percentEncode],
  ['percent_decode', 1, percentDecode],
  ['base64_decode', 1, base64DecodeFn],
  ['parse_query', 1, parseQuery],
  ['bit_array_concat', 1, bitArrayConcat],
  ['base64_encode', 2, base64EncodeFn],
  ['tuple_get', 2, tupleGet],
  ['classify_dynamic', 1, classifyDynamic],
  ['float_to_string', 1, floatToString],
  ['int_from_base_string', 2, intFromBaseString],
  ['utf_codepoint_list_to_string', 1, utfCodepointListToString],
  ['contains_string', 2, containsString],
  ['crop_string', 2, cropString],
  ['base16_encode', 1, base16Encode],
  ['base16_decode', 1, base16Decode],
  ['string_replace', 3, stringReplace],
  ['slice', 3, slice],
  ['bit_array_to_int_and_size', 1, bitArrayToIntAndSize],
  ['bit_array_pad_to_bytes', 1, bitArrayPadToBytes],
  ['index', 2, index],
  ['dict', 1, dict],
  ['int', 1, int],
  ['float', 1, float],
  ['bit_array', 1, bitArray],
  ['is_null', 1, isNull],
  ['string_remove_prefix', 2, removePrefix],
  ['string_remove_suffix', 2, removeSuffix],
];

export function register(reg: NativeRegistry): void {
  for (const [name, arity, impl] of PLAIN) reg.plain(M, name, arity, impl);
  reg.plain(M, 'inspect', 1, inspectNative);
  reg.higherOrder(M, 'print', 1, print);
  reg.higherOrder(M, 'println', 1, println);
  reg.higherOrder(M, 'print_error', 1, printError);
  reg.higherOrder(M, 'println_error', 1, printlnError);
  reg.higherOrder(M, 'list', 5, listDecode);
}

/** Exposed for unit tests and for other natives that need the same parsing. */
export const internals = { binaryToInteger, binaryToFloat, base64Decode, uriStringParse, dissectQuery, gleamAtomName };
