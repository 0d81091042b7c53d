// bs_put_utf8 Fail Flags Src             slots: a = Fail, d = Flags, e = Src
// Write the code point Src UTF-8 encoded into the binary under construction (legacy).
// Anything but a valid code point jumps to Fail or raises a plain badarg.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get } from '../runtime/operands';
import type { Process } from '../process/process';
import { flagsOperand } from '../bitsyntax/flags';
import { builder, putFailed } from '../bitsyntax/legacy-builder';
import { encodeUtf8, isValidCodePoint } from '../bitsyntax/utf';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.d = flagsOperand(args[1]);
  i.e = ctx.src(args[2]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const v = get(p, i.e);
  if (!isValidCodePoint(v)) return putFailed(i.a);
  builder.offset += encodeUtf8(builder.bytes, builder.offset, v);
  return ip + 1;
}
