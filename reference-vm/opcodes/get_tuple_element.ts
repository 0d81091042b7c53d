// get_tuple_element Src Index Dst — element Index (0-based) of a tuple. Slots: a = Src, b = Index, c = Dst.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get, put } from '../runtime/operands';
import type { Tuple } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.src(args[0]);
  i.b = ctx.u(args[1]);
  i.c = ctx.dst(args[2]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  put(p, i.c, (get(p, i.a) as Tuple).elements[i.b]);
  return ip + 1;
}
