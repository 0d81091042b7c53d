// catch_end Y — end of a catch expression, reached normally or from an exception: an exception becomes its value (throw: the term; error: {EXIT, {Reason, Stack}}; exit: {EXIT, Reason}). Slots: a = Y.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { NON_VALUE, put } from '../runtime/operands';
import type { RawTrace } from '../runtime/stacktrace';
import { atoms } from '../terms/atom';
import { NIL, Tuple } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.dst(args[0]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  put(p, i.a, NIL);
  p.catches--;
  const x = p.x;
  if (x[0] === NON_VALUE) {
    const cls = x[3];
    if (cls === atoms.throw) x[0] = x[1];
    else if (cls === atoms.error) {
      const trace = x[2] as unknown as RawTrace;
      x[0] = new Tuple([atoms.EXIT, new Tuple([x[1], trace.term()])]);
    } else x[0] = new Tuple([atoms.EXIT, x[1]]);
  }
  return ip + 1;
}
