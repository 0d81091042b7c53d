// Access to the two 32-bit halves of a double, which glibc's code tests and edits
// (exponent checks on the high word, table indices taken from the low mantissa bits).

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const i32 = new Int32Array(f64.buffer);
// Typed arrays use the platform's byte order; find where the high half lives.
f64[0] = 1;
const HI = u32[1] === 0x3ff00000 ? 1 : 0;
const LO = 1 - HI;

/** The high 32 bits (sign, exponent, top 20 mantissa bits), as a signed integer. */
export function highWord(x: number): number {
  f64[0] = x;
  return i32[HI];
}

/** The low 32 mantissa bits, as an unsigned integer. */
export function lowWord(x: number): number {
  f64[0] = x;
  return u32[LO];
}

/** The double whose representation has the given high and low words. */
export function fromWords(hi: number, lo: number): number {
  u32[HI] = hi >>> 0;
  u32[LO] = lo >>> 0;
  return f64[0];
}

/** x with its low word replaced. */
export function withLowWord(x: number, lo: number): number {
  f64[0] = x;
  u32[LO] = lo >>> 0;
  return f64[0];
}

/** x with its high word replaced. */
export function withHighWord(x: number, hi: number): number {
  f64[0] = x;
  u32[HI] = hi >>> 0;
  return f64[0];
}

/** The biased exponent field of x (0 for zeros and subnormals, 0x7ff for inf/NaN). */
export function exponentField(x: number): number {
  f64[0] = x;
  return (u32[HI] >>> 20) & 0x7ff;
}

/**
 * The neighbour of a finite non-zero x one unit in the last place away from zero
 * (`away` true) or towards zero.
 */
export function stepUlp(x: number, away: boolean): number {
  f64[0] = x;
  let lo = u32[LO];
  let hi = u32[HI];
  if (away) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  } else {
    if (lo === 0) hi = (hi - 1) >>> 0;
    lo = (lo - 1) >>> 0;
  }
  u32[LO] = lo;
  u32[HI] = hi;
  return f64[0];
}

/**
 * A C99 hexadecimal floating constant such as "-0x1.62e42fefa0000p-8" (at most 53
 * significant bits, normal range), so published constants can be written as published.
 */
export function hexDouble(text: string): number {
  const m = /^(-?)0x([0-9a-f]+)(?:\.([0-9a-f]*))?p([+-]?\d+)$/i.exec(text);
  if (m === null) throw new Error(`bad hex float ${text}`);
  const frac = m[3] ?? '';
  const mantissa = parseInt(m[2] + frac, 16);
  if (mantissa > 2 ** 53) throw new Error(`hex float ${text} is not exact`);
  const value = mantissa * 2 ** (Number(m[4]) - 4 * frac.length);
  return m[1] === '-' ? -value : value;
}

/** The double whose bits are the 16 hex digits given (the form the generated tables use). */
export function doubleFromBits(hex: string): number {
  return fromWords(parseInt(hex.slice(0, 8), 16), parseInt(hex.slice(8, 16), 16));
}

/** The bits of x as 16 hex digits. */
export function bitsOfDouble(x: number): string {
  f64[0] = x;
  return u32[HI].toString(16).padStart(8, '0') + u32[LO].toString(16).padStart(8, '0');
}
