// select_tuple_arity Src Fail {list, [Arity, Label, ...]} — branch on the size of a tuple. Slots: a = Src, b = Fail, t = Map from arity to target.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get } from '../runtime/operands';
import { Tuple } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.src(args[0]);
  i.b = ctx.label(args[1]);
  const items = ctx.list(args[2]);
  const table = new Map<number, number>();
  for (let k = 0; k + 1 < items.length; k += 2) table.set(ctx.u(items[k]), ctx.label(items[k + 1]));
  i.t = table;
  i.exec = exec;
}

function exec(p: Process, i: Insn): number {
  const v = get(p, i.a);
  if (!(v instanceof Tuple)) return i.b;
  const target = (i.t as Map<number, number>).get(v.elements.length);
  return target === undefined ? i.b : target;
}
