// bs_private_append Fail Size Unit Bin Flags Dst
//   slots: a = Fail, b = Size, c = Unit, d = Bin, e = Dst
// Like bs_append, for a binary the compiler knows nobody else references.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get, put } from '../runtime/operands';
import type { Process } from '../process/process';
import { sizeSrc } from '../bitsyntax/operands';
import { appendForPuts } from '../bitsyntax/legacy-builder';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = sizeSrc(args[1], ctx);
  i.c = ctx.u(args[2]);
  i.d = ctx.src(args[3]);
  i.e = ctx.dst(args[5]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const r = appendForPuts(get(p, i.d), get(p, i.b), i.c, i.a);
  if (typeof r === 'number') return r;
  put(p, i.e, r);
  return ip + 1;
}
