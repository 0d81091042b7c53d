// unicode:characters_to_binary / characters_to_list.
//
// Two implementations exist in OTP and both are mirrored because their {error, ...}
// and {incomplete, ...} "rest" shapes differ:
//  - the C BIFs (erl_unicode.c) for latin1 / unicode / utf8 input: one pass over the
//    chardata with a stack of pending list tails; a UTF-8 sequence cut between two
//    binaries is carried over ("leftover");
//  - the Erlang fallback (unicode.erl ml_map/3) for UTF-16/UTF-32 input or output and
//    for latin1 output, which walks the list recursively and splits binaries > 8192 bytes.
// The C BIFs yield and resume on long inputs; doing the work in one go only differs in
// the rest term when an error follows such a resumption point (inputs of many kB).

import { Atom, atoms } from '../terms/atom';
import { Bitstring, Cons, NIL, Tuple, type Term } from '../terms/types';
import {
  binOf,
  concatBytes,
  cons,
  decodeUtf8At,
  isBin,
  list,
  tuple,
  utf8Bytes,
} from './terms-util';

export type Encoding = 'latin1' | 'utf8' | 'utf16be' | 'utf16le' | 'utf32be' | 'utf32le';

const A = {
  latin1: Atom.of('latin1'),
  unicode: Atom.of('unicode'),
  utf8: Atom.of('utf8'),
  utf16: Atom.of('utf16'),
  utf32: Atom.of('utf32'),
  big: Atom.of('big'),
  little: Atom.of('little'),
  incomplete: Atom.of('incomplete'),
};

/** An encoding() term, or undefined if it is not one. */
export function parseEncoding(t: Term): Encoding | undefined {
  if (t === A.latin1) return 'latin1';
  if (t === A.unicode || t === A.utf8) return 'utf8';
  if (t === A.utf16) return 'utf16be';
  if (t === A.utf32) return 'utf32be';
  if (t instanceof Tuple && t.elements.length === 2) {
    const [name, endian] = t.elements;
    if (endian !== A.big && endian !== A.little) return undefined;
    const le = endian === A.little;
    if (name === A.utf16) return le ? 'utf16le' : 'utf16be';
    if (name === A.utf32) return le ? 'utf32le' : 'utf32be';
  }
  return undefined;
}

/** Thrown for the Erlang-level failures the API functions turn into badarg. */
class Badarg extends Error {}
const fail = (): never => {
  throw new Badarg();
};

// ---- the C BIF path (latin1 / utf8 input, utf8 output) ----

const SMALL_MIN = -(2n ** 59n);
const SMALL_MAX = 2n ** 59n - 1n;

/** An immediate integer on a 64-bit BEAM. */
function isSmall(t: Term): boolean {
  return typeof t === 'number' || (typeof t === 'bigint' && t >= SMALL_MIN && t <= SMALL_MAX);
}

/** utf8_need: false where the BIF raises badarg before converting anything. */
function inputAcceptable(t: Term): boolean {
  if (t === NIL) return true;
  if (t instanceof Bitstring) return (t.bitSize & 7) === 0;
  if (!(t instanceof Cons)) return false;
  const pending: Term[] = [t];
  while (pending.length > 0) {
    let l = pending.pop()!;
    while (l instanceof Cons) {
      const h = l.head;
      if (isSmall(h) || h === NIL) {
        // counted
      } else if (h instanceof Cons) {
        pending.push(l.tail);
        l = h;
        continue;
      } else if (h instanceof Bitstring) {
        if ((h.bitSize & 7) !== 0) return false;
      } else if (typeof h === 'bigint') {
        return true; // the BIF stops checking here and reports the bignum as an error tuple
      } else {
        return false;
      }
      l = l.tail;
    }
    if (l !== NIL && !(l instanceof Bitstring && (l.bitSize & 7) === 0)) return false;
  }
  return true;
}

interface BuildState {
  latin1: boolean;
  out: number[];
  leftover: number[];
  err: boolean;
}

function utf8SeqLen(b: number): number {
  if ((b & 0x80) === 0) return 1;
  if ((b & 0xe0) === 0xc0) return 2;
  if ((b & 0xf0) === 0xe0) return 3;
  if ((b & 0xf8) === 0xf0) return 4;
  return -1;
}

/**
 * copy_utf8_bin: validate and copy bytes; returns the error offset or -1.
 * With `carry`, a sequence cut by the end of the bytes goes to the leftover buffer.
 */
function copyUtf8(src: Uint8Array, st: BuildState, carry: boolean): number {
  let i = 0;
  const size = src.length;
  if (carry && st.leftover.length > 0) {
    const need = utf8SeqLen(st.leftover[0]);
    const fromSource = need - st.leftover.length;
    if (size < fromSource) {
      for (const b of src) st.leftover.push(b);
      return -1;
    }
    const seq = Uint8Array.from([...st.leftover, ...src.subarray(0, fromSource)]);
    const probe: BuildState = { latin1: false, out: [], leftover: [], err: false };
    if (copyUtf8(seq, probe, false) >= 0) return 0;
    for (const b of probe.out) st.out.push(b);
    st.leftover = [];
    i = fromSource;
  }
  while (i < size) {
    const b = src[i];
    const left = size - i;
    const isCont = (k: number): boolean => (src[i + k] & 0xc0) === 0x80;
    let n: number;
    if ((b & 0x80) === 0) n = 1;
    else if ((b & 0xe0) === 0xc0) {
      if (carry && left < 2) {
        st.leftover = [b];
        return -1;
      }
      if (left < 2 || !isCont(1) || b < 0xc2) return i;
      n = 2;
    } else if ((b & 0xf0) === 0xe0) {
      if (carry && left < 3) {
        st.leftover = Array.from(src.subarray(i));
        return -1;
      }
      if (left < 3 || !isCont(1) || !isCont(2) || (b === 0xe0 && src[i + 1] < 0xa0)) return i;
      if ((b & 0x0f) === 0x0d && (src[i + 1] & 0x20) !== 0) return i;
      n = 3;
    } else if ((b & 0xf8) === 0xf0) {
      if (carry && left < 4) {
        st.leftover = Array.from(src.subarray(i));
        return -1;
      }
      if (left < 4 || !isCont(1) || !isCont(2) || !isCont(3) || (b === 0xf0 && src[i + 1] < 0x90)) return i;
      if ((b & 0x07) > 4 || ((b & 0x07) === 4 && (src[i + 1] & 0x3f) > 0x0f)) return i;
      n = 4;
    } else return i;
    for (let k = 0; k < n; k++) st.out.push(src[i + k]);
    i += n;
  }
  return -1;
}

/** do_build_utf8 on a binary: NIL when consumed, else the rest at the error. */
function buildBinary(b: Bitstring, st: BuildState): Term {
  if ((b.bitSize & 7) !== 0) {
    st.err = true;
    return b;
  }
  const bytes = b.bytes.subarray(0, b.byteSize);
  if (st.latin1) {
    for (const x of bytes) for (const y of utf8Bytes(x)) st.out.push(y);
    return NIL;
  }
  const errAt = copyUtf8(bytes, st, true);
  if (errAt < 0) return NIL;
  st.err = true;
  return binOf(bytes.subarray(errAt));
}

function encodeSmall(x: Term, st: BuildState): boolean {
  if (typeof x !== 'number') return false;
  if (x < 0 || x >= 0x110000 || (x >= 0xd800 && x <= 0xdfff)) return false;
  if (st.latin1 && x > 255) return false;
  for (const y of utf8Bytes(x)) st.out.push(y);
  return true;
}

/** do_build_utf8: returns the rest term (NIL when everything was converted). */
function buildUtf8(io: Term, st: BuildState): Term {
  if (io === NIL) return NIL;
  if (io instanceof Bitstring) return buildBinary(io, st);
  if (!(io instanceof Cons)) {
    st.err = true;
    return io;
  }
  const pending: Term[] = [io];
  let cur: Term = NIL;
  outer: while (pending.length > 0) {
    cur = pending.pop()!;
    while (cur instanceof Cons) {
      const h: Term = cur.head;
      if (isSmall(h)) {
        if (st.leftover.length > 0 || !encodeSmall(h, st)) {
          st.err = true;
          break outer;
        }
      } else if (h === NIL) {
        // skip
      } else if (h instanceof Cons) {
        pending.push(cur.tail);
        cur = h;
        continue;
      } else if (h instanceof Bitstring) {
        const rest = buildBinary(h, st);
        if (st.err) {
          cur = cons(rest, cur.tail);
          break outer;
        }
      } else {
        st.err = true;
        break outer;
      }
      cur = cur.tail;
    }
    if (cur !== NIL) {
      if (cur instanceof Bitstring) {
        cur = buildBinary(cur, st);
        if (st.err) break outer;
      } else {
        st.err = true;
        break outer;
      }
    }
  }
  // Wrap the rest in the list tails still pending, innermost first.
  while (pending.length > 0) cur = cons(cur, pending.pop()!);
  return cur;
}

/** check_leftovers: true when the carried bytes could still become a character. */
function leftoverIsIncomplete(b: number[]): boolean {
  const cont = (k: number): boolean => (b[k] & 0xc0) === 0x80;
  const n = b.length;
  if ((b[0] & 0xe0) === 0xc0) return true;
  if ((b[0] & 0xf0) === 0xe0) return n < 2 || (n < 3 && cont(1));
  if ((b[0] & 0xf8) === 0xf0) return n < 2 || (n < 3 && cont(1)) || (n < 4 && cont(1) && cont(2));
  return false;
}

type Outcome = { tag: 'ok'; bytes: Uint8Array } | { tag: 'error' | 'incomplete'; bytes: Uint8Array; rest: Term };

function runBuild(subject: Term, latin1: boolean): Outcome {
  const st: BuildState = { latin1, out: [], leftover: [], err: false };
  const rest = buildUtf8(subject, st);
  const bytes = Uint8Array.from(st.out);
  if (st.err) {
    const r = st.leftover.length > 0 ? list([binOf(Uint8Array.from(st.leftover)), rest]) : rest;
    return { tag: 'error', bytes, rest: r };
  }
  if (st.leftover.length > 0) {
    const lb = binOf(Uint8Array.from(st.leftover));
    return { tag: leftoverIsIncomplete(st.leftover) ? 'incomplete' : 'error', bytes, rest: lb };
  }
  return { tag: 'ok', bytes };
}

function isValidUtf8(b: Bitstring): boolean {
  let i = 0;
  while (i < b.byteSize) {
    const d = decodeUtf8At(b.bytes, i, b.byteSize);
    if (d === undefined) return false;
    i += d[1];
  }
  return true;
}

/** The BIF unicode:characters_to_binary/2 for latin1 / unicode / utf8 input. Throws Badarg. */
function cToBinaryC(data: Term, latin1: boolean): Term {
  const subject = data instanceof Cons && data.tail === NIL && data.head instanceof Bitstring ? data.head : data;
  if (!inputAcceptable(subject)) return fail();
  if (subject instanceof Bitstring && (subject.bitSize & 7) === 0) {
    let all7bit = true;
    for (let i = 0; i < subject.byteSize; i++) if (subject.bytes[i] >= 0x80) all7bit = false;
    if (all7bit || (!latin1 && isValidUtf8(subject))) return subject;
  }
  const r = runBuild(subject, latin1);
  if (r.tag === 'ok') return binOf(r.bytes);
  return tuple(r.tag === 'error' ? atoms.error : A.incomplete, binOf(r.bytes), r.rest);
}

function utf8ToCps(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const d = decodeUtf8At(bytes, i)!;
    out.push(d[0]);
    i += d[1];
  }
  return out;
}

/** The BIF unicode:characters_to_list/2 for latin1 / unicode / utf8 input. Throws Badarg. */
function cToListC(data: Term, latin1: boolean): Term {
  if (data instanceof Bitstring && !latin1) {
    if ((data.bitSize & 7) !== 0) return fail();
    // Analyse the binary: valid prefix, then error or truncated sequence.
    const bytes = data.bytes.subarray(0, data.byteSize);
    const cps: number[] = [];
    let i = 0;
    while (i < bytes.length) {
      const d = decodeUtf8At(bytes, i);
      if (d === undefined) break;
      cps.push(d[0]);
      i += d[1];
    }
    if (i === bytes.length) return list(cps);
    const rest = Array.from(bytes.subarray(i));
    const need = utf8SeqLen(rest[0]);
    const truncated = need > 1 && rest.length < need;
    const tag = truncated && leftoverIsIncomplete(rest) ? A.incomplete : atoms.error;
    return tuple(tag, list(cps), binOf(bytes.subarray(i)));
  }
  if (!inputAcceptable(data)) return fail();
  const r = runBuild(data, latin1);
  const cps = list(utf8ToCps(r.bytes));
  if (r.tag === 'ok') return cps;
  return tuple(r.tag === 'error' ? atoms.error : A.incomplete, cps, r.rest);
}

// ---- the Erlang path (unicode.erl characters_to_binary_int/3 and ml_map/3) ----

type Decoded = { ok: number[] } | { error: number[]; rest: Bitstring } | { incomplete: number[]; rest: Bitstring; missing: number };

/** Decode one code point of `enc` at i: [cp, length] or undefined. */
function decodeAt(enc: Encoding, b: Uint8Array, i: number): [number, number] | undefined {
  const n = b.length - i;
  switch (enc) {
    case 'latin1':
      return n >= 1 ? [b[i], 1] : undefined;
    case 'utf8':
      return decodeUtf8At(b, i);
    case 'utf16be':
    case 'utf16le': {
      if (n < 2) return undefined;
      const u16 = (k: number): number => (enc === 'utf16be' ? (b[k] << 8) | b[k + 1] : b[k] | (b[k + 1] << 8));
      const w1 = u16(i);
      if (w1 < 0xd800 || w1 > 0xdfff) return [w1, 2];
      if (w1 > 0xdbff || n < 4) return undefined;
      const w2 = u16(i + 2);
      if (w2 < 0xdc00 || w2 > 0xdfff) return undefined;
      return [0x10000 + ((w1 - 0xd800) << 10) + (w2 - 0xdc00), 4];
    }
    case 'utf32be':
    case 'utf32le': {
      if (n < 4) return undefined;
      const v =
        enc === 'utf32be'
          ? (b[i] * 0x1000000 + (b[i + 1] << 16) + (b[i + 2] << 8) + b[i + 3])
          : (b[i + 3] * 0x1000000 + (b[i + 2] << 16) + (b[i + 1] << 8) + b[i]);
      if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return undefined;
      return [v, 4];
    }
  }
}

/** cbv/2: how many bytes are missing to complete the tail, or false. */
function missingBytes(enc: Encoding, r: Uint8Array): number | false {
  const n = r.length;
  const cont = (k: number): boolean => (r[k] & 0xc0) === 0x80;
  switch (enc) {
    case 'latin1':
      return false;
    case 'utf8': {
      const b = r[0];
      if ((b & 0xe0) === 0xc0) return n === 1 ? 1 : false;
      if ((b & 0xf0) === 0xe0) return n === 1 ? 2 : n === 2 && cont(1) ? 1 : false;
      if ((b & 0xf8) === 0xf0) return n === 1 ? 3 : n === 2 && cont(1) ? 2 : n === 3 && cont(1) && cont(2) ? 1 : false;
      return false;
    }
    case 'utf16be': {
      const hi = (x: number): boolean => x >> 2 === 0x36; // 110110xx
      if (n === 1) return r[0] <= 215 || r[0] >= 224 ? 1 : hi(r[0]) ? 3 : false;
      if (n === 2) return hi(r[0]) ? 2 : false;
      if (n === 3) return hi(r[0]) && r[2] >> 2 === 0x37 ? 1 : false;
      return false;
    }
    case 'utf16le': {
      if (n === 1) return 1;
      if (n === 2) return r[1] >> 2 === 0x36 ? 2 : false;
      if (n === 3) return r[1] >> 2 === 0x36 ? 1 : false;
      return false;
    }
    case 'utf32be': {
      if (n === 1) return r[0] === 0 ? 3 : false;
      if (n === 2) return r[0] === 0 && r[1] <= 16 ? 2 : false;
      if (n === 3) return r[0] === 0 && r[1] <= 16 && (r[1] > 0 || r[2] <= 215 || r[2] >= 224) ? 1 : false;
      return false;
    }
    case 'utf32le': {
      if (n === 1) return 3;
      if (n === 2) return 2;
      if (n === 3) {
        if (r[1] === 255 && r[2] === 0 && (r[0] === 254 || r[0] === 255)) return false;
        return r[2] <= 16 && (r[2] > 0 || r[1] <= 215 || r[1] >= 224) ? 1 : false;
      }
      return false;
    }
  }
}

/** i_trans / i_trans_chk: decode a whole binary part. `max` is 255 for the _chk variants. */
function inTrans(enc: Encoding, b: Bitstring, max: number): Decoded {
  const bytes = b.bytes.subarray(0, b.byteSize);
  const cps: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const d = decodeAt(enc, bytes, i);
    if (d === undefined) break;
    if (d[0] > max) return { error: cps, rest: binOf(bytes.subarray(i)) };
    cps.push(d[0]);
    i += d[1];
  }
  if (i === bytes.length) return { ok: cps };
  const rest = binOf(bytes.subarray(i));
  const missing = missingBytes(enc, bytes.subarray(i));
  if (missing === false) return { error: cps, rest };
  // unicode.erl's latin1-checking UTF-32 decoders have no clause for an incomplete
  // tail after a decoded character (a case_clause, reported as badarg).
  if (max === 255 && (enc === 'utf32be' || enc === 'utf32le') && cps.length > 0) return fail();
  return { incomplete: cps, rest, missing };
}

/** o_trans: encode code points; undefined where <<CP/utfN>> (or list_to_binary) would fail. */
function encodeCp(enc: Encoding, cp: number): number[] | undefined {
  if (enc === 'latin1') return cp >= 0 && cp <= 255 ? [cp] : undefined;
  if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  switch (enc) {
    case 'utf8':
      return utf8Bytes(cp);
    case 'utf16be':
    case 'utf16le': {
      const units = cp < 0x10000 ? [cp] : [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)];
      const out: number[] = [];
      for (const u of units) out.push(...(enc === 'utf16be' ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8]));
      return out;
    }
    case 'utf32be':
      return [cp >>> 24, (cp >> 16) & 0xff, (cp >> 8) & 0xff, cp & 0xff];
    case 'utf32le':
      return [cp & 0xff, (cp >> 8) & 0xff, (cp >> 16) & 0xff, cp >>> 24];
  }
}

function outTrans(enc: Encoding, cps: number[]): Uint8Array {
  const out: number[] = [];
  for (const c of cps) {
    const e = encodeCp(enc, c);
    if (e === undefined) return fail();
    out.push(...e);
  }
  return Uint8Array.from(out);
}

// ml_map's accumulator: converted bytes, possibly with a pending incomplete tail.
interface Acc {
  bytes: Uint8Array;
  pending?: { incomplete: Uint8Array; missing: number };
}
type MlResult =
  | { tag: 'ok'; bytes: Uint8Array }
  | { tag: 'error'; bytes: Uint8Array; rest: Term }
  | { tag: 'incomplete'; bytes: Uint8Array; rest: Uint8Array; missing: number };

interface Conv {
  inEnc: Encoding;
  outEnc: Encoding;
  limit: number;
  inMax: number;
}

type PartResult = { tag: 'ok'; bytes: Uint8Array } | { tag: 'error'; bytes: Uint8Array; rest: Term } | { tag: 'incomplete'; bytes: Uint8Array; rest: Uint8Array; missing: number };

function convertPart(c: Conv, part: Term, accBytes: Uint8Array): PartResult {
  if (typeof part === 'number' || typeof part === 'bigint') {
    if (typeof part === 'number' && part <= c.limit) {
      if (c.outEnc === 'latin1') {
        if (part < 0) return fail(); // list_to_binary([Neg]) raises
        return { tag: 'ok', bytes: concatBytes([accBytes, Uint8Array.of(part)]) };
      }
      const e = encodeCp(c.outEnc, part);
      if (e === undefined) return { tag: 'error', bytes: accBytes, rest: list([part]) };
      return { tag: 'ok', bytes: concatBytes([accBytes, Uint8Array.from(e)]) };
    }
    if (typeof part === 'bigint' && part < 0n && c.outEnc === 'latin1') return fail();
    return { tag: 'error', bytes: accBytes, rest: list([part]) };
  }
  const b = part as Bitstring;
  const d = inTrans(c.inEnc, b, c.inMax);
  if ('ok' in d) return { tag: 'ok', bytes: concatBytes([accBytes, outTrans(c.outEnc, d.ok)]) };
  if ('error' in d) return { tag: 'error', bytes: concatBytes([accBytes, outTrans(c.outEnc, d.error)]), rest: d.rest };
  return {
    tag: 'incomplete',
    bytes: concatBytes([accBytes, outTrans(c.outEnc, d.incomplete)]),
    rest: d.rest.bytes.subarray(0, d.rest.byteSize),
    missing: d.missing,
  };
}

const CHUNK = 8192;

function isBinaryTerm(t: Term): t is Bitstring {
  return t instanceof Bitstring && (t.bitSize & 7) === 0;
}

function mlMap(c: Conv, t: Term, acc: Acc): MlResult | Acc {
  for (;;) {
    if (t === NIL) {
      if (acc.pending) return { tag: 'incomplete', bytes: acc.bytes, rest: acc.pending.incomplete, missing: acc.pending.missing };
      return acc;
    }
    if (t instanceof Cons) {
      const part = t.head;
      const tail = t.tail;
      if (typeof part === 'number' || typeof part === 'bigint') {
        if (acc.pending) return { tag: 'error', bytes: acc.bytes, rest: cons(binOf(acc.pending.incomplete), t) };
        const r = convertPart(c, part, acc.bytes);
        if (r.tag === 'ok') {
          acc = { bytes: r.bytes };
          t = tail;
          continue;
        }
        return { tag: 'error', bytes: r.bytes, rest: cons((r as { rest: Term }).rest, tail) };
      }
      if (isBinaryTerm(part)) {
        const bytes = part.bytes.subarray(0, part.byteSize);
        if (acc.pending) {
          const { incomplete, missing } = acc.pending;
          if (bytes.length >= missing) {
            const newPart = binOf(concatBytes([incomplete, bytes.subarray(0, missing)]));
            t = list([newPart, binOf(bytes.subarray(missing))], tail);
            acc = { bytes: acc.bytes };
            continue;
          }
          acc = { bytes: acc.bytes, pending: { incomplete: concatBytes([incomplete, bytes]), missing: missing - bytes.length } };
          t = tail;
          continue;
        }
        if (bytes.length > CHUNK) {
          t = list([binOf(bytes.subarray(0, CHUNK)), binOf(bytes.subarray(CHUNK))], tail);
          continue;
        }
        const r = convertPart(c, part, acc.bytes);
        if (r.tag === 'ok') {
          acc = { bytes: r.bytes };
          t = tail;
          continue;
        }
        if (r.tag === 'incomplete') {
          acc = { bytes: r.bytes, pending: { incomplete: r.rest, missing: r.missing } };
          t = tail;
          continue;
        }
        return { tag: 'error', bytes: r.bytes, rest: cons(r.rest, tail) };
      }
      if (part instanceof Cons || part === NIL) {
        const r = mlMap(c, part, acc);
        if (!('tag' in r)) {
          acc = r;
          t = tail;
          continue;
        }
        if (r.tag === 'error') return { tag: 'error', bytes: r.bytes, rest: cons(r.rest, tail) };
        if (r.tag === 'incomplete') {
          acc = { bytes: r.bytes, pending: { incomplete: r.rest, missing: r.missing } };
          t = tail;
          continue;
        }
        acc = { bytes: r.bytes };
        t = tail;
        continue;
      }
      return fail();
    }
    if (isBinaryTerm(t)) {
      const bytes = t.bytes.subarray(0, t.byteSize);
      if (acc.pending) {
        const { incomplete, missing } = acc.pending;
        if (bytes.length >= missing) {
          t = list([binOf(incomplete), t]);
          acc = { bytes: acc.bytes };
          continue;
        }
        return { tag: 'incomplete', bytes: acc.bytes, rest: concatBytes([incomplete, bytes]), missing: missing - bytes.length };
      }
      if (bytes.length > CHUNK) {
        t = list([binOf(bytes.subarray(0, CHUNK)), binOf(bytes.subarray(CHUNK))]);
        continue;
      }
      const r = convertPart(c, t, acc.bytes);
      if (r.tag === 'ok') return { tag: 'ok', bytes: r.bytes };
      return r;
    }
    return fail();
  }
}

/** characters_to_binary_int/3 (unicode.erl). Throws Badarg. */
function cToBinaryErl(data: Term, inEnc: Encoding, outEnc: Encoding): Term {
  const viaBif =
    (inEnc === 'latin1' || inEnc === 'utf8') && outEnc === 'utf8';
  if (viaBif) return cToBinaryC(data, inEnc === 'latin1');
  const conv: Conv = {
    inEnc,
    outEnc,
    limit: outEnc === 'latin1' ? 255 : inEnc === 'latin1' ? 255 : 0x10ffff,
    inMax: outEnc === 'latin1' ? 255 : 0x10ffff,
  };
  const r = mlMap(conv, data, { bytes: new Uint8Array(0) });
  if (!('tag' in r)) return binOf(r.bytes);
  if (r.tag === 'ok') return binOf(r.bytes);
  if (r.tag === 'incomplete') return tuple(A.incomplete, binOf(r.bytes), binOf(r.rest));
  return tuple(atoms.error, binOf(r.bytes), r.rest);
}

// ---- API (raise badarg as OTP does) ----

function guarded<T>(f: () => T, onBadarg: () => never): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof Badarg) return onBadarg();
    throw e;
  }
}

/** unicode:characters_to_binary(Data, InEncoding) — the BIF, including its Erlang fallback. */
export function charactersToBinary(data: Term, inEnc: Term, badarg: () => never): Term {
  const enc = parseEncoding(inEnc);
  if (enc === undefined) return badarg();
  return guarded(() => (enc === 'latin1' || enc === 'utf8' ? cToBinaryC(data, enc === 'latin1') : cToBinaryErl(data, enc, 'utf8')), badarg);
}

/** unicode:characters_to_binary(Data, InEncoding, OutEncoding) */
export function charactersToBinary3(data: Term, inEnc: Term, outEnc: Term, badarg: () => never): Term {
  const i = parseEncoding(inEnc);
  const o = parseEncoding(outEnc);
  // no_conversion_needed/3
  if (inEnc === A.latin1 && outEnc === A.latin1 && isBinaryTerm(data)) return data;
  const sevenBitPair =
    (inEnc === A.latin1 && (outEnc === A.utf8 || outEnc === A.unicode)) ||
    ((inEnc === A.utf8 || inEnc === A.unicode) && outEnc === A.latin1);
  if (sevenBitPair && isBinaryTerm(data) && data.bytes.subarray(0, data.byteSize).every((x) => x < 0x80)) return data;
  if (i === undefined || o === undefined) return badarg();
  return guarded(() => cToBinaryErl(data, i, o), badarg);
}

/** unicode:characters_to_list(Data, InEncoding) — the BIF, including its Erlang fallback. */
export function charactersToList(data: Term, inEnc: Term, badarg: () => never): Term {
  const enc = parseEncoding(inEnc);
  if (enc === undefined) return badarg();
  return guarded(() => {
    if (enc === 'latin1' || enc === 'utf8') return cToListC(data, enc === 'latin1');
    const r = cToBinaryErl(data, enc, 'utf8');
    if (r instanceof Bitstring) return cToListC(r, false);
    const t = r as Tuple;
    return tuple(t.elements[0], cToListC(t.elements[1], false), t.elements[2]);
  }, badarg);
}

/** unicode:bin_is_7bit/1 */
export function binIs7bit(t: Term): boolean {
  if (!isBin(t)) return false;
  for (let i = 0; i < t.byteSize; i++) if (t.bytes[i] >= 0x80) return false;
  return true;
}
