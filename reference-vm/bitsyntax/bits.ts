// Bit-level access to byte buffers, bits numbered from the most significant bit of byte 0
// (the order of the bit syntax). Every function takes explicit bit offsets; none of them
// allocates except `extractBits`/`alignedBits`, which build new bitstrings.

import { Bitstring } from '../terms/types';

const POW2: number[] = [];
for (let i = 0; i <= 53; i++) POW2.push(2 ** i);

/** 2^n as a number (exact for n <= 53). */
export function pow2(n: number): number {
  return n <= 53 ? POW2[n] : 2 ** n;
}

/**
 * The n bits at bit offset `pos` as an unsigned number (n <= 32).
 * Bytes past the end of `bytes` read as zero.
 */
export function readSmallBits(bytes: Uint8Array, pos: number, n: number): number {
  if (n === 0) return 0;
  let i = pos >>> 3;
  const need = (pos & 7) + n;
  if (need <= 8) return ((bytes[i] ?? 0) >>> (8 - need)) & (0xff >>> (8 - n));
  // At most 5 bytes (40 bits): exact in a double.
  let acc = 0;
  let got = 0;
  while (got < need) {
    acc = acc * 256 + (bytes[i++] ?? 0);
    got += 8;
  }
  acc = Math.floor(acc / POW2[got - need]);
  return acc % POW2[n];
}

/** The n bits at bit offset `pos` as an unsigned bigint (any n). */
export function readBigBits(bytes: Uint8Array, pos: number, n: number): bigint {
  let acc = 0n;
  let left = n;
  let p = pos;
  while (left >= 32) {
    acc = (acc << 32n) | BigInt(readSmallBits(bytes, p, 32));
    p += 32;
    left -= 32;
  }
  if (left > 0) acc = (acc << BigInt(left)) | BigInt(readSmallBits(bytes, p, left));
  return acc;
}

/**
 * Write the low n bits of `value` (n <= 8, value already in range) at bit offset `pos`,
 * leaving the other bits of the touched bytes unchanged.
 */
function putByteBits(dst: Uint8Array, pos: number, value: number, n: number): void {
  const i = pos >>> 3;
  const s = pos & 7;
  const end = s + n;
  if (end <= 8) {
    const shift = 8 - end;
    const mask = ((0xff >>> (8 - n)) << shift) & 0xff;
    dst[i] = (dst[i] & ~mask) | ((value << shift) & mask);
  } else {
    // Spans two bytes: the high (8 - s) bits go into byte i, the rest into byte i + 1.
    const firstBits = 8 - s;
    const secondBits = n - firstBits;
    const firstMask = 0xff >>> s;
    dst[i] = (dst[i] & ~firstMask) | ((value >>> secondBits) & firstMask);
    const shift = 8 - secondBits;
    const secondMask = ((0xff >>> (8 - secondBits)) << shift) & 0xff;
    dst[i + 1] = (dst[i + 1] & ~secondMask) | ((value << shift) & secondMask);
  }
}

/** Write the unsigned number `value` (< 2^n, n <= 32) as n bits at bit offset `pos`. */
export function writeSmallBits(dst: Uint8Array, pos: number, value: number, n: number): void {
  let left = n;
  let p = pos;
  while (left > 8) {
    left -= 8;
    putByteBits(dst, p, Math.floor(value / POW2[left]) & 0xff, 8);
    p += 8;
  }
  if (left > 0) putByteBits(dst, p, value % POW2[left], left);
}

/** Write the unsigned bigint `value` (< 2^n) as n bits at bit offset `pos`. */
export function writeBigBits(dst: Uint8Array, pos: number, value: bigint, n: number): void {
  let left = n;
  let p = pos;
  while (left > 32) {
    left -= 32;
    writeSmallBits(dst, p, Number((value >> BigInt(left)) & 0xffffffffn), 32);
    p += 32;
  }
  if (left > 0) writeSmallBits(dst, p, Number(value & ((1n << BigInt(left)) - 1n)), left);
}

/** Copy n bits from `src` at bit offset `srcPos` to `dst` at bit offset `dstPos`. */
export function copyBits(src: Uint8Array, srcPos: number, dst: Uint8Array, dstPos: number, n: number): void {
  if (n <= 0) return;
  if ((srcPos & 7) === 0 && (dstPos & 7) === 0) {
    const full = n >>> 3;
    const s = srcPos >>> 3;
    const d = dstPos >>> 3;
    if (full > 0) dst.set(src.subarray(s, s + full), d);
    const rest = n & 7;
    if (rest !== 0) putByteBits(dst, dstPos + full * 8, src[s + full] >>> (8 - rest), rest);
    return;
  }
  let left = n;
  let sp = srcPos;
  let dp = dstPos;
  while (left >= 8) {
    putByteBits(dst, dp, readSmallBits(src, sp, 8), 8);
    sp += 8;
    dp += 8;
    left -= 8;
  }
  if (left > 0) putByteBits(dst, dp, readSmallBits(src, sp, left), left);
}

/** Compare n bits of two buffers at the given bit offsets; true when equal. */
export function bitsEqual(a: Uint8Array, aPos: number, b: Uint8Array, bPos: number, n: number): boolean {
  let left = n;
  let ap = aPos;
  let bp = bPos;
  if ((ap & 7) === 0 && (bp & 7) === 0) {
    let i = ap >>> 3;
    let j = bp >>> 3;
    while (left >= 8) {
      if (a[i++] !== b[j++]) return false;
      left -= 8;
    }
    ap = i * 8;
    bp = j * 8;
  }
  while (left > 0) {
    const k = left < 32 ? left : 32;
    if (readSmallBits(a, ap, k) !== readSmallBits(b, bp, k)) return false;
    ap += k;
    bp += k;
    left -= k;
  }
  return true;
}

/**
 * The n bits of `bytes` starting at bit `pos` as a bitstring. Whole bytes at a byte
 * offset share the buffer (a sub-binary); anything else is copied so that the unused
 * low bits of the last byte are zero, as Bitstring requires.
 */
export function extractBits(bytes: Uint8Array, pos: number, n: number): Bitstring {
  if ((pos & 7) === 0 && (n & 7) === 0) {
    const start = pos >>> 3;
    return new Bitstring(bytes.subarray(start, start + (n >>> 3)), n);
  }
  const out = new Uint8Array((n + 7) >>> 3);
  copyBits(bytes, pos, out, 0, n);
  return new Bitstring(out, n);
}

/** Number of bytes needed for n bits. */
export function bytesFor(n: number): number {
  return Math.ceil(n / 8);
}
