// bs_get_tail Ctx Dst Live                 slots: b = Ctx, c = Dst
// Dst = the unmatched rest of the context as a bitstring (the position does not move).

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get, put } from '../runtime/operands';
import type { Process } from '../process/process';
import { contextOf } from '../bitsyntax/match-context';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.b = ctx.src(args[0]);
  i.c = ctx.dst(args[1]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  put(p, i.c, contextOf(get(p, i.b)).tail());
  return ip + 1;
}
