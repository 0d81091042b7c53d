// fmove Src Dst — move between float registers and terms (a term source is a float). Slots: a = Src code or float register, b = Dst code or float register.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get, put } from '../runtime/operands';
import { Float } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  const [src, dst] = args;
  if (src.kind === 'fr' && dst.kind === 'fr') {
    i.a = ctx.fr(src);
    i.b = ctx.fr(dst);
    i.exec = execFrFr;
  } else if (src.kind === 'fr') {
    i.a = ctx.fr(src);
    i.b = ctx.dst(dst);
    i.exec = execFrTerm;
  } else {
    i.a = ctx.src(src);
    i.b = ctx.fr(dst);
    i.exec = execTermFr;
  }
}

function execFrFr(p: Process, i: Insn, ip: number): number {
  p.fr[i.b] = p.fr[i.a];
  return ip + 1;
}

function execFrTerm(p: Process, i: Insn, ip: number): number {
  put(p, i.b, new Float(p.fr[i.a]));
  return ip + 1;
}

function execTermFr(p: Process, i: Insn, ip: number): number {
  p.fr[i.b] = (get(p, i.a) as Float).value;
  return ip + 1;
}
