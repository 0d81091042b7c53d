// A fast first pass for trig.ts: tan, atan, atan2, asin and acos in double-double
// arithmetic (dd.ts) with a proven relative error bound, rounded only when every value
// within the bound rounds alike (dd.roundOrNaN); otherwise NaN, and trig.ts falls back to
// its BigInt evaluation. Either way the result is the correctly rounded one, so results
// are the same as the BigInt code's alone; this pass decides all but ~2^-40 of arguments.
//
// Error budget (u = 2^-53; every dd operation below 2^-101 relative, see dd.ts):
// atan(t), 0 <= t <= 1: t = c + .., c = j/64 the nearest table point, d = (t - c)/(1 + tc)
// (|d| <= 1/128, error about 2^-101), atan(d) by its Taylor series to d^15 (truncation
// below 2^-112 relative, the terms past d^7 in double where their error is below 2^-105),
// atan(c) from atan-table.ts rounded to a double-double (2^-106). atan(c) + atan(d) can
// cancel at most to a third of |atan(c)| (j = 1, d = -1/128), so the sum is within
// 3 * 2^-101 + 3u^2 < 2^-99; an error in t of relative e adds at most e (atan's relative
// condition number is below 1), pi/2 - atan and pi - atan (results >= pi/4) add 3u^2.
// ATAN_ERROR = 2^-96 leaves a factor of 8.
// tan(r), |r| <= 0.82: tan of d = |r| - j/64 by its Taylor series to d^15 (truncation
// below 2^-122; the terms from d^9 on in double, error below 2^-105), then
// tan(c + d) = (T + t)/(1 - T t) with T = tan(j/64) from a table (2^-106): T + t cancels
// at most threefold, 1 - T t not at all (|T t| < 0.01), one division: below 2^-98.
// A relative error e in r adds at most 2r/sin(2r) e < 1.8 e. TAN_ERROR = 2^-95 plus
// twice the reduction's relative error.

import { atanOfTablePoint, TABLE_STEPS } from './atan-table';
import { add, dd as ddResult, div, fastTwoSum, mul, roundOrNaN, sqrt, twoProd, twoSum } from './dd';
import { splitFixed } from './exact';
import { piFixed } from './pi-bits';
import { sinCosFixed } from './sincos-data';

/** The last double-double operation's result, as a local (no export lookups). */
const dd = ddResult;

const ATAN_ERROR = 2 ** -96;
const TAN_ERROR = 2 ** -95;
const TABLE_BITS = 200;
const TAN_POINTS = 53; // j/64 for j = 0..52 covers |r| <= 0.82

/** n/d as a double-double (n, d small integers): the quotient and its exact remainder over d. */
function ratio(n: number, d: number): [number, number] {
  const hi = n / d;
  twoProd(hi, d);
  return [hi, (n - dd.hi - dd.lo) / d];
}

const [THIRD_H, THIRD_L] = ratio(1, 3);
const [FIFTH_H, FIFTH_L] = ratio(1, 5);
const [SEVENTH_H, SEVENTH_L] = ratio(1, 7);
// Taylor coefficients of tan x = x + x^3/3 + 2x^5/15 + ... (from tan' = 1 + tan^2, which
// tests/libm/trig.test.ts re-derives): d^5 and d^7 as double-doubles, the rest doubles.
const [TAN_C2_H, TAN_C2_L] = ratio(2, 15);
const [TAN_C3_H, TAN_C3_L] = ratio(17, 315);
const TAN_C4 = 62 / 2835;
const TAN_C5 = 1382 / 155925;
const TAN_C6 = 21844 / 6081075;
const TAN_C7 = 929569 / 638512875;

const [PI_H, PI_L] = splitFixed(piFixed(TABLE_BITS), TABLE_BITS, 2);
const [HALF_PI_H, HALF_PI_L] = splitFixed(piFixed(TABLE_BITS), TABLE_BITS + 1, 2);
// pi/2 as four doubles, each below half an ulp of the one before: 212 bits and more.
const [P0, P1, P2, P3] = splitFixed(piFixed(300), 301, 4);

let atanTable: Float64Array | null = null;
let tanTable: Float64Array | null = null;

/** atan(j/64) as double-doubles, hi at 2j and lo at 2j + 1. */
function atanPoints(): Float64Array {
  if (atanTable === null) {
    atanTable = new Float64Array(2 * (TABLE_STEPS + 1));
    for (let j = 0; j <= TABLE_STEPS; j++) atanTable.set(splitFixed(atanOfTablePoint(j, TABLE_BITS), TABLE_BITS, 2), 2 * j);
  }
  return atanTable;
}

/** tan(j/64) as double-doubles, hi at 2j and lo at 2j + 1 (sin over cos in BigInt). */
function tanPoints(): Float64Array {
  if (tanTable === null) {
    tanTable = new Float64Array(2 * TAN_POINTS);
    for (let j = 0; j < TAN_POINTS; j++) {
      const [s, c] = sinCosFixed((BigInt(j) << BigInt(TABLE_BITS)) / BigInt(TABLE_STEPS), TABLE_BITS);
      tanTable.set(splitFixed((s << BigInt(TABLE_BITS)) / c, TABLE_BITS, 2), 2 * j);
    }
  }
  return tanTable;
}

// ---------------------------------------------------------------------------
// atan family

/** atan(dh + dl) for |d| <= 1/128 (+ rounding) into dd: d + d^3 P(d^2). */
function atanSmall(dh: number, dl: number): void {
  mul(dh, dl, dh, dl);
  const xh = dd.hi;
  const xl = dd.lo;
  const r = 1 / 9 + xh * (-1 / 11 + xh * (1 / 13 - xh / 15));
  // -1/7 + d^2 r only needs 2^-59 (it is scaled by d^4/3 within P): d^2 r in double
  fastTwoSum(-SEVENTH_H, xh * r);
  mul(xh, xl, dd.hi, dd.lo - SEVENTH_L);
  add(FIFTH_H, FIFTH_L, dd.hi, dd.lo);
  mul(xh, xl, dd.hi, dd.lo);
  add(-THIRD_H, -THIRD_L, dd.hi, dd.lo);
  mul(xh, xl, dd.hi, dd.lo);
  mul(dh, dl, dd.hi, dd.lo);
  add(dh, dl, dd.hi, dd.lo);
}

/** atan(th + tl) for 0 <= t <= 1 (+ rounding), a normalised double-double, into dd. */
function atanUnit(th: number, tl: number): void {
  const j = Math.round(th * TABLE_STEPS);
  if (j === 0) {
    atanSmall(th, tl);
    return;
  }
  const c = j / TABLE_STEPS;
  // t - c: th - c is exact (both multiples of ulp(th), |th - c| <= 1/128 <= th).
  twoSum(th - c, tl);
  const nh = dd.hi;
  const nl = dd.lo;
  // 1 + t c: th c exactly, tl c within u of its tiny self.
  twoProd(th, c);
  fastTwoSum(dd.hi, dd.lo + tl * c);
  add(1, 0, dd.hi, dd.lo);
  div(nh, nl, dd.hi, dd.lo);
  atanSmall(dd.hi, dd.lo);
  const tab = atanPoints();
  add(tab[2 * j], tab[2 * j + 1], dd.hi, dd.lo);
}

/**
 * The correctly rounded atan(n/d), or pi/2 - that when `complement`, then pi - that when
 * `fromPi`, for 0 <= n <= d given as double-doubles with relative error below 2^-100
 * (within [2^-900, 2^900] unless n = 0); NaN when undecided.
 */
function atanQuotient(nh: number, nl: number, dh: number, dl: number, complement: boolean, fromPi: boolean): number {
  if (dh === 1 && dl === 0) atanUnit(nh, nl);
  else {
    div(nh, nl, dh, dl);
    atanUnit(dd.hi, dd.lo);
  }
  if (complement) add(HALF_PI_H, HALF_PI_L, -dd.hi, -dd.lo);
  if (fromPi) add(PI_H, PI_L, -dd.hi, -dd.lo);
  return roundOrNaN(dd.hi, dd.lo, ATAN_ERROR);
}

/** atan(x) for finite |x| >= 2^-27, or NaN when undecided. */
export function atanFast(x: number): number {
  const ax = Math.abs(x);
  let r: number;
  if (ax <= 1) r = atanQuotient(ax, 0, 1, 0, false, false);
  else if (ax < 2 ** 54) r = atanQuotient(1, 0, ax, 0, true, false);
  else {
    // pi/2 - 1/x + 1/(3x^3): the last term is below 2^-162, 1/x in double within 2^-107
    add(HALF_PI_H, HALF_PI_L, -1 / ax, 0);
    r = roundOrNaN(dd.hi, dd.lo, ATAN_ERROR);
  }
  return x < 0 ? -r : r;
}

/** atan2(y, x) for finite non-zero x and y, or NaN when undecided (or out of range). */
export function atan2Fast(y: number, x: number): number {
  let num = Math.abs(y);
  let den = Math.abs(x);
  const complement = num > den;
  if (complement) {
    const t = num;
    num = den;
    den = t;
  }
  const q = num / den;
  if (q < 2 ** -600) {
    // atan(q) = q within 2^-1200 relative: only the results near pi/2 and pi are done
    // here, those near q (possibly subnormal) are left to the BigInt code.
    if (!complement && x > 0) return NaN;
    if (complement) add(HALF_PI_H, HALF_PI_L, x < 0 ? q : -q, 0);
    else add(PI_H, PI_L, -q, 0);
    const r = roundOrNaN(dd.hi, dd.lo, ATAN_ERROR);
    return y < 0 ? -r : r;
  }
  // Scale both by powers of two (exactly: num stays above 2^-900) until den is within
  // [2^-100, 2^100], where the splits are safe.
  while (den > 2 ** 100) {
    den *= 2 ** -200;
    num *= 2 ** -200;
  }
  while (den < 2 ** -100) {
    den *= 2 ** 200;
    num *= 2 ** 200;
  }
  const r = atanQuotient(num, 0, den, 0, complement, x < 0);
  return y < 0 ? -r : r;
}

/**
 * asin (or acos when `cosine`) of x, 2^-27 <= |x| < 1 for asin, |x| < 1 for acos: atan2 of
 * x and sqrt(1 - x^2), that root as a double-double (1 - x^2 exactly, then rounded: 3u^2,
 * the root adds about 3u^2). NaN when undecided.
 */
export function arcSineFast(x: number, cosine: boolean): number {
  const ax = Math.abs(x);
  twoProd(ax, ax);
  const pl = dd.lo;
  twoSum(1, -dd.hi);
  add(dd.hi, dd.lo, -pl, 0);
  sqrt(dd.hi, dd.lo);
  const ch = dd.hi;
  const cl = dd.lo;
  if (cosine) {
    // acos x = atan(c/|x|), from pi for negative x
    const r = ch <= ax ? atanQuotient(ch, cl, ax, 0, false, x < 0) : atanQuotient(ax, 0, ch, cl, true, x < 0);
    return r;
  }
  const r = ax <= ch ? atanQuotient(ax, 0, ch, cl, false, false) : atanQuotient(ch, cl, ax, 0, true, false);
  return x < 0 ? -r : r;
}

// ---------------------------------------------------------------------------
// tan

/**
 * tan(r) (or -cot(r) when `odd`) for r = rh + rl, |r| <= 0.82, known to relative error
 * `rError`: the correctly rounded value, or NaN when undecided.
 */
export function tanReducedFast(rh: number, rl: number, odd: boolean, rError: number): number {
  const negative = rh < 0;
  if (negative) {
    rh = -rh;
    rl = -rl;
  }
  const j = Math.round(rh * TABLE_STEPS);
  // d = r - j/64, exact as in atanUnit
  twoSum(rh - j / TABLE_STEPS, rl);
  const dh = dd.hi;
  const dl = dd.lo;
  mul(dh, dl, dh, dl);
  const xh = dd.hi;
  const xl = dd.lo;
  // tan d = d + d^3 P(d^2), the terms from d^9 on in double
  const r = TAN_C4 + xh * (TAN_C5 + xh * (TAN_C6 + xh * TAN_C7));
  // 17/315 + d^2 r only needs 2^-58 (it is scaled by d^4/3 within P): d^2 r in double
  fastTwoSum(TAN_C3_H, xh * r);
  mul(xh, xl, dd.hi, dd.lo + TAN_C3_L);
  add(TAN_C2_H, TAN_C2_L, dd.hi, dd.lo);
  mul(xh, xl, dd.hi, dd.lo);
  add(THIRD_H, THIRD_L, dd.hi, dd.lo);
  mul(xh, xl, dd.hi, dd.lo);
  mul(dh, dl, dd.hi, dd.lo);
  add(dh, dl, dd.hi, dd.lo);
  let numH = dd.hi;
  let numL = dd.lo;
  let denH = 1;
  let denL = 0;
  if (j !== 0) {
    // tan(c + d) = (T + t)/(1 - T t), T = tan(j/64)
    const tab = tanPoints();
    const th = tab[2 * j];
    const tl = tab[2 * j + 1];
    const ph = numH;
    const pl = numL;
    mul(th, tl, ph, pl);
    add(1, 0, -dd.hi, -dd.lo);
    denH = dd.hi;
    denL = dd.lo;
    add(th, tl, ph, pl);
    numH = dd.hi;
    numL = dd.lo;
  }
  if (odd) div(denH, denL, numH, numL);
  else div(numH, numL, denH, denL);
  const t = roundOrNaN(dd.hi, dd.lo, TAN_ERROR + 2 * rError);
  return odd !== negative ? -t : t;
}

/** tan(x) for 2^-27 <= |x| < 2^40 (Cody-Waite reduction by pi/2 in four parts), or NaN. */
export function tanFast(x: number): number {
  const ax = Math.abs(x);
  const n = Math.round(ax * (2 / Math.PI));
  let t: number;
  if (n === 0) t = tanReducedFast(ax, 0, false, 0);
  else {
    // ax - n P0 is exact (both on the grid of the smaller one's ulp, >= 2^-53, and the
    // difference below 0.79); n Pk exactly as double-doubles; each add within
    // 3u^2 of sums below |r| + n 2^-105; n P3 rounded and pi/2's rest: n 2^-211.
    twoProd(n, P0);
    const ql = dd.lo;
    twoSum(ax - dd.hi, -ql);
    const sh = dd.hi;
    const sl = dd.lo;
    twoProd(n, P1);
    add(sh, sl, -dd.hi, -dd.lo);
    const uh = dd.hi;
    const ul = dd.lo;
    twoProd(n, P2);
    add(uh, ul, -dd.hi, -dd.lo);
    add(dd.hi, dd.lo, -n * P3, 0);
    const rh = dd.hi;
    if (rh === 0) return NaN;
    t = tanReducedFast(rh, dd.lo, n % 2 === 1, 2 ** -101 + (n * 2 ** -206) / Math.abs(rh));
  }
  return x < 0 ? -t : t;
}
