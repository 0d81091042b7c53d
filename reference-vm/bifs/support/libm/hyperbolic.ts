// sinh, cosh, tanh, asinh, acosh, atanh as glibc builds them: fdlibm's e_sinh.c,
// e_cosh.c, s_tanh.c, s_asinh.c, e_acosh.c and glibc's e_atanh.c, compiled without FMA,
// calling glibc's exp, expm1, log and log1p (which are the FMA variants at run time).

import { fromWords, highWord, lowWord } from './bits';
import { exp } from './exp';
import { expm1 } from './expm1';
import { log } from './log';
import { log1p } from './log1p';

const LN2 = 6.93147180559945286227e-1;
const SHUGE = 1.0e307;
/** The largest |x| whose cosh does not overflow (bits 0x408633ce8fb9f87d). */
const COSH_MAX = fromWords(0x408633ce, 0x8fb9f87d);

export function sinh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    // |x| < 22
    if (ix < 0x3e300000) return x; // |x| < 2^-28
    const t = expm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(Math.abs(x)); // |x| < log(DBL_MAX)
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    // |x| below the overflow threshold: exp(|x|/2)^2 / 2 without overflowing early
    const w = exp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * SHUGE;
}

export function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      // |x| < ln2/2: 1 + expm1(|x|)^2 / (2 exp(|x|))
      if (ix < 0x3c800000) return 1;
      const t = expm1(Math.abs(x));
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x));
  const ax = Math.abs(x);
  if (ax <= COSH_MAX) {
    const w = exp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

export function tanh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return jx >= 0 ? 1 / x + 1 : 1 / x - 1;
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1 + x); // |x| < 2^-55
    if (ix >= 0x3ff00000) {
      const t = expm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else {
    z = 1; // 1 - tiny
  }
  return jx >= 0 ? z : -z;
}

export function asinh(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3e300000) return x; // |x| < 2^-28
  let w: number;
  if (ix > 0x41b00000) {
    // |x| > 2^28
    if (ix >= 0x7ff00000) return x + x;
    w = log(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      w = log(2 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
    } else {
      const t = xa * xa;
      w = log1p(xa + t / (1 + Math.sqrt(1 + t)));
    }
  }
  return hx < 0 ? -w : w;
}

export function acosh(x: number): number {
  if (x > 2) {
    if (x >= 2 ** 28) {
      if (!Number.isFinite(x)) return x + x;
      return log(x) + LN2; // log(2x)
    }
    const t = x * x;
    return log(2 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  if (x > 1) {
    const t = x - 1;
    return log1p(t + Math.sqrt(2 * t + t * t));
  }
  if (x === 1) return 0;
  return NaN; // x < 1, NaN
}

export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1 - xa));
  } else if (xa < 1) {
    t = 0.5 * log1p((xa + xa) / (1 - xa));
  } else {
    if (xa > 1) return NaN;
    return Number.isNaN(x) ? x : x / 0;
  }
  return x < 0 ? -t : t;
}
