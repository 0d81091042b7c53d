// func_info Module Function Arity — reached when no clause matched: raise function_clause with the arguments. Slots: t = FunctionInfo.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { atoms } from '../terms/atom';
import type { Atom } from '../terms/types';
import { argsFromX } from '../runtime/calls';
import { Failure } from '../runtime/failure';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.u(args[2]);
  i.t = { module: ctx.term(args[0]) as Atom, fn: ctx.term(args[1]) as Atom };
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const { module, fn } = i.t as { module: Atom; fn: Atom };
  const args = argsFromX(p, i.a);
  // The frame shows the arguments and the function's own location; no frame for the
  // faulting instruction itself (OTP ignores the pc for function_clause).
  throw new Failure('error', atoms.function_clause, { module, fn, arityOrArgs: args, locationIp: ip, errorInfo: null }, -1);
}
