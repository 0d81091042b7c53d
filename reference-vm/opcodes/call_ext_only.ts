// call_ext_only Arity Import — tail call of an external function. Slots: t = ExportRef.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { callExport } from '../runtime/calls';
import type { ExportRef } from '../runtime/code';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.t = ctx.importRef(args[1]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  return callExport(p, i.t as ExportRef, ip, -1, true);
}
