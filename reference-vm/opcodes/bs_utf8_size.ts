// bs_utf8_size Fail Src Dst                slots: b = Src, c = Dst
// Dst = the number of bytes of Src's UTF-8 encoding (no validity check: a later
// bs_put_utf8 does that).

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
  let n = 4;
  if (typeof v === 'number') n = v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4;
  put(p, i.c, n);
  return ip + 1;
}
