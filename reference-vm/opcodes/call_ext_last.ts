// call_ext_last Arity Import Deallocate — drop the frame, then tail call an external function. Slots: t = ExportRef.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { callExport } from '../runtime/calls';
import type { ExportRef } from '../runtime/code';
import { deallocate } from '../runtime/stack';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.t = ctx.importRef(args[1]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  deallocate(p);
  return callExport(p, i.t as ExportRef, ip, -1, true);
}
