// put_list Head Tail Dst — build a cons cell. Slots: a = Head, b = Tail, c = Dst.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get, put } from '../runtime/operands';
import { Cons } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.src(args[0]);
  i.b = ctx.src(args[1]);
  i.c = ctx.dst(args[2]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  put(p, i.c, new Cons(get(p, i.a), get(p, i.b)));
  return ip + 1;
}
