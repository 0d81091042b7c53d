// The `maps` module: the map BIFs of OTP 26's bif.tab and every function of maps.erl.
//
// Iteration order is ErlMap's `iterationEntries()` (what maps:iterator/next and
// maps:fold/map/filter/foreach see); maps:keys/values/to_list use `keys()/values()/
// entries()`. Errors follow OTP: `{badmap, T}` for a non-map, `{badkey, K}` for a missing
// key, `badarg` for bad funs/lists/iterators, and for iterator arguments the functions
// built on maps:next/1 raise `{badmap, Iter}` once they meet a bad iterator.
//
// Iterator terms have OTP's shapes: `[0 | Map]` or `[OrderedKeys | Map]` from
// maps:iterator/1,2, and maps:next/1 returns `{K, V, Next}` chains ending in `none` or in
// a continuation `[Path | Map]`. For a flatmap (at most 32 keys) maps:next returns the
// whole chain at once, as OTP does. For a hashmap OTP returns 32 entries first and then
// chunks sized by the reductions left, with Path encoding a position in its HAMT; here
// the first chunk is also 32 entries, later chunks are 1000 entries, and Path is the
// index of the next entry in iteration order (a different integer than OTP's).

import { Atom, atoms, bool } from '../terms/atom';
import { compareTermsExact } from '../terms/compare';
import { ErlMap } from '../terms/map';
import { Cons, NIL, Tuple, type Term } from '../terms/types';
import { badarg, ErlangException } from './exception';
import type { NativeRegistry } from './registry';
import type { HigherOrderNative, PlainNative } from './types';
import { isFunctionOfArity } from './support/args';
import { callFun, callPredicate, runSync, type CallGen } from './support/call';
import { badkey, badmap, caseClause, functionClause } from './support/errors';
import { arrayToList, listToArray, walkList } from './support/lists';
import { sortWithFun } from './support/sort';
import { frame, raiseAt } from './support/frames';

const noneAtom = Atom.of('none');
const orderedAtom = Atom.of('ordered');
const reversedAtom = Atom.of('reversed');

/** Entries in the first maps:next/1 answer for a hashmap (OTP's MAP_SMALL_MAP_LIMIT). */
const FIRST_CHUNK = 32;
/** Entries in each later maps:next/1 answer for a hashmap. */
const LATER_CHUNK = 1000;

function requireMap(t: Term): ErlMap {
  if (!(t instanceof ErlMap)) badmap(t);
  return t;
}

// ---------------------------------------------------------------------------
// BIFs

const get2: PlainNative = ([key, m]) => {
  const v = requireMap(m).get(key);
  if (v === undefined) badkey(key);
  return v;
};

const find: PlainNative = ([key, m]) => {
  const v = requireMap(m).get(key);
  return v === undefined ? atoms.error : new Tuple([atoms.ok, v]);
};

/** maps:from_list/1: a proper list of 2-tuples; later keys win. */
export function mapFromList(list: Term): ErlMap {
  const items = listToArray(list);
  if (items === undefined) badarg();
  const entries: Array<[Term, Term]> = [];
  for (const item of items) {
    if (!(item instanceof Tuple) || item.elements.length !== 2) badarg();
    entries.push([item.elements[0], item.elements[1]]);
  }
  return ErlMap.fromEntries(entries);
}

const fromList: PlainNative = ([list]) => mapFromList(list);

const fromKeys: PlainNative = ([keys, value]) => {
  const items = listToArray(keys);
  if (items === undefined) badarg();
  return ErlMap.fromEntries(items.map((k) => [k, value] as const));
};

const isKey: PlainNative = ([key, m]) => bool(requireMap(m).has(key));
const keys: PlainNative = ([m]) => arrayToList(requireMap(m).keys());
const values: PlainNative = ([m]) => arrayToList(requireMap(m).values());

const merge: PlainNative = ([m1, m2]) => {
  const a = requireMap(m1);
  const b = requireMap(m2);
  if (a.size === 0) return b;
  let out = a;
  for (const [k, v] of b.iterationEntries()) out = out.put(k, v);
  return out;
};

const put: PlainNative = ([key, value, m]) => requireMap(m).put(key, value);
const remove: PlainNative = ([key, m]) => requireMap(m).remove(key);

const update: PlainNative = ([key, value, m]) => {
  const map = requireMap(m);
  if (!map.has(key)) badkey(key);
  return map.put(key, value);
};

const take: PlainNative = ([key, m]) => {
  const map = requireMap(m);
  const v = map.get(key);
  if (v === undefined) return atoms.error;
  return new Tuple([v, map.remove(key)]);
};

// ---------------------------------------------------------------------------
// Iterators

/** The chain {K1, V1, {K2, V2, ... End}} for entries[from..to), ending in `end`. */
function chain(entries: ReadonlyArray<readonly [Term, Term]>, from: number, to: number, end: Term): Term {
  let t = end;
  for (let k = to - 1; k >= from; k--) t = new Tuple([entries[k][0], entries[k][1], t]);
  return t;
}

/** erts_internal:map_next(Path, Map, iterator) — badarg for an invalid path. */
function mapNext(path: Term, map: ErlMap): Term {
  if (path === NIL || path instanceof Cons) {
    // An ordered iterator: the remaining keys, in order.
    const entries: Array<[Term, Term]> = [];
    let t: Term = path;
    while (t instanceof Cons) {
      const v = map.get(t.head);
      if (v === undefined) badarg();
      entries.push([t.head, v]);
      t = t.tail;
    }
    if (t !== NIL) badarg();
    return chain(entries, 0, entries.length, noneAtom);
  }
  if (typeof path !== 'number' || path < 0 || path > map.size) badarg();
  const entries = map.iterationEntries();
  if (map.isFlat) return chain(entries, 0, entries.length, noneAtom);
  const to = Math.min(entries.length, path + (path === 0 ? FIRST_CHUNK : LATER_CHUNK));
  const end = to < entries.length ? new Cons(to, map) : noneAtom;
  return chain(entries, path, to, end);
}

/** maps:next/1 */
function next(iter: Term): Term {
  if (iter instanceof Tuple && iter.elements.length === 3) return iter;
  if (iter === noneAtom) return noneAtom;
  if (iter instanceof Cons && iter.tail instanceof ErlMap) {
    const path = iter.head;
    if (typeof path === 'number' || typeof path === 'bigint' || path === NIL || path instanceof Cons) {
      return mapNext(path, iter.tail);
    }
  }
  return badarg();
}

const next1: PlainNative = ([iter]) => next(iter);

const iterator1: PlainNative = ([m]) => new Cons(0, requireMap(m));

function sortedKeys(map: ErlMap, descending: boolean): Term {
  const ks = map.keys();
  ks.sort((a, b) => (descending ? compareTermsExact(b, a) : compareTermsExact(a, b)));
  return arrayToList(ks);
}

/** maps:iterator/2 — a fun order sorts the keys with lists:sort/2 (calling the fun). */
const iterator2: HigherOrderNative = function* ([m, order]) {
  if (!(m instanceof ErlMap)) return badarg();
  if (order === atoms.undefined) return new Cons(0, m);
  if (order === orderedAtom) return new Cons(sortedKeys(m, false), m);
  if (order === reversedAtom) return new Cons(sortedKeys(m, true), m);
  if (!isFunctionOfArity(order, 2)) return badarg();
  const ks = m.keys();
  if (ks.length < 2) return new Cons(arrayToList(ks), m);
  const sorted = yield* sortWithFun(ks, NIL, (a, b) => callPredicate(order, [a, b]));
  return new Cons(arrayToList(sorted), m);
};

/**
 * Walks a map or an iterator the way maps:fold/map/filter/... do: a map is iterated
 * directly; an iterator is advanced lazily with maps:next/1, and a badarg from that
 * turns into `{badmap, OriginalIterator}` when it happens.
 */
class EntryWalker {
  private readonly direct: Array<[Term, Term]> | undefined;
  private index = 0;
  private cursor: Term;

  constructor(private readonly original: Term) {
    this.direct = original instanceof ErlMap ? original.iterationEntries() : undefined;
    this.cursor = original;
  }

  nextEntry(): [Term, Term] | undefined {
    if (this.direct !== undefined) return this.direct[this.index++];
    let step: Term;
    try {
      step = next(this.cursor);
    } catch (e) {
      if (e instanceof ErlangException && e.reason === atoms.badarg) badmap(this.original);
      throw e;
    }
    if (step === noneAtom) return undefined;
    const [k, v, rest] = (step as Tuple).elements;
    this.cursor = rest;
    return [k, v];
  }
}

/** The shared guard: a map (or an iterator) and a fun of the arity; else badarg. */
function walkerFor(fun: Term, arity: number, mapOrIter: Term): EntryWalker {
  if (!isFunctionOfArity(fun, arity)) badarg();
  return new EntryWalker(mapOrIter);
}

const fold: HigherOrderNative = function* ([fun, init, mapOrIter]) {
  const walker = walkerFor(fun, 3, mapOrIter);
  let acc = init;
  for (let e = walker.nextEntry(); e !== undefined; e = walker.nextEntry()) {
    acc = yield* callFun(fun, [e[0], e[1], acc]);
  }
  return acc;
};

const map: HigherOrderNative = function* ([fun, mapOrIter]) {
  const walker = walkerFor(fun, 2, mapOrIter);
  const out: Array<[Term, Term]> = [];
  for (let e = walker.nextEntry(); e !== undefined; e = walker.nextEntry()) {
    out.push([e[0], yield* callFun(fun, [e[0], e[1]])]);
  }
  return ErlMap.fromEntries(out);
};

const filter: HigherOrderNative = function* ([pred, mapOrIter]) {
  const walker = walkerFor(pred, 2, mapOrIter);
  const out: Array<[Term, Term]> = [];
  for (let e = walker.nextEntry(); e !== undefined; e = walker.nextEntry()) {
    if (yield* callPredicate(pred, [e[0], e[1]])) out.push(e);
  }
  return ErlMap.fromEntries(out);
};

const filtermap: HigherOrderNative = function* ([fun, mapOrIter]) {
  const walker = walkerFor(fun, 2, mapOrIter);
  const out: Array<[Term, Term]> = [];
  for (let e = walker.nextEntry(); e !== undefined; e = walker.nextEntry()) {
    const r = yield* callFun(fun, [e[0], e[1]]);
    if (r === atoms.true) out.push(e);
    else if (r instanceof Tuple && r.elements.length === 2 && r.elements[0] === atoms.true) out.push([e[0], r.elements[1]]);
    else if (r !== atoms.false) caseClause(r);
  }
  return ErlMap.fromEntries(out);
};

const foreach: HigherOrderNative = function* ([fun, mapOrIter]) {
  const walker = walkerFor(fun, 2, mapOrIter);
  for (let e = walker.nextEntry(); e !== undefined; e = walker.nextEntry()) yield* callFun(fun, [e[0], e[1]]);
  return atoms.ok;
};

/** maps:to_list/1 also accepts an iterator; any failure walking it is {badmap, Iter}. */
export function mapsToList(mapOrIter: Term): Term {
  if (mapOrIter instanceof ErlMap) {
    return arrayToList(mapOrIter.entries().map(([k, v]) => new Tuple([k, v])));
  }
  const out: Term[] = [];
  let cursor = mapOrIter;
  try {
    for (;;) {
      const step = next(cursor);
      if (step === noneAtom) break;
      const [k, v, rest] = (step as Tuple).elements;
      out.push(new Tuple([k, v]));
      cursor = rest;
    }
  } catch (e) {
    if (e instanceof ErlangException && e.cls === 'error') badmap(mapOrIter);
    throw e;
  }
  return arrayToList(out);
}

const toList: PlainNative = ([mapOrIter]) => mapsToList(mapOrIter);

const isIteratorValid: PlainNative = ([iter]) => {
  let cursor = iter;
  try {
    for (;;) {
      if (cursor === noneAtom) return atoms.true;
      if (cursor instanceof Tuple && cursor.elements.length === 3) {
        cursor = next(cursor.elements[2]);
        continue;
      }
      next(cursor);
      return atoms.true;
    }
  } catch (e) {
    if (e instanceof ErlangException && e.cls === 'error' && e.reason === atoms.badarg) return atoms.false;
    throw e;
  }
};

// ---------------------------------------------------------------------------
// Other Erlang functions of maps.erl

/** error_type/1 of maps.erl: badarg if the map is fine (the other argument was bad). */
function errorType(m: Term): never {
  if (m instanceof ErlMap) badarg();
  return badmap(m);
}

/** error_type_two_maps/2 */
function twoMapsError(m1: Term, m2: Term): never {
  return m1 instanceof ErlMap ? badmap(m2) : badmap(m1);
}

const size: PlainNative = ([m]) => requireMap(m).size;
const newMap: PlainNative = () => ErlMap.empty;

const get3: PlainNative = ([key, m, dflt]) => requireMap(m).get(key) ?? dflt;

const updateWith3: HigherOrderNative = function* ([key, fun, m]) {
  if (!isFunctionOfArity(fun, 1) || !(m instanceof ErlMap)) return errorType(m);
  const v = m.get(key);
  // erlang:error({badkey, Key}, [Key, Fun, Map]) at line 283 of maps.erl.
  if (v === undefined) return raiseAt(new Tuple([atoms.badkey, key]), frame('maps.erl', 'update_with', 283, [key, fun, m]));
  return m.put(key, yield* callFun(fun, [v]));
};

const updateWith4: HigherOrderNative = function* ([key, fun, init, m]) {
  if (!isFunctionOfArity(fun, 1) || !(m instanceof ErlMap)) return errorType(m);
  const v = m.get(key);
  if (v === undefined) return m.put(key, init);
  return m.put(key, yield* callFun(fun, [v]));
};

/** without/2 is lists:foldl(fun maps:remove/2, Map, Keys). */
const without: PlainNative = ([ks, m]) => {
  if (!(ks === NIL || ks instanceof Cons) || !(m instanceof ErlMap)) return errorType(m);
  const { items, tail } = walkList(ks);
  let out = m;
  for (const k of items) out = out.remove(k);
  if (tail !== NIL) functionClause();
  return out;
};

const withFn: PlainNative = ([ks, m]) => {
  if (!(ks === NIL || ks instanceof Cons) || !(m instanceof ErlMap)) return errorType(m);
  const { items, tail } = walkList(ks);
  if (tail !== NIL) functionClause();
  const out: Array<[Term, Term]> = [];
  for (const k of items) {
    const v = m.get(k);
    if (v !== undefined) out.push([k, v]);
  }
  return ErlMap.fromEntries(out);
};

/** Intersection walking the smaller map; `combine(K, V1, V2)` gets Map1's value first. */
function* intersectWith(
  m1: ErlMap,
  m2: ErlMap,
  combine: (k: Term, v1: Term, v2: Term) => CallGen<Term>,
): CallGen<Term> {
  const out: Array<[Term, Term]> = [];
  if (m1.size <= m2.size) {
    for (const [k, v1] of m1.iterationEntries()) {
      const v2 = m2.get(k);
      if (v2 !== undefined) out.push([k, yield* combine(k, v1, v2)]);
    }
  } else {
    for (const [k, v2] of m2.iterationEntries()) {
      const v1 = m1.get(k);
      if (v1 !== undefined) out.push([k, yield* combine(k, v1, v2)]);
    }
  }
  return ErlMap.fromEntries(out);
}

const intersect: PlainNative = ([m1, m2]) => {
  if (!(m1 instanceof ErlMap) || !(m2 instanceof ErlMap)) return twoMapsError(m1, m2);
  return runSync(
    intersectWith(m1, m2, function* (_k, _v1, v2) {
      return v2;
    }),
    () => badarg(),
  );
};

const intersectWith3: HigherOrderNative = function* ([fun, m1, m2]) {
  if (!(m1 instanceof ErlMap) || !(m2 instanceof ErlMap) || !isFunctionOfArity(fun, 3)) {
    if (!isFunctionOfArity(fun, 3)) return badarg();
    return twoMapsError(m1, m2);
  }
  return yield* intersectWith(m1, m2, (k, v1, v2) => callFun(fun, [k, v1, v2]));
};

/** merge_with/3 walks the smaller map (Map1 on a tie) and calls Fun(K, V1, V2). */
const mergeWith: HigherOrderNative = function* ([fun, m1, m2]) {
  if (!(m1 instanceof ErlMap) || !(m2 instanceof ErlMap) || !isFunctionOfArity(fun, 3)) {
    if (!isFunctionOfArity(fun, 3)) return badarg();
    return twoMapsError(m1, m2);
  }
  if (m1.size > m2.size) {
    let out = m1;
    for (const [k, v2] of m2.iterationEntries()) {
      const v1 = out.get(k);
      out = out.put(k, v1 === undefined ? v2 : yield* callFun(fun, [k, v1, v2]));
    }
    return out;
  }
  let out = m2;
  for (const [k, v1] of m1.iterationEntries()) {
    const v2 = out.get(k);
    out = out.put(k, v2 === undefined ? v1 : yield* callFun(fun, [k, v1, v2]));
  }
  return out;
};

/** groups_from_list: the funs are called from the last element to the first. */
function* groupsFromList(keyFun: Term, valueFun: Term | null, list: Term): CallGen<Term> {
  const items = listToArray(list);
  if (items === undefined) return badarg();
  let groups = ErlMap.empty;
  for (let i = items.length - 1; i >= 0; i--) {
    const k = yield* callFun(keyFun, [items[i]]);
    const v = valueFun === null ? items[i] : yield* callFun(valueFun, [items[i]]);
    const existing = groups.get(k);
    groups = groups.put(k, new Cons(v, existing ?? NIL));
  }
  return groups;
}

const groupsFromList2: HigherOrderNative = function* ([keyFun, list]) {
  if (!isFunctionOfArity(keyFun, 1)) return badarg();
  return yield* groupsFromList(keyFun, null, list);
};

const groupsFromList3: HigherOrderNative = function* ([keyFun, valueFun, list]) {
  if (!isFunctionOfArity(keyFun, 1) || !isFunctionOfArity(valueFun, 1)) return badarg();
  return yield* groupsFromList(keyFun, valueFun, list);
};

// ---------------------------------------------------------------------------

type Entry = [name: string, arity: number, impl: PlainNative];
type HigherEntry = [name: string, arity: number, impl: HigherOrderNative];

/** maps functions that are real BIFs in OTP 26's bif.tab. */
const BIFS: Entry[] = [
  ['find', 2, find],
  ['get', 2, get2],
  ['from_list', 1, fromList],
  ['from_keys', 2, fromKeys],
  ['is_key', 2, isKey],
  ['keys', 1, keys],
  ['merge', 2, merge],
  ['put', 3, put],
  ['remove', 2, remove],
  ['take', 2, take],
  ['update', 3, update],
  ['values', 1, values],
];

const PLAIN: Entry[] = [
  ['get', 3, get3],
  ['intersect', 2, intersect],
  ['is_iterator_valid', 1, isIteratorValid],
  ['iterator', 1, iterator1],
  ['new', 0, newMap],
  ['next', 1, next1],
  ['size', 1, size],
  ['to_list', 1, toList],
  ['with', 2, withFn],
  ['without', 2, without],
];

const HIGHER: HigherEntry[] = [
  ['filter', 2, filter],
  ['filtermap', 2, filtermap],
  ['fold', 3, fold],
  ['foreach', 2, foreach],
  ['groups_from_list', 2, groupsFromList2],
  ['groups_from_list', 3, groupsFromList3],
  ['intersect_with', 3, intersectWith3],
  ['iterator', 2, iterator2],
  ['map', 2, map],
  ['merge_with', 3, mergeWith],
  ['update_with', 3, updateWith3],
  ['update_with', 4, updateWith4],
];

// ---- frames of maps.erl (OTP 26.2.5) ----
// The Erlang functions of maps.erl fail on a bad map (or a bad argument found by
// error_type/1) through error_with_info(Reason, Args), inlined into the function: the
// frame shows the function with its arguments at line 611 and erl_stdlib_errors.

const STDLIB_ERRORS_INFO = ErlMap.fromEntries([[Atom.of('module'), Atom.of('erl_stdlib_errors')]]);

function placeError(e: unknown, name: string, args: Term[]): unknown {
  if (!(e instanceof ErlangException) || e.frame !== undefined || e.cls !== 'error') return e;
  const r = e.reason;
  const typeError = r === atoms.badarg || (r instanceof Tuple && r.elements.length === 2 && r.elements[0] === atoms.badmap);
  if (!typeError) return e;
  return new ErlangException('error', r, undefined, { ...frame('maps.erl', name, 611, args), errorInfo: STDLIB_ERRORS_INFO });
}

function placedPlain(name: string, impl: PlainNative): PlainNative {
  return (args, ctx) => {
    try {
      return impl(args, ctx);
    } catch (e) {
      throw placeError(e, name, args);
    }
  };
}

function placedHigher(name: string, impl: HigherOrderNative): HigherOrderNative {
  return function* (args, ctx) {
    try {
      return yield* impl(args, ctx);
    } catch (e) {
      throw placeError(e, name, args);
    }
  };
}

export function register(registry: NativeRegistry): void {
  for (const [name, arity, impl] of BIFS) registry.plain('maps', name, arity, impl, true);
  for (const [name, arity, impl] of PLAIN) registry.plain('maps', name, arity, placedPlain(name, impl));
  for (const [name, arity, impl] of HIGHER) registry.higherOrder('maps', name, arity, placedHigher(name, impl));
}

export { next as mapsNext };
