// Operand helpers shared by the bit-syntax opcode files.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Term } from '../terms/types';
import { constCode } from '../runtime/operands';

/** OTP's largest small integer on 64-bit machines (sizes must be smalls). */
export const MAX_SMALL = 2 ** 59 - 1;

/**
 * A segment size (size term times unit) in bits, or -1 when the size is not a
 * non-negative small integer (OTP's BS_GET_FIELD_SIZE: a matching instruction then fails).
 */
export function fieldBits(size: Term, unit: number): number {
  if (typeof size !== 'number' || size < 0) return -1;
  const bits = size * unit;
  return bits > MAX_SMALL ? -1 : bits;
}

/** True when the operand is the atom `name`. */
export function isAtomOperand(o: Operand, name: string): boolean {
  return o.kind === 'atom' && o.value.name === name;
}

/** The bytes of a {string, ...} operand (an offset into the module's string table). */
export function stringBytes(offsetOp: Operand, byteLength: number, ctx: PrepareContext): Uint8Array {
  const offset = ctx.u(offsetOp);
  return ctx.loaded.strings.subarray(offset, offset + byteLength);
}

/**
 * Operand code of a size (or other integer) source: a register, a constant, or an untagged
 * integer (older compilers write literal sizes untagged, e.g. bs_init2's byte count).
 */
export function sizeSrc(o: Operand, ctx: PrepareContext): number {
  if (o.kind === 'u') return constCode(o.value);
  return ctx.src(o);
}
