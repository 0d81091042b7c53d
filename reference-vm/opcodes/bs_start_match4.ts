// bs_start_match4 Fail Live Src Dst        slots: a = Fail (-1: none), b = Src, c = Dst
//
// Fail is a label, `no_fail` (Src is known to be a bitstring or context) or `resume`
// (Src is already a context: just copy it to Dst).

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get, put } from '../runtime/operands';
import type { Process } from '../process/process';
import { startMatch } from '../bitsyntax/match-context';
import { badarg } from '../bifs/exception';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  const f = args[0];
  i.b = ctx.src(args[2]);
  i.c = ctx.dst(args[3]);
  if (f.kind === 'atom' && f.value.name === 'resume') {
    i.exec = resume;
    return;
  }
  i.a = f.kind === 'f' ? ctx.label(f) : -1;
  i.exec = exec;
}

function resume(p: Process, i: Insn, ip: number): number {
  put(p, i.c, get(p, i.b));
  return ip + 1;
}

function exec(p: Process, i: Insn, ip: number): number {
  const mc = startMatch(get(p, i.b));
  if (mc === null) {
    if (i.a >= 0) return i.a;
    badarg();
  }
  put(p, i.c, mc.asTerm());
  return ip + 1;
}
