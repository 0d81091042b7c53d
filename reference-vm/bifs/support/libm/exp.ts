// exp as glibc computes it (sysdeps/ieee754/dbl-64/e_exp.c, the table-driven algorithm
// of glibc >= 2.28, in its x86-64 FMA build).
//
// x = k ln2/N + r with |r| <= ln2/2N; exp(x) = 2^(k/N) * exp(r), where 2^(k/N) comes
// from the table as scale * (1 + tail) and exp(r) - 1 from a degree-5 polynomial.
// Results that may overflow or fall into the subnormals take a rescaled path.

import { exponentField, fromWords, lowWord } from './bits';
import { C2, C3, C4, C5, INV_LN2_N, NEG_LN2_HI_N, NEG_LN2_LO_N, N, SCALE_HI, SCALE_LO, SHIFT, TAIL } from './exp-data';
import { fma } from './fma';

// Exponent fields (top 12 bits of |x|) bounding the fast path: 2^-54 and 512, 1024.
const TOP_TINY = 0x3c9;
const TOP_512 = 0x408;
const TOP_1024 = 0x409;

export function exp(x: number): number {
  let abstop = exponentField(x);
  if (abstop - TOP_TINY >>> 0 >= TOP_512 - TOP_TINY) {
    if (abstop < TOP_TINY) return 1 + x; // |x| < 2^-54: exp(x) rounds to 1 (and 0 is common)
    if (abstop >= TOP_1024) {
      if (x === -Infinity) return 0;
      if (abstop === 0x7ff) return 1 + x;
      return x < 0 ? 0 : Infinity;
    }
    abstop = 0; // 512 <= |x| < 1024: may overflow or underflow, rescaled below
  }
  // k = round(x N/ln2), through the bits of x N/ln2 + 1.5*2^52.
  const shifted = fma(x, INV_LN2_N, SHIFT);
  const kLow = lowWord(shifted);
  const kd = shifted - SHIFT;
  const r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  const idx = kLow & (N - 1);
  // The scale's exponent gets k/N added through the bits (k << 45 in the 64-bit word).
  const scaleHi = (SCALE_HI[idx] + (kLow << 13)) | 0;
  const scaleLo = SCALE_LO[idx];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(fma(r, C3, C2), r2, TAIL[idx] + r));
  if (abstop === 0) return expSpecialCase(tmp, scaleHi, scaleLo, kLow);
  const scale = fromWords(scaleHi, scaleLo);
  return fma(scale, tmp, scale);
}

/**
 * scale * (1 + tmp) when the scale's exponent may be out of range: k > 0 computes
 * with a scale 2^-1009 smaller; k < 0 with one 2^1022 larger, and a result below
 * 2^-1022 is first rounded to the precision the subnormal will have, so there is
 * only one rounding.
 */
function expSpecialCase(tmp: number, scaleHi: number, scaleLo: number, kLow: number): number {
  if ((kLow & 0x80000000) === 0) {
    const scale = fromWords(scaleHi - (1009 << 20), scaleLo);
    return 2 ** 1009 * fma(scale, tmp, scale);
  }
  const scale = fromWords(scaleHi + (1022 << 20), scaleLo);
  const product = scale * tmp;
  let y = scale + product;
  if (y < 1) {
    const lo = scale - y + product;
    const hi = 1 + y;
    y = 1 - hi + y + lo + hi - 1;
    if (y === 0) y = 0; // never -0
  }
  return 2 ** -1022 * y;
}
