// jump Label — Slots: a = target.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.exec = exec;
}

export function exec(_p: Process, i: Insn): number {
  return i.a;
}
