// atan(j/64), j = 0..64, in BigInt fixed point: the table points of the correctly rounded
// atan family (trig.ts) and, rounded to double-doubles, of its fast first pass (trig-dd.ts).

import { piFixed } from './pi-bits';

export const TABLE_STEPS = 64;
let atanTableBits = 0;
let atanTable: bigint[] = [];

/** atan(a/b) for 0 <= a/b <= 1/2 by its Taylor series, `bits` fraction bits (tables only). */
function atanRationalSeries(a: bigint, b: bigint, bits: number): bigint {
  let power = (a << BigInt(bits)) / b; // (a/b)^(2k+1)
  const a2 = a * a;
  const b2 = b * b;
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += (k & 2n) === 0n ? power / k : -(power / k);
    power = (power * a2) / b2;
  }
  return sum;
}

/** atan(j/TABLE_STEPS) with `bits` fraction bits, cached at the largest precision asked. */
export function atanOfTablePoint(j: number, bits: number): bigint {
  if (bits > atanTableBits) {
    const b = Math.max(bits, 2 * atanTableBits) + 32;
    const quarterPi = piFixed(b) >> 2n;
    const n = BigInt(TABLE_STEPS);
    atanTable = [];
    for (let i = 0n; i <= n; i++) {
      // atan(i/n) = pi/4 - atan((n - i)/(n + i)) keeps the series' argument below 1/3
      atanTable.push(2n * i <= n ? atanRationalSeries(i, n, b) : quarterPi - atanRationalSeries(n - i, n + i, b));
    }
    atanTableBits = b;
  }
  return atanTable[j] >> BigInt(atanTableBits - bits);
}
