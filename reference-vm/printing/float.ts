// Float text as OTP 26 produces it:
//  - float_to_list(F, [short]) (io_lib's ~w/~p and io_lib_format:fwrite_g/1):
//    shortest round-trip digits laid out by erts's patched Ryu to_chars;
//  - C's "%.Ne" (float_to_list/1 = "%.20e", erlang:display's "%.6e"),
//    correctly rounded from the exact binary value, ties to even as glibc;
//  - io_lib_format's ~e / ~f / ~g, which re-round the 21 digits of
//    float_to_list/1 as a decimal string (round half up).

/** Shortest digits and the decimal exponent of the last digit (value = digits * 10^exponent). */
interface ShortDecimal {
  digits: string;
  exponent: number;
}

/**
 * Shortest round-trip decimal of a finite non-zero |x|. V8's Number#toString
 * produces the shortest digit string that reads back to x, choosing the
 * closest one, which is the same digit string Ryu produces.
 */
function shortestDecimal(x: number): ShortDecimal {
  const s = Math.abs(x).toString();
  let mantissa = s;
  let exp = 0;
  const e = s.indexOf('e');
  if (e >= 0) {
    mantissa = s.slice(0, e);
    exp = Number(s.slice(e + 1));
  }
  const dot = mantissa.indexOf('.');
  let digits = mantissa;
  if (dot >= 0) {
    digits = mantissa.slice(0, dot) + mantissa.slice(dot + 1);
    exp -= mantissa.length - dot - 1;
  }
  digits = digits.replace(/^0+/, '');
  const trimmed = digits.replace(/0+$/, '');
  exp += digits.length - trimmed.length;
  return { digits: trimmed, exponent: exp };
}

const TWO_POW_53 = 2 ** 53;

/** float_to_list(X, [short]) */
export function floatToShortString(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const { digits, exponent } = shortestDecimal(x);
  const olength = digits.length;
  const sciExponent = exponent + olength - 1;
  let lower: number;
  let upper: number;
  if (olength === 1) {
    lower = -4;
    upper = 2;
  } else if (sciExponent >= 10) {
    lower = -(olength + 2);
    upper = 2;
  } else {
    lower = -(olength + 2);
    upper = 1;
  }
  let fixed = lower <= exponent && exponent <= upper;
  if (fixed) {
    // erts switches to scientific for values at or beyond 2^53 in these cases.
    const out = Number(digits);
    if (
      (out >= TWO_POW_53 && exponent === 0) ||
      (out > Math.floor(2 ** 52 / 5) && exponent === 1) ||
      (out > Math.floor(2 ** 51 / 25) && exponent === 2)
    ) {
      fixed = false;
    }
  }
  if (fixed) {
    const whole = olength + exponent;
    if (exponent >= 0) return sign + digits + '0'.repeat(exponent) + '.0';
    if (whole > 0) return sign + digits.slice(0, whole) + '.' + digits.slice(whole);
    return sign + '0.' + '0'.repeat(-whole) + digits;
  }
  const frac = olength === 1 ? '0' : digits.slice(1);
  return sign + digits[0] + '.' + frac + 'e' + sciExponent;
}

// ---- exact decimal expansion ----

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** |x| as digits * 10^exp exactly (finite non-zero x). */
function exactDecimal(x: number): { digits: string; exp: number } {
  f64[0] = x;
  const lo = BigInt(u32[0]!);
  const hi = u32[1]!;
  const biasedExp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | lo;
  let e2: number;
  if (biasedExp === 0) {
    e2 = -1074;
  } else {
    mant |= 1n << 52n;
    e2 = biasedExp - 1075;
  }
  if (e2 >= 0) return { digits: (mant << BigInt(e2)).toString(), exp: 0 };
  return { digits: (mant * 5n ** BigInt(-e2)).toString(), exp: e2 };
}

/**
 * Whether rounding |x| to decimals+1 significant digits could hit an exact
 * tie (the only case where round-half-even and round-half-up differ). With
 * |x| = m * 2^e2, m odd and e2 < 0, the exact expansion m * 5^-e2 has at least
 * 0.69 * -e2 significant digits; a tie needs exactly decimals + 2 of them.
 */
function decimalTiePossible(x: number, decimals: number): boolean {
  f64[0] = x;
  const lo = u32[0]!;
  const hi = u32[1]!;
  const biasedExp = (hi >>> 20) & 0x7ff;
  let e2 = biasedExp === 0 ? -1074 : biasedExp - 1075;
  // Shift out trailing zero bits of the mantissa (low word first).
  let lowBits = lo;
  let highBits = (hi & 0xfffff) | (biasedExp === 0 ? 0 : 0x100000);
  if (lowBits === 0) {
    lowBits = highBits;
    highBits = 0;
    e2 += 32;
  }
  while ((lowBits & 1) === 0 && lowBits !== 0) {
    lowBits >>>= 1;
    e2++;
  }
  if (e2 >= 0) return true; // an integer: just do it exactly (cheap)
  return -e2 * 0.69 <= decimals + 3;
}

/** Increment a decimal digit string; returns the string and whether it grew a digit. */
function incrementDigits(d: string): { digits: string; carry: boolean } {
  const a = d.split('');
  let i = a.length - 1;
  while (i >= 0) {
    if (a[i] === '9') {
      a[i] = '0';
      i--;
    } else {
      a[i] = String.fromCharCode(a[i]!.charCodeAt(0) + 1);
      return { digits: a.join(''), carry: false };
    }
  }
  return { digits: '1' + a.join(''), carry: true };
}

/**
 * C printf "%.<decimals>e" of a finite double (glibc: exact value, ties to even).
 * Exponent has a sign and at least two digits.
 */
export function formatScientificC(x: number, decimals: number): string {
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const want = decimals + 1;
  if (x === 0) {
    return sign + '0' + (decimals > 0 ? '.' + '0'.repeat(decimals) : '') + 'e+00';
  }
  if (decimals <= 100 && !decimalTiePossible(x, decimals)) {
    // Without an exact tie, V8's correctly rounded toExponential agrees with glibc.
    const s = Math.abs(x).toExponential(decimals);
    const e = s.indexOf('e');
    const expo = Number(s.slice(e + 1));
    const absExp = Math.abs(expo);
    return sign + s.slice(0, e) + 'e' + (expo < 0 ? '-' : '+') + (absExp < 10 ? '0' : '') + absExp;
  }
  const { digits: all, exp } = exactDecimal(Math.abs(x));
  // value = all * 10^exp; scientific exponent of the leading digit:
  let sciExp = all.length - 1 + exp;
  let kept: string;
  if (all.length <= want) {
    kept = all + '0'.repeat(want - all.length);
  } else {
    kept = all.slice(0, want);
    const rest = all.slice(want);
    const first = rest.charCodeAt(0) - 48;
    let roundUp: boolean;
    if (first > 5) roundUp = true;
    else if (first < 5) roundUp = false;
    else if (/[1-9]/.test(rest.slice(1))) roundUp = true;
    else roundUp = (kept.charCodeAt(kept.length - 1) - 48) % 2 === 1;
    if (roundUp) {
      const inc = incrementDigits(kept);
      kept = inc.digits;
      if (inc.carry) {
        kept = kept.slice(0, want);
        sciExp++;
      }
    }
  }
  const mant = decimals > 0 ? kept[0] + '.' + kept.slice(1) : kept[0]!;
  const absExp = Math.abs(sciExp);
  return sign + mant + 'e' + (sciExp < 0 ? '-' : '+') + (absExp < 10 ? '0' : '') + absExp;
}

/** float_to_list(X) (= "%.20e"). */
export function floatToList(x: number): string {
  return formatScientificC(x, 20);
}

// ---- io_lib_format ~e ~f ~g ----

/** float_data/1: the 21 digits of float_to_list(Fl) and exponent + 1. */
function floatData(x: number): { ds: string; e: number } {
  const s = floatToList(x);
  const ePos = s.indexOf('e');
  const ds = s.slice(0, ePos).replace(/[^0-9]/g, '');
  return { ds, e: Number(s.slice(ePos + 1)) + 1 };
}

/**
 * float_man/3: `icount` integer digits and `dcount` decimals from the digit
 * string ds (padded with zeros), rounding half up on the next digit.
 */
function floatMan(ds: string, icount: number, dcount: number): { text: string; carry: boolean } {
  const total = icount + dcount;
  let kept: string;
  let roundUp = false;
  if (ds.length <= total) {
    kept = ds + '0'.repeat(total - ds.length);
  } else {
    kept = ds.slice(0, total);
    roundUp = ds.charCodeAt(total) >= 0x35;
  }
  let carry = false;
  if (roundUp) {
    if (total === 0) {
      carry = true;
    } else {
      const inc = incrementDigits(kept);
      carry = inc.carry;
      kept = carry ? inc.digits.slice(1) : inc.digits;
    }
  }
  return { text: kept.slice(0, icount) + '.' + kept.slice(icount), carry };
}

function signBit(x: number): string {
  return x < 0 || Object.is(x, -0) ? '-' : '';
}

function floatExp(e: number): string {
  return e >= 0 ? 'e+' + e : 'e' + e;
}

/** float_e/3: ~e digits with precision p (p >= 2). */
export function floatE(x: number, p: number): string {
  const { ds, e } = floatData(x);
  const m = floatMan(ds, 1, p - 1);
  if (m.carry) return signBit(x) + '1' + m.text.slice(1) + floatExp(e);
  return signBit(x) + m.text + floatExp(e - 1);
}

/** float_f/3: ~f digits with precision p (p >= 1). */
export function floatF(x: number, p: number): string {
  let { ds, e } = floatData(x);
  if (e <= 0) {
    ds = '0'.repeat(-e + 1) + ds;
    e = 1;
  }
  const m = floatMan(ds, e, p);
  return signBit(x) + (m.carry ? '1' + m.text : m.text);
}

/**
 * fwrite_g/5's choice for ~g: fixed notation with p-1-E decimals when the
 * magnitude fits, otherwise ~e. Returns which one and its precision.
 */
export function gStyle(x: number, p: number): { style: 'f' | 'e'; precision: number } {
  const a = Math.abs(x);
  let e: number | null;
  if (a < 0.1) e = -2;
  else if (a < 1.0) e = -1;
  else if (a < 10.0) e = 0;
  else if (a < 100.0) e = 1;
  else if (a < 1000.0) e = 2;
  else if (a < 10000.0) e = 3;
  else e = null;
  if ((p <= 1 && e === -1) || (e !== null && p - 1 > e && e >= -1)) {
    return { style: 'f', precision: p - 1 - e! };
  }
  if (p <= 1) return { style: 'e', precision: 2 };
  return { style: 'e', precision: p };
}
