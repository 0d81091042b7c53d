// allocate_heap StackNeed HeapNeed Live — make room for the frame and HeapNeed words (collecting with
// Live x registers live if they do not fit), then allocate and charge the heap words.
// Slots: a = StackNeed, b = HeapNeed in words, c = Live.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { allocate } from '../runtime/stack';
import { heapNeedWords, testHeap } from '../gc/alloc';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.u(args[0]);
  i.b = heapNeedWords(args[1]);
  i.c = ctx.u(args[2]);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const need = i.a + i.b;
  testHeap(p, need, i.c);
  allocate(p, i.a);
  p.htop += i.b;
  return ip + 1;
}
