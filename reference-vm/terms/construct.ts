// Small constructors and destructors for terms that every part of the VM needs.

import { Atom } from './atom';
import { Bitstring, Cons, Float, NIL, Tuple, normalizeInteger, type Term } from './types';

const utf8 = new TextEncoder();

/** [a, b, c] */
export function list(...items: Term[]): Term {
  return listFromArray(items);
}

/** A list of the array's elements ending in `tail` ([] unless given). */
export function listFromArray(items: readonly Term[], tail: Term = NIL): Term {
  let result = tail;
  for (let i = items.length - 1; i >= 0; i--) result = new Cons(items[i], result);
  return result;
}

/** The elements of a proper list, or null when it is not one. */
export function listToArray(term: Term): Term[] | null {
  const out: Term[] = [];
  let t = term;
  while (t instanceof Cons) {
    out.push(t.head);
    t = t.tail;
  }
  return t === NIL ? out : null;
}

/** Length of a proper list, or -1 when it is not one. */
export function listLength(term: Term): number {
  let n = 0;
  let t = term;
  while (t instanceof Cons) {
    n++;
    t = t.tail;
  }
  return t === NIL ? n : -1;
}

export function tuple(...elements: Term[]): Tuple {
  return new Tuple(elements);
}

export function atom(name: string): Atom {
  return Atom.of(name);
}

export function float(value: number): Float {
  return new Float(value);
}

/** An integer term in canonical form (safe integers as number, others as bigint). */
export function integer(n: number | bigint): number | bigint {
  if (typeof n === 'number') {
    if (!Number.isSafeInteger(n)) {
      if (!Number.isInteger(n)) throw new RangeError('integer: not an integer');
      return normalizeInteger(BigInt(n));
    }
    return n;
  }
  return normalizeInteger(n);
}

/** A binary from bytes (copied) or from a string (UTF-8 encoded). */
export function binary(content: Uint8Array | string | readonly number[]): Bitstring {
  if (typeof content === 'string') return new Bitstring(utf8.encode(content));
  return new Bitstring(Uint8Array.from(content));
}

/**
 * A bitstring of `bitSize` bits from `bytes` (copied); unused low bits of the
 * last byte are cleared, as the Bitstring representation requires.
 */
export function bitstring(bytes: Uint8Array | readonly number[], bitSize: number): Bitstring {
  const byteLen = (bitSize + 7) >>> 3;
  if (bytes.length < byteLen) throw new RangeError('bitstring: not enough bytes');
  const out = Uint8Array.from(bytes.slice(0, byteLen));
  const rest = bitSize & 7;
  if (rest !== 0) out[byteLen - 1] &= (0xff << (8 - rest)) & 0xff;
  return new Bitstring(out, bitSize);
}

/**
 * The bytes holding the bitstring's bits: exactly its bytes for a binary, and
 * for a bitstring one more byte holding the trailing bits (high bits first,
 * rest zero). A view, not a copy: do not modify it.
 */
export function bitstringToBytes(b: Bitstring): Uint8Array {
  const len = (b.bitSize + 7) >>> 3;
  return b.bytes.length === len ? b.bytes : b.bytes.subarray(0, len);
}

/** Text of a binary decoded as UTF-8 (invalid sequences become U+FFFD). */
export function binaryToString(b: Bitstring): string {
  return new TextDecoder().decode(bitstringToBytes(b));
}
