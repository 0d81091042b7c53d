// test_arity Fail Src Arity — a tuple of exactly Arity elements. Slots: a = Fail, b = Src, c = Arity.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get } from '../runtime/operands';
import { Tuple } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.c = ctx.u(args[2]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  const t = get(p, i.b);
  return t instanceof Tuple && t.elements.length === i.c ? ip + 1 : i.a;
}
