// pow as glibc computes it (sysdeps/ieee754/dbl-64/e_pow.c, x86-64 FMA build):
// x^y = exp(y * log(x)), with log(x) computed to about 68 bits as hi + lo from its own
// table (pow-data.ts), y*log(x) split exactly into ehi + elo with an FMA, and exp taking
// that extra tail and the sign of the result (negative x with odd integer y).

import { exponentField, fromWords, highWord, lowWord } from './bits';
import { C2, C3, C4, C5, INV_LN2_N, NEG_LN2_HI_N, NEG_LN2_LO_N, N, SCALE_HI, SCALE_LO, SHIFT, TAIL } from './exp-data';
import { hexDouble } from './bits';
import { fma } from './fma';
import { INVC, LOGC, LOGC_TAIL, OFF_HI, POW_LOG_TABLE_BITS } from './pow-data';

const LN2_HI = hexDouble('0x1.62e42fefa3800p-1');
const LN2_LO = hexDouble('0x1.ef35793c76730p-45');
// log1p(r) - r = A0 r^2 + ... + A6 r^8; the published coefficients, pre-scaled as
// glibc evaluates them (A0 = -1/2 exactly).
const A0 = -0.5;
const A1 = hexDouble('0x1.555555555556p-2') * -2;
const A2 = hexDouble('-0x1.0000000000006p-2') * -2;
const A3 = hexDouble('0x1.999999959554ep-3') * 4;
const A4 = hexDouble('-0x1.555555529a47ap-3') * 4;
const A5 = hexDouble('0x1.2495b9b4845e9p-3') * -8;
const A6 = hexDouble('-0x1.0002b8b263fc3p-3') * -8;

/** Added to k so that the scale's sign bit flips: a negative result. */
const SIGN_BIAS = 0x800 << 7;

export function pow(x: number, y: number): number {
  let signBias = 0;
  let hi = highWord(x);
  let lo = lowWord(x);
  const topx = hi >>> 20; // sign and exponent
  const topy = highWord(y) >>> 20;
  const ytop = topy & 0x7ff;
  if (topx - 1 >>> 0 >= 0x7fe || ytop - 0x3be >>> 0 >= 0x80) {
    // x is zero, subnormal, inf, NaN or negative; or |y| < 2^-65, |y| >= 2^63 or NaN.
    if (isZeroInfNan(y)) {
      if (y === 0) return 1;
      if (x === 1) return 1;
      if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
      if (Math.abs(x) === 1) return 1;
      if (Math.abs(x) < 1 === y > 0) return 0; // |x| < 1 with y = inf, |x| > 1 with y = -inf
      return y * y;
    }
    if (isZeroInfNan(x)) {
      let x2 = x * x;
      if (hi < 0 && integerKind(y) === ODD) x2 = -x2;
      return y < 0 ? 1 / x2 : x2;
    }
    if (hi < 0) {
      const kind = integerKind(y);
      if (kind === NOT_INTEGER) return NaN;
      if (kind === ODD) signBias = SIGN_BIAS;
      hi &= 0x7fffffff;
    }
    if (ytop - 0x3be >>> 0 >= 0x80) {
      if (hi === 0x3ff00000 && lo === 0) return 1;
      const above1 = hi > 0x3ff00000 || (hi === 0x3ff00000 && lo !== 0);
      if (ytop < 0x3be) return above1 ? 1 + y : 1 - y; // |y| < 2^-65
      return above1 === y > 0 ? Infinity : 0;
    }
    if ((hi >>> 20) === 0) {
      // Subnormal x: normalise, letting the exponent go negative (borrowing the sign bit).
      const scaled = x * 2 ** 52;
      hi = ((highWord(scaled) & 0x7fffffff) - (52 << 20)) | 0;
      lo = lowWord(scaled);
    }
  }
  const logx = logInline(hi, lo);
  const ehi = y * logx;
  const elo = fma(y, logTail, fma(logx, y, -ehi));
  return expInline(ehi, elo, signBias);
}

const NOT_INTEGER = 0;
const ODD = 1;
const EVEN = 2;

/** Whether the finite non-zero y is an odd integer, an even integer or not an integer. */
function integerKind(y: number): number {
  if (!Number.isInteger(y)) return NOT_INTEGER;
  if (Math.abs(y) >= 2 ** 53) return EVEN;
  return y % 2 === 0 ? EVEN : ODD;
}

function isZeroInfNan(v: number): boolean {
  return v === 0 || !Number.isFinite(v);
}

/** The low part of the last logInline result (hi + tail = log(x) to ~68 bits). */
let logTail = 0;

/** log(x) for the bits hi:lo of a positive normal x (or a renormalised subnormal). */
function logInline(hi: number, lo: number): number {
  // x = 2^k z with z in [OFF, 2 OFF); subinterval i of that range holds z.
  const tmp = (hi - OFF_HI) | 0;
  const i = (tmp >>> (20 - POW_LOG_TABLE_BITS)) & ((1 << POW_LOG_TABLE_BITS) - 1);
  const k = tmp >> 20;
  const z = fromWords(hi - (tmp & 0xfff00000), lo);
  const invc = INVC[i];
  const t1 = fma(k, LN2_HI, LOGC[i]);
  const lo1 = fma(k, LN2_LO, LOGC_TAIL[i]);
  const r = fma(z, invc, -1); // exact: invc has few bits
  const ar = r * A0;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const t2 = t1 + r;
  const lo2 = t1 - t2 + r;
  const hiSum = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hiSum + ar2;
  const q = fma(ar2, fma(fma(r, A6, A5), ar2, fma(r, A4, A3)), fma(r, A2, A1));
  const loSum = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const result = hiSum + loSum;
  logTail = hiSum - result + loSum;
  return result;
}

// Exponent fields bounding exp's fast path: 2^-54, 512 and 1024.
const TOP_TINY = 0x3c9;
const TOP_512 = 0x408;
const TOP_1024 = 0x409;

/** sign * exp(x + xtail), the sign negative when signBias is set. */
function expInline(x: number, xtail: number, signBias: number): number {
  let abstop = exponentField(x);
  if (abstop - TOP_TINY >>> 0 >= TOP_512 - TOP_TINY) {
    if (abstop < TOP_TINY) {
      const one = 1 + x;
      return signBias !== 0 ? -one : one;
    }
    if (abstop >= TOP_1024) {
      const magnitude = x < 0 ? 0 : Infinity;
      return signBias !== 0 ? -magnitude : magnitude;
    }
    abstop = 0;
  }
  const shifted = fma(x, INV_LN2_N, SHIFT);
  const kLow = lowWord(shifted);
  const kd = shifted - SHIFT;
  const r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x)) + xtail;
  const idx = kLow & (N - 1);
  const scaleHi = (SCALE_HI[idx] + ((kLow + signBias) << 13)) | 0;
  const scaleLo = SCALE_LO[idx];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(fma(r, C3, C2), r2, TAIL[idx] + r));
  if (abstop === 0) return specialCase(tmp, scaleHi, scaleLo, kLow);
  const scale = fromWords(scaleHi, scaleLo);
  return fma(scale, tmp, scale);
}

/** As exp's special case, but the scale may be negative. */
function specialCase(tmp: number, scaleHi: number, scaleLo: number, kLow: number): number {
  if ((kLow & 0x80000000) === 0) {
    const scale = fromWords(scaleHi - (1009 << 20), scaleLo);
    return 2 ** 1009 * fma(scale, tmp, scale);
  }
  const biasedHi = (scaleHi + (1022 << 20)) | 0;
  const scale = fromWords(biasedHi, scaleLo);
  const product = scale * tmp;
  let y = scale + product;
  if (Math.abs(y) < 1) {
    const one = y < 0 ? -1 : 1;
    const lo = scale - y + product;
    const hi = one + y;
    y = one - hi + y + lo + hi - one;
    if (y === 0) y = biasedHi < 0 ? -0 : 0;
  }
  return 2 ** -1022 * y;
}
