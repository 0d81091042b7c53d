// bs_set_position Ctx Pos                  slots: b = Ctx, c = Pos
// Move the context back (or forward) to a position bs_get_position returned.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get } from '../runtime/operands';
import type { Process } from '../process/process';
import { contextOf } from '../bitsyntax/match-context';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.b = ctx.src(args[0]);
  i.c = ctx.src(args[1]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  contextOf(get(p, i.b)).offset = get(p, i.c) as number;
  return ip + 1;
}
