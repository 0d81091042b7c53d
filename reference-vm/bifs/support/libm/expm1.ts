// expm1 as glibc computes it: fdlibm's s_expm1.c (reduction by ln2 split in two,
// a rational approximation on [-ln2/2, ln2/2], exponent added back through the bits),
// in glibc's x86-64 FMA build, whose fused operations are written as fma(...) here.

import { fromWords, highWord, lowWord, withHighWord } from './bits';
import { fma } from './fma';

const O_THRESHOLD = 7.09782712893383973096e2;
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700;
const Q1 = -3.33333333333331316428e-2;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -7.93650757867487942473e-5;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.01099218183624371326e-7;
const TINY = 1e-300;

export function expm1(input: number): number {
  let x = input;
  const hxSigned = highWord(x);
  const negative = hxSigned < 0;
  const hx = hxSigned & 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| >= 56 ln2
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x;
        return negative ? -1 : x;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (negative) return TINY - 1;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2/2: x = k ln2 + (hi - lo)
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
      hi = fma(-k, LN2_HI, x);
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x; // |x| < 2^-54
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1a = fma(hxs, Q1, 1);
  const h2 = hxs * hxs;
  const h4 = h2 * h2;
  const r1 = fma(h4, fma(hxs, Q5, Q4), fma(h2, fma(hxs, Q3, Q2), r1a));
  const t = fma(-r1, hfx, 3);
  let e = hxs * ((r1 - t) / fma(-x, t, 6));
  if (k === 0) return x - fma(e, x, -hxs);
  e = fma(e - c, x, -c);
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {
    // exp(x) - 1 ~ exp(x): scale 1 - (e - x) by 2^k through the exponent bits
    const y = 1 - (e - x);
    return withHighWord(y, highWord(y) + (k << 20)) - 1;
  }
  if (k < 20) {
    const t1 = fromWords(0x3ff00000 - (0x200000 >> k), 0); // 1 - 2^-k
    const y = t1 - (e - x);
    return withHighWord(y, highWord(y) + (k << 20));
  }
  const tk = fromWords((0x3ff - k) << 20, 0); // 2^-k
  const y = x - (e + tk) + 1;
  return withHighWord(y, highWord(y) + (k << 20));
}
