// is_eq_exact Fail A B — jump to Fail unless A =:= B. Slots: a = Fail, b = A, c = B.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get } from '../runtime/operands';
import { exactEquals } from '../terms/compare';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.c = ctx.src(args[2]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  const a = get(p, i.b);
  const b = get(p, i.c);
  // Atoms are interned and integers are JS values: identity decides unless both are compound.
  if (a === b) return ip + 1;
  if (typeof a !== 'object' || typeof b !== 'object') return i.a;
  return exactEquals(a, b) ? ip + 1 : i.a;
}
