// fconv Src FrDst — convert a number to a float register (badarith for anything else). Slots: a = Src, b = float register.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { ErlangException } from '../bifs/exception';
import { get } from '../runtime/operands';
import { atoms } from '../terms/atom';
import { Float } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.src(args[0]);
  i.b = ctx.fr(args[1]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const t = get(p, i.a);
  let v: number;
  if (typeof t === 'number') v = t;
  else if (t instanceof Float) v = t.value;
  else if (typeof t === 'bigint') {
    v = Number(t);
    if (!Number.isFinite(v)) throw new ErlangException('error', atoms.badarith);
  } else throw new ErlangException('error', atoms.badarith);
  p.fr[i.b] = v;
  return ip + 1;
}
