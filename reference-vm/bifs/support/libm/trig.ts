// tan, atan, atan2, asin and acos, correctly rounded.
//
// glibc computes these with IBM's table-driven code, whose tables (points chosen so that
// the function's value there is almost a double) cannot be re-derived, so they are not
// ported; these results are the correctly rounded ones instead, which glibc's are except
// for about 0.1-0.25 % of arguments (its error bound is about 0.52-0.62 ulp; see README.md).
//
// Each value is computed in BigInt fixed point with about `precision` significant bits
// and a generous error bound; when the bound straddles a rounding boundary the
// computation is repeated with more bits (Ziv's strategy), so the rounding is exact.

import { bitLength, roundToDouble, toDyadic } from './exact';
import { piFixed, twoOverPiFixed } from './pi-bits';
import { sinCosFixed } from './sincos-data';

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

/** atan(j/16), j = 0..16, with `bits` fraction bits, cached at the largest precision. */
let atanTableBits = 0;
let atanTable: bigint[] = [];

/** atan(a/b) for 0 <= a/b <= 1/2 by its Taylor series, `bits` fraction bits. */
function atanSeries(a: bigint, b: bigint, bits: number): bigint {
  let power = (a << BigInt(bits)) / b; // (a/b)^(2k+1)
  const a2 = a * a;
  const b2 = b * b;
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += (k & 2n) === 0n ? power / k : -(power / k);
    power = (power * a2) / b2;
  }
  return sum;
}

function atanOfSixteenths(j: number, bits: number): bigint {
  if (bits > atanTableBits) {
    const b = Math.max(bits, 2 * atanTableBits) + 32;
    const quarterPi = piFixed(b) >> 2n;
    atanTable = [];
    for (let i = 0; i <= 16; i++) {
      // atan(i/16) = pi/4 - atan((16 - i)/(16 + i)) keeps the series' argument below 1/3
      atanTable.push(i <= 8 ? atanSeries(BigInt(i), 16n, b) : quarterPi - atanSeries(BigInt(16 - i), BigInt(16 + i), b));
    }
    atanTableBits = b;
  }
  return atanTable[j] >> BigInt(atanTableBits - bits);
}

/** atan(t) for a fixed-point 0 <= t <= 1 with `bits` fraction bits. */
function atanFixed(t: bigint, bits: number): bigint {
  const b = BigInt(bits);
  const one = 1n << b;
  // t = c + d' with c = j/16; atan t = atan c + atan((t - c)/(1 + t c)), |.| <= 1/32.
  const j = Number((t * 16n + (one >> 1n)) >> b);
  if (j === 0) return atanSeries(t, one, bits);
  const c = (BigInt(j) << b) / 16n;
  return atanOfSixteenths(j, bits) + atanSeries(t - c, one + ((t * c) >> b), bits);
}

/**
 * atan(num/den) for num, den > 0, or pi - atan(num/den) when `fromPi`, rounded; `sign`
 * is applied to the result.
 */
function atanRatio(num: bigint, den: bigint, fromPi: boolean, sign: number): number {
  if (num === 0n && !fromPi) return sign * 0;
  const r = ziv((precision) => {
    // With num <= den the result is about num/den: enough fraction bits for its magnitude.
    const scale = fromPi || num > den ? 0 : Math.max(0, bitLength(den) - bitLength(num));
    const bits = precision + scale + 4;
    let v: bigint;
    if (num <= den) v = atanFixed((num << BigInt(bits)) / den, bits);
    else v = (piFixed(bits) >> 1n) - atanFixed((den << BigInt(bits)) / num, bits);
    if (fromPi) v = piFixed(bits) - v;
    return rounded(v, bits);
  });
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

export function atan(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) < TINY) return x;
  if (x === Infinity || x === -Infinity) return atanRatio(1n, 0n, false, signOf(x));
  const [num, den] = commonScale(x, 1);
  return atanRatio(num, den, false, signOf(x));
}

export function atan2(y: number, x: number): number {
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

/** floor(sqrt(n)) for n >= 0. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * For |x| < 1: [|x|, sqrt(1 - x^2)] as integers over a common scale, the square root
 * to `bits` + 32 significant bits (its error is then far below the rounding test's slack).
 */
function sineCosine(x: number, bits: number): [bigint, bigint] {
  const { mant, exp } = toDyadic(Math.abs(x)); // exp <= -53 since |x| < 1
  const d = (1n << BigInt(-2 * exp)) - mant * mant; // (1 - x^2) 2^(-2 exp)
  const g = Math.max(0, bits + 32 - (bitLength(d) >> 1));
  return [mant << BigInt(g), isqrt(d << BigInt(2 * g))];
}

function arcSine(x: number, cosine: boolean): number {
  const ax = Math.abs(x);
  if (!(ax <= 1)) return NaN;
  if (!cosine && ax < TINY) return x;
  if (ax === 1) return cosine ? atanRatio(0n, 1n, x < 0, 1) : atanRatio(1n, 0n, false, signOf(x));
  const [s, c] = sineCosine(x, 2 * FIRST_PRECISION + 64);
  // asin: atan(s/c) with the sign of x; acos: atan(c/s), from pi for negative x.
  return cosine ? atanRatio(c, s, x < 0, 1) : atanRatio(s, c, false, signOf(x));
}

export function asin(x: number): number {
  return arcSine(x, false);
}

export function acos(x: number): number {
  return arcSine(x, true);
}

// ---------------------------------------------------------------------------
// tan

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

export function tan(x: number): number {
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
    const [s, c] = sinCosFixed(red, bits);
    const b = BigInt(bits);
    // tan r, or -cot r in odd quadrants; s has `precision` significant bits.
    const v = (n & 1n) === 0n ? (s << b) / c : -((c << b) / s);
    return rounded(v, bits);
  });
  return x < 0 ? -r : r;
}
