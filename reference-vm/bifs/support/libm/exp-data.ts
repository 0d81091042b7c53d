// The table and constants shared by exp and pow (glibc's __exp_data, N = 128).
//
// 2^(k/N) for k in [0, N) is a head H[k] (the nearest double) and a relative tail T[k]
// (the double nearest (2^(k/N) - H[k]) / H[k]), from tables.ts, which is derived by exact
// arithmetic (tests/libm/derive.ts); the tests check it against glibc's results.

import { doubleFromBits, hexDouble, highWord, lowWord } from './bits';
import { EXP_HEAD, EXP_TAIL } from './tables';

export const EXP_TABLE_BITS = 7;
export const N = 1 << EXP_TABLE_BITS;

// Published constants of the algorithm (N/ln2, ln2/N split in a 42-bit head and a
// tail, the rounding shift and the polynomial for exp(r) - 1 from r^2 on).
export const INV_LN2_N = hexDouble('0x1.71547652b82fep0') * N;
export const NEG_LN2_HI_N = hexDouble('-0x1.62e42fefa0000p-8');
export const NEG_LN2_LO_N = hexDouble('-0x1.cf79abc9e3b3ap-47');
export const SHIFT = hexDouble('0x1.8p52');
export const C2 = hexDouble('0x1.ffffffffffdbdp-2');
export const C3 = hexDouble('0x1.555555555543cp-3');
export const C4 = hexDouble('0x1.55555cf172b91p-5');
export const C5 = hexDouble('0x1.1111167a4d017p-7');

/** T[k], the relative tail of 2^(k/N). */
export const TAIL = new Float64Array(N);
/**
 * The high word of H[k] less k << 13, and the low word of H[k]: adding the full k << 13
 * (k << 45 in the 64-bit word) then gives 2^(k/N) with the exponent of k/N applied.
 */
export const SCALE_HI = new Int32Array(N);
export const SCALE_LO = new Uint32Array(N);

EXP_HEAD.forEach((bits, k) => {
  const head = doubleFromBits(bits);
  TAIL[k] = doubleFromBits(EXP_TAIL[k]);
  SCALE_HI[k] = (highWord(head) - (k << (52 - EXP_TABLE_BITS - 32))) | 0;
  SCALE_LO[k] = lowWord(head);
});
