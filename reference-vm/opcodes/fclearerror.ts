// fclearerror — OTP 26 loads it as nothing: there is no pending float error state, as
// each float instruction (fadd, fdiv, fconv, …) raises badarith itself when its result
// is not a finite float.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';

export function prepare(i: Insn, _args: Operand[], _ctx: PrepareContext): void {
  i.exec = exec;
}

function exec(_p: Process, _i: Insn, ip: number): number {
  return ip + 1;
}
