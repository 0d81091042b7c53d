// Double-double arithmetic: a value hi + lo held as two doubles, |lo| <= ulp(hi)/2, about
// 106 significant bits, built from error-free transformations (TwoSum, Dekker's TwoProd).
// The fast first pass of trig-dd.ts runs on these; trig.ts's BigInt code is its fallback.
//
// Each operation leaves its result in `dd` (no allocation on the hot path); read dd.hi and
// dd.lo before the next call. Error bounds, relative to the exact result, with u = 2^-53
// (Joldes, Muller, Popescu, "Tight and rigorous error bounds for basic building blocks of
// double-word arithmetic", ACM TOMS 2017): add 3u^2, mulD (by a double) 1.5u^2 + 4u^3,
// mul 7u^2, div 15u^2 + 56u^3, sqrt 25/8 u^2 - all below 2^-101.
//
// Operands must stay inside about [2^-960, 2^995] in magnitude (or be 0) so the splits do
// not overflow and the low parts do not fall into the subnormals; callers check this.

const SPLITTER = 134217729; // 2^27 + 1

/** The result of the last operation (a module-local object, so no export lookups). */
const out = { hi: 0, lo: 0 };
export const dd = out;

/** a + b exactly, |a| >= |b| or a == 0 (Fast2Sum). */
export function fastTwoSum(a: number, b: number): void {
  const s = a + b;
  out.hi = s;
  out.lo = b - (s - a);
}

/** a + b exactly (2Sum). */
export function twoSum(a: number, b: number): void {
  const s = a + b;
  const z = s - a;
  out.hi = s;
  out.lo = a - (s - z) + (b - z);
}

/** a * b exactly (Dekker's product with Veltkamp's splitting). */
export function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  out.hi = p;
  out.lo = ah * bh - p + ah * bl + al * bh + al * bl;
}

/** (ah + al) + (bh + bl) (AccurateDWPlusDW). */
export function add(ah: number, al: number, bh: number, bl: number): void {
  let s = ah + bh;
  let z = s - ah;
  let e = ah - (s - z) + (bh - z);
  const t = al + bl;
  z = t - al;
  const f = al - (t - z) + (bl - z);
  e += t;
  let h = s + e;
  e = e - (h - s);
  e += f;
  s = h + e;
  out.hi = s;
  out.lo = e - (s - h);
}

/** (ah + al) * b (DWTimesFP1). */
export function mulD(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  const ch = out.hi;
  const cl2 = al * b;
  const th = ch + cl2;
  const tl = out.lo + (cl2 - (th - ch));
  const s = th + tl;
  out.hi = s;
  out.lo = tl - (s - th);
}

/** (ah + al) * (bh + bl) (DWTimesDW1). */
export function mul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const ch = out.hi;
  const cl = out.lo + (ah * bl + al * bh);
  const s = ch + cl;
  out.hi = s;
  out.lo = cl - (s - ch);
}

/** (ah + al) / (bh + bl) (DWDivDW2: a first quotient, then the remainder's correction). */
export function div(ah: number, al: number, bh: number, bl: number): void {
  const th = ah / bh;
  mulD(bh, bl, th);
  const rh = out.hi;
  const rl = out.lo;
  const delta = ah - rh + (al - rl);
  const tl = delta / bh;
  const s = th + tl;
  out.hi = s;
  out.lo = tl - (s - th);
}

/** sqrt(ah + al) for ah > 0: the double root, corrected by the remainder over twice it. */
export function sqrt(ah: number, al: number): void {
  const sh = Math.sqrt(ah);
  twoProd(sh, sh);
  const sl = (ah - out.hi - out.lo + al) / (2 * sh);
  const s = sh + sl;
  out.hi = s;
  out.lo = sl - (s - sh);
}

/**
 * The double nearest to a value known to lie within relErr * |h| of h + l (l from one of
 * the operations above, so |l| <= ulp(h)/2), or NaN if that interval holds a rounding
 * boundary. Rounding is monotonic and h + x rounds once, so if both ends round alike the
 * value does too; the extra 2^-103 |h| covers the rounding of l -/+ e.
 */
export function roundOrNaN(h: number, l: number, relErr: number): number {
  const e = Math.abs(h) * (relErr + 2 ** -103);
  const a = h + (l - e);
  return a === h + (l + e) ? a : NaN;
}
