// Heap charging: where the interpreter and native functions tell the heap model that they
// build terms, and where collections are triggered, as in ERTS:
//
//  - test_heap / allocate_heap / allocate (the JIT's emit_gc_test): collect when the
//    declared need, plus S_RESERVED, does not fit between the heap top and the stack;
//  - code written in Erlang in OTP but native here (lists:seq...) charges in the same
//    steps as OTP's Erlang code would, so collections happen at the same moments;
//  - a BIF (HAlloc) puts what does not fit in a heap fragment, and the process collects
//    right after the BIF when the fragments outgrow the free space
//    (erts_gc_after_bif_call).
//
// The fast check `htop + need + sp + 1 + S_RESERVED <= heapBlock` is exact enough to skip
// the slow path: OTP's stack words never exceed this VM's stack slots plus one.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Term } from '../terms/types';
import { garbageCollect } from './collector';
import { S_RESERVED } from './heap-sizes';
import { nativeCallWords, stackWords, type XRoots } from './roots';
import { nodeWords } from './size';

const NO_TERMS: readonly Term[] = [];
/** FLOAT_SIZE_OBJECT and ERL_FUN_SIZE (without the environment). */
const FLOAT_WORDS = 2;
const FUN_WORDS = 5;
const NO_X: XRoots = { x: NO_TERMS, live: 0 };
/**
 * The JIT enters the collector from a heap test with a call, whose return address lies on
 * the Erlang stack (native stack) while it collects.
 */
const GC_CALL_WORDS = 1;
/** Headroom of the fast check: S_RESERVED plus the one stack word this VM may not show. */
const FAST_HEADROOM = S_RESERVED + 1;

/**
 * The heap test of test_heap / allocate*: `need` words (heap and new stack) must fit with
 * `live` x registers live. The fast check is a few loads and a compare; the exact one (with
 * OTP's stack word count) runs only when the fast one fails.
 */
export function testHeap(p: Process, need: number, live: number): void {
  if (p.htop + need + p.sp + FAST_HEADROOM > p.heapBlock) ensureHeap(p, need, live);
}

/** The slow path of a heap test: collects if `need` words do not fit. */
function ensureHeap(p: Process, need: number, live: number): void {
  if (p.htop + need + S_RESERVED + stackWords(p) > p.heapBlock) {
    garbageCollect(p, need, { xr: { x: p.x, live }, extra: NO_TERMS, extraStack: GC_CALL_WORDS });
  }
}

/**
 * A native standing in for Erlang code allocates `need` words in one step (one test_heap
 * of OTP's code), holding `held` live.
 */
export function chargeStep(p: Process, need: number, held: readonly Term[]): void {
  if (p.htop + need + p.sp + FAST_HEADROOM + 1 > p.heapBlock) {
    const extraStack = nativeCallWords(p);
    if (p.htop + need + S_RESERVED + stackWords(p) + extraStack > p.heapBlock) {
      garbageCollect(p, need, { xr: NO_X, extra: held, extraStack: extraStack + GC_CALL_WORDS });
    }
  }
  p.htop += need;
}

/** HAlloc: a BIF builds `words` words, on the heap if they fit, else in a heap fragment. */
export function bifAlloc(p: Process, words: number): void {
  if (p.htop + words + stackWords(p) + nativeCallWords(p) <= p.heapBlock) p.htop += words;
  else p.heap.mbuf += words;
}

/** erts_gc_after_bif_call: collect when the fragments outgrow the free space; `result` is live. */
export function gcAfterBif(p: Process, result: Term): void {
  const h = p.heap;
  if (h.mbuf === 0) return;
  const extraStack = nativeCallWords(p);
  if (p.heapBlock - p.htop - stackWords(p) - extraStack < h.mbuf) {
    garbageCollect(p, 0, { xr: NO_X, extra: [result], extraStack });
  }
}

/**
 * A BIF built `result`: charge its words (by default its top node alone: the subterms were
 * there before) and collect if due.
 */
export function bifBuilt(p: Process, result: Term, words: number = nodeWords(result)): Term {
  bifAlloc(p, words);
  gcAfterBif(p, result);
  return result;
}

/** Words of a heap-need operand: an integer, or an allocation list (beam_file.c). */
export function heapNeedWords(o: Operand): number {
  if (o.kind === 'alloc') return o.words + FLOAT_WORDS * o.floats + FUN_WORDS * o.funs;
  if (o.kind === 'u' || o.kind === 'i') return Number(o.value);
  return 0;
}
