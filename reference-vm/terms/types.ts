// The term model of the reference VM.
//
// Representation (chosen so the hot paths stay cheap and every kind is explicit):
//   integer      JS `number` when it is a safe integer, otherwise `bigint`
//                (always normalised: a bigint term never holds a safe-integer value)
//   float        Float (boxed, so 1 and 1.0 stay distinct terms)
//   atom         Atom (interned; compare with ===)
//   tuple        Tuple
//   []           NIL (the one Nil instance)
//   [H|T]        Cons
//   bitstring    Bitstring (binaries are bitstrings whose size is a multiple of 8)
//   map          ErlMap
//   fun          Fun (local closure) or ExportFun (fun M:F/A)
//   pid/ref/port Pid, Reference, Port

import { Atom } from './atom';
import type { ErlMap } from './map';

export { Atom };

export type Integer = number | bigint;

export class Float {
  constructor(readonly value: number) {}
}

export class Tuple {
  constructor(public elements: Term[]) {}
  get arity(): number {
    return this.elements.length;
  }
}

export class Nil {
  private constructor() {}
  static readonly instance = new Nil();
}
export const NIL: Nil = Nil.instance;

export class Cons {
  constructor(
    public head: Term,
    public tail: Term,
  ) {}
}

/**
 * A bitstring: `bitSize` bits starting at the first bit of `bytes[0]`.
 * When bitSize is not a multiple of 8, the last byte holds the remaining bits
 * in its most significant positions (the rest are zero).
 * `bytes` may be a subarray view shared with another bitstring (a sub-binary);
 * bitstrings are immutable once built, so sharing is invisible.
 */
export class Bitstring {
  constructor(
    readonly bytes: Uint8Array,
    readonly bitSize: number = bytes.length * 8,
  ) {}
  get isBinary(): boolean {
    return (this.bitSize & 7) === 0;
  }
  get byteSize(): number {
    return this.bitSize >>> 3;
  }
}

export class Pid {
  constructor(
    /** The process number shown as the middle field of <0.N.0>. */
    readonly id: number,
    readonly serial: number = 0,
    readonly node: Atom = Atom.of('nonode@nohost'),
    readonly creation: number = 0,
  ) {}
}

export class Port {
  constructor(
    readonly id: number,
    readonly node: Atom = Atom.of('nonode@nohost'),
    readonly creation: number = 0,
  ) {}
}

export class Reference {
  constructor(
    /** Reference number words, most significant last, as printed #Ref<0.a.b.c> (c, b, a). */
    readonly ids: readonly number[],
    readonly node: Atom = Atom.of('nonode@nohost'),
    readonly creation: number = 0,
  ) {}
}

/** A closure over a lambda of a loaded module (FunT entry). */
export class Fun {
  constructor(
    readonly module: Atom,
    /** Index into the module's FunT chunk. */
    readonly index: number,
    /** Arity as the caller sees it (the lambda's arity minus the free variables). */
    readonly arity: number,
    readonly env: Term[],
    /** Name of the generated function, e.g. '-main/0-fun-0-'. */
    readonly functionName: Atom,
    /** The module's md5 (from the Attr/CInf-independent module checksum) and the lambda's old_uniq. */
    readonly uniq: number,
    readonly moduleMd5: Uint8Array,
    readonly oldIndex: number,
    readonly pid: Pid | null = null,
  ) {}
}

/** fun Module:Function/Arity */
export class ExportFun {
  constructor(
    readonly module: Atom,
    readonly functionName: Atom,
    readonly arity: number,
  ) {}
}

export type Term =
  | number
  | bigint
  | Float
  | Atom
  | Tuple
  | Nil
  | Cons
  | Bitstring
  | ErlMap
  | Fun
  | ExportFun
  | Pid
  | Port
  | Reference;

// ---- type tests (plain functions, used by opcodes and BIFs alike) ----

export function isInteger(t: Term): t is number | bigint {
  return typeof t === 'number' || typeof t === 'bigint';
}
export function isNumber(t: Term): t is number | bigint | Float {
  return typeof t === 'number' || typeof t === 'bigint' || t instanceof Float;
}
export function isAtom(t: Term): t is Atom {
  return t instanceof Atom;
}
export function isList(t: Term): t is Cons | Nil {
  return t instanceof Cons || t === NIL;
}
export function isBinary(t: Term): t is Bitstring {
  return t instanceof Bitstring && (t.bitSize & 7) === 0;
}
export function isFunction(t: Term): t is Fun | ExportFun {
  return t instanceof Fun || t instanceof ExportFun;
}

/** A bigint result brought back to the canonical representation. */
export function normalizeInteger(n: bigint): number | bigint {
  if (n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER)) {
    return Number(n);
  }
  return n;
}

export function toBigInt(n: number | bigint): bigint {
  return typeof n === 'bigint' ? n : BigInt(n);
}
