// is_ge Fail A B — jump to Fail unless A >= B. Greater or equal (term order). Slots: a = Fail, b = A, c = B.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get } from '../runtime/operands';
import { compareTerms } from '../terms/compare';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.c = ctx.src(args[2]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  const a = get(p, i.b);
  const b = get(p, i.c);
  // Integers held as JS numbers compare directly; everything else in term order.
  if (typeof a === 'number' && typeof b === 'number') return a >= b ? ip + 1 : i.a;
  return compareTerms(a, b) >= 0 ? ip + 1 : i.a;
}
