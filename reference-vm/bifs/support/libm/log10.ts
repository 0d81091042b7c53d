// log10 as glibc computes it (sysdeps/ieee754/dbl-64/e_log10.c): x = 2^n m with
// m in [1, 2) (or [1/2, 1) when n < 0), log10(x) = n log10(2) + log(m)/ln(10), the
// log10(2) split in two parts.

import { fromWords, highWord, lowWord } from './bits';
import { log } from './log';

const IVLN10 = 4.34294481903251816668e-1;
const LOG10_2HI = 3.01029995663611771306e-1;
const LOG10_2LO = 3.69423907715893078616e-13;

export function log10(input: number): number {
  let x = input;
  let hx = highWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^-1022, including all negative x
    if (x === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= 2 ** 54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  const m = fromWords((hx & 0x000fffff) | ((0x3ff - i) << 20), lowWord(x));
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * log(m);
  return z + y * LOG10_2HI;
}
