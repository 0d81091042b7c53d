// The text form of FLOAT_EXT (minor_version 0): C printf "%.20e", and the parser
// erts uses when decoding it (sys_chars_to_double).

const floatView = new DataView(new ArrayBuffer(8));

/** value = mantissa * 2^exponent, exactly (value finite and > 0). */
function decompose(value: number): { mantissa: bigint; exponent: number } {
  floatView.setFloat64(0, value);
  const hi = floatView.getUint32(0);
  const lo = floatView.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa: fraction, exponent: -1074 };
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/**
 * printf("%.20e", value) as glibc prints it: the exact binary value rounded to
 * 21 significant digits, ties to even. (JS toExponential rounds ties up, so it
 * cannot be used.)
 */
export function formatExp20(value: number): string {
  const negative = value < 0 || Object.is(value, -0);
  const x = Math.abs(value);
  if (x === 0) return (negative ? '-' : '') + '0.' + '0'.repeat(20) + 'e+00';
  const { mantissa, exponent } = decompose(x);
  // x = num / den exactly.
  const num = exponent >= 0 ? mantissa << BigInt(exponent) : mantissa;
  const den = exponent >= 0 ? 1n : 1n << BigInt(-exponent);
  let e10 = Math.floor(Math.log10(x));
  const lower = 10n ** 20n;
  const upper = 10n ** 21n;
  let digits = 0n;
  for (;;) {
    const shift = 20 - e10;
    const n = shift >= 0 ? num * 10n ** BigInt(shift) : num;
    const d = shift >= 0 ? den : den * 10n ** BigInt(-shift);
    const q = n / d;
    if (q >= upper) {
      e10++;
      continue;
    }
    if (q < lower) {
      e10--;
      continue;
    }
    const r = n - q * d;
    digits = q;
    if (2n * r > d || (2n * r === d && (q & 1n) === 1n)) digits = q + 1n;
    if (digits === upper) {
      digits = lower;
      e10++;
    }
    break;
  }
  const text = digits.toString();
  const exp = Math.abs(e10);
  return (
    (negative ? '-' : '') +
    text[0] +
    '.' +
    text.slice(1) +
    'e' +
    (e10 < 0 ? '-' : '+') +
    (exp < 10 ? '0' : '') +
    exp
  );
}

const FLOAT_TEXT = /^[+-]?[0-9]+[.,][0-9]+([eE][+-]?[0-9]+)?$/;

/**
 * Parse FLOAT_EXT text the way erts does: [+-]digits(.|,)digits[e[+-]digits],
 * nothing else; infinities are refused, underflow to zero is allowed.
 * Returns null when erts would refuse it.
 */
export function parseFloatText(text: string): number | null {
  if (!FLOAT_TEXT.test(text)) return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
