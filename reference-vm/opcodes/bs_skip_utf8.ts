// bs_skip_utf8 Fail Ctx Live Flags
//   slots: a = Fail, b = Ctx, e = Flags
// Skip the next UTF-8 encoded code point; jumps to Fail when it is not there.
// Overlong forms, surrogates and values above 16#10FFFF fail.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get } from '../runtime/operands';
import type { Process } from '../process/process';
import { contextOf } from '../bitsyntax/match-context';
import { flagsOperand } from '../bitsyntax/flags';
import { decodeUtf8 } from '../bitsyntax/utf';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.e = flagsOperand(args[3]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const mc = contextOf(get(p, i.b));
  const r = decodeUtf8(mc.bytes, mc.offset, mc.remaining);
  if (r === null) return i.a;
  mc.offset += r.bits;
  return ip + 1;
}
