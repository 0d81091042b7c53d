// The generational collector of a process, following ERTS's policy (erl_gc.c
// garbage_collect, minor_collection, major_collection, adjust_after_fullsweep) word for
// word where a program can observe it: when a collection happens, whether it is minor or
// major, how the young and old heaps are sized, and max_heap_size.
//
// Trace and account, not copy: terms are immutable JS objects that V8 frees once they are
// unreachable, so copying survivors into fresh objects would only slow the VM down and
// break the identity that sharing is measured by. A collection therefore walks the live
// terms from the roots exactly as the copying collector would, counts their words (each
// object once: shared subterms stay shared), and records generation membership in
// ProcessHeap.gens: a minor collection promotes the live terms the previous collection
// stamped (below OTP's high-water mark) to the old generation and stamps the other live
// young terms; a major collection stamps every live term young and empties the old
// generation. The resulting heap sizes are what process_info reports.

import { Atom } from '../terms/atom';
import { Bitstring, Cons, Tuple, type Term } from '../terms/types';
import type { Process } from '../process/process';
import { ProcessExit } from '../runtime/failure';
import { gcObserver, NO_BINS, NO_GENS, OLD_GENERATION, type ProcessHeap } from './heap';
import { H_MIN_SIZE, S_RESERVED, nextHeapSize, nextHeapSizeFor } from './heap-sizes';
import { literalObjects } from './literals';
import { pushRoots, stackWords, type XRoots } from './roots';
import { isBoxed, isRefcBitstring, nodeWords, pushChildren } from './size';

const KILLED = Atom.of('killed');
/** A young heap is shrunk after a minor collection only above these sizes (erl_gc.c). */
const MINOR_SHRINK_MIN_HEAP = 3000;
const MINOR_SHRINK_ALWAYS = 8000;

/** What a collection needs to know besides the process. */
export interface GcRoots {
  xr: XRoots;
  /** Terms held outside registers and stack (a native's partial results). */
  extra: readonly Term[];
  /** Stack words OTP would have that this VM's stack does not show (a native's return address). */
  extraStack: number;
}

function refcWords(b: Bitstring): number {
  return Math.floor(Math.ceil(b.bitSize / 8) / 8);
}

// ---- tracing ----

interface TraceResult {
  /** Words of live terms that were mature (promoted by a minor collection). */
  promoted: number;
  /** Words of the other live young terms (all live terms for a major collection). */
  young: number;
}

/**
 * Walk the live terms from the roots, stamping each with the collection's number in
 * `h.gens`. Minor: old terms are neither counted nor entered (they cannot point to younger
 * ones: terms are immutable), terms stamped by the previous collection (mature) become
 * old, the rest are young survivors. Major (`h.gens` fresh and empty): every live term is
 * a young survivor.
 */
function trace(h: ProcessHeap, stack: unknown[], minor: boolean): TraceResult {
  const literals = literalObjects();
  const gens = h.gens;
  const now = h.collections;
  const mature = now - 1;
  let promoted = 0;
  let young = 0;
  while (stack.length > 0) {
    let v = stack.pop();
    // The loop follows list tails in place, so a long list never piles up on the stack.
    for (;;) {
      if (!isBoxed(v)) {
        // A bignum in a register or stack slot (bignums inside terms are counted below).
        if (typeof v === 'bigint') young += nodeWords(v);
        break;
      }
      const gen = gens.get(v);
      if (gen === now || gen === OLD_GENERATION) break;
      if (gen === undefined && literals.has(v)) break;
      const promote = minor && gen === mature;
      gens.set(v, promote ? OLD_GENERATION : now);
      let words: number;
      let next: unknown = null;
      if (v instanceof Cons) {
        words = 2 + pushChild(v.head, stack);
        if (typeof v.tail === 'bigint') words += nodeWords(v.tail);
        else next = v.tail;
      } else if (v instanceof Tuple) {
        const e = v.elements;
        words = e.length === 0 ? 0 : e.length + 1;
        for (let k = 0; k < e.length; k++) words += pushChild(e[k], stack);
      } else {
        words = nodeWords(v) + pushChildTerms(v, stack);
        if (v instanceof Bitstring && isRefcBitstring(v)) noteRefc(h, v, promote);
      }
      if (promote) promoted += words;
      else young += words;
      if (next === null) break;
      v = next;
    }
  }
  return { promoted, young };
}

/** Push one subterm worth tracing; a bignum is counted instead (returns its words). */
function pushChild(c: unknown, stack: unknown[]): number {
  if (typeof c === 'bigint') return nodeWords(c);
  if (isBoxed(c)) stack.push(c);
  return 0;
}

/** A live refc binary: listed in its generation, its bytes counted in the virtual heaps. */
function noteRefc(h: ProcessHeap, b: Bitstring, promoted: boolean): void {
  if (promoted) {
    if (!h.oldBins.has(b)) {
      h.oldBins.add(b);
      h.binOldVheap += refcWords(b);
    }
  } else {
    if (h.youngBins === NO_BINS) h.youngBins = new Set();
    h.youngBins.add(b);
  }
}


/**
 * Push the subterms of `v`, except bignums: those are JS values without identity, so they
 * are counted here, in the generation of the term that holds them. Returns their words.
 */
function pushChildTerms(v: object, stack: unknown[]): number {
  const base = stack.length;
  pushChildren(v, stack);
  let words = 0;
  let j = base;
  for (let k = base; k < stack.length; k++) {
    const c = stack[k];
    if (typeof c === 'bigint') words += nodeWords(c);
    else if (isBoxed(c)) stack[j++] = c;
  }
  stack.length = j;
  return words;
}

function binWords(bins: Set<Bitstring>): number {
  let words = 0;
  for (const b of bins) words += refcWords(b);
  return words;
}

/** OTP's next_vheap_size: grow by the golden ratio when over 3/4 full, halve under 1/4. */
function nextVheapSize(p: Process, vheap: number, size: number): number {
  let next = size;
  if (Math.floor(vheap / 3) > Math.floor(next / 4)) {
    while (Math.floor(vheap / 3) > Math.floor(next / 4)) next = Math.floor(next * 1.618);
  } else if (vheap < Math.floor(next / 4)) {
    next = Math.floor(next / 2);
  }
  return next < p.gc.minBinVheapSize ? p.gc.minBinVheapSize : next;
}

// ---- max_heap_size ----

/** True when `total` words exceed max_heap_size and the process is to be killed. */
function overMaxHeap(p: Process, total: number): boolean {
  const g = p.gc;
  if (g.maxHeapSize === 0) return false;
  const h = p.heap;
  const used = g.maxHeapIncludeSharedBinaries ? total + h.binOldVheap + h.binVheap : total;
  // error_logger => true would log a report here; the reference VM has no logger.
  return used > g.maxHeapSize && g.maxHeapKill;
}

// ---- collections ----

/** minor_collection: false when the old heap cannot take the mature data (do a major one). */
function minorCollection(p: Process, need: number, roots: GcRoots, stack: number): boolean {
  const h = p.heap;
  const matureSize = h.highWater;
  const sizeBefore = p.htop + h.mbuf;
  need += S_RESERVED;

  if (p.gc.maxHeapSize !== 0) {
    let total = sizeBefore;
    const unused = p.heapBlock - p.htop;
    if (h.oldSize === 0 && matureSize !== 0) total += nextHeapSize(sizeBefore, 1);
    else total += h.oldSize;
    total += nextHeapSizeFor(p.gc.minHeapSize, unused + Math.max(sizeBefore, need));
    if (overMaxHeap(p, total)) throw new ProcessExit(KILLED);
  }

  if (h.oldSize === 0 && matureSize !== 0) {
    // ERTS picks a larger old heap than strictly needed (fewer full sweeps).
    h.oldSize = nextHeapSize(sizeBefore, 1);
    h.oldTop = 0;
  }
  if (!(h.oldSize !== 0 && matureSize <= h.oldSize - h.oldTop && h.binOldVheapSize > h.binOldVheap)) return false;

  const newSize = nextHeapSizeFor(p.gc.minHeapSize, stack + Math.max(sizeBefore, need));
  const work: unknown[] = [];
  const dictWords = pushRoots(p, roots.xr, roots.extra, work);
  h.collections++;
  if (h.gens === NO_GENS) h.gens = new WeakMap();
  if (h.oldBins === NO_BINS) h.oldBins = new Set();
  h.youngBins = NO_BINS;
  const r = trace(h, work, true);
  h.binVheap = binWords(h.youngBins);
  h.binVheapSize = nextVheapSize(p, h.binVheap, h.binVheapSize);

  h.oldTop += r.promoted;
  p.heapBlock = newSize;
  p.htop = r.young + dictWords;
  h.mbuf = 0;
  h.highWater = p.htop;
  h.genGcs++;
  h.minorCollections++;

  const needAfter = p.htop + need + stack;
  const heapSize = p.heapBlock;
  if (heapSize > MINOR_SHRINK_MIN_HEAP && 4 * needAfter < heapSize && (heapSize > MINOR_SHRINK_ALWAYS || heapSize > h.oldSize)) {
    // After tenuring most of the young heap is often empty: shrink a large one.
    let wanted = 3 * needAfter;
    if (wanted * 9 < h.oldSize) wanted = Math.max(wanted, Math.floor(h.oldSize / 8));
    wanted = wanted < p.gc.minHeapSize ? p.gc.minHeapSize : nextHeapSizeFor(p.gc.minHeapSize, wanted);
    if (wanted < heapSize) p.heapBlock = wanted;
  } else if (needAfter > heapSize) {
    p.heapBlock = nextHeapSizeFor(p.gc.minHeapSize, needAfter);
  }
  return true;
}

/** major_collection followed by adjust_after_fullsweep. */
function majorCollection(p: Process, need: number, roots: GcRoots, stack: number): void {
  const h = p.heap;
  const sizeBefore = p.htop + h.mbuf + h.oldTop;
  let newSize = nextHeapSizeFor(p.gc.minHeapSize, stack + sizeBefore + S_RESERVED);
  if (newSize === p.heapBlock && h.heapGrow) newSize = nextHeapSizeFor(p.gc.minHeapSize, p.heapBlock, 1);

  if (p.gc.maxHeapSize !== 0) {
    const total = sizeBefore + (h.oldSize - h.oldTop) + (p.heapBlock - p.htop) + newSize;
    if (overMaxHeap(p, total)) throw new ProcessExit(KILLED);
  }
  h.heapGrow = false;
  h.needFullsweep = false;

  const work: unknown[] = [];
  const dictWords = pushRoots(p, roots.xr, roots.extra, work);
  h.collections++;
  h.gens = new WeakMap();
  h.youngBins = NO_BINS;
  const r = trace(h, work, false);
  h.oldSize = 0;
  h.oldTop = 0;
  h.oldBins = NO_BINS;
  h.binVheap = binWords(h.youngBins);
  h.binOldVheap = 0;
  h.binVheapSize = nextVheapSize(p, h.binVheap, h.binVheapSize);
  h.binOldVheapSize = nextVheapSize(p, h.binVheap, h.binOldVheapSize);

  p.heapBlock = newSize;
  p.htop = r.young + dictWords;
  h.mbuf = 0;
  h.highWater = p.htop;
  h.genGcs = 0;
  h.majorCollections++;

  // adjust_after_fullsweep
  const needAfter = p.htop + need + stack + S_RESERVED;
  const heapSize = p.heapBlock;
  if (heapSize < needAfter) {
    p.heapBlock = nextHeapSizeFor(p.gc.minHeapSize, needAfter);
  } else if (3 * heapSize < 4 * needAfter) {
    // Over 3/4 full: grow at the next major collection.
    h.heapGrow = true;
  } else if (4 * needAfter < heapSize && heapSize > H_MIN_SIZE) {
    const wanted = 2 * needAfter;
    const size = wanted < p.gc.minHeapSize ? p.gc.minHeapSize : nextHeapSizeFor(p.gc.minHeapSize, wanted);
    if (size < heapSize) p.heapBlock = size;
  }
}

/**
 * OTP's garbage_collect: a minor collection unless a major one is due (fullsweep_after
 * minor ones done, requested, or the old heap is full), leaving room for `need` words.
 * Throws ProcessExit(killed) when the process outgrows max_heap_size with kill => true.
 */
export function garbageCollect(p: Process, need: number, roots: GcRoots): void {
  const h = p.heap;
  const stack = stackWords(p) + roots.extraStack;
  if (DEBUG_TRACE) debugLine(p, 'gc_start', stack);
  const observe = gcObserver.onCollection;
  const start = observe === null ? 0 : performance.now();
  let kind: 'minor' | 'major' = 'minor';
  if (h.genGcs < p.gc.fullsweepAfter && !h.needFullsweep) {
    if (!minorCollection(p, need, roots, stack)) {
      h.needFullsweep = true;
      kind = 'major';
    }
  } else {
    kind = 'major';
  }
  if (kind === 'major') majorCollection(p, need, roots, stack);
  if (observe !== null) observe({ kind, ms: performance.now() - start, liveWords: p.htop + h.oldTop });
  if (DEBUG_TRACE) debugLine(p, `gc_${kind}_end`, stack);
}

/** BEAMCONF_GC_TRACE=1 prints every collection like OTP's garbage_collection trace items. */
const DEBUG_TRACE = typeof process !== 'undefined' && process.env.BEAMCONF_GC_TRACE === '1';

function debugLine(p: Process, what: string, stack: number): void {
  const h = p.heap;
  const v = [h.oldSize, p.heapBlock, h.mbuf, h.highWater, stack, h.oldTop, p.htop];
  process.stderr.write(`${what} [${v.join(',')}]\n`);
}
