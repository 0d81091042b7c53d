// gc_bif1 Fail Live Bif Arg Dst — bif1 with a Live operand (how many x registers the
// collector must keep): it runs exactly as bif1 does. Slots: a = Fail (-1: none),
// b = argument, e = Dst, t = the BIF function, u = its name.

import type { Operand } from '../loader/types';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { bifFunction, type BifName } from '../runtime/bif-call';
import { exec } from './bif1';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[3]);
  i.e = ctx.dst(args[4]);
  const ref = ctx.importRef(args[2]);
  i.t = bifFunction(ctx.rt, ref);
  const name: BifName = { module: ref.module, name: ref.fn };
  i.u = name;
  i.exec = exec;
}
