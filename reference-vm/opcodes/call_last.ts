// call_last Arity Label Deallocate — drop the frame, then tail call a local function. Slots: a = target.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { SUSPEND } from '../runtime/insn';
import { deallocate } from '../runtime/stack';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[1]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn): number {
  deallocate(p);
  if (--p.reds <= 0) {
    p.ip = i.a;
    return SUSPEND;
  }
  return i.a;
}
