// bs_skip_bits2 Fail Ctx Size Unit Flags   slots: a = Fail, b = Ctx, c = Size, d = Unit
// Advance by Size*Unit bits, failing when fewer are left. Size `all` (pre-OTP 19 code)
// only checks that the rest is a multiple of Unit, as OTP's loader rewrites it.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get } from '../runtime/operands';
import type { Process } from '../process/process';
import { contextOf } from '../bitsyntax/match-context';
import { fieldBits, isAtomOperand, sizeSrc } from '../bitsyntax/operands';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.d = ctx.u(args[3]);
  if (isAtomOperand(args[2], 'all')) {
    i.exec = execAll;
  } else {
    i.c = sizeSrc(args[2], ctx);
    i.exec = exec;
  }
}

function exec(p: Process, i: Insn, ip: number): number {
  const bits = fieldBits(get(p, i.c), i.d);
  if (bits < 0) return i.a;
  const mc = contextOf(get(p, i.b));
  if (mc.remaining < bits) return i.a;
  mc.offset += bits;
  return ip + 1;
}

function execAll(p: Process, i: Insn, ip: number): number {
  return contextOf(get(p, i.b)).remaining % i.d === 0 ? ip + 1 : i.a;
}
