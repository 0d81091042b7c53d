// Float segments: IEEE 754 binary16/32/64, big- or little-endian.

import type { Integer } from '../terms/types';
import { copyBits } from './bits';
import { BSF_LITTLE } from './flags';

const scratch = new DataView(new ArrayBuffer(8));
const scratchBytes = new Uint8Array(scratch.buffer);

/**
 * A bignum converted to a double the way erts big_to_double does it: 64-bit digits from
 * the most significant, d = d * 2^64 + digit, each step rounded. null when it overflows.
 */
export function bigToDouble(n: bigint): number | null {
  const negative = n < 0n;
  let mag = negative ? -n : n;
  const digits: bigint[] = [];
  while (mag > 0n) {
    digits.push(mag & 0xffffffffffffffffn);
    mag >>= 64n;
  }
  let d = 0;
  for (let i = digits.length - 1; i >= 0; i--) {
    d = d * 18446744073709551616 + Number(digits[i]);
    if (!Number.isFinite(d)) return null;
  }
  return negative ? -d : d;
}

/** Round to the nearest integer, ties to even (v >= 0, exactly representable steps). */
function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const diff = v - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** IEEE binary16 bits of a double, rounded to nearest even (C's (_Float16) cast). */
export function doubleToHalfBits(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a >= 65520) return sign | 0x7c00; // rounds to infinity
  if (a < 2 ** -14) return sign | roundHalfEven(a * 2 ** 24); // subnormal (may carry into the smallest normal)
  scratch.setFloat64(0, a);
  const exp = ((scratch.getUint16(0) >>> 4) & 0x7ff) - 1023;
  let m = roundHalfEven((a / 2 ** exp - 1) * 1024);
  let e = exp;
  if (m === 1024) {
    m = 0;
    e++;
  }
  if (e > 15) return sign | 0x7c00;
  return sign | ((e + 15) << 10) | m;
}

/** The double value of IEEE binary16 bits. */
export function halfBitsToDouble(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >>> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m === 0 ? sign * Infinity : NaN;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

/**
 * Write the double `x` as an n-bit float (n = 16, 32 or 64) at bit offset `pos`.
 * Out-of-range values become infinities, as the C conversions do.
 */
export function encodeFloat(dst: Uint8Array, pos: number, x: number, n: 16 | 32 | 64, flags: number): void {
  if (n === 64) scratch.setFloat64(0, x);
  else if (n === 32) scratch.setFloat32(0, x);
  else scratch.setUint16(0, doubleToHalfBits(x));
  const len = n >>> 3;
  if ((flags & BSF_LITTLE) !== 0) reverse(scratchBytes, len);
  copyBits(scratchBytes, 0, dst, pos, n);
}

/** Read an n-bit float at bit offset `pos`; null when n is not 16/32/64 or it is not finite. */
export function decodeFloat(bytes: Uint8Array, pos: number, n: number, flags: number): number | null {
  if (n !== 16 && n !== 32 && n !== 64) return null;
  const len = n >>> 3;
  copyBits(bytes, pos, scratchBytes, 0, n);
  if ((flags & BSF_LITTLE) !== 0) reverse(scratchBytes, len);
  const v = n === 64 ? scratch.getFloat64(0) : n === 32 ? scratch.getFloat32(0) : halfBitsToDouble(scratch.getUint16(0));
  return Number.isFinite(v) ? v : null;
}

function reverse(b: Uint8Array, len: number): void {
  for (let i = 0, j = len - 1; i < j; i++, j--) {
    const t = b[i];
    b[i] = b[j];
    b[j] = t;
  }
}

const SMALL_LIMIT = 1n << 59n; // OTP's small integers on 64-bit machines

/**
 * The value an integer term converts to for an n-bit float segment, or null (no_float).
 * OTP converts a small integer straight to the target type (one rounding) and a bignum
 * through big_to_double; integers beyond 2^53 are bigints here, so 32-bit floats of
 * small integers in (2^53, 2^59) are rounded from the exact value.
 */
export function integerToFloatValue(v: Integer, n: number): number | null {
  if (typeof v === 'number') return v;
  const mag = v < 0n ? -v : v;
  if (n === 32 && mag < SMALL_LIMIT) return roundBigToFloat32(v);
  return bigToDouble(v);
}

/** A bigint rounded to the nearest binary32 value (ties to even), as a number. */
function roundBigToFloat32(v: bigint): number {
  const negative = v < 0n;
  const mag = negative ? -v : v;
  const len = mag.toString(2).length;
  if (len <= 24) return Number(v);
  const shift = BigInt(len - 24);
  let q = mag >> shift;
  const rem = mag & ((1n << shift) - 1n);
  const half = 1n << (shift - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  const r = Number(q << shift);
  return negative ? -r : r;
}
