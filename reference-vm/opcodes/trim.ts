// trim N Remaining — drop the first N y registers of the frame. Slots: a = N.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { trim } from '../runtime/stack';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.u(args[0]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  trim(p, i.a);
  return ip + 1;
}
