// Small term helpers private to the text modules (string, unicode, binary).
// They mirror the Erlang primitives the OTP library code is written with
// (++, lists:reverse, =:=, binary slicing) so the ports can follow the original shapes.

import { atoms } from '../terms/atom';
import { exactEquals } from '../terms/compare';
import { listFromArray, listLength as properListLength, listToArray, tuple } from '../terms/construct';
import { raiseError } from '../bifs/exception';
import { Atom, Bitstring, Cons, NIL, Nil, Tuple, type Term } from '../terms/types';

export const EMPTY_BIN = new Bitstring(new Uint8Array(0));

export function cons(head: Term, tail: Term): Cons {
  return new Cons(head, tail);
}

/** A proper list of the items, or an improper one ending in `tail`. */
export const list = listFromArray;
export { tuple };

export function isNil(t: Term): t is Nil {
  return t === NIL;
}

export function isBin(t: Term): t is Bitstring {
  return t instanceof Bitstring && (t.bitSize & 7) === 0;
}

export function isEmptyBin(t: Term): boolean {
  return t instanceof Bitstring && t.bitSize === 0;
}

export function binOf(bytes: Uint8Array): Bitstring {
  return bytes.length === 0 ? EMPTY_BIN : new Bitstring(bytes);
}

/** <<_:Skip/binary, Rest/binary>> */
export function binFrom(b: Bitstring, skip: number): Bitstring {
  return new Bitstring(b.bytes.subarray(skip, b.byteSize));
}

/** <<Keep:Len/binary, _/binary>> */
export function binTake(b: Bitstring, len: number): Bitstring {
  return new Bitstring(b.bytes.subarray(0, len));
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function isInt(t: Term): t is number | bigint {
  return typeof t === 'number' || typeof t === 'bigint';
}

/** ?IS_CP: an integer in 0..16#10FFFF (surrogates included, as in unicode_util). */
export function isCP(t: Term): t is number {
  return typeof t === 'number' && t >= 0 && t < 0x110000;
}

// ---- errors ----

export function functionClause(): never {
  return raiseError(atoms.function_clause);
}
export function badmatch(value: Term): never {
  return raiseError(tuple(atoms.badmatch, value));
}
/** error({badarg, Term}) as raised by string/unicode_util. */
export function badargWith(value: Term): never {
  return raiseError(tuple(atoms.badarg, value));
}
export function badargError(): never {
  return raiseError(atoms.badarg);
}

// ---- lists ----

/** The elements of a proper list, or undefined for an improper one. */
export function properListToArray(t: Term): Term[] | undefined {
  return listToArray(t) ?? undefined;
}

/** lists:reverse(List, Tail); badarg on an improper list. */
export function reverseOnto(l: Term, tail: Term): Term {
  let out = tail;
  while (l instanceof Cons) {
    out = new Cons(l.head, out);
    l = l.tail;
  }
  if (l !== NIL) badargError();
  return out;
}

export function reverse(l: Term): Term {
  return reverseOnto(l, NIL);
}

/** A ++ B: A must be a proper list. */
export function append(a: Term, b: Term): Term {
  if (a === NIL) return b;
  const items = properListToArray(a);
  if (items === undefined) return badargError();
  return list(items, b);
}

/** lists:member/2 (a BIF: badarg when the list turns out improper). */
export function member(x: Term, l: Term): boolean {
  while (l instanceof Cons) {
    if (exactEq(x, l.head)) return true;
    l = l.tail;
  }
  if (l !== NIL) badargError();
  return false;
}

export function duplicate(n: number, x: Term): Term {
  let out: Term = NIL;
  for (let i = 0; i < n; i++) out = new Cons(x, out);
  return out;
}

export function listLength(l: Term): number | undefined {
  const n = properListLength(l);
  return n < 0 ? undefined : n;
}

// ---- exact equality (=:=) ----

export const exactEq = exactEquals;

// ---- UTF-8 ----

/**
 * Decode one code point at `i` the way a <<C/utf8>> match does (shortest form only,
 * no surrogates, at most 16#10FFFF). Returns [cp, byteLength] or undefined.
 */
export function decodeUtf8At(bytes: Uint8Array, i: number, end: number = bytes.length): [number, number] | undefined {
  if (i >= end) return undefined;
  const b0 = bytes[i];
  if (b0 < 0x80) return [b0, 1];
  if (b0 < 0xc2) return undefined;
  const cont = (k: number): number => {
    if (i + k >= end) return -1;
    const b = bytes[i + k];
    return (b & 0xc0) === 0x80 ? b & 0x3f : -1;
  };
  if (b0 < 0xe0) {
    const c1 = cont(1);
    return c1 < 0 ? undefined : [((b0 & 0x1f) << 6) | c1, 2];
  }
  if (b0 < 0xf0) {
    const c1 = cont(1);
    const c2 = cont(2);
    if (c1 < 0 || c2 < 0) return undefined;
    const cp = ((b0 & 0x0f) << 12) | (c1 << 6) | c2;
    if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    return [cp, 3];
  }
  if (b0 < 0xf5) {
    const c1 = cont(1);
    const c2 = cont(2);
    const c3 = cont(3);
    if (c1 < 0 || c2 < 0 || c3 < 0) return undefined;
    const cp = ((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
    if (cp < 0x10000 || cp > 0x10ffff) return undefined;
    return [cp, 4];
  }
  return undefined;
}

/** <<CP/utf8>>; the caller guarantees a valid scalar value. */
export function utf8Bytes(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}

/** Whether <<CP/utf8>> can be built (an integer scalar value). */
export function isUtf8Encodable(t: Term): t is number {
  return typeof t === 'number' && t >= 0 && t <= 0x10ffff && !(t >= 0xd800 && t <= 0xdfff);
}

export function utf8Encode(cps: readonly number[]): Uint8Array {
  const out: number[] = [];
  for (const cp of cps) {
    if (!isUtf8Encodable(cp)) badargError();
    for (const b of utf8Bytes(cp)) out.push(b);
  }
  return Uint8Array.from(out);
}

/** A JS string (UTF-16) to code points. */
export function stringToCps(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

export function cpsToString(cps: readonly number[]): string {
  let s = '';
  for (const cp of cps) s += String.fromCodePoint(cp);
  return s;
}

/** An Erlang string (list of code points) from a JS string. */
export function charlist(s: string): Term {
  return list(stringToCps(s));
}

/** A UTF-8 binary from a JS string. */
export function utf8Bin(s: string): Bitstring {
  return binOf(new Uint8Array(Buffer.from(s, 'utf8')));
}

/** A flat code-point array from a list of small integers, or undefined. */
export function intListToArray(t: Term): number[] | undefined {
  const out: number[] = [];
  while (t instanceof Cons) {
    if (typeof t.head !== 'number') return undefined;
    out.push(t.head);
    t = t.tail;
  }
  return t === NIL ? out : undefined;
}
