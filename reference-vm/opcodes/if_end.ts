// if_end — raise if_clause.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { ErlangException } from '../bifs/exception';
import { atoms } from '../terms/atom';

export function prepare(i: Insn, _args: Operand[], _ctx: PrepareContext): void {
  i.exec = exec;
}

function exec(): number {
  throw new ErlangException('error', atoms.if_clause);
}
