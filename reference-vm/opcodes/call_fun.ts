// call_fun Arity — call the fun in x[Arity] with x0..x(Arity-1). Like the OTP loader, `call_fun; deallocate; return` becomes a tail call. Slots: a = Arity, b = 1 for the tail-call form.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { callFun } from '../runtime/calls';
import { isTailPosition } from '../runtime/prepare';
import { deallocate } from '../runtime/stack';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.u(args[0]);
  i.b = isTailPosition(ctx) ? 1 : 0;
  i.exec = i.b === 1 ? execTail : exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  return callFun(p, p.x[i.a], i.a, ip, ip + 1);
}

function execTail(p: Process, i: Insn, ip: number): number {
  const f = p.x[i.a];
  deallocate(p);
  return callFun(p, f, i.a, ip, -1);
}
