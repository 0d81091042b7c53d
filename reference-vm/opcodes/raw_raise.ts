// raw_raise — re-raise: x0 = class, x1 = reason, x2 = raw stack trace. A bad class leaves badarg in x0.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import type { ExceptionClass } from '../bifs/exception';
import { Reraise } from '../runtime/failure';
import { RawTrace } from '../runtime/stacktrace';
import { atoms } from '../terms/atom';
import { NIL } from '../terms/types';

export function prepare(i: Insn, _args: Operand[], _ctx: PrepareContext): void {
  i.exec = exec;
}

const CLASSES = new Map<unknown, ExceptionClass>([
  [atoms.error, 'error'],
  [atoms.exit, 'exit'],
  [atoms.throw, 'throw'],
]);

function exec(p: Process, _i: Insn, ip: number): number {
  const cls = CLASSES.get(p.x[0]);
  if (cls === undefined) {
    p.x[0] = atoms.badarg;
    return ip + 1;
  }
  const raw = p.x[2] as unknown;
  const trace = raw instanceof RawTrace ? raw.withClass(cls) : RawTrace.fromTerm(cls, NIL);
  throw new Reraise(cls, p.x[1], trace);
}
