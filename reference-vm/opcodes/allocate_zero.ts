// allocate_zero StackNeed Live — allocate with every y register initialised to []. Slots: a = StackNeed, b = Live.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { allocateZero } from '../runtime/stack';
import { testHeap } from '../gc/alloc';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.u(args[0]);
  i.b = ctx.u(args[1]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  // The frame must fit below the heap top too (the JIT's gc test with no heap need).
  testHeap(p, i.a, i.b);
  allocateZero(p, i.a);
  return ip + 1;
}
