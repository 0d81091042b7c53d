// log2 as glibc computes it (sysdeps/ieee754/dbl-64/e_log2.c, x86-64 FMA build): the
// scheme of log (log.ts) with a 64-entry table, r/ln2 formed exactly as hi + lo with an
// FMA, and its own polynomial near 1.

import { fromWords, hexDouble, highWord, lowWord } from './bits';
import { fma } from './fma';
import { logSpecialCase } from './log';
import { LOG2_INVC, LOG2_LOGC } from './log-data';

const INV_LN2_HI = hexDouble('0x1.7154765200000p+0');
const INV_LN2_LO = hexDouble('0x1.705fc2eefa200p-33');
const A = ['-0x1.71547652b8339p-1', '0x1.ec709dc3a04bep-2', '-0x1.7154764702ffbp-2', '0x1.2776c50034c48p-2', '-0x1.ec7b328ea92bcp-3', '0x1.a6225e117f92ep-3'].map(
  hexDouble,
);
const B = [
  '-0x1.71547652b82fep-1',
  '0x1.ec709dc3a03f7p-2',
  '-0x1.71547652b7c3fp-2',
  '0x1.2776c50f05be4p-2',
  '-0x1.ec709dd768fe5p-3',
  '0x1.a61761ec4e736p-3',
  '-0x1.7153fbc64a79bp-3',
  '0x1.484d154f01b4ap-3',
  '-0x1.289e4a72c383cp-3',
  '0x1.0b32f285aee66p-3',
].map(hexDouble);

const TABLE_BITS = 6;
const OFF_HI = 0x3fe60000;
// 1 - 0x1.5b51p-5 and 1 + 0x1.6ab2p-5: the near-1 path, by the high word (low words are 0).
const NEAR1_LO = 0x3fee9257;
const NEAR1_HI = 0x3ff0b559;

export function log2(x: number): number {
  let hi = highWord(x);
  let lo = lowWord(x);
  if (hi >= NEAR1_LO && hi < NEAR1_HI) return x === 1 ? 0 : log2Near1(x);
  const top = hi >>> 16;
  if (top - 0x0010 >>> 0 >= 0x7ff0 - 0x0010) {
    const special = logSpecialCase(x, top);
    if (special !== undefined) return special;
    const scaled = x * 2 ** 52;
    hi = (highWord(scaled) - (52 << 20)) | 0;
    lo = lowWord(scaled);
  }
  const tmp = (hi - OFF_HI) | 0;
  const i = (tmp >>> (20 - TABLE_BITS)) & ((1 << TABLE_BITS) - 1);
  const k = tmp >> 20;
  const z = fromWords(hi - (tmp & 0xfff00000), lo);
  const t3 = k + LOG2_LOGC[i];
  const r = fma(z, LOG2_INVC[i], -1);
  const t1 = r * INV_LN2_HI;
  const t2 = fma(r, INV_LN2_LO, fma(INV_LN2_HI, r, -t1));
  const sum = t1 + t3;
  const low = t3 - sum + t1 + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  const p = fma(fma(r, A[5], A[4]), r4, fma(fma(r, A[3], A[2]), r2, fma(r, A[1], A[0])));
  return fma(r2, p, low) + sum;
}

function log2Near1(x: number): number {
  const r = x - 1;
  const hi = INV_LN2_HI * r;
  const r2 = r * r;
  const r4 = r2 * r2;
  let lo = fma(r, INV_LN2_LO, fma(INV_LN2_HI, r, -hi));
  const p0 = fma(r, B[1], B[0]);
  const y = fma(p0, r2, hi);
  lo = fma(p0, r2, hi - y) + lo;
  const p2 = fma(fma(r, B[5], B[4]), r2, fma(r, B[3], B[2]));
  const p6 = fma(fma(r, B[9], B[8]), r2, fma(r, B[7], B[6]));
  return y + fma(fma(p6, r4, p2), r4, lo);
}
