// The compact term encoding of BEAM operands (also used for Line chunk items).
//
// First byte: low 3 bits are the tag. Then
//   bit 3 clear:            value = byte >> 4                       (0..15)
//   bit 3 set, bit 4 clear: value = ((byte >> 5) << 8) | next byte  (0..2047)
//   bits 3 and 4 set:       (byte >> 5) + 2 value bytes follow (2..8), or if
//                           byte >> 5 == 7, a nested 'u' term gives count - 9.
// Multi-byte values are big-endian; for the 'i' tag they are two's complement.

import type { ByteReader } from './reader';

export const TAG_U = 0; // untagged integer
export const TAG_I = 1; // integer
export const TAG_A = 2; // atom index (0 = [])
export const TAG_X = 3;
export const TAG_Y = 4;
export const TAG_F = 5; // label
export const TAG_H = 6; // character (never accepted by OTP 26's loader)
export const TAG_Z = 7; // extended

export const TAG_LETTERS = 'uiaxyfhz';

export interface TaggedValue {
  tag: number;
  /** For 'i' a signed integer (number when safe, else bigint); otherwise a non-negative safe integer. */
  value: number | bigint;
  /** File offset of the term's first byte (for error messages). */
  offset: number;
}

// Integers outside this range are bignums on a 64-bit runtime; OTP applies its
// normalisation check only to those.
const MIN_SMALL = -(1n << 59n);
const MAX_SMALL = (1n << 59n) - 1n;
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function readTagged(r: ByteReader): TaggedValue {
  const offset = r.pos;
  const first = r.u8('compact term');
  const tag = first & 7;
  if ((first & 0x08) === 0) {
    return { tag, value: first >> 4, offset };
  }
  if ((first & 0x10) === 0) {
    const low = r.u8('compact term (second byte)');
    return { tag, value: ((first >> 5) << 8) | low, offset };
  }
  let count: number;
  if (first >> 5 < 7) {
    count = (first >> 5) + 2;
  } else {
    const prefix = readTagged(r);
    if (prefix.tag !== TAG_U) {
      throw r.error('bad-compact-term', `size prefix of a long compact term has tag '${TAG_LETTERS[prefix.tag]}', expected 'u'`, prefix.offset);
    }
    const n = prefix.value as number;
    if (n >= 0x7fffffff - 9) {
      throw r.error('bad-compact-term', `compact term length ${n} + 9 is too large`, prefix.offset);
    }
    count = n + 9;
  }
  const data = r.take(count, `${count}-byte compact term value`);
  if (count <= 6) {
    // Fast path: up to 48 bits fit a JS number exactly.
    let v = 0;
    for (let i = 0; i < count; i++) v = v * 256 + data[i];
    if (tag === TAG_I && (data[0] & 0x80) !== 0) v -= 2 ** (8 * count);
    return { tag, value: v, offset };
  }
  if (tag === TAG_I) {
    return { tag, value: signedValue(r, data, offset), offset };
  }
  // Non-integer tags must hold a non-negative word; larger values are refused
  // (OTP turns them into an 'overflow' operand that no instruction accepts).
  if (count > 8 || (count === 8 && (data[0] & 0x80) !== 0)) {
    throw r.error('bad-compact-term', `'${TAG_LETTERS[tag]}' value does not fit in a word`, offset);
  }
  const v = unsignedBigInt(data);
  if (v > MAX_SAFE) {
    throw r.error('bad-compact-term', `'${TAG_LETTERS[tag]}' value ${v} is too large`, offset);
  }
  return { tag, value: Number(v), offset };
}

function signedValue(r: ByteReader, data: Uint8Array, offset: number): number | bigint {
  const v = BigInt.asIntN(data.length * 8, unsignedBigInt(data));
  if (data.length > 8 || v < MIN_SMALL || v > MAX_SMALL) {
    // A bignum must not carry more than one redundant leading byte of its magnitude.
    const magnitude = v < 0n ? -v : v;
    const significant = magnitude === 0n ? 0 : Math.ceil(magnitude.toString(16).length / 2);
    if (data.length - significant > 1) {
      throw r.error('bad-compact-term', `integer of ${data.length} bytes is not normalised`, offset);
    }
  }
  return v >= MIN_SAFE && v <= MAX_SAFE ? Number(v) : v;
}

/** Big-endian unsigned bytes as a bigint (via hex text: linear time even for long values). */
export function unsignedBigInt(data: Uint8Array): bigint {
  if (data.length === 0) return 0n;
  let hex = '0x';
  for (const b of data) hex += b < 16 ? '0' + b.toString(16) : b.toString(16);
  return BigInt(hex);
}
