// remove_message — the current message matched: take it out of the mailbox, end the receive.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';

export function prepare(i: Insn, _args: Operand[], _ctx: PrepareContext): void {
  i.exec = exec;
}

export function exec(p: Process, _i: Insn, ip: number): number {
  p.mailbox.removeCurrent();
  p.rt.scheduler.cancelTimer(p);
  p.timedOut = false;
  return ip + 1;
}
