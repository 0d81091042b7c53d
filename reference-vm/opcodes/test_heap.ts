// test_heap HeapNeed Live — make room for HeapNeed words (collecting with Live x registers
// live if they do not fit) and charge them to the heap (gc/alloc.ts). The constructors
// that follow (put_list, put_tuple2, ...) use exactly what the compiler declared here.
// Slots: a = HeapNeed in words, b = Live.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { heapNeedWords, testHeap } from '../gc/alloc';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = heapNeedWords(args[0]);
  i.b = ctx.u(args[1]);
  i.exec = exec;
}

export function exec(p: Process, i: Insn, ip: number): number {
  const need = i.a;
  testHeap(p, need, i.b);
  p.htop += need;
  return ip + 1;
}
