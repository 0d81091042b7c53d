// bs_put_utf32 Fail Flags Src             slots: a = Fail, d = Flags, e = Src
// Write the code point Src UTF-32 encoded into the binary under construction (legacy).
// Anything but a valid code point jumps to Fail or raises a plain badarg.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get } from '../runtime/operands';
import type { Process } from '../process/process';
import { flagsOperand } from '../bitsyntax/flags';
import { builder, putFailed } from '../bitsyntax/legacy-builder';
import { encodeInteger } from '../bitsyntax/integer';
import { isValidCodePoint } from '../bitsyntax/utf';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.d = flagsOperand(args[1]);
  i.e = ctx.src(args[2]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const v = get(p, i.e);
  if (!isValidCodePoint(v)) return putFailed(i.a);
  encodeInteger(builder.bytes, builder.offset, v, 32, i.d);
  builder.offset += 32;
  return ip + 1;
}
