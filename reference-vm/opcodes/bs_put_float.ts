// bs_put_float Fail Size Unit Flags Src    slots: a = Fail, b = Size, c = Unit, d = Flags, e = Src
// Write Src (a float or integer) as a 16, 32 or 64-bit float into the binary under
// construction (legacy). Other sizes, non-numbers and integers too large for a double
// jump to Fail or raise a plain badarg.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get } from '../runtime/operands';
import type { Process } from '../process/process';
import { Float } from '../terms/types';
import { flagsOperand } from '../bitsyntax/flags';
import { encodeFloat, integerToFloatValue } from '../bitsyntax/float';
import { builder, putFailed } from '../bitsyntax/legacy-builder';
import { fieldBits, sizeSrc } from '../bitsyntax/operands';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = sizeSrc(args[1], ctx);
  i.c = ctx.u(args[2]);
  i.d = flagsOperand(args[3]);
  i.e = ctx.src(args[4]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const bits = fieldBits(get(p, i.b), i.c);
  if (bits !== 16 && bits !== 32 && bits !== 64) return putFailed(i.a);
  const v = get(p, i.e);
  let x: number | null = null;
  if (v instanceof Float) x = v.value;
  else if (typeof v === 'number' || typeof v === 'bigint') x = integerToFloatValue(v, bits);
  if (x === null) return putFailed(i.a);
  encodeFloat(builder.bytes, builder.offset, x, bits, i.d);
  builder.offset += bits;
  return ip + 1;
}
