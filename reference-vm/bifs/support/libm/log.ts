// log as glibc computes it (sysdeps/ieee754/dbl-64/e_log.c, x86-64 FMA build):
// x = 2^k z, log(x) = k ln2 + log(c) + log1p(z/c - 1) with c from a 128-entry table,
// and a separate polynomial for x within about 1/16 of 1, where that would cancel.

import { fromWords, hexDouble, highWord, lowWord } from './bits';
import { fma } from './fma';
import { LOG_INVC, LOG_LOGC } from './log-data';

const LN2_HI = hexDouble('0x1.62e42fefa3800p-1');
const LN2_LO = hexDouble('0x1.ef35793c76730p-45');
// log1p(r) - r ~ r^2 (A0 + r A1 + ...), on |r| < 1/256 (the published coefficients).
const A = ['-0x1.0000000000001p-1', '0x1.555555551305bp-2', '-0x1.fffffffeb459p-3', '0x1.999b324f10111p-3', '-0x1.55575e506c89fp-3'].map(
  hexDouble,
);
// log(1 + r) ~ r + r^2 B0 + ... + r^12 B10, for x - 1 in [-1/16, 0x1.09p-4).
const B = [
  '-0x1p-1',
  '0x1.5555555555577p-2',
  '-0x1.ffffffffffdcbp-3',
  '0x1.999999995dd0cp-3',
  '-0x1.55555556745a7p-3',
  '0x1.24924a344de3p-3',
  '-0x1.fffffa4423d65p-4',
  '0x1.c7184282ad6cap-4',
  '-0x1.999eb43b068ffp-4',
  '0x1.78182f7afd085p-4',
  '-0x1.5521375d145cdp-4',
].map(hexDouble);

const TABLE_BITS = 7;
const OFF_HI = 0x3fe60000; // the table's range starts at 0x1.6p-1
// High words bounding the near-1 path: 1 - 2^-4 and 1 + 0x1.09p-4.
const NEAR1_LO = 0x3fee0000;
const NEAR1_HI = 0x3ff10900;

/**
 * log and log2 of 0, a negative number, +inf or NaN (`top` is x's top 16 bits); undefined
 * for a positive subnormal, which the caller normalises.
 */
export function logSpecialCase(x: number, top: number): number | undefined {
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (top & 0x8000 || (top & 0x7ff0) === 0x7ff0) return NaN;
  return undefined;
}

export function log(x: number): number {
  let hi = highWord(x);
  let lo = lowWord(x);
  if (hi >= NEAR1_LO && hi < NEAR1_HI) return x === 1 ? 0 : logNear1(x);
  const top = hi >>> 16;
  if (top - 0x0010 >>> 0 >= 0x7ff0 - 0x0010) {
    // x < 2^-1022, inf or NaN
    const special = logSpecialCase(x, top);
    if (special !== undefined) return special;
    const scaled = x * 2 ** 52; // subnormal: normalise, the exponent goes below the bias
    hi = (highWord(scaled) - (52 << 20)) | 0;
    lo = lowWord(scaled);
  }
  const tmp = (hi - OFF_HI) | 0;
  const i = (tmp >>> (20 - TABLE_BITS)) & ((1 << TABLE_BITS) - 1);
  const k = tmp >> 20;
  const z = fromWords(hi - (tmp & 0xfff00000), lo);
  const w = fma(k, LN2_HI, LOG_LOGC[i]);
  const r = fma(z, LOG_INVC[i], -1);
  const sum = r + w;
  const low = fma(k, LN2_LO, w - sum + r);
  const r2 = r * r;
  const r3 = r * r2;
  const poly = fma(fma(r, A[4], A[3]), r2, fma(r, A[2], A[1]));
  return fma(r3, poly, fma(r2, A[0], low)) + sum;
}

function logNear1(x: number): number {
  const r = x - 1;
  const r2 = r * r;
  const r3 = r * r2;
  const p1 = fma(r2, B[3], fma(r, B[2], B[1]));
  const p4 = fma(r2, B[6], fma(r, B[5], B[4]));
  const p7 = fma(r3, B[10], fma(r2, B[9], fma(r, B[8], B[7])));
  const poly = fma(fma(p7, r3, p4), r3, p1);
  // r + B0 r^2 as hi + lo, from r split into a 26-bit head (whose square is exact) and rest.
  const w = r * 2 ** 27;
  const rhi = r + w - w;
  const rlo = r - rhi;
  const half = rhi * rhi * B[0];
  const sumHi = r + half;
  let low = r - sumHi + half;
  low = fma(B[0] * rlo, rhi + r, low);
  return fma(poly, r3, low) + sumHi;
}
