// recv_marker_bind Marker Reference — tie a reserved marker to the reference a receive will look for. Slots: a = Marker, b = Reference.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get } from '../runtime/operands';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.src(args[0]);
  i.b = ctx.src(args[1]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  p.mailbox.bindMarker(get(p, i.a), get(p, i.b));
  return ip + 1;
}
