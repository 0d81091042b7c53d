// Chunked traversal for ets:select/3, match/3, match_object/3 (and select_reverse/3) and
// their continuations, as OTP 26 walks the tables (erl_db_hash.c match_traverse and
// select_chunk_*; erl_db_tree.c db_select_chunk_tree_common).
//
// Hash tables (set, bag, duplicate_bag; one lock, as a table without write_concurrency
// has): buckets are visited 0, 1, 2, ...; every object of a bucket is tried, its results
// consed onto a list, and only between buckets does the walk stop once it has at least
// Limit results. The Limit oldest results are returned (newest first) and the newer ones
// travel in the continuation as its "rest"; when a continuation starts with more than
// Limit results in hand it returns without walking and passes the surplus on (reversed:
// OTP copies it off the head of the list). A match spec whose heads all name a ground key
// visits only those keys' buckets in one go. The walk ends at '$end_of_table'.
//
// ordered_set tables: objects in key order (reverse order for select_reverse), stopping
// at exactly Limit results; the continuation remembers the last key visited. A match spec
// whose heads all name the same ground key looks that one object up.

import { Atom, Cons, Tuple, type Term } from '../terms/types';
import { ErlMap } from '../terms/map';
import { compareTerms } from '../terms/compare';
import { variableNumber } from './match';

const UNDERSCORE = Atom.of('_');

/** What a chunk gives back: nothing, a last list of results, or results and more to come. */
export type Chunk =
  | { kind: 'eot' }
  | { kind: 'last'; items: Term[] }
  | { kind: 'more'; items: Term[]; next: number; rest: Term[] }
  | { kind: 'more-ordered'; items: Term[]; lastKey: Term };

/** How the heads of a match spec fix the key: not at all, never (no head can match), or to these keys. */
export type KeyBound = { kind: 'unbound' } | { kind: 'impossible' } | { kind: 'keys'; keys: Term[] };

/** A term with no match variable and no '_' in it. */
export function isGround(t: Term): boolean {
  if (t instanceof Atom) return t !== UNDERSCORE && variableNumber(t) < 0;
  if (t instanceof Tuple) return t.elements.every(isGround);
  if (t instanceof Cons) return isGround(t.head) && isGround(t.tail);
  if (t instanceof ErlMap) return t.entries().every(([k, v]) => isGround(k) && isGround(v));
  return true;
}

/** The key boundness of match spec heads for a table with key position `keypos`. */
export function keyBoundness(heads: Term[], keypos: number): KeyBound {
  const keys: Term[] = [];
  let canMatch = false;
  for (const head of heads) {
    if (head === UNDERSCORE || variableNumber(head) >= 0) return { kind: 'unbound' };
    // A head that is no tuple, or too small to have a key, matches nothing.
    if (!(head instanceof Tuple) || head.elements.length < keypos) continue;
    canMatch = true;
    const key = head.elements[keypos - 1];
    if (!isGround(key)) return { kind: 'unbound' };
    keys.push(key);
  }
  return canMatch ? { kind: 'keys', keys } : { kind: 'impossible' };
}

/** A match spec run on one object: its result, or undefined when no clause matches. */
export type RunOne = (obj: Tuple) => Term | undefined;

/** The results consed so far: the last element is the head of the list OTP builds. */
type Consed = Term[];

/** What a hash chunk hands back from the list it built (see the module comment). */
function hashLoopEnded(consed: Consed, limit: number, next: number, fromContinuation: boolean): Chunk {
  let rest: Term[] = [];
  if (consed.length > limit) {
    const surplus = consed.splice(limit); // the newest results, oldest first
    // The first call splits the list in place (rest keeps list order: newest first); a
    // continuation copies the surplus off the head, which reverses it.
    rest = fromContinuation ? surplus : surplus.reverse();
  }
  const items = consed.reverse();
  if (rest.length > 0 || next >= 0) return { kind: 'more', items, next, rest };
  return items.length > 0 ? { kind: 'last', items } : { kind: 'eot' };
}

/**
 * Walk buckets from `slot` on, consing results onto `consed`, until the buckets run out
 * (next = -1) or a bucket boundary is reached with at least `limit` results.
 */
function walkBuckets(chains: Tuple[][], slot: number, consed: Consed, limit: number, run: RunOne): number {
  for (let b = slot; ; ) {
    for (const obj of chains[b]) {
      const r = run(obj);
      if (r !== undefined) consed.push(r);
    }
    b += 1;
    if (b >= chains.length) return -1;
    if (consed.length >= limit) return b;
  }
}

/** select/3 on a hash table: `chains` are the active buckets' objects in chain order. */
export function hashFirstChunk(chains: Tuple[][], bound: KeyBound, bucketOf: (key: Term) => number, limit: number, run: RunOne): Chunk {
  if (bound.kind === 'impossible') return { kind: 'eot' };
  const consed: Consed = [];
  if (bound.kind === 'keys') {
    const visited: number[] = [];
    for (const k of bound.keys) {
      const b = bucketOf(k);
      if (!visited.includes(b)) visited.push(b);
    }
    // Nothing looked at (all those buckets empty) is the end of the table.
    if (visited.every((b) => chains[b].length === 0)) return { kind: 'eot' };
    for (const b of visited) {
      for (const obj of chains[b]) {
        const r = run(obj);
        if (r !== undefined) consed.push(r);
      }
    }
    return hashLoopEnded(consed, limit, -1, false);
  }
  const first = chains.findIndex((c) => c.length > 0);
  if (first < 0) return { kind: 'eot' };
  return hashLoopEnded(consed, limit, walkBuckets(chains, first, consed, limit, run), false);
}

/**
 * select/1 on a hash table: `rest` is the continuation's list (head first), `slot` where
 * to resume (-1: the walk had ended). Undefined when the slot no longer exists (badarg).
 */
export function hashNextChunk(chains: Tuple[][], slot: number, rest: Term[], limit: number, run: RunOne): Chunk | undefined {
  const consed: Consed = rest.slice().reverse();
  if (slot < 0 || consed.length >= limit) return hashLoopEnded(consed, limit, slot, true);
  if (slot >= chains.length) return undefined;
  return hashLoopEnded(consed, limit, walkBuckets(chains, slot, consed, limit, run), true);
}

/**
 * select/3 (after = undefined) or select/1 on an ordered_set: `objs` in key order and
 * `keyOf` their keys; `reverse` walks from the end. Stops at exactly `limit` results.
 */
export function orderedChunk(objs: Tuple[], keyOf: (o: Tuple) => Term, bound: KeyBound, after: { key: Term } | undefined, reverse: boolean, limit: number, run: RunOne): Chunk {
  if (bound.kind === 'impossible') return { kind: 'eot' };
  if (after === undefined && bound.kind === 'keys' && bound.keys.every((k) => compareTerms(k, bound.keys[0]) === 0)) {
    const hit = objs.find((o) => compareTerms(keyOf(o), bound.keys[0]) === 0);
    const r = hit === undefined ? undefined : run(hit);
    return r === undefined ? { kind: 'eot' } : { kind: 'last', items: [r] };
  }
  const order = reverse ? objs.slice().reverse() : objs;
  const items: Term[] = [];
  for (const o of order) {
    if (after !== undefined) {
      const c = compareTerms(keyOf(o), after.key);
      if (reverse ? c >= 0 : c <= 0) continue;
    }
    const r = run(o);
    if (r === undefined) continue;
    items.push(r);
    if (items.length === limit) return { kind: 'more-ordered', items, lastKey: keyOf(o) };
  }
  return items.length > 0 ? { kind: 'last', items } : { kind: 'eot' };
}
