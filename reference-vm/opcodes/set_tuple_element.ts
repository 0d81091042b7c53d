// set_tuple_element Value Tuple Position — destructive update of a tuple the compiler just built (setelement/3 chains). Slots: a = Value, b = Tuple, c = Position (0-based).

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get } from '../runtime/operands';
import type { Tuple } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.src(args[0]);
  i.b = ctx.src(args[1]);
  i.c = ctx.u(args[2]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  (get(p, i.b) as Tuple).elements[i.c] = get(p, i.a);
  return ip + 1;
}
