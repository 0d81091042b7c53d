// ETS table storage, laid out as OTP 26 lays it out so that every traversal order matches.
//
// set, bag and duplicate_bag tables (erl_db_hash.c): linear hashing over 32-bit hash values
// (an atom key hashes as its atom-table text hash, any other key as make_internal_hash(Key, 0)).
// A new table has 256 active buckets; a bucket's chain keeps insertion order, except that an
// object whose key is already present goes in front of the first object with that key. When
// the number of objects exceeds the number of active buckets, one bucket is split per step
// (up to five steps per insert), keeping the relative order of both halves. Traversal (first/
// next, foldl) walks buckets 0, 1, 2, ... and each chain from its head; select, match and
// tab2list return the objects in the reverse of that order (the C code conses them up);
// lookup returns the objects of a key in the reverse of their chain order, i.e. oldest first.
// Shrinking after deletions is not modelled (OTP shrinks a grown table below its limit).
//
// ordered_set tables: keys kept sorted in term order where 1 and 1.0 are the same key.

import { compareTerms, exactEquals } from '../terms/compare';
import { atomHashValue, makeInternalHash } from '../terms/hash';
import { Atom, Tuple, type Pid, type Reference, type Term } from '../terms/types';

export type TableType = 'set' | 'ordered_set' | 'bag' | 'duplicate_bag';
export type Protection = 'public' | 'protected' | 'private';

/** One stored object with its key and hash value. */
interface Stored {
  obj: Tuple;
  key: Term;
  hval: number;
}

/** What both storage kinds offer the BIFs. */
export interface Storage {
  readonly size: number;
  /** The objects with this key, in the order ets:lookup/2 returns them. */
  lookup(key: Term): Tuple[];
  hasKey(key: Term): boolean;
  /** Insert one object (set: replace; bag: unless an identical object exists; duplicate_bag: add). */
  insert(obj: Tuple, key: Term): void;
  /** Remove every object with the key; returns them in lookup order. */
  deleteKey(key: Term): Tuple[];
  /** Remove the objects identical (=:=) to `obj`. */
  deleteObject(obj: Tuple, key: Term): void;
  clear(): void;
  /** All objects in traversal (first/next) order. */
  traversal(): Tuple[];
  /** All objects in the order select/match/tab2list return them. */
  selectOrder(): Tuple[];
  /** Keys in first/next order, each once. */
  firstKey(): Term | undefined;
  /** The key after `key`; 'badkey' when a hash table does not hold `key`. */
  nextKey(key: Term): Term | undefined | 'badkey';
  lastKey(): Term | undefined;
  prevKey(key: Term): Term | undefined | 'badkey';
}

const FIRST_SEGSZ = 256;

/** MAKE_HASH(Key) of erl_db_hash.c (64-bit build: all 32 bits). */
export function etsHash(key: Term): number {
  return (key instanceof Atom ? atomHashValue(key) : makeInternalHash(key, 0)) >>> 0;
}

export class HashStorage implements Storage {
  private buckets: Stored[][] = [];
  private nactive = FIRST_SEGSZ;
  private szm = FIRST_SEGSZ - 1;
  private nitems = 0;

  constructor(readonly kind: 'set' | 'bag' | 'duplicate_bag') {
    for (let i = 0; i < FIRST_SEGSZ; i++) this.buckets.push([]);
  }

  get size(): number {
    return this.nitems;
  }

  private ix(hval: number): number {
    let ix = (hval & this.szm) >>> 0;
    if (ix >= this.nactive) ix = (ix & (this.szm >>> 1)) >>> 0;
    return ix;
  }

  private chainOf(key: Term): { chain: Stored[]; hval: number; first: number } {
    const hval = etsHash(key);
    const chain = this.buckets[this.ix(hval)];
    let first = -1;
    for (let i = 0; i < chain.length; i++) {
      if (chain[i].hval === hval && exactEquals(chain[i].key, key)) {
        first = i;
        break;
      }
    }
    return { chain, hval, first };
  }

  /** The end (exclusive) of the run of objects with the same key starting at `first`. */
  private runEnd(chain: Stored[], first: number): number {
    const { key, hval } = chain[first];
    let end = first + 1;
    while (end < chain.length && chain[end].hval === hval && exactEquals(chain[end].key, key)) end++;
    return end;
  }

  lookup(key: Term): Tuple[] {
    const { chain, first } = this.chainOf(key);
    if (first < 0) return [];
    const end = this.runEnd(chain, first);
    const out: Tuple[] = [];
    for (let i = end - 1; i >= first; i--) out.push(chain[i].obj);
    return out;
  }

  hasKey(key: Term): boolean {
    return this.chainOf(key).first >= 0;
  }

  insert(obj: Tuple, key: Term): void {
    const { chain, hval, first } = this.chainOf(key);
    const stored: Stored = { obj, key, hval };
    if (first >= 0) {
      if (this.kind === 'set') {
        chain[first] = stored;
        return;
      }
      if (this.kind === 'bag') {
        const end = this.runEnd(chain, first);
        for (let i = first; i < end; i++) if (exactEquals(chain[i].obj, obj)) return;
      }
      chain.splice(first, 0, stored);
    } else {
      chain.push(stored);
    }
    this.nitems++;
    this.grow();
  }

  /** Split buckets while there are more objects than active buckets (at most five per insert). */
  private grow(): void {
    for (let step = 0; step < 5 && this.nitems > this.nactive; step++) {
      let fromIx: number;
      if (this.nactive <= this.szm) {
        fromIx = this.nactive & (this.szm >>> 1);
      } else {
        fromIx = 0;
        this.szm = ((this.szm << 1) | 1) >>> 0;
      }
      const toIx = this.nactive;
      this.nactive++;
      if (this.buckets.length <= toIx) this.buckets.push([]);
      const stay: Stored[] = [];
      const move: Stored[] = [];
      for (const s of this.buckets[fromIx]) ((s.hval & this.szm) >>> 0 === fromIx ? stay : move).push(s);
      this.buckets[fromIx] = stay;
      this.buckets[toIx] = move;
    }
  }

  deleteKey(key: Term): Tuple[] {
    const { chain, first } = this.chainOf(key);
    if (first < 0) return [];
    const end = this.runEnd(chain, first);
    const removed = chain.splice(first, end - first);
    this.nitems -= removed.length;
    return removed.reverse().map((s) => s.obj);
  }

  deleteObject(obj: Tuple, key: Term): void {
    const { chain, first } = this.chainOf(key);
    if (first < 0) return;
    const end = this.runEnd(chain, first);
    for (let i = end - 1; i >= first; i--) {
      if (exactEquals(chain[i].obj, obj)) {
        chain.splice(i, 1);
        this.nitems--;
      }
    }
  }

  clear(): void {
    for (let i = 0; i < this.buckets.length; i++) this.buckets[i] = [];
    this.nitems = 0;
  }

  traversal(): Tuple[] {
    const out: Tuple[] = [];
    for (let i = 0; i < this.nactive; i++) for (const s of this.buckets[i]) out.push(s.obj);
    return out;
  }

  selectOrder(): Tuple[] {
    return this.traversal().reverse();
  }

  /** Each active bucket's objects in chain order (chunked select visits them in turn). */
  bucketChains(): Tuple[][] {
    return this.buckets.slice(0, this.nactive).map((chain) => chain.map((s) => s.obj));
  }

  /** The bucket `key` hashes to. */
  bucketOf(key: Term): number {
    return this.ix(etsHash(key));
  }

  private firstFrom(bucket: number, index: number): Term | undefined {
    for (let b = bucket; b < this.nactive; b++) {
      const chain = this.buckets[b];
      if ((b === bucket ? index : 0) < chain.length) return chain[b === bucket ? index : 0].key;
    }
    return undefined;
  }

  firstKey(): Term | undefined {
    return this.firstFrom(0, 0);
  }

  nextKey(key: Term): Term | undefined | 'badkey' {
    const hval = etsHash(key);
    const bucket = this.ix(hval);
    const { chain, first } = this.chainOf(key);
    if (first < 0) return 'badkey';
    return this.firstFrom(bucket, this.runEnd(chain, first));
  }

  lastKey(): Term | undefined {
    return this.firstKey();
  }

  prevKey(key: Term): Term | undefined | 'badkey' {
    return this.nextKey(key);
  }
}

export class OrderedStorage implements Storage {
  private objs: Tuple[] = [];
  private keys: Term[] = [];

  get size(): number {
    return this.objs.length;
  }

  /** Index of the key (term order, == equality), or -(insertion point) - 1. */
  private find(key: Term): number {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareTerms(this.keys[mid], key);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -lo - 1;
  }

  lookup(key: Term): Tuple[] {
    const i = this.find(key);
    return i >= 0 ? [this.objs[i]] : [];
  }

  hasKey(key: Term): boolean {
    return this.find(key) >= 0;
  }

  insert(obj: Tuple, key: Term): void {
    const i = this.find(key);
    if (i >= 0) {
      this.objs[i] = obj;
      this.keys[i] = key;
      return;
    }
    const at = -i - 1;
    this.objs.splice(at, 0, obj);
    this.keys.splice(at, 0, key);
  }

  deleteKey(key: Term): Tuple[] {
    const i = this.find(key);
    if (i < 0) return [];
    const removed = this.objs[i];
    this.objs.splice(i, 1);
    this.keys.splice(i, 1);
    return [removed];
  }

  deleteObject(obj: Tuple, key: Term): void {
    const i = this.find(key);
    if (i >= 0 && exactEquals(this.objs[i], obj)) {
      this.objs.splice(i, 1);
      this.keys.splice(i, 1);
    }
  }

  clear(): void {
    this.objs = [];
    this.keys = [];
  }

  traversal(): Tuple[] {
    return this.objs.slice();
  }

  selectOrder(): Tuple[] {
    return this.objs.slice();
  }

  firstKey(): Term | undefined {
    return this.keys[0];
  }

  nextKey(key: Term): Term | undefined {
    const i = this.find(key);
    const next = i >= 0 ? i + 1 : -i - 1;
    return this.keys[next];
  }

  lastKey(): Term | undefined {
    return this.keys[this.keys.length - 1];
  }

  prevKey(key: Term): Term | undefined {
    const i = this.find(key);
    const prev = i >= 0 ? i - 1 : -i - 2;
    return prev >= 0 ? this.keys[prev] : undefined;
  }
}

export interface Heir {
  pid: Pid;
  data: Term;
}

/** One ETS table: its identity, options and objects. */
export class EtsTable {
  readonly storage: Storage;
  heir: Heir | null = null;
  writeConcurrency: Term;
  readConcurrency = false;
  compressed = false;
  decentralizedCounters = false;

  constructor(
    readonly tid: Reference,
    public name: Atom,
    readonly named: boolean,
    readonly type: TableType,
    readonly protection: Protection,
    readonly keypos: number,
    public owner: Pid,
    writeConcurrency: Term,
  ) {
    this.storage = type === 'ordered_set' ? new OrderedStorage() : new HashStorage(type);
    this.writeConcurrency = writeConcurrency;
  }

  keyOf(obj: Tuple): Term {
    return obj.elements[this.keypos - 1];
  }
}
