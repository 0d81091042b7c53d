// try_case Y — start of a try handler: x0 = class, x1 = reason, x2 = raw stack trace. Slots: a = Y.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { put } from '../runtime/operands';
import { NIL } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.dst(args[0]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  put(p, i.a, NIL);
  p.catches--;
  p.x[0] = p.x[3];
  return ip + 1;
}
