// try Y Label — as catch, for try ... catch. Slots: a = Y, t = CatchTag.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { CatchTag } from '../runtime/frames';
import { put } from '../runtime/operands';
import type { Term } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.dst(args[0]);
  i.t = new CatchTag(ctx.label(args[1]));
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  put(p, i.a, i.t as Term);
  p.catches++;
  return ip + 1;
}
