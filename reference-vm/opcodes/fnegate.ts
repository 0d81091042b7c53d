// fnegate Fail FrA FrDst — float negation. Slots: a = FrA, b = FrDst.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.fr(args[1]);
  i.b = ctx.fr(args[2]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  p.fr[i.b] = -p.fr[i.a];
  return ip + 1;
}
