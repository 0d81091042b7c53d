// allocate StackNeed Live — push a frame of StackNeed y registers. Slots: a = StackNeed, b = Live.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { allocate } from '../runtime/stack';
import { testHeap } from '../gc/alloc';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.u(args[0]);
  i.b = ctx.u(args[1]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  // The frame must fit below the heap top too (the JIT's gc test with no heap need).
  testHeap(p, i.a, i.b);
  allocate(p, i.a);
  return ip + 1;
}
