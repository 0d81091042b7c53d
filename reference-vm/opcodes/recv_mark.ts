// recv_mark Label — the receive optimisation before OTP 24 (recv_marker_* since): put the
// process's one old-style marker at the end of the mailbox, replacing the previous one,
// so that recv_set can start the next receive's scan after every message queued before
// it. Label is not used. The mailbox drops the marker when the scan next goes back to
// the oldest message (see Mailbox.markOld).

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';

export function prepare(i: Insn, _args: Operand[], _ctx: PrepareContext): void {
  i.exec = exec;
}

function exec(p: Process, _i: Insn, ip: number): number {
  p.mailbox.markOld();
  return ip + 1;
}
