// glibc's reduction of a huge argument modulo pi/2 (sysdeps/ieee754/dbl-64/branred.c),
// used by sin and cos for |x| >= 105414350. It is built without FMA, so every operation
// here is a plain double operation in the source's order.
//
// x is split into two 26-bit halves; each is multiplied by the 24-bit chunks of 2/pi that
// matter for its exponent, the integer parts (mod 4) and the fraction are summed in
// double-double, and the fraction is multiplied by pi/2 in double-double.

import { doubleFromBits, highWord } from './bits';
import { twoOverPiChunks } from './sincos-data';

const SPLIT = 134217729; // 2^27 + 1
const BIG = 6755399441055744; // 1.5 * 2^52: rounds to an integer
const BIG1 = 27021597764222976; // 1.5 * 2^54: rounds to a multiple of 4
const HP0 = doubleFromBits('3ff921fb54442d18'); // pi/2 rounded
const HP1 = doubleFromBits('3c91a62633145c07'); // pi/2 - HP0
const MP1 = doubleFromBits('3ff921fb58000000'); // pi/2 to 28 bits
const MP2 = doubleFromBits('be4dde9740000000'); // the next bits

/** x * (2/pi) for one half of x: [integer part mod 4 (roughly), fraction hi, fraction lo]. */
function halfProduct(xh: number, r: Float64Array): [number, number, number] {
  const chunks = twoOverPiChunks();
  // Start at the first chunk whose product with xh reaches the integer part's bits.
  let k = Math.trunc((((highWord(xh) >>> 20) & 2047) - 450) / 24);
  if (k < 0) k = 0;
  let gor = 2 ** (576 - 24 * k);
  for (let i = 0; i < 6; i++) {
    r[i] = xh * chunks[k + i] * gor;
    gor *= 2 ** -24;
  }
  let sum = 0;
  let s: number;
  for (let i = 0; i < 3; i++) {
    s = r[i] + BIG - BIG;
    sum += s;
    r[i] -= s;
  }
  let t = 0;
  for (let i = 0; i < 6; i++) t += r[5 - i];
  let bb = r[0] - t + r[1] + r[2] + r[3] + r[4] + r[5];
  s = t + BIG - BIG;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = t - b + bb;
  s = sum + BIG1 - BIG1;
  sum -= s;
  return [sum, b, bb];
}

const scratch = new Float64Array(6);

/** x = n pi/2 + (a + aa) with |a + aa| <= pi/4; returns [n mod 4, a, aa]. */
export function branred(x: number): [number, number, number] {
  x *= 2 ** -600;
  let t = x * SPLIT;
  const x1 = t - (t - x);
  const x2 = x - x1;
  const [sum1, b1, bb1] = halfProduct(x1, scratch);
  const [sum2, b2, bb2] = halfProduct(x2, scratch);
  let sum = sum1 + sum2;
  let b = b1 + b2;
  let bb = Math.abs(b1) > Math.abs(b2) ? b1 - b + b2 : b2 - b + b1;
  if (b > 0.5) {
    b -= 1;
    sum += 1;
  } else if (b < -0.5) {
    b += 1;
    sum -= 1;
  }
  let s = b + (bb + bb1 + bb2);
  t = b - s + bb + (bb1 + bb2);
  b = s * SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * HP0;
  bb = t1 * MP1 - b + t1 * MP2 + t2 * MP1 + (t2 * MP2 + s * HP1 + t * HP0);
  s = b + bb;
  t = b - s + bb;
  return [Math.trunc(sum) & 3, s, t];
}
