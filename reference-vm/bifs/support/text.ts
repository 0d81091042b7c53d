// Erlang strings (lists of code points) from JS text, and the float text OTP produces.

import { Cons, NIL, type Term } from '../../terms/types';

/** A JS string as an Erlang charlist (one element per Unicode code point). */
export function charlistFromString(s: string): Term {
  const cps = Array.from(s, (c) => c.codePointAt(0) as number);
  let list: Term = NIL;
  for (let k = cps.length - 1; k >= 0; k--) list = new Cons(cps[k], list);
  return list;
}

/**
 * float_to_list/1 (and float_to_binary/1): C's "%.20e", i.e. 21 significant digits and
 * an exponent of at least two digits, e.g. 1.50000000000000000000e+00.
 * toExponential(20) rounds exactly like printf; only the exponent and -0.0 need fixing.
 */
export function floatToListText(v: number): string {
  const text = v.toExponential(20);
  const e = text.indexOf('e');
  const mantissa = text.slice(0, e);
  const sign = text[e + 1];
  const digits = text.slice(e + 2).padStart(2, '0');
  const negativeZero = Object.is(v, -0) ? '-' : '';
  return `${negativeZero}${mantissa}e${sign}${digits}`;
}
