// bs_put_string Length {string, Offset}    slots: c = Length (bytes), t = the bytes
// Copy Length bytes of the module's string table into the binary under construction.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import type { Process } from '../process/process';
import { copyBits } from '../bitsyntax/bits';
import { builder } from '../bitsyntax/legacy-builder';
import { stringBytes } from '../bitsyntax/operands';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.c = ctx.u(args[0]);
  i.t = stringBytes(args[1], i.c, ctx);
  i.exec = exec;
}

function exec(_p: Process, i: Insn, ip: number): number {
  const bits = i.c * 8;
  copyBits(i.t as Uint8Array, 0, builder.bytes, builder.offset, bits);
  builder.offset += bits;
  return ip + 1;
}
