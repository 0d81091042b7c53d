// bs_start_match3 Fail Bin Live Dst        slots: a = Fail (-1: none), b = Bin, c = Dst
//
// Dst = a match context over Bin. A match context given as Bin is reused as it is (its
// position is kept), as OTP does. Anything else jumps to Fail; the compiler only omits the
// fail label when Bin is known to be a bitstring or context.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get, put } from '../runtime/operands';
import type { Process } from '../process/process';
import { startMatch } from '../bitsyntax/match-context';
import { badarg } from '../bifs/exception';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.c = ctx.dst(args[3]);
  i.exec = exec;
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
