// swap R1 R2 — exchange two registers. Slots: a = R1, b = R2.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get, put } from '../runtime/operands';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.dst(args[0]);
  i.b = ctx.dst(args[1]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const t = get(p, i.a);
  put(p, i.a, get(p, i.b));
  put(p, i.b, t);
  return ip + 1;
}
