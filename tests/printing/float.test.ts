// Float text against OTP 26.2.5 (float-expectations.ts): shortest round-trip form
// (~w / ~p / float_to_list(F, [short])), ~e/~f/~g with several precisions, and
// erlang:display/1's "%.6e".

import { codePointsOf } from '../../reference-vm/printing/chars';
import { floatToList, floatToShortString, formatScientificC } from '../../reference-vm/printing/float';
import { formatToString } from '../../reference-vm/printing/format';
import { Float } from '../../reference-vm/terms/types';
import { FLOAT_CASES, FLOAT_FORMAT } from './float-expectations';

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

const fmt = codePointsOf(FLOAT_FORMAT);

describe('floats match OTP 26', () => {
  test.each(FLOAT_CASES.map((c) => [...c] as const))('%s', (bits, short, formatted, display) => {
    const x = fromBits(bits);
    expect(floatToShortString(x)).toBe(short);
    const f = new Float(x);
    expect(formatToString(fmt, Array(9).fill(f))).toBe(formatted);
    expect(formatScientificC(x, 6)).toBe(display);
  });
});

describe('C-style scientific notation', () => {
  // From OTP 26.2.5: float_to_list/1 and float_to_list/2 with {scientific, N}.
  test.each([
    [0.1, 20, '1.00000000000000005551e-01'],
    [1.0e25, 20, '1.00000000000000009060e+25'],
    [0.125, 1, '1.2e-01'], // exact tie: round half to even
    [0.375, 1, '3.8e-01'],
    [1234567.5, 6, '1.234568e+06'],
    [1234568.5, 6, '1.234568e+06'],
    [-0.0, 3, '-0.000e+00'],
    [9.5, 0, '1e+01'],
    [8.5, 0, '8e+00'],
  ] as const)('%p with %p decimals', (x, decimals, expected) => {
    expect(formatScientificC(x, decimals)).toBe(expected);
  });

  test('float_to_list/1 is %.20e', () => {
    expect(floatToList(3.14)).toBe('3.14000000000000012434e+00');
  });
});
