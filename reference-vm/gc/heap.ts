// The per-process heap model: what ERTS would have allocated for a process and how full it
// is, in words. Terms stay ordinary JS objects owned by V8; this state only accounts for
// them. The hot fields (the young heap's size and top) live on Process itself
// (`heapBlock`, `htop`) so the allocation check of test_heap is two loads and an add;
// everything else is here.
//
// Generations are an explicit map from the term objects themselves to a stamp (the core
// term classes stay as they are): the number of the last collection that found the term
// live, or OLD_GENERATION once promoted. A term stamped by the previous collection is
// mature (OTP: below the high-water mark) and is promoted if the next minor collection
// finds it live; a heap term without a stamp was built since the last collection. The map
// holds its terms strongly, as a BEAM heap holds its garbage until a collection: the old
// generation until the next major collection, dead young terms until a prune.

import type { Bitstring } from '../terms/types';
import { BIN_VH_MIN_SIZE } from './heap-sizes';

// Shared empty defaults, so a process that never collects allocates nothing for them
// (a ring of 10,000 processes); each is replaced by an own one before its first change.
export const NO_GENS: WeakMap<object, number> = new WeakMap();
export const NO_FRAMES: number[] = [];
export const NO_BINS: Set<Bitstring> = new Set();

export class ProcessHeap {
  /** Words allocated in heap fragments because they did not fit (OTP's mbuf_sz). */
  mbuf = 0;
  /** Words of the young heap below the high-water mark (live at the last collection). */
  highWater = 0;
  /** Old-generation block size and words used (0, 0: no old heap). */
  oldSize = 0;
  oldTop = 0;
  /** Minor collections since the last major one (GEN_GCS; process_info minor_gcs). */
  genGcs = 0;
  /** F_NEED_FULLSWEEP: the next collection is a major one. */
  needFullsweep = false;
  /** F_HEAP_GROW: the live data used over 3/4 of the heap; grow at the next major one. */
  heapGrow = false;
  /** Totals since the process started (for statistics and the benchmark). */
  minorCollections = 0;
  majorCollections = 0;
  /** Collections so far (the stamp of the last one). */
  collections = 0;
  /**
   * Generation stamps of the terms collections found live (see above). Weak: a stamp must
   * not keep a dead term alive in V8 (an old-generation term stays counted until the next
   * major collection, as on BEAM, but its memory is V8's to free).
   */
  gens: WeakMap<object, number> = NO_GENS;
  /** Bases of the stack frames as last counted, bottom first (gc/roots.ts stackWords). */
  frameBases: number[] = NO_FRAMES;

  // ---- off-heap (refc) binaries, sizes in words as OTP's virtual heaps count them ----
  /** Refc binaries of the young and old generation (OTP's MSO list), by object. */
  youngBins: Set<Bitstring> = NO_BINS;
  oldBins: Set<Bitstring> = NO_BINS;
  /** Words of refc binaries referenced from the young heap (off_heap.overhead). */
  binVheap = 0;
  binVheapSize = BIN_VH_MIN_SIZE;
  /** Words of refc binaries referenced from the old heap. */
  binOldVheap = 0;
  binOldVheapSize = BIN_VH_MIN_SIZE;
}

/** The stamp of a promoted term. */
export const OLD_GENERATION = -1;

/** The generation a live term belongs to after a collection (for tests and diagnostics). */
export function generationOf(h: ProcessHeap, term: object): 'old' | 'young' | 'new' {
  const gen = h.gens.get(term);
  if (gen === OLD_GENERATION) return 'old';
  return gen === h.collections ? 'young' : 'new';
}

/** What a collection reports to an observer (the GC benchmark's pause histogram). */
export interface CollectionEvent {
  kind: 'minor' | 'major';
  /** Wall-clock milliseconds spent in the collection. */
  ms: number;
  /** Live words found. */
  liveWords: number;
}

/** Set by a host that wants to see every collection (null: none, no timing cost). */
export const gcObserver: { onCollection: ((e: CollectionEvent) => void) | null } = { onCollection: null };
