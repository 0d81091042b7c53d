// Fused multiply-add: a*b + c with one rounding, as the FMA instruction computes it.
//
// glibc on x86-64 picks, at load time, variants of exp, log, log2, pow, expm1, log1p
// and the trigonometric functions compiled with -mfma, where the compiler fuses
// a*b + c wherever the source allows it. The results are only reproduced if the same
// operations are fused here, so each function writes those as fma(...) explicitly.
//
// The product is split exactly (Dekker/Veltkamp), the three-term sum is reduced with
// error-free transformations and the last addition is done with rounding to odd
// (Boldo & Melquiond, "Emulation of FMA and correctly rounded sums", 2008), which
// gives the correctly rounded result. Operands so large or so small that the split
// could overflow or lose bits go to an exact BigInt computation instead.

import { lowWord, stepUlp } from './bits';
import { exactFma } from './exact';

const SPLITTER = 134217729; // 2^27 + 1
const BIG = 2 ** 995; // beyond this the split of an operand may overflow
const SMALL = 2 ** -960; // below this a partial product may fall off the subnormals

export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const ap = Math.abs(p);
  const ac = Math.abs(c);
  if (!(ap < BIG && ap > SMALL && Math.abs(a) < BIG && Math.abs(b) < BIG && ac < BIG)) {
    if (!Number.isFinite(a) || !Number.isFinite(b) || a === 0 || b === 0) return p + c;
    if (!Number.isFinite(c)) return c; // the exact product is finite
    return exactFma(a, b, c);
  }
  if (ac !== 0 && ac < SMALL) return exactFma(a, b, c);
  // p + pl == a*b exactly.
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const pl = ah * bh - p + ah * bl + al * bh + al * bl;
  // c + pl == th + tl and p + th == vh + vl, both exactly (TwoSum).
  const th = c + pl;
  let z = th - c;
  const tl = c - (th - z) + (pl - z);
  const vh = p + th;
  z = vh - p;
  const vl = p - (vh - z) + (th - z);
  const result = vh + addRoundToOdd(tl, vl);
  if (Math.abs(result) < SMALL && result !== 0) return exactFma(a, b, c);
  return result;
}

/** x + y rounded to odd: the truncation, nudged to the odd neighbour when inexact. */
function addRoundToOdd(x: number, y: number): number {
  const s = x + y;
  const z = s - x;
  const err = x - (s - z) + (y - z);
  if (err === 0 || (lowWord(s) & 1) === 1 || !Number.isFinite(s)) return s;
  // s is even and the exact sum lies strictly between s and its neighbour on err's side.
  return stepUlp(s, err > 0 === s > 0);
}
