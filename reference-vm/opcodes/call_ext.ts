// call_ext Arity Import — body call of an external function (late bound). Slots: t = ExportRef.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { callExport } from '../runtime/calls';
import type { ExportRef } from '../runtime/code';
import { SUSPEND } from '../runtime/insn';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.t = ctx.importRef(args[1]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  const ref = i.t as ExportRef;
  if (ref.ip >= 0) {
    p.cp = ip + 1;
    if (--p.reds <= 0) {
      p.ip = ref.ip;
      return SUSPEND;
    }
    return ref.ip;
  }
  return callExport(p, ref, ip, ip + 1, true);
}
