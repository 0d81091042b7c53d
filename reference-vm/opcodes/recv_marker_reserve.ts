// recv_marker_reserve Dst — put a receive marker at the end of the mailbox. Slots: a = Dst.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { put } from '../runtime/operands';
import type { Term } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.dst(args[0]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  put(p, i.a, p.mailbox.reserveMarker() as unknown as Term);
  return ip + 1;
}
