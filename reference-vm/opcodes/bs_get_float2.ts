// bs_get_float2 Fail Ctx Live Size Unit Flags Dst
//   slots: a = Fail, b = Ctx, c = Size (operand code), d = Unit, e = Flags, t = Dst code
// Dst = the next 16, 32 or 64 bits as a float. Fails for other sizes, too few bits, or
// bits that are not a finite number (NaN, infinities). As in OTP, a size of 0 gives 0.0
// without reading anything, and Size itself must not exceed 64.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get, put } from '../runtime/operands';
import type { Process } from '../process/process';
import { Float } from '../terms/types';
import { contextOf } from '../bitsyntax/match-context';
import { flagsOperand } from '../bitsyntax/flags';
import { decodeFloat } from '../bitsyntax/float';
import { fieldBits, sizeSrc } from '../bitsyntax/operands';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.c = sizeSrc(args[3], ctx);
  i.d = ctx.u(args[4]);
  i.e = flagsOperand(args[5]);
  i.t = ctx.dst(args[6]);
  i.exec = exec;
}

const ZERO = new Float(0);

function exec(p: Process, i: Insn, ip: number): number {
  const size = get(p, i.c);
  if (typeof size !== 'number' || size > 64) return i.a;
  const bits = fieldBits(size, i.d);
  if (bits < 0) return i.a;
  if (bits === 0) {
    put(p, i.t as number, ZERO);
    return ip + 1;
  }
  const mc = contextOf(get(p, i.b));
  if (mc.remaining < bits) return i.a;
  const v = decodeFloat(mc.bytes, mc.offset, bits, i.e);
  if (v === null) return i.a;
  mc.offset += bits;
  put(p, i.t as number, new Float(v));
  return ip + 1;
}
