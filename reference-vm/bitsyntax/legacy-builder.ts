// The binary under construction for the pre-OTP 25 construction instructions
// (bs_init2/bs_init_bits/bs_append/bs_private_append followed by bs_put_*), like OTP's
// per-scheduler erl_bits_state. One instance suffices: the sequence init ... put* runs
// without calls or yields in between, and the interpreter runs one process at a time.

import { ErlangException } from '../bifs/exception';
import { atoms } from '../terms/atom';
import { Bitstring, type Atom, type Term } from '../terms/types';
import { sizeErrorReason } from './construct-error';
import { beginAppend, finishAppend } from './writable';

/** Largest result of an append (beyond it: system_limit rather than exhausting memory). */
const MAX_APPEND_BITS = 2 ** 34;

export const builder = {
  /** Bytes of the binary being built (already stored in the init's destination). */
  bytes: new Uint8Array(0) as Uint8Array,
  /** Next bit to write. */
  offset: 0,
};

export function startBuilding(bytes: Uint8Array, offset: number): void {
  builder.bytes = bytes;
  builder.offset = offset;
}


/** Where a failed bs_put_* continues: its fail label, or a plain badarg in this function. */
export function putFailed(fail: number): number {
  if (fail >= 0) return fail;
  throw new ErlangException('error', atoms.badarg);
}

/**
 * bs_append / bs_private_append: `bin` extended by `size` bits, with the builder set to
 * write the new bits. Returns the new bitstring, or the code index to continue at
 * (`fail`) when the operands are bad; raises when there is no fail label.
 */
export function appendForPuts(bin: Term, size: Term, unit: number, fail: number): Bitstring | number {
  let reason: Atom | null = null;
  if (typeof size !== 'number' || size < 0) reason = sizeErrorReason(size);
  else if (!(bin instanceof Bitstring)) reason = atoms.badarg;
  else if (unit > 1 && bin.bitSize % unit !== 0) reason = atoms.badarg;
  else if (bin.bitSize + size > MAX_APPEND_BITS) reason = atoms.system_limit;
  if (reason !== null) {
    if (fail >= 0) return fail;
    throw new ErlangException('error', reason);
  }
  const b = bin as Bitstring;
  const target = beginAppend(b, size as number);
  startBuilding(target.buffer.bytes, target.start);
  return finishAppend(target);
}
