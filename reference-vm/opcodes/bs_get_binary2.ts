// bs_get_binary2 Fail Ctx Live Size Unit Flags Dst
//   slots: a = Fail, b = Ctx, c = Size (operand code; unused for `all`), d = Unit, t = Dst
// Dst = the next Size*Unit bits as a bitstring (shared with the matched one when it is
// whole bytes at a byte offset). Size `all` takes the rest, which must be a multiple of Unit.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get, put } from '../runtime/operands';
import type { Process } from '../process/process';
import { contextOf } from '../bitsyntax/match-context';
import { fieldBits, isAtomOperand, sizeSrc } from '../bitsyntax/operands';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.d = ctx.u(args[4]);
  i.t = ctx.dst(args[6]);
  if (isAtomOperand(args[3], 'all')) {
    i.exec = execAll;
  } else {
    i.c = sizeSrc(args[3], ctx);
    i.exec = exec;
  }
}

function exec(p: Process, i: Insn, ip: number): number {
  const bits = fieldBits(get(p, i.c), i.d);
  if (bits < 0) return i.a;
  const mc = contextOf(get(p, i.b));
  if (mc.remaining < bits) return i.a;
  put(p, i.t as number, mc.take(bits));
  return ip + 1;
}

function execAll(p: Process, i: Insn, ip: number): number {
  const mc = contextOf(get(p, i.b));
  const bits = mc.remaining;
  if (bits % i.d !== 0) return i.a;
  put(p, i.t as number, mc.take(bits));
  return ip + 1;
}
