// utf8/utf16/utf32 segments. A code point is valid when it is an integer in
// 0..16#10FFFF outside the surrogate range 16#D800..16#DFFF.

import type { Term } from '../terms/types';
import { readSmallBits, writeSmallBits } from './bits';
import { BSF_LITTLE } from './flags';

export function isValidCodePoint(t: Term): t is number {
  return typeof t === 'number' && t >= 0 && t <= 0x10ffff && (t < 0xd800 || t > 0xdfff);
}

/** Decoded code point and the number of bits it used, or -1 for "no match". */
export interface UtfResult {
  cp: number;
  bits: number;
}

const result: UtfResult = { cp: 0, bits: 0 };

/**
 * Decode one UTF-8 sequence at bit offset `pos` with `remaining` bits available.
 * Rejects overlong forms, surrogates and values above 16#10FFFF (like erts_bs_get_utf8).
 * Returns a shared result object (read it before the next call), or null.
 */
export function decodeUtf8(bytes: Uint8Array, pos: number, remaining: number): UtfResult | null {
  if (remaining < 8) return null;
  const b0 = readSmallBits(bytes, pos, 8);
  if (b0 < 0x80) return set(b0, 8);
  let trailing: number;
  let cp: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    trailing = 1;
    cp = b0 & 0x1f;
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    trailing = 2;
    cp = b0 & 0x0f;
  } else if (b0 >= 0xf0 && b0 <= 0xf7) {
    trailing = 3;
    cp = b0 & 0x07;
  } else {
    return null;
  }
  const bits = 8 * (trailing + 1);
  if (remaining < bits) return null;
  for (let k = 1; k <= trailing; k++) {
    const b = readSmallBits(bytes, pos + 8 * k, 8);
    if ((b & 0xc0) !== 0x80) return null;
    if (k === 1 && ((b0 === 0xe0 && b < 0xa0) || (b0 === 0xf0 && b < 0x90))) return null; // overlong
    cp = cp * 64 + (b & 0x3f);
  }
  if (trailing === 2 && cp >= 0xd800 && cp <= 0xdfff) return null;
  if (trailing === 3 && cp > 0x10ffff) return null;
  return set(cp, bits);
}

/** Decode one UTF-16 code point (one unit or a surrogate pair), or null. */
export function decodeUtf16(bytes: Uint8Array, pos: number, remaining: number, flags: number): UtfResult | null {
  if (remaining < 16) return null;
  const w1 = unit16(bytes, pos, flags);
  if (w1 < 0xd800 || w1 > 0xdfff) return set(w1, 16);
  if (w1 > 0xdbff || remaining < 32) return null;
  const w2 = unit16(bytes, pos + 16, flags);
  if (w2 < 0xdc00 || w2 > 0xdfff) return null;
  return set((((w1 & 0x3ff) << 10) | (w2 & 0x3ff)) + 0x10000, 32);
}

function unit16(bytes: Uint8Array, pos: number, flags: number): number {
  const hi = readSmallBits(bytes, pos, 8);
  const lo = readSmallBits(bytes, pos + 8, 8);
  return (flags & BSF_LITTLE) !== 0 ? (lo << 8) | hi : (hi << 8) | lo;
}

function set(cp: number, bits: number): UtfResult {
  result.cp = cp;
  result.bits = bits;
  return result;
}

/** Number of bytes of the UTF-8 encoding of a valid code point. */
export function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Write the UTF-8 encoding of a valid code point at bit offset `pos`; returns its bit count. */
export function encodeUtf8(dst: Uint8Array, pos: number, cp: number): number {
  if (cp < 0x80) {
    writeSmallBits(dst, pos, cp, 8);
    return 8;
  }
  if (cp < 0x800) {
    writeSmallBits(dst, pos, 0xc0 | (cp >>> 6), 8);
    writeSmallBits(dst, pos + 8, 0x80 | (cp & 0x3f), 8);
    return 16;
  }
  if (cp < 0x10000) {
    writeSmallBits(dst, pos, 0xe0 | (cp >>> 12), 8);
    writeSmallBits(dst, pos + 8, 0x80 | ((cp >>> 6) & 0x3f), 8);
    writeSmallBits(dst, pos + 16, 0x80 | (cp & 0x3f), 8);
    return 24;
  }
  writeSmallBits(dst, pos, 0xf0 | (cp >>> 18), 8);
  writeSmallBits(dst, pos + 8, 0x80 | ((cp >>> 12) & 0x3f), 8);
  writeSmallBits(dst, pos + 16, 0x80 | ((cp >>> 6) & 0x3f), 8);
  writeSmallBits(dst, pos + 24, 0x80 | (cp & 0x3f), 8);
  return 32;
}

/** Number of bytes of the UTF-16 encoding of a code point. */
export function utf16Length(cp: number): number {
  return cp < 0x10000 ? 2 : 4;
}

/** Write the UTF-16 encoding of a valid code point; returns its bit count. */
export function encodeUtf16(dst: Uint8Array, pos: number, cp: number, flags: number): number {
  if (cp < 0x10000) {
    putUnit16(dst, pos, cp, flags);
    return 16;
  }
  const v = cp - 0x10000;
  putUnit16(dst, pos, 0xd800 | (v >>> 10), flags);
  putUnit16(dst, pos + 16, 0xdc00 | (v & 0x3ff), flags);
  return 32;
}

function putUnit16(dst: Uint8Array, pos: number, w: number, flags: number): void {
  if ((flags & BSF_LITTLE) !== 0) {
    writeSmallBits(dst, pos, w & 0xff, 8);
    writeSmallBits(dst, pos + 8, w >>> 8, 8);
  } else {
    writeSmallBits(dst, pos, w, 16);
  }
}
