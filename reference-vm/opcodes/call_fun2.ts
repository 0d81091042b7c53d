// call_fun2 Tag Arity Func — call the fun in register Func (OTP 25+). Tail form as for call_fun. Slots: a = Arity, b = Func, c = 1 for the tail-call form.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { callFun } from '../runtime/calls';
import { get } from '../runtime/operands';
import { isTailPosition } from '../runtime/prepare';
import { deallocate } from '../runtime/stack';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.u(args[1]);
  i.b = ctx.src(args[2]);
  i.c = isTailPosition(ctx) ? 1 : 0;
  i.exec = i.c === 1 ? execTail : exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  return callFun(p, get(p, i.b), i.a, ip, ip + 1);
}

function execTail(p: Process, i: Insn, ip: number): number {
  const f = get(p, i.b);
  deallocate(p);
  return callFun(p, f, i.a, ip, -1);
}
