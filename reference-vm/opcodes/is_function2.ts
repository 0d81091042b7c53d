// is_function2 Fail Src Arity — a fun of the given arity. Slots: a = Fail, b = Src, c = Arity.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get } from '../runtime/operands';
import { ExportFun, Fun } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.c = ctx.src(args[2]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const t = get(p, i.b);
  const arity = get(p, i.c);
  return (t instanceof Fun || t instanceof ExportFun) && t.arity === arity ? ip + 1 : i.a;
}
