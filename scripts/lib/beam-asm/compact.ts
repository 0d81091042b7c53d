// Writing the compact term encoding (the reader is reference-vm/loader/compact.ts,
// whose tag numbers are used here):
//   value 0..15            one byte: value << 4 | tag
//   value 16..2047         two bytes: (value >> 3) & 0xe0 | 0x08 | tag, then the low byte
//   anything else          (count - 2) << 5 | 0x18 | tag, then `count` (2..8) big-endian bytes;
//                          beyond 8 bytes: 0xf8 | tag, then count - 9 as a 'u' term, then the bytes
// Multi-byte values are two's complement and as short as they can be, so a positive value
// whose top bit is set gets a leading zero byte (OTP's reader takes them as signed).

import { TAG_Z } from '../../../reference-vm/loader/compact';

/** Extended-tag numbers (the value written after a 'z' tag). */
export const EXT = { list: 1, floatRegister: 2, allocationList: 3, literal: 4 } as const;
/** Kinds of an allocation list entry. */
export const ALLOC_KIND = { words: 0, floats: 1, funs: 2 } as const;

/** One compact term. Negative values are only meaningful for the 'i' tag. */
export function encodeTagged(tag: number, value: number | bigint): number[] {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new RangeError(`compact term value ${value} is not an integer`);
  }
  if (value >= 0 && value < 16) return [(Number(value) << 4) | tag];
  if (value >= 0 && value < 2048) {
    const v = Number(value);
    return [((v >> 3) & 0xe0) | 0x08 | tag, v & 0xff];
  }
  const bytes = signedBytes(BigInt(value));
  // Two bytes at least: a one-byte negative value is sign-extended.
  if (bytes.length === 1) bytes.unshift(0xff);
  if (bytes.length <= 8) return [((bytes.length - 2) << 5) | 0x18 | tag, ...bytes];
  return [0xf8 | tag, ...encodeTagged(0, bytes.length - 9), ...bytes];
}

/** An extended-tag header: the 'z' tag with the extension number. */
export function encodeExtended(ext: number): number[] {
  return encodeTagged(TAG_Z, ext);
}

/** Shortest big-endian two's complement bytes of v (via hex text: linear in the size). */
export function signedBytes(v: bigint): number[] {
  const negative = v < 0n;
  // For a negative value, write the bytes of ~v (= -v - 1) and invert them.
  const magnitude = negative ? -v - 1n : v;
  let hex = magnitude.toString(16);
  if (hex.length % 2 === 1) hex = '0' + hex;
  const bytes: number[] = [];
  for (let k = 0; k < hex.length; k += 2) {
    const b = parseInt(hex.slice(k, k + 2), 16);
    bytes.push(negative ? b ^ 0xff : b);
  }
  // The top bit must carry the sign.
  const topBitSet = (bytes[0] & 0x80) !== 0;
  if (topBitSet !== negative) bytes.unshift(negative ? 0xff : 0x00);
  return bytes;
}
