// The fused multiply-add emulation against an exact BigInt computation.

import { exactFma } from '../../reference-vm/bifs/support/libm/exact';
import { fma } from '../../reference-vm/bifs/support/libm/fma';
import { prng } from '../reliability/prng';

function same(a: number, b: number): boolean {
  return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
}

describe('fma', () => {
  const rnd = prng(12345);
  const mantissa = (): number => 1 + rnd();
  const pick = (lo: number, hi: number): number => (rnd() < 0.5 ? -1 : 1) * mantissa() * 2 ** Math.floor(lo + rnd() * (hi - lo));

  it('rounds once on ordinary operands', () => {
    for (let i = 0; i < 20000; i++) {
      const a = pick(-40, 40);
      const b = pick(-40, 40);
      const c = i % 2 === 0 ? pick(-80, 80) : -a * b * (1 + (rnd() - 0.5) * 2 ** -30); // near-cancellation
      expect([a, b, c, fma(a, b, c)]).toEqual([a, b, c, exactFma(a, b, c)]);
    }
  });

  it('rounds once on huge, tiny and subnormal operands', () => {
    for (let i = 0; i < 5000; i++) {
      const a = pick(-1074, 1023);
      const b = pick(-600, 600);
      const c = pick(-1074, 1023);
      const got = fma(a, b, c);
      const want = exactFma(a, b, c);
      if (!same(got, want)) expect([a, b, c, got]).toEqual([a, b, c, want]);
    }
  });

  it('breaks ties to even where the two roundings of a*b + c would not', () => {
    // a*b = 1 + 2^-53 + 2^-106: a separate multiply rounds it to 1, the fused result is 1 + 2^-52.
    const a = 1 + 2 ** -53 * 2;
    const b = 1 - 2 ** -53;
    expect(fma(a, b, 0)).toBe(a * b);
    expect(fma(1 + 2 ** -52, 1 + 2 ** -52, -1)).toBe(2 ** -51 + 2 ** -104);
    expect(fma(2 ** 27 + 1, 2 ** 27 + 1, -(2 ** 54))).toBe(2 ** 28 + 1);
  });

  it('lets a tiny third part decide where the rest of a*b + c falls exactly on a tie', () => {
    // a*b = 2^-53 (1 + k1 2^-30)(1 - k2 2^-30): c + 2^-53 is halfway between doubles and
    // the product's k1 k2 2^-113 tail (rounded away inside the sum) decides the rounding.
    for (let k1 = 1; k1 < 24; k1++) {
      for (let k2 = -12; k2 < 12; k2++) {
        for (let j = 0; j < 4; j++) {
          for (const scale of [1, -1, 2 ** 40, 2 ** -300]) {
            const a = (1 + k1 * 2 ** -30) * scale;
            const b = (1 - k2 * 2 ** -30) * 2 ** -53;
            const c = (1 + j * 2 ** -52) * scale;
            const got = fma(a, b, c);
            const want = exactFma(a, b, c);
            if (!same(got, want)) expect([a, b, c, got]).toEqual([a, b, c, want]);
          }
        }
      }
    }
    expect(fma(1 + 2 ** -30, (1 - 2 ** -30) * 2 ** -53, 1 + 2 ** -52)).toBe(1 + 2 ** -52);
  });

  it('follows IEEE rules for zeros, infinities and NaN', () => {
    expect(Object.is(fma(0, 5, -0), 0)).toBe(true);
    expect(Object.is(fma(-0, 5, -0), -0)).toBe(true);
    expect(fma(Infinity, 2, 1)).toBe(Infinity);
    expect(fma(2 ** 1000, 2 ** 100, -Infinity)).toBe(-Infinity);
    expect(Number.isNaN(fma(Infinity, 0, 1))).toBe(true);
    expect(fma(2 ** 1000, 2 ** 100, -(2 ** 1023))).toBe(Infinity);
    // Near the top of the range the exact product's low part must survive the cancellation.
    const a = 1 + 2 ** -30;
    expect(fma(a, a * 2 ** 1022, -(1 + 2 ** -29) * 2 ** 1022)).toBe(2 ** 962);
  });
});
