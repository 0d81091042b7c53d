// get_list Src Head Tail — split a cons cell (Src is known to be one). Slots: a = Src, b = Head, c = Tail.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get, put } from '../runtime/operands';
import type { Cons } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.src(args[0]);
  i.b = ctx.dst(args[1]);
  i.c = ctx.dst(args[2]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  const c = get(p, i.a) as Cons;
  const h = c.head;
  const t = c.tail;
  put(p, i.b, h);
  put(p, i.c, t);
  return ip + 1;
}
