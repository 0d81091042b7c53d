// fcheckerror Fail — OTP 26 loads it as nothing when Fail is {f,0}: each float
// instruction has already raised badarith for a result that is not a finite float.
// With any other fail label OTP 26 refuses the module ("no specific operation found"),
// and so does this loader.

import { LoadError } from '../loader/errors';
import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  const fail = args[0];
  if (fail.kind !== 'f' || fail.label !== 0) {
    const code = ctx.loaded.chunks.find((c) => c.id === 'Code');
    throw new LoadError(ctx.loaded.source, 'Code', code?.offset ?? 0, 'bad-operand', 'fcheckerror: no specific operation found (OTP 26 takes only {f,0})');
  }
  i.exec = exec;
}

function exec(_p: Process, _i: Insn, ip: number): number {
  return ip + 1;
}
