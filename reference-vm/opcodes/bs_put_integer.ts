// bs_put_integer Fail Size Unit Flags Src  slots: a = Fail, b = Size, c = Unit, d = Flags, e = Src
// Write Src as a Size*Unit-bit integer into the binary under construction (legacy).
// A non-integer Src or bad size jumps to Fail or raises a plain badarg.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get } from '../runtime/operands';
import type { Process } from '../process/process';
import { flagsOperand } from '../bitsyntax/flags';
import { encodeInteger } from '../bitsyntax/integer';
import { builder, putFailed } from '../bitsyntax/legacy-builder';
import { fieldBits, sizeSrc } from '../bitsyntax/operands';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = sizeSrc(args[1], ctx);
  i.c = ctx.u(args[2]);
  i.d = flagsOperand(args[3]);
  i.e = ctx.src(args[4]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const bits = fieldBits(get(p, i.b), i.c);
  if (bits < 0) return putFailed(i.a);
  const v = get(p, i.e);
  if (typeof v !== 'number' && typeof v !== 'bigint') return putFailed(i.a);
  encodeInteger(builder.bytes, builder.offset, v, bits, i.d);
  builder.offset += bits;
  return ip + 1;
}
