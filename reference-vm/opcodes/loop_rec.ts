// loop_rec Fail Dst — the next message at the receive position into Dst, or jump to Fail (wait) when there is none. Slots: a = Fail, b = Dst.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { put } from '../runtime/operands';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.dst(args[1]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  const m = p.mailbox.peek();
  if (m === undefined) return i.a;
  put(p, i.b, m);
  return ip + 1;
}
