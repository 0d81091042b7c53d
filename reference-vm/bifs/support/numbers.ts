// Erlang arithmetic on number terms, for natives that do arithmetic in OTP's Erlang
// code (lists:sum/1, lists:seq/3, ...). Integers stay exact (bigint past 2^53);
// a float result that is not finite raises badarith, as the BEAM does.

import { Float, normalizeInteger, toBigInt, type Term } from '../../terms/types';
import { badarith } from '../exception';

export type IntegerTerm = number | bigint;

export function isIntegerTerm(t: Term): t is IntegerTerm {
  return typeof t === 'number' || typeof t === 'bigint';
}

/** The float value of a number term; badarith if it does not fit a double. */
export function toDouble(t: IntegerTerm | Float): number {
  const v = t instanceof Float ? t.value : Number(t);
  if (!Number.isFinite(v)) badarith();
  return v;
}

function checkedFloat(v: number): Float {
  if (!Number.isFinite(v)) badarith();
  return new Float(v);
}

function isNumberTerm(t: Term): t is IntegerTerm | Float {
  return typeof t === 'number' || typeof t === 'bigint' || t instanceof Float;
}

/** Integer sum, exact. */
export function intAdd(a: IntegerTerm, b: IntegerTerm): IntegerTerm {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normalizeInteger(toBigInt(a) + toBigInt(b));
}

export function intSub(a: IntegerTerm, b: IntegerTerm): IntegerTerm {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normalizeInteger(toBigInt(a) - toBigInt(b));
}

export function intMul(a: IntegerTerm, b: IntegerTerm): IntegerTerm {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normalizeInteger(toBigInt(a) * toBigInt(b));
}

/** Erlang `div`: truncating integer division (b must not be 0). */
export function intDiv(a: IntegerTerm, b: IntegerTerm): IntegerTerm {
  if (typeof a === 'number' && typeof b === 'number') return (a - (a % b)) / b + 0; // exact: the remainder is removed first
  return normalizeInteger(toBigInt(a) / toBigInt(b));
}

/** Sign of a - b for integers. */
export function intCompare(a: IntegerTerm, b: IntegerTerm): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const x = toBigInt(a);
  const y = toBigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Erlang `A + B` on arbitrary terms (badarith unless both are numbers). */
export function add(a: Term, b: Term): Term {
  if (!isNumberTerm(a) || !isNumberTerm(b)) badarith();
  if (a instanceof Float || b instanceof Float) return checkedFloat(toDouble(a) + toDouble(b));
  return intAdd(a, b);
}
