// Conversions between integers and the little-endian digit arrays that the
// BEAM's hash functions and the external term format work on.

const TWO_32 = 4294967296;

/**
 * Magnitude of an integer as little-endian 32-bit words, without high zero words
 * (zero gives [0]). Goes through hex text so that huge bignums stay linear-time.
 */
export function magnitudeWords(n: number | bigint): number[] {
  if (typeof n === 'number') {
    let m = Math.abs(n);
    if (m < TWO_32) return [m];
    const words: number[] = [];
    while (m > 0) {
      words.push(m % TWO_32);
      m = Math.floor(m / TWO_32);
    }
    return words;
  }
  const hex = (n < 0n ? -n : n).toString(16);
  const words: number[] = [];
  for (let end = hex.length; end > 0; end -= 8) {
    words.push(parseInt(hex.slice(Math.max(0, end - 8), end), 16));
  }
  while (words.length > 1 && words[words.length - 1] === 0) words.pop();
  return words;
}

/** Magnitude as little-endian bytes, minimal length (zero gives an empty array). */
export function magnitudeBytes(n: number | bigint): Uint8Array {
  const words = magnitudeWords(n);
  let len = words.length * 4;
  const top = words[words.length - 1];
  if (top === 0) return new Uint8Array(0);
  len -= top < 0x100 ? 3 : top < 0x10000 ? 2 : top < 0x1000000 ? 1 : 0;
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    out[i] = (words[i >>> 2] >>> ((i & 3) * 8)) & 0xff;
  }
  return out;
}

/** The integer whose magnitude is given as little-endian bytes. */
export function integerFromMagnitudeBytes(bytes: Uint8Array, negative: boolean): number | bigint {
  let top = bytes.length;
  while (top > 0 && bytes[top - 1] === 0) top--;
  if (top === 0) return 0;
  if (top <= 6) {
    let v = 0;
    for (let i = top - 1; i >= 0; i--) v = v * 256 + bytes[i];
    return negative ? -v : v;
  }
  let hex = '';
  for (let i = top - 1; i >= 0; i--) {
    const b = bytes[i];
    hex += (b < 16 ? '0' : '') + b.toString(16);
  }
  let big = BigInt('0x' + hex);
  if (negative) big = -big;
  if (big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER)) {
    return Number(big);
  }
  return big;
}
