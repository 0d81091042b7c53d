// bs_init2 Fail Size Words Live Flags Dst  slots: a = Fail, b = Size, c = Dst
// Start building a binary of Size bytes (legacy construction, before bs_create_bin):
// Dst gets the binary, and the following bs_put_* instructions fill it in.
// A size that is not a non-negative integer jumps to Fail or raises badarg
// (system_limit for a too large positive integer).

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get, put } from '../runtime/operands';
import type { Process } from '../process/process';
import { sizeSrc } from '../bitsyntax/operands';
import { Bitstring } from '../terms/types';
import { ErlangException } from '../bifs/exception';
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
  const size = get(p, i.b);
  if (typeof size !== 'number' || size < 0 || size * 8 > MAX_BINARY_BITS) {
    if (i.a >= 0) return i.a;
    throw new ErlangException('error', sizeErrorReason(size));
  }
  const bytes = new Uint8Array(size);
  startBuilding(bytes, 0);
  put(p, i.c, new Bitstring(bytes, size * 8));
  return ip + 1;
}
