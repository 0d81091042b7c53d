// make_fun3 Lambda Dst {list, Free} — build a closure over FunT entry Lambda. Slots: a = Dst, t = FunTemplate, u = free-variable codes.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { funTemplate, makeFun, type FunTemplate } from '../runtime/funs';
import { get, put } from '../runtime/operands';
import type { Term } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.t = funTemplate(ctx, ctx.u(args[0]));
  i.a = ctx.dst(args[1]);
  i.u = Int32Array.from(ctx.list(args[2]), (o) => ctx.src(o));
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const codes = i.u as Int32Array;
  const env = new Array<Term>(codes.length);
  for (let k = 0; k < codes.length; k++) env[k] = get(p, codes[k]);
  put(p, i.a, makeFun(i.t as FunTemplate, env));
  return ip + 1;
}
