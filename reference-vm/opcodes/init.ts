// init Y — set a y register to []. Slots: a = Y.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { put } from '../runtime/operands';
import { NIL } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.dst(args[0]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  put(p, i.a, NIL);
  return ip + 1;
}
