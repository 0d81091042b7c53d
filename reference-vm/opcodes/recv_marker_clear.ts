// recv_marker_clear Reference — drop the marker bound to Reference. Slots: a = Reference.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get } from '../runtime/operands';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.src(args[0]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  p.mailbox.clearMarker(get(p, i.a));
  return ip + 1;
}
