// process_info items of the heap model that are lists: binary and garbage_collection_info.

import { Atom } from '../terms/atom';
import { Bitstring, Cons, NIL, Tuple, type Term } from '../terms/types';
import type { Process } from '../process/process';
import { literalObjects } from './literals';
import { pushRoots, savedXRoots, stackWords, nativeCallWords } from './roots';
import { isBoxed, isRefcBitstring, pushChildren } from './size';

const A = (n: string): Atom => Atom.of(n);

function list(items: Term[]): Term {
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}

/** Stable ids standing for the addresses OTP prints as a binary's id. */
const binaryIds = new WeakMap<Bitstring, number>();
let nextBinaryId = 1;

function binaryId(b: Bitstring): number {
  let id = binaryIds.get(b);
  if (id === undefined) {
    id = nextBinaryId++;
    binaryIds.set(b, id);
  }
  return id;
}

/** Refc binaries reachable from the process's roots right now. */
function reachableBins(p: Process): Set<Bitstring> {
  const out = new Set<Bitstring>();
  const literals = literalObjects();
  const seen = new Set<object>();
  const work: unknown[] = [];
  pushRoots(p, p.rt.current === p ? { x: [], live: 0 } : savedXRoots(p), [], work);
  while (work.length > 0) {
    const v = work.pop();
    if (!isBoxed(v) || seen.has(v) || literals.has(v)) continue;
    seen.add(v);
    if (v instanceof Bitstring) {
      if (isRefcBitstring(v)) out.add(v);
    } else {
      pushChildren(v, work);
    }
  }
  return out;
}

/**
 * process_info(P, binary): {Id, Size, RefCount} for each off-heap binary the process
 * references: those the last collection found live, and those reachable since.
 */
export function binaryItems(p: Process): Term {
  const all = new Set<Bitstring>([...p.heap.youngBins, ...p.heap.oldBins, ...reachableBins(p)]);
  const items: Term[] = [];
  for (const b of all) items.push(new Tuple([binaryId(b), Math.ceil(b.bitSize / 8), 1]));
  return list(items);
}

/** process_info(P, garbage_collection_info) from the heap model. */
export function gcInfoItems(p: Process): Term {
  const h = p.heap;
  return list([
    new Tuple([A('old_heap_block_size'), h.oldSize]),
    new Tuple([A('heap_block_size'), p.heapBlock]),
    new Tuple([A('mbuf_size'), h.mbuf]),
    new Tuple([A('recent_size'), h.highWater]),
    new Tuple([A('stack_size'), stackWords(p) + nativeCallWords(p)]),
    new Tuple([A('old_heap_size'), h.oldTop]),
    new Tuple([A('heap_size'), p.htop]),
    new Tuple([A('bin_vheap_size'), h.binVheap]),
    new Tuple([A('bin_vheap_block_size'), h.binVheapSize]),
    new Tuple([A('bin_old_vheap_size'), h.binOldVheap]),
    new Tuple([A('bin_old_vheap_block_size'), h.binOldVheapSize]),
  ]);
}
