// Argument tests shared by natives: the guard tests OTP's Erlang code uses.

import { Fun, ExportFun, Tuple, type Term } from '../../terms/types';

/** is_function(T, Arity) */
export function isFunctionOfArity(t: Term, arity: number): boolean {
  return (t instanceof Fun || t instanceof ExportFun) && t.arity === arity;
}

/** is_function(T) */
export function isFun(t: Term): t is Fun | ExportFun {
  return t instanceof Fun || t instanceof ExportFun;
}

/** An integer >= min that fits a JS number (bigints are never valid indexes). */
export function isSmallIntAtLeast(t: Term, min: number): t is number {
  return typeof t === 'number' && t >= min;
}

/** element(N, T) if T is a tuple with at least N elements, else undefined (a failing guard). */
export function elementOrUndefined(n: number, t: Term): Term | undefined {
  if (t instanceof Tuple && n >= 1 && n <= t.elements.length) return t.elements[n - 1];
  return undefined;
}
