// Double-double primitives (dd.ts) against exact BigInt arithmetic: the error-free
// transformations must be exact, the operations within the bounds trig-dd.ts relies on.

import { add, dd, div, mul, mulD, roundOrNaN, sqrt, twoProd, twoSum } from '../../reference-vm/bifs/support/libm/dd';
import { toDyadic } from '../../reference-vm/bifs/support/libm/exact';
import { prng } from '../reliability/prng';

/** An exact rational num/den (den > 0) as BigInts. */
interface Rational {
  num: bigint;
  den: bigint;
}

function ofDoubles(...xs: number[]): Rational {
  let num = 0n;
  const E = 1200; // every double is a multiple of 2^-1074; a common scale of 2^-1200 is exact
  for (const x of xs) {
    const { mant, exp } = toDyadic(x);
    num += mant << BigInt(exp + E);
  }
  return { num, den: 1n << BigInt(E) };
}

const mulR = (a: Rational, b: Rational): Rational => ({ num: a.num * b.num, den: a.den * b.den });
const divR = (a: Rational, b: Rational): Rational => (b.num < 0n ? { num: -a.num * b.den, den: a.den * -b.num } : { num: a.num * b.den, den: a.den * b.num });
const addR = (a: Rational, b: Rational): Rational => ({ num: a.num * b.den + b.num * a.den, den: a.den * b.den });

/** log2 of |got - want| / |want| (-Infinity when exact). */
function relErrorLog2(got: Rational, want: Rational): number {
  const diff = got.num * want.den - want.num * got.den;
  if (diff === 0n) return -Infinity;
  const abs = (v: bigint): bigint => (v < 0n ? -v : v);
  const n = abs(diff);
  const d = abs(want.num) * got.den;
  return n.toString(2).length - d.toString(2).length; // within one of the true log2
}

const rnd = prng(2024);
const value = (): number => (rnd() < 0.5 ? -1 : 1) * (1 + rnd()) * 2 ** Math.floor(rnd() * 60 - 30);
/** A normalised double-double: hi and a lo below half its ulp. */
function pair(): [number, number] {
  const hi = value();
  return [hi, hi * (rnd() - 0.5) * 2 ** -53];
}

describe('double-double primitives', () => {
  it('twoSum and twoProd are exact', () => {
    for (let i = 0; i < 5000; i++) {
      const a = value();
      const b = value();
      twoSum(a, b);
      expect(relErrorLog2(ofDoubles(dd.hi, dd.lo), ofDoubles(a, b))).toBe(-Infinity);
      twoProd(a, b);
      expect(relErrorLog2(ofDoubles(dd.hi, dd.lo), mulR(ofDoubles(a), ofDoubles(b)))).toBe(-Infinity);
    }
  });

  it('add, mul, mulD, div and sqrt stay within 2^-100 relative', () => {
    let worst = -Infinity;
    for (let i = 0; i < 3000; i++) {
      const [ah, al] = pair();
      const [bh, bl] = pair();
      const a = ofDoubles(ah, al);
      const b = ofDoubles(bh, bl);
      add(ah, al, bh, bl);
      if (ah + bh !== 0) worst = Math.max(worst, relErrorLog2(ofDoubles(dd.hi, dd.lo), addR(a, b)));
      mul(ah, al, bh, bl);
      worst = Math.max(worst, relErrorLog2(ofDoubles(dd.hi, dd.lo), mulR(a, b)));
      mulD(ah, al, bh);
      worst = Math.max(worst, relErrorLog2(ofDoubles(dd.hi, dd.lo), mulR(a, ofDoubles(bh))));
      div(ah, al, bh, bl);
      worst = Math.max(worst, relErrorLog2(ofDoubles(dd.hi, dd.lo), divR(a, b)));
      const ph = Math.abs(ah);
      sqrt(ph, Math.sign(ah) * al);
      const s = ofDoubles(dd.hi, dd.lo);
      // |s^2 - a| / a is twice the root's relative error
      worst = Math.max(worst, relErrorLog2(mulR(s, s), ofDoubles(ph, Math.sign(ah) * al)) - 1);
    }
    expect(worst).toBeLessThanOrEqual(-100);
    expect(worst).toBeGreaterThan(-115); // the comparison does see rounding errors
  });

  it('rounds only when the whole error interval rounds alike', () => {
    expect(roundOrNaN(1, 2 ** -60, 2 ** -96)).toBe(1);
    // 1 + 2^-53 is the midpoint of 1 and 1 + 2^-52: undecided however small the error
    expect(roundOrNaN(1, 2 ** -53, 2 ** -120)).toBeNaN();
    expect(roundOrNaN(1, 2 ** -53 + 2 ** -90, 2 ** -96)).toBe(1 + 2 ** -52);
    expect(roundOrNaN(1, 2 ** -53 + 2 ** -100, 2 ** -96)).toBeNaN();
  });
});
