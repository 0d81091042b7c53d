import { formatExp20, parseFloatText } from '../../reference-vm/etf/float-text';

describe('FLOAT_EXT text', () => {
  // The 31-byte text of term_to_binary(F, [{minor_version, 0}]) in OTP 26.2.5 (C printf "%.20e").
  test.each([
    [2 ** -31, '4.65661287307739257812e-10'], // an exact tie: rounded to even, not up
    [0.1, '1.00000000000000005551e-01'],
    [-0, '-0.00000000000000000000e+00'],
    [5e-324, '4.94065645841246544177e-324'],
    [1e300, '1.00000000000000005250e+300'],
    [1 / 3, '3.33333333333333314830e-01'],
    [2.5, '2.50000000000000000000e+00'],
    [0.125, '1.25000000000000000000e-01'],
    [1e21, '1.00000000000000000000e+21'],
    [9.999999999999999e22, '9.99999999999999916114e+22'],
  ])('%p', (value, text) => {
    expect(formatExp20(value)).toBe(text);
    expect(parseFloatText(text)).toBe(value);
  });

  test('parser accepts what erts accepts', () => {
    expect(parseFloatText('1,5')).toBe(1.5);
    expect(parseFloatText('+1.5e3')).toBe(1500);
    expect(parseFloatText('1.0E-999')).toBe(0);
    expect(parseFloatText('15')).toBeNull();
    expect(parseFloatText('.5')).toBeNull();
    expect(parseFloatText('1.')).toBeNull();
    expect(parseFloatText('1.0e')).toBeNull();
    expect(parseFloatText('1.0e999')).toBeNull();
    expect(parseFloatText('1.5 ')).toBeNull();
  });
});
