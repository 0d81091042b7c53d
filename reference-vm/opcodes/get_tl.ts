// get_tl Src Tail — the tail of a cons cell. Slots: a = Src, b = Tail.

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
  put(p, i.b, (get(p, i.a) as Cons).tail);
  return ip + 1;
}
