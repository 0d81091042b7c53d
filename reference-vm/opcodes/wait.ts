// wait Label — no message matched: sleep until one arrives, then resume at Label (loop_rec). Slots: a = Label.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { SUSPEND } from '../runtime/insn';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn): number {
  p.ip = i.a;
  p.state = 'waiting';
  return SUSPEND;
}
