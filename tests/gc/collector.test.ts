// The collector under a seeded random workload: a process keeps a changing set of random
// live terms in its stack, x registers and dictionary, allocates garbage between
// collections, and runs thousands of minor and major collections. After every collection
// the live terms must be unchanged, and the accounting must agree with an independent
// count of the live words: after a major collection the young heap holds exactly the
// live words (shared subterms once); after a minor one the young heap holds only live
// words and young plus old hold at least all of them.

import { garbageCollect } from '../../reference-vm/gc/collector';
import { generationOf } from '../../reference-vm/gc/heap';
import { HEAP_SIZES } from '../../reference-vm/gc/heap-sizes';
import { literalObjects } from '../../reference-vm/gc/literals';
import { DICTIONARY_ENTRY_WORDS } from '../../reference-vm/gc/roots';
import { nodeWords, pushChildren, isBoxed } from '../../reference-vm/gc/size';
import type { Process } from '../../reference-vm/process/process';
import { allocate } from '../../reference-vm/runtime/stack';
import { writeTerm } from '../../reference-vm/printing/write';
import { ErlMap } from '../../reference-vm/terms/map';
import { Atom, Bitstring, Cons, Float, NIL, Tuple, type Term } from '../../reference-vm/terms/types';
import { VM } from '../../reference-vm/vm';
import { prng as rng } from '../reliability/prng';


interface Gen {
  term(depth: number): Term;
  pick<T>(xs: readonly T[]): T;
  int(n: number): number;
}

function generator(random: () => number, pool: Term[]): Gen {
  const int = (n: number): number => Math.floor(random() * n);
  const g: Gen = {
    int,
    pick: (xs) => xs[int(xs.length)],
    term(depth: number): Term {
      const k = depth <= 0 ? int(4) : int(11);
      switch (k) {
        case 0:
          return int(1000) - 500;
        case 1:
          return Atom.of(`a${int(5)}`);
        case 2:
          return new Float(random());
        case 3:
          // Reuse an existing live term: sharing between roots.
          return pool.length > 0 ? g.pick(pool) : NIL;
        case 4: {
          let l: Term = NIL;
          for (let n = int(6); n > 0; n--) l = new Cons(g.term(depth - 1), l);
          return l;
        }
        case 5:
          return new Tuple(Array.from({ length: int(5) }, () => g.term(depth - 1)));
        case 6:
          return new Bitstring(new Uint8Array(int(3) === 0 ? 100 + int(200) : int(70)).fill(int(256)));
        case 7:
          return 2n ** BigInt(60 + int(100));
        case 8:
          return ErlMap.fromEntries(Array.from({ length: int(3) === 0 ? 33 + int(20) : int(6) }, (_, i) => [i, g.term(depth - 2)] as const));
        case 9: {
          const shared = g.term(depth - 1);
          return new Tuple([shared, shared]);
        }
        default:
          return new Cons(g.term(depth - 1), g.term(depth - 1));
      }
    },
  };
  return g;
}

/** An independent count of the heap words reachable from the roots, each object once. */
function liveWords(roots: Term[]): number {
  const literals = literalObjects();
  const seen = new Set<object>();
  const stack: unknown[] = [...roots];
  let words = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'bigint') words += nodeWords(v);
    else if (isBoxed(v) && !seen.has(v) && !literals.has(v)) {
      seen.add(v);
      words += nodeWords(v);
      pushChildren(v, stack);
    }
  }
  return words;
}

/**
 * A structural checksum of a term that visits each shared subterm once (terms are DAGs
 * here; printing them would expand the sharing). Recomputed from scratch on every check.
 */
function checksum(t: Term, memo: Map<object, number>): number {
  if (typeof t === 'number') return (t * 2654435761) >>> 0;
  if (typeof t === 'bigint') return Number(t % 1000003n) >>> 0;
  if (t instanceof Atom) return hashText(t.name);
  if (t instanceof Float) return hashText(String(t.value));
  const known = memo.get(t as object);
  if (known !== undefined) return known;
  let h: number;
  if (t instanceof Cons) h = mix(mix(1, checksum(t.head, memo)), checksum(t.tail, memo));
  else if (t instanceof Tuple) h = t.elements.reduce<number>((a, e) => mix(a, checksum(e, memo)), 2 + t.elements.length);
  else if (t instanceof Bitstring) h = Array.from(t.bytes).reduce((a, b) => mix(a, b), 3 + t.bitSize);
  else if (t instanceof ErlMap) h = t.entries().reduce((a, [k, v]) => mix(mix(a, checksum(k, memo)), checksum(v, memo)), 4);
  else h = hashText(writeTerm(t));
  memo.set(t as object, h);
  return h;
}
function mix(a: number, b: number): number {
  return (Math.imul(a ^ b, 0x9e3779b1) + 0x7f4a7c15) >>> 0;
}
function hashText(s: string): number {
  let h = 17;
  for (let k = 0; k < s.length; k++) h = mix(h, s.charCodeAt(k));
  return h;
}

/** Every heap object reachable from the roots. */
function liveObjects(roots: Term[]): Set<object> {
  const literals = literalObjects();
  const seen = new Set<object>();
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    const v = stack.pop();
    if (isBoxed(v) && !seen.has(v) && !literals.has(v)) {
      seen.add(v);
      pushChildren(v, stack);
    }
  }
  return seen;
}

const Y_SLOTS = 24;
const X_LIVE = 4;

function setup(fullsweepAfter: number): Process {
  const vm = new VM();
  const p = vm.runtime.spawn(Atom.of('erlang'), Atom.of('apply'), [], null);
  p.gc = { ...p.gc, fullsweepAfter };
  allocate(p, Y_SLOTS);
  for (let k = 0; k < Y_SLOTS; k++) p.stack[p.E + 2 + k] = NIL;
  p.savedX = new Array<Term>(X_LIVE).fill(NIL);
  p.savedLive = X_LIVE;
  return p;
}

function roots(p: Process): Term[] {
  const out: Term[] = [];
  for (let k = 0; k < Y_SLOTS; k++) out.push(p.stack[p.E + 2 + k] as Term);
  for (let k = 0; k < X_LIVE; k++) out.push(p.savedX[k]);
  for (const [key, v] of p.dictionary.entries()) out.push(key, v);
  return out;
}

function runWorkload(seed: number, fullsweepAfter: number, collections: number): { minor: number; major: number } {
  const random = rng(seed);
  const p = setup(fullsweepAfter);
  const g = generator(random, []);
  const fingerprints = new Map<Term, number>();
  const place = (t: Term): void => {
    const where = g.int(3);
    if (where === 0) p.stack[p.E + 2 + g.int(Y_SLOTS)] = t;
    else if (where === 1) p.savedX[g.int(X_LIVE)] = t;
    else p.dictionary.put(Atom.of(`k${g.int(6)}`), t);
  };
  let done = 0;
  while (done < collections) {
    // Allocate: some terms become live roots, the rest is garbage.
    for (let n = 1 + g.int(4); n > 0; n--) {
      const pool = roots(p).filter((t) => typeof t === 'object' && t !== NIL);
      const t = generator(random, pool).term(1 + g.int(4));
      p.htop += liveWords([t]);
      if (g.int(3) > 0) {
        place(t);
        fingerprints.set(t, checksum(t, new Map()));
      }
      // Drop a root now and then, so old live data dies too.
      if (g.int(4) === 0) p.stack[p.E + 2 + g.int(Y_SLOTS)] = NIL;
    }
    if (p.htop + 4 <= p.heapBlock && g.int(10) > 0) continue;
    const forceMajor = g.int(50) === 0;
    if (forceMajor) p.heap.needFullsweep = true;
    const before = { minor: p.heap.minorCollections, major: p.heap.majorCollections, gen: p.heap.genGcs };
    garbageCollect(p, g.int(20), { xr: { x: p.savedX, live: X_LIVE }, extra: [], extraStack: 0 });
    done++;

    const rs = roots(p);
    const live = liveWords(rs) + DICTIONARY_ENTRY_WORDS * p.dictionary.size;
    const h = p.heap;
    const major = h.majorCollections === before.major + 1;
    expect(major || h.minorCollections === before.minor + 1).toBe(true);
    expect(HEAP_SIZES).toContain(p.heapBlock);
    expect(p.heapBlock).toBeGreaterThanOrEqual(p.gc.minHeapSize);
    expect(h.genGcs).toBeLessThanOrEqual(fullsweepAfter);
    // Every live object belongs to a generation.
    for (const o of liveObjects(rs)) {
      const gen = generationOf(h, o);
      if (gen === 'new' || (major && gen === 'old')) throw new Error(`seed ${seed}: a live term is in generation ${gen}`);
    }
    if (major) {
      expect(p.htop).toBe(live);
      expect(h.oldSize).toBe(0);
      expect(h.oldTop).toBe(0);
      expect(h.genGcs).toBe(0);
    } else {
      expect(h.genGcs).toBe(before.gen + 1);
      expect(p.htop).toBeLessThanOrEqual(live);
      expect(p.htop + h.oldTop).toBeGreaterThanOrEqual(live);
      expect(h.oldTop).toBeLessThanOrEqual(h.oldSize);
    }
    // The live terms are unchanged.
    const memo = new Map<object, number>();
    for (const t of rs) {
      const f = fingerprints.get(t);
      if (f !== undefined && f !== checksum(t, memo)) throw new Error(`seed ${seed}: a live term changed`);
    }
    for (const t of fingerprints.keys()) if (!rs.includes(t)) fingerprints.delete(t);
    expect(p.heapBlock - p.htop).toBeGreaterThanOrEqual(0);
  }
  return { minor: p.heap.minorCollections, major: p.heap.majorCollections };
}

describe('collector under a random workload', () => {
  test('thousands of minor and major collections keep the accounting exact (seed 1)', () => {
    const { minor, major } = runWorkload(1, 20, 2000);
    expect(minor).toBeGreaterThan(1000);
    expect(major).toBeGreaterThan(50);
  });

  test('fullsweep_after 0 makes every collection major (seed 2)', () => {
    const { minor, major } = runWorkload(2, 0, 300);
    expect(minor).toBe(0);
    expect(major).toBe(300);
  });

  test('another seed with the default fullsweep_after (seed 3)', () => {
    const { minor, major } = runWorkload(3, 65535, 1000);
    expect(minor + major).toBe(1000);
    expect(minor).toBeGreaterThan(major);
  });
});
