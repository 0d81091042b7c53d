// bs_match_string Fail Ctx Bits {string, Offset}
//   slots: a = Fail, b = Ctx, c = Bits, t = the string's bytes (module string table)
// Continue (advancing by Bits) only if the next Bits bits equal the string's first Bits bits.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get } from '../runtime/operands';
import type { Process } from '../process/process';
import { contextOf } from '../bitsyntax/match-context';
import { bitsEqual, bytesFor } from '../bitsyntax/bits';
import { stringBytes } from '../bitsyntax/operands';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.c = ctx.u(args[2]);
  i.t = stringBytes(args[3], bytesFor(i.c), ctx);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const mc = contextOf(get(p, i.b));
  const bits = i.c;
  if (mc.remaining < bits) return i.a;
  if (!bitsEqual(mc.bytes, mc.offset, i.t as Uint8Array, 0, bits)) return i.a;
  mc.offset += bits;
  return ip + 1;
}
