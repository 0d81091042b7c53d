// build_stacktrace — x0: the raw stack trace of a caught exception -> the list of frames.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { RawTrace } from '../runtime/stacktrace';
import { NIL } from '../terms/types';

export function prepare(i: Insn, _args: Operand[], _ctx: PrepareContext): void {
  i.exec = exec;
}

function exec(p: Process, _i: Insn, ip: number): number {
  const raw = p.x[0] as unknown;
  p.x[0] = raw instanceof RawTrace ? raw.term() : NIL;
  return ip + 1;
}
