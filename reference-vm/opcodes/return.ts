// return — return to the live continuation pointer.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';

export function prepare(i: Insn, _args: Operand[], _ctx: PrepareContext): void {
  i.exec = exec;
}

export function exec(p: Process): number {
  const cp = p.cp;
  p.cp = -1;
  return cp;
}
