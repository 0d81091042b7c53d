// bs_utf16_size Fail Src Dst               slots: b = Src, c = Dst
// Dst = the number of bytes of Src's UTF-16 encoding (2 or 4; validity is checked by the
// bs_put_utf16 that follows).

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get, put } from '../runtime/operands';
import type { Process } from '../process/process';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.b = ctx.src(args[1]);
  i.c = ctx.dst(args[2]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const v = get(p, i.b);
  put(p, i.c, typeof v === 'number' && v >= 0 && v < 0x10000 ? 2 : 4);
  return ip + 1;
}
