// bs_init_bits Fail Size Words Live Flags Dst  slots: a = Fail, b = Size, c = Dst
// Like bs_init2, with Size in bits (the result may be a bitstring).

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get, put } from '../runtime/operands';
import type { Process } from '../process/process';
import { sizeSrc } from '../bitsyntax/operands';
import { Bitstring } from '../terms/types';
import { ErlangException } from '../bifs/exception';
import { bytesFor } from '../bitsyntax/bits';
import { startBuilding } from '../bitsyntax/legacy-builder';
import { sizeErrorReason } from '../bitsyntax/construct-error';
import { MAX_BINARY_BITS } from './bs_create_bin';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = sizeSrc(args[1], ctx);
  i.c = ctx.dst(args[5]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const bits = get(p, i.b);
  if (typeof bits !== 'number' || bits < 0 || bits > MAX_BINARY_BITS) {
    if (i.a >= 0) return i.a;
    throw new ErlangException('error', sizeErrorReason(bits));
  }
  const bytes = new Uint8Array(bytesFor(bits));
  startBuilding(bytes, 0);
  put(p, i.c, new Bitstring(bytes, bits));
  return ip + 1;
}
