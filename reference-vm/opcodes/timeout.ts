// timeout — the receive timed out: reset the receive position.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';

export function prepare(i: Insn, _args: Operand[], _ctx: PrepareContext): void {
  i.exec = exec;
}

function exec(p: Process, _i: Insn, ip: number): number {
  p.mailbox.resetScan();
  p.rt.scheduler.cancelTimer(p);
  p.timedOut = false;
  return ip + 1;
}
