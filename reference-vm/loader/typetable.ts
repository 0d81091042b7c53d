// Type: version, count, then the entries typed-register operands refer to.
//   version 1 (OTP 25): 2-byte type union + 8-byte min + 8-byte max per entry
//   version 2 (OTP 26): 2-byte type union/flags, then only the extras the flags announce
// Entry 0 must be the "any" type. Other versions are ignored by the runtime.

import type { ByteReader } from './reader';

export const BEAM_TYPE_ANY = (1 << 13) - 1;
const TYPE_FLOAT = 1 << 4;
const TYPE_INTEGER = 1 << 6;
const TYPE_BITSTRING = 1 << 1;
const HAS_LOWER_BOUND = 1 << 13;
const HAS_UPPER_BOUND = 1 << 14;
const HAS_UNIT = 1 << 15;

export interface BeamType {
  /** Union of BEAM_TYPE_* bits (atom = 1, bitstring = 2, ... tuple = 1 << 12). */
  typeUnion: number;
  /** Integer/float bounds when known. */
  min?: bigint;
  max?: bigint;
  /** Bitstring size unit when known. */
  unit?: number;
}

export interface TypeTable {
  version: number;
  entries: BeamType[];
}

/** The decoded table, or null for a version the runtime does not understand. */
export function readTypeTable(r: ByteReader): TypeTable | null {
  const version = r.i32('type table version');
  if (version !== 1 && version !== 2) return null;
  const countAt = r.pos;
  const count = r.i32('type count');
  const minEntry = version === 1 ? 18 : 2;
  if (count < 1 || count * minEntry > r.remaining) {
    throw r.error('bad-type-table', `type count ${count} does not fit the ${r.remaining} bytes left`, countAt);
  }
  const entries: BeamType[] = [];
  for (let i = 0; i < count; i++) {
    entries.push(version === 1 ? readOtp25Entry(r, i) : readOtp26Entry(r, i));
  }
  const any = entries[0];
  if (any.typeUnion !== BEAM_TYPE_ANY || any.min !== undefined || any.max !== undefined) {
    throw r.error('bad-type-table', 'type 0 is not the "any" type', countAt + 4);
  }
  return { version, entries };
}

function readOtp26Entry(r: ByteReader, i: number): BeamType {
  const at = r.pos;
  const flags = r.u16(`type ${i}`);
  if (flags === 0) throw r.error('bad-type-table', `type ${i} is the empty type`, at);
  const type: BeamType = { typeUnion: flags & BEAM_TYPE_ANY };
  const numeric = (flags & (TYPE_FLOAT | TYPE_INTEGER)) !== 0;
  if (flags & (HAS_LOWER_BOUND | HAS_UPPER_BOUND) && !numeric) {
    throw r.error('bad-type-table', `type ${i} has bounds but is not numeric`, at);
  }
  if (flags & HAS_UNIT && !(flags & TYPE_BITSTRING)) {
    throw r.error('bad-type-table', `type ${i} has a unit but is not a bitstring`, at);
  }
  if (flags & HAS_LOWER_BOUND) type.min = r.i64(`lower bound of type ${i}`);
  if (flags & HAS_UPPER_BOUND) type.max = r.i64(`upper bound of type ${i}`);
  if (flags & HAS_UNIT) type.unit = r.u8(`unit of type ${i}`) + 1;
  return type;
}

function readOtp25Entry(r: ByteReader, i: number): BeamType {
  const at = r.pos;
  const typeUnion = r.u16(`type ${i}`);
  if (typeUnion === 0) throw r.error('bad-type-table', `type ${i} is the empty type`, at);
  const min = r.i64(`lower bound of type ${i}`);
  const max = r.i64(`upper bound of type ${i}`);
  // OTP 25 marks "no bounds" with min > max.
  if (min > max) return { typeUnion };
  if (!(typeUnion & (TYPE_FLOAT | TYPE_INTEGER))) {
    throw r.error('bad-type-table', `type ${i} has bounds but is not numeric`, at);
  }
  return { typeUnion, min, max };
}
