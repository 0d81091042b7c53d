// Exact derivations of the libm tables (reference-vm/bifs/support/libm/tables.ts), from
// the definitions glibc's data files give, by BigInt fixed-point arithmetic. Used by
// gen-tables.ts to write the tables and by tables.test.ts to check them.

import { fromWords } from '../../reference-vm/bifs/support/libm/bits';
import { bitLength, roundToDouble, toDyadic } from '../../reference-vm/bifs/support/libm/exact';

/** floor(sqrt(n)) for n >= 0 (Newton's iteration on integers). */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * log(num / den) * 2^bits, to within a few units (num, den > 0), from
 * log(a/b) = 2 atanh((a - b) / (a + b)) summed as a series in fixed point.
 */
export function logFixed(num: bigint, den: bigint, bits: number): bigint {
  // Pull out powers of two first so the atanh argument is small.
  let n = num;
  let d = den;
  const shift = bitLength(n) - bitLength(d);
  if (shift > 0) d <<= BigInt(shift);
  else n <<= BigInt(-shift);
  const guard = BigInt(bits + 16);
  const scale = 1n << guard;
  const t = ((n - d) << guard) / (n + d);
  const t2 = (t * t) >> guard;
  let term = t;
  let sum = 0n;
  // Division truncates towards zero, so a negative term also reaches 0.
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * t2) / scale;
  }
  const result = 2n * sum + BigInt(shift) * ln2Fixed(guard);
  return result >> 16n;
}

/** ln 2 * 2^bits, from ln 2 = 2 atanh(1/3). */
function ln2Fixed(bits: bigint): bigint {
  const x = (1n << bits) / 3n;
  const x2 = (x * x) >> bits;
  let term = x;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * x2) >> bits;
  }
  return 2n * sum;
}

export interface ExpTable {
  /** H[k], the double nearest 2^(k/N). */
  head: number[];
  /** T[k], the double nearest (2^(k/N) - H[k]) / H[k]. */
  tail: number[];
}

/** exp's table (N = 128): 2^(1/N) by seven exact square roots in 192-bit fixed point. */
export function deriveExpTable(): ExpTable {
  const N = 128;
  const P = 192n;
  const one = 1n << P;
  let root = 2n << P;
  for (let i = 0; i < 7; i++) root = isqrt(root << P);
  const head: number[] = [];
  const tail: number[] = [];
  let power = one;
  for (let k = 0; k < N; k++) {
    const h = roundToDouble(power, one);
    const hFixed = BigInt(h * 2 ** 52) << (P - 52n);
    head.push(h);
    tail.push(roundToDouble((power - hFixed) << P, hFixed, -Number(P)));
    power = (power * root) >> P;
  }
  return { head, tail };
}

export interface PowLogTable {
  invc: number[];
  logc: number[];
  logctail: number[];
}

/**
 * pow's log table (N = 128): z in [OFF, 2 OFF), OFF = 0x1.69555p-1, split by the bits of
 * z; 1/c = round(N/centre)/N (centre < 1) or round(2N/centre)/2N, logc = log(c) rounded
 * to a multiple of 2^-43, logctail = the double nearest log(c) - logc.
 */
export function derivePowLogTable(): PowLogTable {
  const N = 128;
  const P = 160;
  const table: PowLogTable = { invc: [], logc: [], logctail: [] };
  for (let i = 0; i < N; i++) {
    const start = fromWords(0x3fe69555 + (i << 13), 0);
    const end = fromWords(0x3fe69555 + ((i + 1) << 13), 0);
    const centre = (start + end) / 2;
    const scale = centre < 1 ? N : 2 * N;
    const j = Math.round(scale / centre);
    table.invc.push(j / scale);
    const logc = logFixed(BigInt(scale), BigInt(j), P);
    const unit = 1n << BigInt(P - 43);
    const rounded = divRound(logc, unit) * unit;
    table.logc.push(roundToDouble(rounded, 1n, -P));
    table.logctail.push(roundToDouble(logc - rounded, 1n, -P));
  }
  return table;
}

/** logc for a log or log2 table: log(1/invc) (log2 for base2) rounded to double. */
export function deriveLogc(invc: readonly number[], base2: boolean): number[] {
  const P = 160;
  const ln2 = logFixed(2n, 1n, P);
  return invc.map((v) => {
    const d = toDyadic(v);
    const num = d.exp < 0 ? 1n << BigInt(-d.exp) : 1n;
    const den = d.exp < 0 ? d.mant : d.mant << BigInt(d.exp);
    const l = logFixed(num, den, P);
    return base2 ? roundToDouble(l, ln2) : roundToDouble(l, 1n, -P);
  });
}

/** a / b rounded to the nearest integer (b > 0). */
function divRound(a: bigint, b: bigint): bigint {
  return (2n * a + (a < 0n ? -b : b)) / (2n * b);
}
