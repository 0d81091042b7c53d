// bs_append Fail Size Extra Live Unit Bin Flags Dst
//   slots: a = Fail, b = Size, c = Unit, d = Bin, e = Dst
// Dst = Bin extended by Size bits for the following bs_put_* instructions to fill in
// (legacy construction of <<Bin/binary, ...>>). Bin must be a bitstring whose size is a
// multiple of Unit. Failures jump to Fail or raise a plain badarg (system_limit for a
// too large size).

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
  i.c = ctx.u(args[4]);
  i.d = ctx.src(args[5]);
  i.e = ctx.dst(args[7]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const r = appendForPuts(get(p, i.d), get(p, i.b), i.c, i.a);
  if (typeof r === 'number') return r;
  put(p, i.e, r);
  return ip + 1;
}
