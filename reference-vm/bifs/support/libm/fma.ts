// Fused multiply-add: a*b + c with one rounding, as the FMA instruction computes it.
//
// glibc on x86-64 picks, at load time, variants of exp, log, log2, pow, expm1, log1p
// and the trigonometric functions compiled with -mfma, where the compiler fuses
// a*b + c wherever the source allows it. The results are only reproduced if the same
// operations are fused here, so each function writes those as fma(...) explicitly.
//
// The product is split exactly (Dekker/Veltkamp) and the three-term sum reduced with
// error-free transformations to vh + w + we exactly. When we != 0, vh + th did not
// cancel, so |w| <= 1.5 ulp(vh) and every rounding boundary of vh + w lies on w's grid:
// rounding vh + w once is then correct unless it is exactly halfway between two doubles,
// which its exact rounding error shows (half the gap), and we breaks the tie. Operands
// so large or so small that the split could overflow or lose bits go to an exact BigInt
// computation instead.

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
  // p + pl == a*b exactly. TwoProd and TwoSum are written out here rather than called
  // from dd.ts: going through dd.ts's result object made sin/cos 40 % slower.
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
  // w + we == vl + tl exactly
  const w = vl + tl;
  z = w - vl;
  const we = vl - (w - z) + (tl - z);
  let result = vh + w;
  if (we !== 0) {
    // e = vh + w - result exactly; a tie when result + 2e is a double (the neighbour)
    z = result - vh;
    const e = vh - (result - z) + (w - z);
    if (e !== 0 && result + 2 * e - result === 2 * e && e > 0 === we > 0) result += 2 * e;
  }
  if (Math.abs(result) < SMALL && result !== 0) return exactFma(a, b, c);
  return result;
}
