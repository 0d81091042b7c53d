// bs_get_utf16 Fail Ctx Live Flags Dst
//   slots: a = Fail, b = Ctx, e = Flags, c = Dst
// Dst = the next UTF-16 encoded code point; jumps to Fail when it is not there.
// A lone or reversed surrogate fails.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get, put } from '../runtime/operands';
import type { Process } from '../process/process';
import { contextOf } from '../bitsyntax/match-context';
import { flagsOperand } from '../bitsyntax/flags';
import { decodeUtf16 } from '../bitsyntax/utf';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.e = flagsOperand(args[3]);
  i.c = ctx.dst(args[4]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const mc = contextOf(get(p, i.b));
  const r = decodeUtf16(mc.bytes, mc.offset, mc.remaining, i.e);
  if (r === null) return i.a;
  const cp = r.cp;
  mc.offset += r.bits;
  put(p, i.c, cp);
  return ip + 1;
}
