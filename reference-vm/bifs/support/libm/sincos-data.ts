// Tables of glibc's sin/cos (s_sin.c, branred.c), derived here rather than copied:
//
// SINCOS: for x_i = i/128, i = 0..109, the four doubles sin(x_i) rounded, the rounded rest
// of sin(x_i), cos(x_i) rounded and the rounded rest of cos(x_i) (a double-double each).
// TWO_OVER_PI_24: the bits of 2/pi in 75 chunks of 24 bits, as doubles.
// Both are built on first use from BigInt series (pi from pi-bits.ts); tests/libm checks them.

import { splitFixed } from './exact';
import { twoOverPiFixed } from './pi-bits';

const SINCOS_ENTRIES = 110;
const TABLE_BITS = 200; // fixed-point precision of the derivation, far beyond the 106 kept

/** sin and cos of x, all in fixed point with `bits` fraction bits (Taylor series, |x| <= 1). */
export function sinCosFixed(x: bigint, bits: number): [bigint, bigint] {
  const b = BigInt(bits);
  let sin = 0n;
  let cos = 0n;
  let term = 1n << b; // x^k / k!
  for (let k = 0n; term !== 0n; k += 1n) {
    switch (Number(k % 4n)) {
      case 0: cos += term; break;
      case 1: sin += term; break;
      case 2: cos -= term; break;
      default: sin -= term;
    }
    term = (term * x) >> b;
    term /= k + 1n;
  }
  return [sin, cos];
}

let sincos: Float64Array | null = null;
let twoOverPi: Float64Array | null = null;

export function sinCosTable(): Float64Array {
  if (sincos === null) {
    sincos = new Float64Array(4 * SINCOS_ENTRIES);
    for (let i = 0; i < SINCOS_ENTRIES; i++) {
      const [s, c] = sinCosFixed(BigInt(i) << BigInt(TABLE_BITS - 7), TABLE_BITS);
      const [sn, ssn] = splitFixed(s, TABLE_BITS, 2);
      const [cs, ccs] = splitFixed(c, TABLE_BITS, 2);
      sincos.set([sn, ssn, cs, ccs], 4 * i);
    }
  }
  return sincos;
}

export function twoOverPiChunks(): Float64Array {
  if (twoOverPi === null) {
    const chunks = 75;
    const bits = twoOverPiFixed(24 * chunks); // 2/pi < 1: the fraction's bits
    twoOverPi = new Float64Array(chunks);
    for (let i = 0; i < chunks; i++) {
      twoOverPi[i] = Number((bits >> BigInt(24 * (chunks - 1 - i))) & 0xffffffn);
    }
  }
  return twoOverPi;
}
