// bs_init_writable                         (no operands)
// x0 = an empty binary that later appends may extend in place; x0 holds the number of
// bytes to reserve (a hint; anything else reserves a default).

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import type { Process } from '../process/process';
import { AppendBuffer, WritableBitstring } from '../bitsyntax/writable';

const DEFAULT_BYTES = 1024;
const MAX_HINT = 1 << 24;

export function prepare(i: Insn, _args: Operand[], _ctx: PrepareContext): void {
  i.exec = exec;
}

function exec(p: Process, _i: Insn, ip: number): number {
  const hint = p.x[0];
  const bytes = typeof hint === 'number' && hint >= 0 && hint <= MAX_HINT ? hint : DEFAULT_BYTES;
  const buffer = new AppendBuffer(new Uint8Array(Math.max(bytes, 1)), 0);
  p.x[0] = new WritableBitstring(buffer.bytes.subarray(0, 0), 0, buffer);
  return ip + 1;
}
