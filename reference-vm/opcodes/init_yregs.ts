// init_yregs {list, Ys} — set several y registers to []. Slots: t = register codes.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { put } from '../runtime/operands';
import { NIL } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.t = Int32Array.from(ctx.list(args[0]), (o) => ctx.dst(o));
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  const codes = i.t as Int32Array;
  for (let k = 0; k < codes.length; k++) put(p, codes[k], NIL);
  return ip + 1;
}
