// allocate StackNeed Live — push a frame of StackNeed y registers. Slots: a = StackNeed.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { allocate } from '../runtime/stack';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.u(args[0]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  allocate(p, i.a);
  return ip + 1;
}
