// loop_rec_end Label — the current message did not match: move on to the next and go back to loop_rec. Slots: a = Label.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn): number {
  p.mailbox.advance();
  return i.a;
}
