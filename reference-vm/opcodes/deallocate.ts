// deallocate N — pop the current frame, restoring the continuation pointer.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { deallocate } from '../runtime/stack';

export function prepare(i: Insn, _args: Operand[], _ctx: PrepareContext): void {
  i.exec = exec;
}

export function exec(p: Process, _i: Insn, ip: number): number {
  deallocate(p);
  return ip + 1;
}
