// bs_test_tail2 Fail Ctx Bits              slots: a = Fail, b = Ctx, c = Bits
// Continue only if exactly Bits bits are left.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get } from '../runtime/operands';
import type { Process } from '../process/process';
import { contextOf } from '../bitsyntax/match-context';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.c = ctx.u(args[2]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  return contextOf(get(p, i.b)).remaining === i.c ? ip + 1 : i.a;
}
