// Integer segments.
//
// Big-endian: the n bits are the value's two's complement, most significant bit first.
// Little-endian (as erl_bits.c lays it out): the low byte first, then the next byte, ...,
// and when n is not a multiple of 8 the remaining high n mod 8 bits come last.

import { normalizeInteger, type Integer } from '../terms/types';
import { pow2, readBigBits, readSmallBits, writeBigBits, writeSmallBits } from './bits';
import { BSF_LITTLE, BSF_SIGNED } from './flags';

/** Read an n-bit integer segment at bit offset `pos` (the caller checked the length). */
export function decodeInteger(bytes: Uint8Array, pos: number, n: number, flags: number): Integer {
  const signed = (flags & BSF_SIGNED) !== 0;
  if (n <= 32) {
    let u: number;
    if ((flags & BSF_LITTLE) === 0 || n <= 8) u = readSmallBits(bytes, pos, n);
    else u = littleSmall(bytes, pos, n);
    if (signed && n > 0 && u >= pow2(n - 1)) return u - pow2(n);
    return u;
  }
  let u = (flags & BSF_LITTLE) === 0 ? readBigBits(bytes, pos, n) : littleBig(bytes, pos, n);
  if (signed && u >> BigInt(n - 1) !== 0n) u -= 1n << BigInt(n);
  return normalizeInteger(u);
}

function littleSmall(bytes: Uint8Array, pos: number, n: number): number {
  const full = n >>> 3;
  let u = 0;
  for (let k = 0; k < full; k++) u += readSmallBits(bytes, pos + 8 * k, 8) * pow2(8 * k);
  const rest = n & 7;
  if (rest !== 0) u += readSmallBits(bytes, pos + 8 * full, rest) * pow2(8 * full);
  return u;
}

function littleBig(bytes: Uint8Array, pos: number, n: number): bigint {
  const full = n >>> 3;
  let u = 0n;
  for (let k = full - 1; k >= 0; k--) u = (u << 8n) | BigInt(readSmallBits(bytes, pos + 8 * k, 8));
  const rest = n & 7;
  if (rest !== 0) u |= BigInt(readSmallBits(bytes, pos + 8 * full, rest)) << BigInt(8 * full);
  return u;
}

/** The low n bits of `value`'s two's complement, as a non-negative number (n <= 32). */
function lowBitsSmall(value: number, n: number): number {
  const m = pow2(n);
  const r = value % m;
  return r < 0 ? r + m : r;
}

/** Write `value` as an n-bit integer segment at bit offset `pos` (any n, any integer). */
export function encodeInteger(dst: Uint8Array, pos: number, value: Integer, n: number, flags: number): void {
  if (n === 0) return;
  const little = (flags & BSF_LITTLE) !== 0 && n > 8;
  if (n <= 32 && typeof value === 'number') {
    const u = lowBitsSmall(value, n);
    if (!little) {
      writeSmallBits(dst, pos, u, n);
      return;
    }
    const full = n >>> 3;
    let v = u;
    for (let k = 0; k < full; k++) {
      writeSmallBits(dst, pos + 8 * k, v % 256, 8);
      v = Math.floor(v / 256);
    }
    const rest = n & 7;
    if (rest !== 0) writeSmallBits(dst, pos + 8 * full, v, rest);
    return;
  }
  const u = BigInt.asUintN(n, typeof value === 'bigint' ? value : BigInt(value));
  if (!little) {
    writeBigBits(dst, pos, u, n);
    return;
  }
  const full = n >>> 3;
  let v = u;
  for (let k = 0; k < full; k++) {
    writeSmallBits(dst, pos + 8 * k, Number(v & 0xffn), 8);
    v >>= 8n;
  }
  const rest = n & 7;
  if (rest !== 0) writeSmallBits(dst, pos + 8 * full, Number(v), rest);
}
