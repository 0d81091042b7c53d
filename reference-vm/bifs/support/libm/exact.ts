// Exact arithmetic on BigInt, for the rare operands the double-based fused multiply-add
// cannot handle (and for deriving the tables, in tests/libm). Never on a hot path.

/** A finite double as mantissa * 2^exponent with an integer mantissa. */
export interface Dyadic {
  mant: bigint;
  exp: number;
}

import { exponentField } from './bits';

const view = new DataView(new ArrayBuffer(8));

export function toDyadic(x: number): Dyadic {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const field = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (field !== 0) mant |= 1n << 52n;
  const exp = (field === 0 ? 1 : field) - 1075;
  return { mant: hi >>> 31 ? -mant : mant, exp };
}

/**
 * The double nearest to num / den * 2^scale (ties to even), with correct rounding
 * into the subnormal range and to infinity on overflow. den must be positive.
 */
export function roundToDouble(num: bigint, den: bigint, scale = 0): number {
  if (num === 0n) return 0;
  const negative = num < 0n;
  const n = negative ? -num : num;
  // floor(log2(n / den)), then the exponent of the last mantissa bit kept.
  let log2 = bitLength(n) - bitLength(den);
  if (shiftLeft(n, -log2) < shiftLeft(den, log2)) log2 -= 1;
  const lsb = Math.max(log2 + scale - 52, -1074);
  const num2 = shiftLeft(n, scale - lsb);
  const den2 = shiftLeft(den, lsb - scale);
  let m = num2 / den2;
  const twiceRem = 2n * (num2 - m * den2);
  if (twiceRem > den2 || (twiceRem === den2 && (m & 1n) === 1n)) m += 1n;
  // m <= 2^53, so Number(m) is exact and so is the scaling unless it overflows.
  const value = Number(m) * 2 ** lsb;
  return negative ? -value : value;
}

/** A double's exact value in fixed point with `bits` fraction bits (truncated if it has more). */
export function fixedOfDouble(d: number, bits: number): bigint {
  const { mant, exp } = toDyadic(d);
  const shift = exp + bits;
  return shift >= 0 ? mant << BigInt(shift) : mant >> BigInt(-shift);
}

/**
 * A fixed-point value (`bits` fraction bits) as `count` doubles: each the nearest double
 * to what the ones before leave (hi + lo for a double-double, more for longer expansions).
 */
export function splitFixed(value: bigint, bits: number, count: number): number[] {
  const parts: number[] = [];
  for (let i = 0; i < count; i++) {
    const d = roundToDouble(value, 1n, -bits);
    parts.push(d);
    value -= fixedOfDouble(d, bits);
  }
  return parts;
}

/** n * 2^k for k >= 0, n itself for k < 0 (the other side of a comparison takes the shift). */
function shiftLeft(n: bigint, k: number): bigint {
  return k > 0 ? n << BigInt(k) : n;
}

/** The number of bits of n > 0 (0 for 0). */
export function bitLength(n: bigint): number {
  if (n === 0n) return 0;
  const approx = Number(n);
  if (approx < 2 ** 1023) {
    // The exponent of n as a double; rounding may have carried it up by one.
    const bits = exponentField(approx) - 1022;
    return n >> BigInt(bits - 1) === 0n ? bits - 1 : bits;
  }
  const hex = n.toString(16);
  return 4 * (hex.length - 1) + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** a*b + c with a single rounding, computed exactly. */
export function exactFma(a: number, b: number, c: number): number {
  const da = toDyadic(a);
  const db = toDyadic(b);
  const dc = toDyadic(c);
  const pm = da.mant * db.mant;
  const pe = da.exp + db.exp;
  const e = Math.min(pe, dc.exp);
  const sum = (pm << BigInt(pe - e)) + (dc.mant << BigInt(dc.exp - e));
  if (sum === 0n) return a * b + c; // an exact zero takes its sign from IEEE rules
  return roundToDouble(sum, 1n, e);
}
