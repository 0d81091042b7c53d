// is_nonempty_list Fail Src — jump to Fail unless Src passes the type test. Slots: a = Fail, b = Src.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get } from '../runtime/operands';
import { Cons } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  const t = get(p, i.b);
  return t instanceof Cons ? ip + 1 : i.a;
}
