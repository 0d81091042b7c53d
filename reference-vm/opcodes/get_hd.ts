// get_hd Src Head — the head of a cons cell. Slots: a = Src, b = Head.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get, put } from '../runtime/operands';
import type { Cons } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.src(args[0]);
  i.b = ctx.dst(args[1]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  put(p, i.b, (get(p, i.a) as Cons).head);
  return ip + 1;
}
