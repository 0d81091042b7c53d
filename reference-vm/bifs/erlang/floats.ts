// float_to_binary/1,2, float_to_list/1,2, binary_to_float/1 and list_to_float/1 as erts
// implements them (bif.c do_float_to_charbuf, sys_double_to_chars_fast/_ext,
// sys_chars_to_double).

import { Atom, Bitstring, Cons, Float, NIL, Tuple, type Term } from '../../terms/types';
import { floatToShortString, formatScientificC } from '../../printing/float';
import { parseFloatText } from '../../etf/float-text';
import { badarg } from '../exception';

/** erts formats into a 256-byte buffer: a result that does not fit is a badarg. */
const BUFFER_SIZE = 256;
const DEFAULT_DECIMALS = 20;
/** Above this magnitude (or with 19+ decimals) erts prints with "%.*f". */
const MAX_FAST = 2 ** 53;
const MAX_FAST_DECIMALS = 19;

const DECIMALS = Atom.of('decimals');
const SCIENTIFIC = Atom.of('scientific');
const COMPACT = Atom.of('compact');
const SHORT = Atom.of('short');

type Style = 'legacy' | 'short' | 'fixed' | 'scientific';

/** The text of float_to_binary/float_to_list with options `opts`; badarg as erts. */
export function floatText(f: Term, opts: Term): string {
  if (!(f instanceof Float)) return badarg();
  let style: Style = 'legacy';
  let decimals = DEFAULT_DECIMALS;
  let compact = false;
  let l = opts;
  // Later options override earlier ones; {decimals,N} and {scientific,N} share N.
  for (; l instanceof Cons; l = l.tail) {
    const o = l.head;
    if (o === COMPACT) compact = true;
    else if (o === SHORT) style = 'short';
    else if (o instanceof Tuple && o.elements.length === 2 && typeof o.elements[1] === 'number' && isSmall(o.elements[1])) {
      if (o.elements[0] === DECIMALS) style = 'fixed';
      else if (o.elements[0] === SCIENTIFIC) style = 'scientific';
      else return badarg();
      decimals = o.elements[1];
    } else return badarg();
  }
  if (l !== NIL) return badarg();
  const x = f.value;
  let text: string | null;
  switch (style) {
    case 'short':
      return floatToShortString(x);
    case 'fixed':
      text = fixed(x, decimals, compact);
      break;
    default:
      // "%.*e": a negative precision means C's default of 6.
      text = formatScientificC(x, decimals < 0 ? 6 : decimals);
  }
  if (text === null || text.length >= BUFFER_SIZE) return badarg();
  return text;
}

/** Fits in a small (60-bit) integer. */
function isSmall(n: number): boolean {
  return Number.isSafeInteger(n);
}

/** sys_double_to_chars_fast: {decimals, N}, optionally compact; null for badarg. */
function fixed(x: number, decimals: number, compact: boolean): string | null {
  if (decimals < 0) return null;
  const neg = x < 0 || Object.is(x, -0);
  const af = Math.abs(x);
  if (af > MAX_FAST || decimals >= MAX_FAST_DECIMALS) {
    const s = exactFixed(x, decimals);
    if (s.length >= BUFFER_SIZE) return null;
    return compact ? stripTrailingZeros(s) : s;
  }
  let intPart: number;
  let digits = '';
  if (decimals > 0) {
    // The same double arithmetic as erts (floor, scale, round half away from zero).
    const pow = 10 ** decimals;
    const intF = Math.floor(af);
    const fracF = Math.round((af - intF) * pow);
    intPart = intF;
    let frac = fracF;
    if (fracF >= pow) {
      intPart++;
      frac = 0;
    }
    digits = frac === 0 ? '0'.repeat(decimals) : BigInt(frac).toString().padStart(decimals, '0');
  } else {
    intPart = Math.round(af);
  }
  let s = (neg ? '-' : '') + BigInt(intPart).toString() + (decimals > 0 ? '.' + digits : '');
  if (compact && decimals > 0) s = stripTrailingZeros(s);
  return s;
}

/** find_first_trailing_zero: drop trailing zeros, keeping one digit after a '.'. */
function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === '0') end--;
  if (end > 0 && s[end - 1] === '.') end++;
  return s.slice(0, end);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** C's "%.*f" (glibc: the exact binary value, rounded half to even). */
export function exactFixed(x: number, decimals: number): string {
  const neg = x < 0 || Object.is(x, -0);
  f64[0] = Math.abs(x);
  const lo = BigInt(u32[0]);
  const hi = u32[1];
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | lo;
  let e2: number;
  if (biased === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = biased - 1075;
  }
  // |x| * 10^decimals = num / den exactly.
  let num = mant * 10n ** BigInt(decimals);
  let den = 1n;
  if (e2 >= 0) num <<= BigInt(e2);
  else den <<= BigInt(-e2);
  let q = num / den;
  const r = num - q * den;
  if (2n * r > den || (2n * r === den && (q & 1n) === 1n)) q += 1n;
  let digits = q.toString();
  if (decimals > 0) {
    digits = digits.padStart(decimals + 1, '0');
    digits = digits.slice(0, digits.length - decimals) + '.' + digits.slice(digits.length - decimals);
  }
  return (neg ? '-' : '') + digits;
}

/** binary_to_float/1: the text up to a NUL byte, in sys_chars_to_double's syntax. */
export function binaryToFloat(b: Term): Term {
  if (!(b instanceof Bitstring) || (b.bitSize & 7) !== 0 || b.bitSize === 0) return badarg();
  return parseCText(b.bytes.subarray(0, b.bitSize >>> 3));
}

/** list_to_float/1: a proper list of bytes. */
export function listToFloat(t: Term): Term {
  const bytes: number[] = [];
  let l = t;
  for (; l instanceof Cons; l = l.tail) {
    const c = l.head;
    if (typeof c !== 'number' || c < 0 || c > 255) return badarg();
    bytes.push(c);
  }
  if (l !== NIL) return badarg();
  return parseCText(Uint8Array.from(bytes));
}

const latin1 = new TextDecoder('latin1');

function parseCText(bytes: Uint8Array): Term {
  // erts hands the bytes to C as a NUL-terminated string.
  const nul = bytes.indexOf(0);
  const text = latin1.decode(nul >= 0 ? bytes.subarray(0, nul) : bytes);
  const v = parseFloatText(text);
  if (v === null) return badarg();
  return new Float(v);
}
