// recv_set Label — start the receive scan after the marker recv_mark left, if it is still
// there (otherwise at the oldest message, as usual). OTP 26 loads it only right before
// `label L` and `loop_rec`, the receive it belongs to; elsewhere it refuses the module
// ("no specific operation found"), and so does this loader. Label is not used.

import { LoadError } from '../loader/errors';
import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';

export function prepare(i: Insn, _args: Operand[], ctx: PrepareContext): void {
  if (ctx.following(1)?.name !== 'label' || ctx.following(2)?.name !== 'loop_rec') {
    const code = ctx.loaded.chunks.find((c) => c.id === 'Code');
    throw new LoadError(ctx.loaded.source, 'Code', code?.offset ?? 0, 'bad-operand', 'recv_set: no specific operation found (OTP 26 takes it only before label and loop_rec)');
  }
  i.exec = exec;
}

function exec(p: Process, _i: Insn, ip: number): number {
  p.mailbox.useOldMarker();
  return ip + 1;
}
