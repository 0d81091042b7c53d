// The `math` module. Every function except pi/0 and tau/0 is a BIF in OTP 26.
//
// Arguments are converted to doubles: anything but a number is badarg, and so is an
// integer too large for a double. A result that is not finite (NaN or +-infinity, e.g.
// math:log(0), math:sqrt(-1), math:acos(2), math:pow(10, 400)) is badarith.
//
// OTP calls the C library, glibc on Linux, so the results are glibc's (2.36, x86-64,
// which picks its FMA variants on CPUs that have FMA): exp, log, log2, log10, pow and the
// hyperbolic functions are glibc's algorithms ported bit for bit (support/libm/), and so
// are erf/erfc (support/erf.ts), and sin and cos. sqrt, floor, ceil and fmod are exact in
// both. tan, asin, acos, atan and atan2 are correctly rounded, which glibc's IBM-derived
// code is too except for 0.05-0.2 % of arguments (support/libm/README.md).

import { Float, type Term } from '../terms/types';
import { badarg, badarith } from './exception';
import type { NativeRegistry } from './registry';
import type { PlainNative } from './types';
import { erf, erfc } from './support/erf';
import {
  acos,
  acosh,
  asin,
  asinh,
  atan,
  atan2,
  atanh,
  cos,
  cosh,
  exp,
  log,
  log10,
  log2,
  pow,
  sin,
  sinh,
  tan,
  tanh,
} from './support/libm/index';

/** A number argument as a double (badarg for non-numbers and out-of-range bignums). */
function arg(t: Term): number {
  if (typeof t === 'number') return t;
  if (t instanceof Float) return t.value;
  if (typeof t === 'bigint') {
    const v = Number(t);
    if (!Number.isFinite(v)) badarg();
    return v;
  }
  return badarg();
}

function result(v: number): Float {
  if (!Number.isFinite(v)) badarith();
  return new Float(v);
}

// ---------------------------------------------------------------------------

const ONE_ARG: Array<[string, (x: number) => number]> = [
  ['sin', sin],
  ['cos', cos],
  ['tan', tan],
  ['asin', asin],
  ['acos', acos],
  ['atan', atan],
  ['sinh', sinh],
  ['cosh', cosh],
  ['tanh', tanh],
  ['asinh', asinh],
  ['acosh', acosh],
  ['atanh', atanh],
  ['exp', exp],
  ['log', log],
  ['log2', log2],
  ['log10', log10],
  ['sqrt', Math.sqrt],
  ['erf', erf],
  ['erfc', erfc],
  ['floor', Math.floor],
  ['ceil', Math.ceil],
];

const TWO_ARGS: Array<[string, (x: number, y: number) => number]> = [
  ['atan2', atan2],
  ['pow', pow],
  // C's fmod and JS's % agree: the result has the sign of the dividend.
  ['fmod', (x, y) => x % y],
];

const pi: PlainNative = () => new Float(Math.PI);
const tau: PlainNative = () => new Float(2 * Math.PI);

export function register(registry: NativeRegistry): void {
  for (const [name, f] of ONE_ARG) registry.plain('math', name, 1, ([x]) => result(f(arg(x))), true);
  for (const [name, f] of TWO_ARGS) {
    registry.plain('math', name, 2, ([x, y]) => result(f(arg(x), arg(y))), true);
  }
  registry.plain('math', 'pi', 0, pi);
  registry.plain('math', 'tau', 0, tau);
}
