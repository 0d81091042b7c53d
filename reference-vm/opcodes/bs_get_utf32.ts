// bs_get_utf32 Fail Ctx Live Flags Dst
//   slots: a = Fail, b = Ctx, e = Flags, c = Dst
// Dst = the next UTF-32 encoded code point; jumps to Fail when it is not there.
// Surrogates and values above 16#10FFFF fail (the position is left unchanged).

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get, put } from '../runtime/operands';
import type { Process } from '../process/process';
import { contextOf } from '../bitsyntax/match-context';
import { flagsOperand } from '../bitsyntax/flags';
import { decodeInteger } from '../bitsyntax/integer';
import { isValidCodePoint } from '../bitsyntax/utf';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.e = flagsOperand(args[3]);
  i.c = ctx.dst(args[4]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const mc = contextOf(get(p, i.b));
  if (mc.remaining < 32) return i.a;
  const cp = decodeInteger(mc.bytes, mc.offset, 32, i.e);
  if (!isValidCodePoint(cp)) return i.a;
  mc.offset += 32;
  put(p, i.c, cp);
  return ip + 1;
}
