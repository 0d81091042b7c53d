// bs_put_binary Fail Size Unit Flags Src   slots: a = Fail, b = Size, c = Unit, e = Src
// Copy Size*Unit bits of the bitstring Src (Size `all`: all of it, whose size must be a
// multiple of Unit) into the binary under construction (legacy). Failures jump to Fail or
// raise a plain badarg.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get } from '../runtime/operands';
import type { Process } from '../process/process';
import { Bitstring } from '../terms/types';
import { copyBits } from '../bitsyntax/bits';
import { builder, putFailed } from '../bitsyntax/legacy-builder';
import { fieldBits, isAtomOperand, sizeSrc } from '../bitsyntax/operands';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.c = ctx.u(args[2]);
  i.e = ctx.src(args[4]);
  if (isAtomOperand(args[1], 'all')) {
    i.exec = execAll;
  } else {
    i.b = sizeSrc(args[1], ctx);
    i.exec = exec;
  }
}

function exec(p: Process, i: Insn, ip: number): number {
  const bits = fieldBits(get(p, i.b), i.c);
  if (bits < 0) return putFailed(i.a);
  const v = get(p, i.e);
  if (!(v instanceof Bitstring) || v.bitSize < bits) return putFailed(i.a);
  copyBits(v.bytes, 0, builder.bytes, builder.offset, bits);
  builder.offset += bits;
  return ip + 1;
}

function execAll(p: Process, i: Insn, ip: number): number {
  const v = get(p, i.e);
  if (!(v instanceof Bitstring) || (i.c > 1 && v.bitSize % i.c !== 0)) return putFailed(i.a);
  copyBits(v.bytes, 0, builder.bytes, builder.offset, v.bitSize);
  builder.offset += v.bitSize;
  return ip + 1;
}
