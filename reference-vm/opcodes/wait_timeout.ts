// wait_timeout Label Time — as wait, but fall through to `timeout` after Time ms of virtual time (or at once for 0). Slots: a = Label, b = Time.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { ErlangException } from '../bifs/exception';
import { SUSPEND } from '../runtime/insn';
import { get } from '../runtime/operands';
import { atoms } from '../terms/atom';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.exec = exec;
}

/** The largest timeout OTP accepts in a receive (32 bits of milliseconds). */
const MAX_TIMEOUT = 0xffffffff;

function exec(p: Process, i: Insn, ip: number): number {
  if (p.timedOut) {
    p.timedOut = false;
    return ip + 1;
  }
  const t = get(p, i.b);
  if (t !== atoms.infinity) {
    if (typeof t !== 'number' || t < 0 || t > MAX_TIMEOUT) throw new ErlangException('error', atoms.timeout_value);
    if (t === 0) return ip + 1;
    if (p.timerDeadline < 0) p.rt.scheduler.startTimer(p, t);
  }
  p.ip = i.a;
  p.state = 'waiting';
  return SUSPEND;
}
