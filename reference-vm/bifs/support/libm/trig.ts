// tan, atan, atan2, asin and acos, correctly rounded.
//
// glibc computes these with IBM's table-driven code, whose tables (points chosen so that
// the function's value there is almost a double) cannot be re-derived, so they are not
// ported; these results are the correctly rounded ones instead, which glibc's are except
// for about 0.1-0.25 % of arguments (its error bound is about 0.52-0.62 ulp; see README.md).
//
// A double-double first pass (trig-dd.ts) decides almost every argument; when its error
// bound straddles a rounding boundary, or the argument is outside its range, each value
// is computed in BigInt fixed point with about `precision` significant bits
// and a generous error bound; when the bound straddles a rounding boundary the
// computation is repeated with more bits (Ziv's strategy), so the rounding is exact.

import { atanOfTablePoint, TABLE_STEPS } from './atan-table';
import { bitLength, roundToDouble, splitFixed, toDyadic } from './exact';
import { piFixed, twoOverPiFixed } from './pi-bits';
import { sinCosFixed } from './sincos-data';
import { arcSineFast, atan2Fast, atanFast, tanFast, tanReducedFast } from './trig-dd';

const FIRST_PRECISION = 96;
const SLACK = 12n; // the error bound, in bits above the last fixed-point bit computed
const TINY = 2 ** -27; // below this tan, atan and asin of x round to x itself

/** The double nearest to v * 2^-bits if every value within 2^SLACK units rounds alike. */
function rounded(v: bigint, bits: number): number | null {
  const err = 1n << SLACK;
  const lo = roundToDouble(v - err, 1n, -bits);
  const hi = roundToDouble(v + err, 1n, -bits);
  return lo === hi ? lo : null;
}

/** Repeats compute with more bits until its rounding is certain. */
function ziv(compute: (precision: number) => number | null): number {
  for (let precision = FIRST_PRECISION; ; precision *= 2) {
    const r = compute(precision);
    if (r !== null) return r;
  }
}

// ---------------------------------------------------------------------------
// atan

// atan(t) = atan(c) + atan((t - c)/(1 + t c)) with c = j/TABLE_STEPS the nearest table
// point, so the series runs on |d| <= 1/128 (a few terms).

/** atan(d) for a fixed-point |d| <= 1/2 with `bits` fraction bits, by its Taylor series. */
function atanSeries(d: bigint, bits: number): bigint {
  if (d < 0n) return -atanSeries(-d, bits); // atan is odd; the shifts below floor
  const b = BigInt(bits);
  const d2 = (d * d) >> b;
  let power = d; // d^(2k+1)
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += (k & 2n) === 0n ? power / k : -(power / k);
    power = (power * d2) >> b;
  }
  return sum;
}

/** atan(t) for a fixed-point 0 <= t <= 1 with `bits` fraction bits. */
function atanFixed(t: bigint, bits: number): bigint {
  const b = BigInt(bits);
  const one = 1n << b;
  const j = Number((t * BigInt(TABLE_STEPS) + (one >> 1n)) >> b);
  if (j === 0) return atanSeries(t, bits);
  const c = (BigInt(j) << b) / BigInt(TABLE_STEPS);
  const d = ((t - c) << b) / (one + ((t * c) >> b));
  return atanOfTablePoint(j, bits) + atanSeries(d, bits);
}

/** atan(num/den) for num, den >= 0 (not both 0), or pi - that when `fromPi`, if certain. */
function atanRatioAt(num: bigint, den: bigint, fromPi: boolean, precision: number): number | null {
  // With num <= den the result is about num/den: enough fraction bits for its magnitude.
  const scale = fromPi || num > den ? 0 : Math.max(0, bitLength(den) - bitLength(num));
  const bits = precision + scale + 4;
  let v: bigint;
  if (num <= den) v = atanFixed((num << BigInt(bits)) / den, bits);
  else v = (piFixed(bits) >> 1n) - atanFixed((den << BigInt(bits)) / num, bits);
  if (fromPi) v = piFixed(bits) - v;
  return rounded(v, bits);
}

/** atan(num/den), or pi - atan(num/den) when `fromPi`, rounded, with `sign` applied. */
function atanRatio(num: bigint, den: bigint, fromPi: boolean, sign: number): number {
  if (num === 0n && !fromPi) return sign * 0;
  const r = ziv((precision) => atanRatioAt(num, den, fromPi, precision));
  return sign < 0 ? -r : r;
}

/** |x| and |y| as integers over a common power of two: [|y| mantissa, |x| mantissa]. */
function commonScale(y: number, x: number): [bigint, bigint] {
  const dy = toDyadic(Math.abs(y));
  const dx = toDyadic(Math.abs(x));
  const e = Math.min(dy.exp, dx.exp);
  return [dy.mant << BigInt(dy.exp - e), dx.mant << BigInt(dx.exp - e)];
}

function signOf(x: number): number {
  return x < 0 || Object.is(x, -0) ? -1 : 1;
}

/** atan by the BigInt evaluation alone (the fallback; exported for tests). */
export function atanBig(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) < TINY) return x;
  if (x === Infinity || x === -Infinity) return atanRatio(1n, 0n, false, signOf(x));
  const [num, den] = commonScale(x, 1);
  return atanRatio(num, den, false, signOf(x));
}

/** atan2 by the BigInt evaluation alone. */
export function atan2Big(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  const sign = signOf(y);
  const negX = signOf(x) < 0;
  if (y === 0) return negX ? atanRatio(0n, 1n, true, sign) : sign * 0;
  if (x === 0) return atanRatio(1n, 0n, false, sign);
  const yInf = !Number.isFinite(y);
  const xInf = !Number.isFinite(x);
  if (yInf && xInf) return atanRatio(1n, 1n, negX, sign); // pi/4 or 3pi/4
  if (yInf) return atanRatio(1n, 0n, false, sign);
  if (xInf) return negX ? atanRatio(0n, 1n, true, sign) : sign * 0;
  const [num, den] = commonScale(y, x);
  return atanRatio(num, den, negX, sign);
}

// ---------------------------------------------------------------------------
// asin, acos: atan2 of x and sqrt(1 - x^2)

/** floor(sqrt(n)) for n >= 0: Newton's iteration from a double's estimate. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // shift even, so sqrt(n) ~ sqrt(n >> shift) << shift/2; start above the root.
  const shift = Math.max(0, (bitLength(n) - 100) & ~1);
  let x = (BigInt(Math.ceil(Math.sqrt(Number(n >> BigInt(shift))))) + 1n) << BigInt(shift >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * For |x| < 1: [|x|, sqrt(1 - x^2)] as integers over a common scale, the square root
 * to `bits` significant bits.
 */
function sineCosine(x: number, bits: number): [bigint, bigint] {
  const { mant, exp } = toDyadic(Math.abs(x)); // exp <= -53 since |x| < 1
  const d = (1n << BigInt(-2 * exp)) - mant * mant; // (1 - x^2) 2^(-2 exp)
  const g = Math.max(0, bits - (bitLength(d) >> 1));
  return [mant << BigInt(g), isqrt(d << BigInt(2 * g))];
}

function arcSine(x: number, cosine: boolean): number {
  const ax = Math.abs(x);
  if (!(ax <= 1)) return NaN;
  if (!cosine && ax < TINY) return x;
  if (ax === 1) return cosine ? atanRatio(0n, 1n, x < 0, 1) : atanRatio(1n, 0n, false, signOf(x));
  const r = ziv((precision) => {
    // 32 bits more in the root than the rounding test's slack accounts for
    const [s, c] = sineCosine(x, precision + 32);
    // asin: atan(s/c); acos: atan(c/s), from pi for negative x.
    return cosine ? atanRatioAt(c, s, x < 0, precision) : atanRatioAt(s, c, false, precision);
  });
  return !cosine && x < 0 ? -r : r;
}

/** asin by the BigInt evaluation alone. */
export function asinBig(x: number): number {
  return arcSine(x, false);
}

/** acos by the BigInt evaluation alone. */
export function acosBig(x: number): number {
  return arcSine(x, true);
}

// ---------------------------------------------------------------------------
// tan

// sin and cos of r = c + d with c = j/TABLE_STEPS the nearest table point, |d| <= 1/128.
let sinCosTableBits = 0;
let sinCosPoints: Array<[bigint, bigint]> = [];

function sinCosNear(r: bigint, bits: number): [bigint, bigint] {
  const b = BigInt(bits);
  const negative = r < 0n;
  const ar = negative ? -r : r;
  const j = Number((ar * BigInt(TABLE_STEPS) + (1n << (b - 1n))) >> b);
  const c = (BigInt(j) << b) / BigInt(TABLE_STEPS);
  const [sd, cd] = sinCosFixed(ar - c, bits);
  if (bits > sinCosTableBits) {
    const tb = Math.max(bits, 2 * sinCosTableBits) + 32;
    sinCosPoints = [];
    for (let i = 0; i <= 52; i++) sinCosPoints.push(sinCosFixed((BigInt(i) << BigInt(tb)) / BigInt(TABLE_STEPS), tb));
    sinCosTableBits = tb;
  }
  const drop = BigInt(sinCosTableBits - bits);
  const sc = sinCosPoints[j][0] >> drop;
  const cc = sinCosPoints[j][1] >> drop;
  const sin = (sc * cd + cc * sd) >> b;
  const cos = (cc * cd - sc * sd) >> b;
  return [negative ? -sin : sin, cos];
}

/**
 * |x| = n pi/2 + r, |r| <= pi/4, for |x| >= pi/4: [n, r with `bits` fraction bits], r to
 * within a unit (2/pi carries enough bits for the cancellation).
 */
function reduceHalfPi(ax: number, bits: number): [bigint, bigint] {
  const { mant, exp } = toDyadic(ax);
  const s = bits + 64; // fraction bits of x 2/pi, 64 more than kept
  const prod = mant * twoOverPiFixed(s + 53 + Math.max(0, exp));
  const shift = BigInt(53 + Math.max(0, exp) - exp);
  // prod = x (2/pi) 2^(s + shift')... normalise to s fraction bits:
  const q = prod >> shift; // x 2/pi with s fraction bits
  const sb = BigInt(s);
  const n = (q + (1n << (sb - 1n))) >> sb;
  const f = q - (n << sb);
  const r = (f * piFixed(s)) >> (sb + 1n); // f pi/2, s fraction bits
  return [n, r >> 64n];
}

/** tan by the BigInt evaluation alone. */
export function tanBig(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const ax = Math.abs(x);
  if (ax < TINY) return x;
  const r = ziv((precision) => {
    let bits = precision + 8;
    let n = 0n;
    let red: bigint;
    if (ax < 0.78) {
      // no reduction; enough fraction bits for the result's magnitude (about x)
      const { mant, exp } = toDyadic(ax);
      bits = precision + Math.max(0, -exp - 52);
      red = mant << BigInt(bits + exp);
    } else {
      // r may be small after cancellation: ask for more bits until it has `precision` of them
      for (;;) {
        [n, red] = reduceHalfPi(ax, bits);
        if (bitLength(red < 0n ? -red : red) >= precision) break;
        bits += 64;
      }
    }
    const [s, c] = sinCosNear(red, bits);
    const b = BigInt(bits);
    // tan r, or -cot r in odd quadrants; s has `precision` significant bits.
    const v = (n & 1n) === 0n ? (s << b) / c : -((c << b) / s);
    return rounded(v, bits);
  });
  return x < 0 ? -r : r;
}

// ---------------------------------------------------------------------------
// The public functions: the double-double pass first, the BigInt evaluation if undecided.

// Fraction bits of the BigInt reduction for |x| >= 2^40 (r within a unit of the last).
const REDUCED_BITS = 200;

export function atan(x: number): number {
  if (Number.isFinite(x) && Math.abs(x) >= TINY) {
    const r = atanFast(x);
    if (r === r) return r;
  }
  return atanBig(x);
}

export function atan2(y: number, x: number): number {
  if (Number.isFinite(x) && Number.isFinite(y) && x !== 0 && y !== 0) {
    const r = atan2Fast(y, x);
    if (r === r) return r;
  }
  return atan2Big(y, x);
}

export function asin(x: number): number {
  const ax = Math.abs(x);
  if (ax >= TINY && ax < 1) {
    const r = arcSineFast(x, false);
    if (r === r) return r;
  }
  return asinBig(x);
}

export function acos(x: number): number {
  if (Math.abs(x) < 1) {
    const r = arcSineFast(x, true);
    if (r === r) return r;
  }
  return acosBig(x);
}

export function tan(x: number): number {
  const ax = Math.abs(x);
  if (ax >= TINY && ax < 2 ** 40) {
    const r = tanFast(x);
    if (r === r) return r;
  } else if (ax >= 2 ** 40 && ax < Infinity) {
    // the reduction in BigInt (r within 2^-200), the rest in double-double
    const [n, red] = reduceHalfPi(ax, REDUCED_BITS);
    const [rh, rl] = splitFixed(red, REDUCED_BITS, 2);
    if (rh !== 0) {
      const t = tanReducedFast(rh, rl, (n & 1n) === 1n, 2 ** -105 + 2 ** -199 / Math.abs(rh));
      if (t === t) return x < 0 ? -t : t;
    }
  }
  return tanBig(x);
}
