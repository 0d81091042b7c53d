// bif1 Fail Bif Arg Dst — call a BIF; with a Fail label a failure jumps there, without one it raises with the BIF's stack frame. Slots: a = Fail (-1: none), b/c/d = arguments, e = Dst, t = the BIF function, u = its name.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get, put } from '../runtime/operands';
import { bifFailure, bifFunction, isErlangException, type BifName, type Bif1 } from '../runtime/bif-call';
import type { Term } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[2]);
  i.e = ctx.dst(args[3]);
  const ref = ctx.importRef(args[1]);
  i.t = bifFunction(ctx.rt, ref);
  const name: BifName = { module: ref.module, name: ref.fn };
  i.u = name;
  i.exec = exec;
}

/** Runs the BIF in slot t on the argument in slot b (shared with gc_bif1). */
export function exec(p: Process, i: Insn, ip: number): number {
  const a0 = get(p, i.b);
  let r: Term;
  try {
    r = (i.t as Bif1)(a0, p);
  } catch (e) {
    // With a fail label (a guard) any Erlang exception just fails the test.
    if (i.a >= 0 && isErlangException(e)) return i.a;
    const name = i.u as BifName;
    throw bifFailure(e, name.module, name.name, [a0], ip);
  }
  put(p, i.e, r);
  return ip + 1;
}
