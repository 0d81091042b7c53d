// The `math` module. Every function except pi/0 and tau/0 is a BIF in OTP 26.
//
// Arguments are converted to doubles: anything but a number is badarg, and so is an
// integer too large for a double. A result that is not finite (NaN or +-infinity, e.g.
// math:log(0), math:sqrt(-1), math:acos(2), math:pow(10, 400)) is badarith.
//
// The functions use JS Math, whose implementations (V8's fdlibm ports) can differ from
// glibc in the last bit for some arguments; erf/erfc are computed here (JS has none):
// a Taylor series near 0 and a continued fraction elsewhere, within about 1 ulp.

import { Float, type Term } from '../terms/types';
import { badarg, badarith } from './exception';
import type { NativeRegistry } from './registry';
import type { PlainNative } from './types';

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

// ---- erf / erfc ----

const TWO_OVER_SQRT_PI = 1.1283791670955126;
const INV_SQRT_PI = 0.5641895835477563;

/** erf(x) for |x| < 0.5 from the Taylor series (terms shrink fast, little cancellation). */
function erfTaylor(x: number): number {
  const x2 = x * x;
  let power = x; // x^(2n+1) / n!, with alternating sign
  let sum = x;
  for (let n = 1; n < 60; n++) {
    power *= -x2 / n;
    const term = power / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-18) break;
  }
  return TWO_OVER_SQRT_PI * sum;
}

/** Splits a double into a high part with 26 significant bits and the exact rest. */
function splitHigh(a: number): number {
  const c = 134217729 * a; // 2^27 + 1
  return c - (c - a);
}

/** exp(-x*x) without the rounding error of forming x*x (which grows with x). */
function expMinusSquare(x: number): number {
  const hi = splitHigh(x);
  const lo = x - hi;
  const sqHi = x * x;
  // Exact x*x = sqHi + sqLo (Dekker's two-product).
  const sqLo = hi * hi - sqHi + 2 * hi * lo + lo * lo;
  return Math.exp(-sqHi) * (1 - sqLo);
}

/**
 * erfc(x) for x >= 0.5 from the continued fraction
 * erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...))))),
 * evaluated backwards from a fixed depth (stable; the depth needed grows as 1/x^2).
 */
function erfcContinuedFraction(x: number): number {
  const depth = Math.ceil(40 + 600 / (x * x));
  let f = x;
  for (let n = depth; n >= 1; n--) f = x + n / 2 / f;
  return (expMinusSquare(x) * INV_SQRT_PI) / f;
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax < 0.5) return erfTaylor(x); // keeps the sign of -0.0
  if (ax > 6) return x < 0 ? -1 : 1;
  const r = 1 - erfcContinuedFraction(ax);
  return x < 0 ? -r : r;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x < 0.5) {
    if (x > -0.5) return 1 - erfTaylor(x);
    if (x < -6) return 2;
    return 2 - erfcContinuedFraction(-x);
  }
  if (x > 27.3) return 0; // below the smallest subnormal
  return erfcContinuedFraction(x);
}

// ---------------------------------------------------------------------------

const ONE_ARG: Array<[string, (x: number) => number]> = [
  ['sin', Math.sin],
  ['cos', Math.cos],
  ['tan', Math.tan],
  ['asin', Math.asin],
  ['acos', Math.acos],
  ['atan', Math.atan],
  ['sinh', Math.sinh],
  ['cosh', Math.cosh],
  ['tanh', Math.tanh],
  ['asinh', Math.asinh],
  ['acosh', Math.acosh],
  ['atanh', Math.atanh],
  ['exp', Math.exp],
  ['log', Math.log],
  ['log2', Math.log2],
  ['log10', Math.log10],
  ['sqrt', Math.sqrt],
  ['erf', erf],
  ['erfc', erfc],
  ['floor', Math.floor],
  ['ceil', Math.ceil],
];

const TWO_ARGS: Array<[string, (x: number, y: number) => number]> = [
  ['atan2', Math.atan2],
  ['pow', Math.pow],
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
