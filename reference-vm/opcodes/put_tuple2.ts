// put_tuple2 Dst {list, Elements} — build a tuple. Slots: a = Dst, t = element operand codes (Int32Array).

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get, put } from '../runtime/operands';
import { Tuple, type Term } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.dst(args[0]);
  i.t = Int32Array.from(ctx.list(args[1]), (o) => ctx.src(o));
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  const codes = i.t as Int32Array;
  const n = codes.length;
  const elements = new Array<Term>(n);
  for (let k = 0; k < n; k++) elements[k] = get(p, codes[k]);
  put(p, i.a, new Tuple(elements));
  return ip + 1;
}
