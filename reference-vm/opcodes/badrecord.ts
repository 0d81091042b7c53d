// badrecord Value — raise {badrecord, Value}. Slots: a = Value.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { ErlangException } from '../bifs/exception';
import { get } from '../runtime/operands';
import { atoms } from '../terms/atom';
import { Tuple } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.src(args[0]);
  i.exec = exec;
}

function exec(p: Process, i: Insn): number {
  throw new ErlangException('error', new Tuple([atoms.badrecord, get(p, i.a)]));
}
