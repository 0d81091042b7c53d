// make_fun2 Lambda — (pre-OTP 24) build a closure whose free variables are x0..; result in x0. Slots: t = FunTemplate.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { funTemplate, makeFun, type FunTemplate } from '../runtime/funs';
import type { Term } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.t = funTemplate(ctx, ctx.u(args[0]));
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const tpl = i.t as FunTemplate;
  const env = new Array<Term>(tpl.numFree);
  for (let k = 0; k < tpl.numFree; k++) env[k] = p.x[k];
  p.x[0] = makeFun(tpl, env);
  return ip + 1;
}
