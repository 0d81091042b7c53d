// raise Trace Value — re-raise Value with the class and trace saved in Trace. Slots: a = Trace, b = Value.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { Reraise } from '../runtime/failure';
import { get } from '../runtime/operands';
import { RawTrace } from '../runtime/stacktrace';
import { NIL } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.src(args[0]);
  i.b = ctx.src(args[1]);
  i.exec = exec;
}

function exec(p: Process, i: Insn): number {
  const raw = get(p, i.a) as unknown;
  const value = get(p, i.b);
  if (raw instanceof RawTrace) throw new Reraise(raw.cls, value, raw);
  // Not a saved trace: OTP treats it as an error with no usable trace.
  throw new Reraise('error', value, RawTrace.fromTerm('error', NIL));
}
