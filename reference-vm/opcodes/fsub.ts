// fsub Fail FrA FrB FrDst — float -; a non-finite result raises badarith. Slots: a = FrA, b = FrB, c = FrDst.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { ErlangException } from '../bifs/exception';
import { atoms } from '../terms/atom';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.fr(args[1]);
  i.b = ctx.fr(args[2]);
  i.c = ctx.fr(args[3]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const fr = p.fr;
  const a = fr[i.a];
  const b = fr[i.b];
  const r = a - b;
  if (!Number.isFinite(r)) throw new ErlangException('error', atoms.badarith);
  fr[i.c] = r;
  return ip + 1;
}
