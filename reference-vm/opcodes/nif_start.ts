// nif_start — marks a function that a NIF may replace; nothing to do.

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
