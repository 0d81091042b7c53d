// The 1/c values of glibc's log and log2 tables, found by the search glibc's
// e_log_data.c / e_log2_data.c describe (used by gen-tables.ts; takes minutes).
//
// For subinterval i of [0x1.6p-1, 0x1.6p0) (split by the top mantissa bits of z),
// glibc tried the 2^30 doubles invc within 2^29 ulps of 1/centre and kept the one whose
// log(1/invc) (log2 for log2) is closest to a multiple of 2^-43 (2^-42 for log2), so that
// the rounded logc is on that grid and its rounding error is as small as possible.
//
// h(j) = K * log(x0 + j*ulp) with K = 2^43 (2^42/ln 2) is nearly linear in j, so the
// window is cut into blocks where h is a line plus a tiny quadratic; in each block only
// the points next to the integers the line crosses can be close to one. Those within a
// loose bound are then ranked by exact BigInt evaluation.

import { fromWords } from '../../reference-vm/bifs/support/libm/bits';
import { bitLength, toDyadic } from '../../reference-vm/bifs/support/libm/exact';
import { logFixed } from './derive';

export interface TableSpec {
  name: string;
  tableBits: number;
  gridBits: number; // logc must be a multiple of 2^-gridBits
  base2: boolean;
}

export const LOG_SPEC: TableSpec = { name: 'log', tableBits: 7, gridBits: 43, base2: false };
export const LOG2_SPEC: TableSpec = { name: 'log2', tableBits: 6, gridBits: 42, base2: true };

const OFF_HI = 0x3fe60000;
const HALF_WINDOW = 2 ** 29;
const BLOCK = 2 ** 15;
const F = 220; // fixed-point fraction bits of the exact evaluations
const FB = BigInt(F);
const LN2 = logFixed(2n, 1n, F);

/** K * log(num/den) in fixed point (K = 2^gridBits, divided by ln 2 for base 2). */
function scaledLog(num: bigint, den: bigint, spec: TableSpec): bigint {
  const l = logFixed(num, den, F) << BigInt(spec.gridBits);
  return spec.base2 ? (l << FB) / LN2 : l;
}

/** Distance of a fixed-point value to the nearest integer, in fixed point. */
function distToInteger(v: bigint): bigint {
  const one = 1n << FB;
  let frac = v % one;
  if (frac < 0n) frac += one;
  return frac < one - frac ? frac : one - frac;
}

function fracToNumber(v: bigint): number {
  const one = 1n << FB;
  let frac = v % one;
  if (frac < 0n) frac += one;
  return Number(frac >> (FB - 60n)) / 2 ** 60;
}

export function searchEntry(spec: TableSpec, i: number): number {
  const step = 1 << (20 - spec.tableBits);
  const start = fromWords(OFF_HI + i * step, 0);
  const end = fromWords(OFF_HI + (i + 1) * step, 0);
  const x0 = 1 / ((start + end) / 2);
  const d0 = toDyadic(x0);
  const mx = d0.mant; // x0 = mx * 2^e, one ulp = 2^e, so x0 + j ulp = (mx + j) 2^e
  if (bitLength(mx) !== 53 || bitLength(mx + BigInt(HALF_WINDOW)) !== 53 || bitLength(mx - BigInt(HALF_WINDOW)) !== 53) {
    throw new Error(`window of entry ${i} crosses a binade`);
  }
  // h(j) = K log((mx + j) 2^e); the integer part is irrelevant, only the distance to Z.
  const kFixed = spec.base2 ? ((1n << BigInt(spec.gridBits)) << (2n * FB)) / LN2 : 1n << (BigInt(spec.gridBits) + FB);
  const kNum = Number(kFixed >> (FB - 60n)) / 2 ** 60;
  const mxNum = Number(mx);
  const candidates: number[] = [];
  for (let jb = -HALF_WINDOW; jb < HALF_WINDOW; jb += BLOCK) {
    const m = mx + BigInt(jb);
    const exponent = d0.exp;
    const h = exponent >= 0 ? scaledLog(m << BigInt(exponent), 1n, spec) : scaledLog(m, 1n << BigInt(-exponent), spec);
    const a = fracToNumber(h);
    const mNum = mxNum + jb;
    const slope = kNum / mNum; // h'(j)
    const curve = -kNum / (2 * mNum * mNum); // h''(j)/2
    const top = a + BLOCK * slope + 1;
    for (let n = 0; n <= top; n++) {
      const t = Math.round((n - a) / slope);
      if (t < 0 || t >= BLOCK) continue;
      const f = a + t * slope + curve * t * t - n;
      if (Math.abs(f) < 2 ** -26) candidates.push(jb + t);
    }
  }
  // Rank the candidates exactly.
  let best = 0;
  let bestDist = -1n;
  for (const j of candidates) {
    const m = mx + BigInt(j);
    const exponent = d0.exp;
    const h = exponent >= 0 ? scaledLog(m << BigInt(exponent), 1n, spec) : scaledLog(m, 1n << BigInt(-exponent), spec);
    const dist = distToInteger(h);
    if (bestDist < 0n || dist < bestDist) {
      bestDist = dist;
      best = j;
    }
  }
  if (bestDist < 0n) throw new Error(`no candidate for entry ${i}`);
  return Number(mx + BigInt(best)) * 2 ** d0.exp;
}

/** invc for every subinterval of the table described by spec. */
export function searchLogInvc(spec: TableSpec, progress: (i: number) => void = () => {}): number[] {
  const out: number[] = [];
  for (let i = 0; i < 1 << spec.tableBits; i++) {
    out.push(searchEntry(spec, i));
    progress(i);
  }
  return out;
}
