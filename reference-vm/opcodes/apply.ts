// apply Arity — apply(x[Arity], x[Arity+1], [x0..]) as a body call. Slots: a = Arity.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { applyMfa } from '../runtime/calls';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.u(args[0]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const n = i.a;
  return applyMfa(p, p.x[n], p.x[n + 1], n, ip, ip + 1);
}
