// Erlang maps: immutable; every update returns a new map.
//
// Representation mirrors OTP 26 so that iteration orders match:
//   - up to 32 keys: a "flatmap", keys kept sorted in map-key order (see
//     compareMapKeys: atoms by atom-table index, everything else in exact term order,
//     so integers sort before floats);
//   - more than 32 keys: a persistent hash trie (HAMT) over make_internal_hash of the
//     key, consuming the 32-bit hash 4 bits at a time from the least significant end,
//     16-way nodes, and when all 32 bits are equal a collision node whose entries are
//     kept in map-key order. Maps shrinking back to 32 keys become flatmaps again.
//
// Orders OTP exposes for a large map (checked against OTP 26.2.5):
//   - maps:iterator/next, maps:fold, maps:foreach and io:format ~p/~w walk the trie
//     in slot order (depth first, slot 0 first): iterationEntries();
//   - maps:keys/1, maps:values/1, maps:to_list/1 and term_to_binary give the exact
//     reverse of that: keys(), values(), entries().
// For a flatmap all of them are the sorted key order.
//
// Atom keys hash by their atom-table index (the raw tagged word), so the order of a
// large map with atom keys depends on atom creation order, on OTP as here.

import { compareMapKeys, compareTermsExact, exactEquals } from './compare';
import { mapKeyHash } from './hash';
import { Atom } from './atom';
import { Cons, Tuple, type Term } from './types';

/** Most keys a flatmap holds (erts MAP_SMALL_MAP_LIMIT). */
export const MAP_SMALL_MAP_LIMIT = 32;

class HamtLeaf {
  constructor(
    readonly hash: number,
    readonly key: Term,
    readonly value: Term,
  ) {}
}

/** Keys whose 32-bit hashes are all equal, in map-key order. */
class HamtCollision {
  constructor(
    readonly hash: number,
    readonly keys: readonly Term[],
    readonly values: readonly Term[],
  ) {}
}

class HamtNode {
  constructor(
    /** Bit i set when slot i (hash nibble value i at this level) is occupied. */
    readonly bitmap: number,
    /** Occupied slots in slot order. */
    readonly children: readonly HamtChild[],
  ) {}
}

type HamtChild = HamtLeaf | HamtCollision | HamtNode;

function popcount16(x: number): number {
  x = x - ((x >>> 1) & 0x5555);
  x = (x & 0x3333) + ((x >>> 2) & 0x3333);
  x = (x + (x >>> 4)) & 0x0f0f;
  return (x + (x >>> 8)) & 0x1f;
}

function nibble(hash: number, level: number): number {
  return (hash >>> (level * 4)) & 0xf;
}

/** Map-key identity (=:=), with the cheap cases first. */
function sameKey(a: Term, b: Term): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || a instanceof Atom) return false;
  return exactEquals(a, b);
}

/** Whether `===` alone decides key identity for this key. */
function isIdentityKey(key: Term): boolean {
  return typeof key === 'number' || typeof key === 'bigint' || key instanceof Atom;
}

// ---- HAMT operations (persistent: every change copies the path) ----

function hamtGet(root: HamtNode, hash: number, key: Term): Term | undefined {
  let node: HamtChild = root;
  let level = 0;
  for (;;) {
    if (node instanceof HamtNode) {
      const bit = 1 << nibble(hash, level);
      if ((node.bitmap & bit) === 0) return undefined;
      node = node.children[popcount16(node.bitmap & (bit - 1))];
      level++;
    } else if (node instanceof HamtLeaf) {
      return node.hash === hash && sameKey(node.key, key) ? node.value : undefined;
    } else {
      if (node.hash !== hash) return undefined;
      for (let i = 0; i < node.keys.length; i++) {
        if (sameKey(node.keys[i], key)) return node.values[i];
      }
      return undefined;
    }
  }
}

/** A node at `level` holding two children whose hashes differ somewhere at or below it. */
function mergeChildren(a: HamtLeaf | HamtCollision, b: HamtLeaf, level: number): HamtNode {
  const na = nibble(a.hash, level);
  const nb = nibble(b.hash, level);
  if (na === nb) {
    return new HamtNode(1 << na, [mergeChildren(a, b, level + 1)]);
  }
  return na < nb
    ? new HamtNode((1 << na) | (1 << nb), [a, b])
    : new HamtNode((1 << na) | (1 << nb), [b, a]);
}

/** Insert into a collision node (same hash), keeping map-key order. */
function collisionPut(c: HamtCollision, key: Term, value: Term): { node: HamtCollision; added: boolean } {
  for (let i = 0; i < c.keys.length; i++) {
    if (sameKey(c.keys[i], key)) {
      if (c.values[i] === value) return { node: c, added: false };
      const values = c.values.slice();
      values[i] = value;
      return { node: new HamtCollision(c.hash, c.keys, values), added: false };
    }
  }
  let pos = 0;
  while (pos < c.keys.length && compareMapKeys(c.keys[pos], key) < 0) pos++;
  const keys = c.keys.slice();
  const values = c.values.slice();
  keys.splice(pos, 0, key);
  values.splice(pos, 0, value);
  return { node: new HamtCollision(c.hash, keys, values), added: true };
}

function hamtPut(
  node: HamtNode,
  level: number,
  hash: number,
  key: Term,
  value: Term,
): { node: HamtNode; added: boolean } {
  const idx = nibble(hash, level);
  const bit = 1 << idx;
  const pos = popcount16(node.bitmap & (bit - 1));
  if ((node.bitmap & bit) === 0) {
    const children = node.children.slice();
    children.splice(pos, 0, new HamtLeaf(hash, key, value));
    return { node: new HamtNode(node.bitmap | bit, children), added: true };
  }
  const child = node.children[pos];
  let replacement: HamtChild;
  let added: boolean;
  if (child instanceof HamtNode) {
    const r = hamtPut(child, level + 1, hash, key, value);
    if (r.node === child) return { node, added: false };
    replacement = r.node;
    added = r.added;
  } else if (child instanceof HamtLeaf) {
    if (child.hash === hash && sameKey(child.key, key)) {
      if (child.value === value) return { node, added: false };
      replacement = new HamtLeaf(hash, child.key, value);
      added = false;
    } else if (child.hash === hash) {
      const first = compareMapKeys(child.key, key) < 0;
      replacement = new HamtCollision(
        hash,
        first ? [child.key, key] : [key, child.key],
        first ? [child.value, value] : [value, child.value],
      );
      added = true;
    } else {
      replacement = mergeChildren(child, new HamtLeaf(hash, key, value), level + 1);
      added = true;
    }
  } else {
    if (child.hash === hash) {
      const r = collisionPut(child, key, value);
      if (r.node === child) return { node, added: false };
      replacement = r.node;
      added = r.added;
    } else {
      replacement = mergeChildren(child, new HamtLeaf(hash, key, value), level + 1);
      added = true;
    }
  }
  const children = node.children.slice();
  children[pos] = replacement;
  return { node: new HamtNode(node.bitmap, children), added };
}

/**
 * Remove a key. Returns the same node when the key is absent, null when the node
 * became empty; a sub-node left with one leaf or collision is replaced by it.
 */
function hamtRemove(node: HamtNode, level: number, hash: number, key: Term): HamtChild | null {
  const bit = 1 << nibble(hash, level);
  if ((node.bitmap & bit) === 0) return node;
  const pos = popcount16(node.bitmap & (bit - 1));
  const child = node.children[pos];
  let replacement: HamtChild | null;
  if (child instanceof HamtNode) {
    replacement = hamtRemove(child, level + 1, hash, key);
    if (replacement === child) return node;
  } else if (child instanceof HamtLeaf) {
    if (child.hash !== hash || !sameKey(child.key, key)) return node;
    replacement = null;
  } else {
    if (child.hash !== hash) return node;
    const i = child.keys.findIndex((k) => sameKey(k, key));
    if (i < 0) return node;
    if (child.keys.length === 2) {
      replacement = new HamtLeaf(hash, child.keys[1 - i], child.values[1 - i]);
    } else {
      const keys = child.keys.slice();
      const values = child.values.slice();
      keys.splice(i, 1);
      values.splice(i, 1);
      replacement = new HamtCollision(hash, keys, values);
    }
  }
  const children = node.children.slice();
  let bitmap = node.bitmap;
  if (replacement === null) {
    children.splice(pos, 1);
    bitmap &= ~bit;
  } else {
    children[pos] = replacement;
  }
  if (children.length === 0) return null;
  if (level > 0 && children.length === 1 && !(children[0] instanceof HamtNode)) return children[0];
  return new HamtNode(bitmap, children);
}

interface HashedEntry {
  hash: number;
  key: Term;
  value: Term;
}

/** The hash with its nibbles reversed: sorting by it is sorting in trie slot order. */
function slotOrder(hash: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) {
    r = (r << 4) | ((hash >>> (i * 4)) & 0xf);
  }
  return r >>> 0;
}

/** Build a trie level from entries sorted by (hash nibbles, map-key order), unique keys. */
function buildChild(items: HashedEntry[], lo: number, hi: number, level: number): HamtChild {
  if (hi - lo === 1) return new HamtLeaf(items[lo].hash, items[lo].key, items[lo].value);
  if (items[lo].hash === items[hi - 1].hash) {
    const keys: Term[] = [];
    const values: Term[] = [];
    for (let i = lo; i < hi; i++) {
      keys.push(items[i].key);
      values.push(items[i].value);
    }
    return new HamtCollision(items[lo].hash, keys, values);
  }
  return buildNode(items, lo, hi, level);
}

function buildNode(items: HashedEntry[], lo: number, hi: number, level: number): HamtNode {
  let bitmap = 0;
  const children: HamtChild[] = [];
  let start = lo;
  while (start < hi) {
    const idx = nibble(items[start].hash, level);
    let end = start + 1;
    while (end < hi && nibble(items[end].hash, level) === idx) end++;
    bitmap |= 1 << idx;
    children.push(buildChild(items, start, end, level + 1));
    start = end;
  }
  return new HamtNode(bitmap, children);
}

/** Visit leaves and collision nodes in slot order (depth first, slot 0 first). */
function forEachSlot(root: HamtNode, visit: (item: HamtLeaf | HamtCollision) => void): void {
  const nodes: HamtNode[] = [root];
  const next: number[] = [0];
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    const node = nodes[top];
    const i = next[top];
    if (i >= node.children.length) {
      nodes.pop();
      next.pop();
      continue;
    }
    next[top] = i + 1;
    const child = node.children[i];
    if (child instanceof HamtNode) {
      nodes.push(child);
      next.push(0);
    } else {
      visit(child);
    }
  }
}

/** Binary search in map-key order; returns index if found, else -(insertion point) - 1. */
function flatSearch(keys: readonly Term[], key: Term): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareMapKeys(keys[mid], key);
    if (c < 0) lo = mid + 1;
    else if (c > 0) hi = mid - 1;
    else return mid;
  }
  return -lo - 1;
}

function flatIndexOf(keys: readonly Term[], key: Term): number {
  if (isIdentityKey(key)) {
    for (let i = 0; i < keys.length; i++) if (keys[i] === key) return i;
    return -1;
  }
  const i = flatSearch(keys, key);
  return i >= 0 ? i : -1;
}

export class ErlMap {
  private constructor(
    /** Flatmap keys in map-key order, or null for a HAMT. */
    private readonly flatKeys: readonly Term[] | null,
    private readonly flatValues: readonly Term[] | null,
    private readonly root: HamtNode | null,
    readonly size: number,
  ) {}

  private sortedCache: { keys: Term[]; values: Term[] } | undefined;

  static readonly empty: ErlMap = new ErlMap([], [], null, 0);

  /** Build from entries; a later duplicate key (=:=) wins. */
  static fromEntries(entries: Iterable<readonly [Term, Term]>): ErlMap {
    const list = Array.isArray(entries) ? (entries as ReadonlyArray<readonly [Term, Term]>) : Array.from(entries);
    if (list.length === 0) return ErlMap.empty;
    if (list.length <= MAP_SMALL_MAP_LIMIT * 2) {
      let m: ErlMap = ErlMap.empty;
      for (const [k, v] of list) m = m.put(k, v);
      return m;
    }
    const items: HashedEntry[] = list.map(([key, value]) => ({ hash: mapKeyHash(key), key, value }));
    return ErlMap.fromHashedEntries(items);
  }

  /** Build from parallel key and value arrays; a later duplicate key wins. */
  static fromKeysValues(keys: readonly Term[], values: readonly Term[]): ErlMap {
    if (keys.length !== values.length) throw new RangeError('fromKeysValues: length mismatch');
    return ErlMap.fromEntries(keys.map((k, i) => [k, values[i]] as const));
  }

  /**
   * Fast constructor for at most 32 keys already sorted in map-key order
   * (compareMapKeys) and unique. Not checked beyond the size.
   */
  static fromSortedUnique(keys: readonly Term[], values: readonly Term[]): ErlMap {
    if (keys.length > MAP_SMALL_MAP_LIMIT || keys.length !== values.length) {
      throw new RangeError('fromSortedUnique: at most 32 keys, one value per key');
    }
    if (keys.length === 0) return ErlMap.empty;
    return new ErlMap(keys.slice(), values.slice(), null, keys.length);
  }

  private static fromHashedEntries(items: HashedEntry[]): ErlMap {
    // Equal keys stay in input order (ties broken by position), so the last of a run wins.
    const order = items.map((item) => slotOrder(item.hash));
    const index = items.map((_, i) => i);
    index.sort((a, b) => order[a] - order[b] || compareMapKeys(items[a].key, items[b].key) || a - b);
    items = index.map((i) => items[i]);
    const unique: HashedEntry[] = [];
    for (const item of items) {
      const last = unique[unique.length - 1];
      if (last !== undefined && last.hash === item.hash && compareMapKeys(last.key, item.key) === 0) {
        unique[unique.length - 1] = item;
      } else {
        unique.push(item);
      }
    }
    if (unique.length <= MAP_SMALL_MAP_LIMIT) {
      const sorted = unique.slice().sort((a, b) => compareMapKeys(a.key, b.key));
      return new ErlMap(
        sorted.map((e) => e.key),
        sorted.map((e) => e.value),
        null,
        sorted.length,
      );
    }
    return new ErlMap(null, null, buildNode(unique, 0, unique.length, 0), unique.length);
  }

  /** True for a flatmap (at most 32 keys). */
  get isFlat(): boolean {
    return this.flatKeys !== null;
  }

  /** The value under a key matched with =:=, or undefined. */
  get(key: Term): Term | undefined {
    if (this.flatKeys !== null) {
      const i = flatIndexOf(this.flatKeys, key);
      return i >= 0 ? this.flatValues![i] : undefined;
    }
    return hamtGet(this.root!, mapKeyHash(key), key);
  }

  has(key: Term): boolean {
    return this.get(key) !== undefined;
  }

  put(key: Term, value: Term): ErlMap {
    if (this.flatKeys !== null) {
      const keys = this.flatKeys;
      const values = this.flatValues!;
      let i = isIdentityKey(key) ? keys.indexOf(key) : -1;
      if (i < 0) i = flatSearch(keys, key);
      if (i >= 0) {
        if (values[i] === value) return this;
        const nv = values.slice();
        nv[i] = value;
        return new ErlMap(keys, nv, null, this.size);
      }
      if (keys.length < MAP_SMALL_MAP_LIMIT) {
        const at = -i - 1;
        const nk = keys.slice();
        const nv = values.slice();
        nk.splice(at, 0, key);
        nv.splice(at, 0, value);
        return new ErlMap(nk, nv, null, nk.length);
      }
      // The 33rd key turns the flatmap into a hashmap.
      const items: HashedEntry[] = keys.map((k, j) => ({ hash: mapKeyHash(k), key: k, value: values[j] }));
      items.push({ hash: mapKeyHash(key), key, value });
      return ErlMap.fromHashedEntries(items);
    }
    const r = hamtPut(this.root!, 0, mapKeyHash(key), key, value);
    if (r.node === this.root) return this;
    return new ErlMap(null, null, r.node, r.added ? this.size + 1 : this.size);
  }

  remove(key: Term): ErlMap {
    if (this.flatKeys !== null) {
      const i = flatIndexOf(this.flatKeys, key);
      if (i < 0) return this;
      if (this.size === 1) return ErlMap.empty;
      const nk = this.flatKeys.slice();
      const nv = this.flatValues!.slice();
      nk.splice(i, 1);
      nv.splice(i, 1);
      return new ErlMap(nk, nv, null, nk.length);
    }
    const r = hamtRemove(this.root!, 0, mapKeyHash(key), key);
    if (r === this.root) return this;
    const size = this.size - 1;
    if (size <= MAP_SMALL_MAP_LIMIT) {
      const keys: Term[] = [];
      const values: Term[] = [];
      const order = this.iterationEntries()
        .filter(([k]) => !sameKey(k, key))
        .sort((a, b) => compareMapKeys(a[0], b[0]));
      for (const [k, v] of order) {
        keys.push(k);
        values.push(v);
      }
      return new ErlMap(keys, values, null, size);
    }
    return new ErlMap(null, null, r as HamtNode, size);
  }

  /**
   * Entries in the order of maps:iterator/next, maps:fold/foreach and of
   * printing (~p, ~w): slot order for a hashmap, key order for a flatmap.
   */
  iterationEntries(): Array<[Term, Term]> {
    const out: Array<[Term, Term]> = [];
    if (this.flatKeys !== null) {
      for (let i = 0; i < this.flatKeys.length; i++) out.push([this.flatKeys[i], this.flatValues![i]]);
      return out;
    }
    forEachSlot(this.root!, (item) => {
      if (item instanceof HamtLeaf) {
        out.push([item.key, item.value]);
      } else {
        for (let i = 0; i < item.keys.length; i++) out.push([item.keys[i], item.values[i]]);
      }
    });
    return out;
  }

  /** Keys in maps:keys/1 order (also maps:to_list/1 and term_to_binary order). */
  keys(): Term[] {
    if (this.flatKeys !== null) return this.flatKeys.slice();
    return this.entries().map((e) => e[0]);
  }

  /** Values in maps:values/1 order (matching keys()). */
  values(): Term[] {
    if (this.flatValues !== null) return this.flatValues.slice();
    return this.entries().map((e) => e[1]);
  }

  /** Entries in maps:to_list/1 order: the reverse of iterationEntries() for a hashmap. */
  entries(): Array<[Term, Term]> {
    const out = this.iterationEntries();
    if (this.flatKeys === null) out.reverse();
    return out;
  }

  /**
   * Keys and values sorted in exact term order (atoms by text, integers before
   * floats): the order maps are compared in, and term_to_binary's `deterministic`.
   */
  termOrderEntries(): { keys: Term[]; values: Term[] } {
    if (this.sortedCache === undefined) {
      const entries = this.iterationEntries().sort((a, b) => compareTermsExact(a[0], b[0]));
      this.sortedCache = { keys: entries.map((e) => e[0]), values: entries.map((e) => e[1]) };
    }
    return this.sortedCache;
  }

  /**
   * For make_internal_hash: node slots in the order erts pushes them on its work
   * stack. A flatmap: [key, value] pairs from the last key to the first. A hashmap:
   * leaves as [key, value] and collision nodes as the tuple of their [Key|Value]
   * cells, in slot order.
   */
  hashLayout(): Array<readonly [Term, Term] | Tuple> {
    const out: Array<readonly [Term, Term] | Tuple> = [];
    if (this.flatKeys !== null) {
      for (let i = this.flatKeys.length - 1; i >= 0; i--) out.push([this.flatKeys[i], this.flatValues![i]]);
      return out;
    }
    forEachSlot(this.root!, (item) => {
      if (item instanceof HamtLeaf) {
        out.push([item.key, item.value]);
      } else {
        out.push(new Tuple(item.keys.map((k, i) => new Cons(k, item.values[i]))));
      }
    });
    return out;
  }
}
