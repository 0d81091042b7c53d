// bs_get_integer2 Fail Ctx Live Size Unit Flags Dst
//   slots: a = Fail, b = Ctx, c = Size (operand code), d = Unit, e = Flags, t = Dst code
// Dst = the next Size*Unit bits as an integer (flags: little, signed); jumps to Fail when
// the size is not a non-negative small integer or too few bits are left.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get, put } from '../runtime/operands';
import type { Process } from '../process/process';
import { contextOf } from '../bitsyntax/match-context';
import { flagsOperand } from '../bitsyntax/flags';
import { decodeInteger } from '../bitsyntax/integer';
import { fieldBits, sizeSrc } from '../bitsyntax/operands';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.c = sizeSrc(args[3], ctx);
  i.d = ctx.u(args[4]);
  i.e = flagsOperand(args[5]);
  i.t = ctx.dst(args[6]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const bits = fieldBits(get(p, i.c), i.d);
  if (bits < 0) return i.a;
  const mc = contextOf(get(p, i.b));
  if (mc.remaining < bits) return i.a;
  const v = decodeInteger(mc.bytes, mc.offset, bits, i.e);
  mc.offset += bits;
  put(p, i.t as number, v);
  return ip + 1;
}
