// The `proplists` module (all plain Erlang functions in OTP 26's proplists.erl).
//
// A property is an atom A (short for {A, true}) or a tuple whose first element is the
// key. Keys are matched with =:=. As in OTP, a list that is improper where it is walked
// fails with function_clause, and get_value/get_bool stop at the first entry with the
// key even if it is not a 2-tuple.
//
// Registered: property/1,2, unfold/1, compact/1, lookup/2, lookup_all/2, is_defined/2,
// get_value/2,3, get_all_values/2, append_values/2, get_bool/2, get_keys/1, delete/2,
// substitute_aliases/2, substitute_negations/2, expand/2, normalize/2, split/2,
// from_map/1, to_map/1,2 — the whole module.
//
// Known difference: get_keys/1 returns the keys in first-seen order; OTP returns them
// in the internal order of a `sets` (v1) hash set.

import { Atom, atoms, bool } from '../terms/atom';
import { exactEquals } from '../terms/compare';
import { ErlMap } from '../terms/map';
import { Cons, NIL, Tuple, type Term } from '../terms/types';
import type { NativeRegistry } from './registry';
import type { PlainNative } from './types';
import { badGenerator, functionClause } from './support/errors';
import { arrayToList, listToArray, walkList } from './support/lists';
import { bodyCalls, clauseAt, frame } from './support/frames';
import type { LibraryFrame } from './exception';
import { listAppend } from './lists';
import { mapsToList } from './maps';

const noneAtom = Atom.of('none');
const aliasesAtom = Atom.of('aliases');
const expandAtom = Atom.of('expand');
const negationsAtom = Atom.of('negations');

/** The elements of a list walked by a function with a `[P | Ps]` / `[]` clause pair. */
function walkOrClause(list: Term): Term[] {
  const items = listToArray(list);
  if (items === undefined) functionClause();
  return items;
}

const FILE = 'proplists.erl';

/**
 * The elements of a list that `fn` walks with a `[P | Ps]` / `[]` clause pair whose first
 * clause is at `clauseLine`. On an improper tail it fails as OTP does: function_clause
 * showing `argsAt(Tail)`, above one frame per run of equal body calls made on the way
 * (`bodyLine(P)`: the line of the recursive call when it is a body call, else undefined).
 */
function walkProps(fn: string, clauseLine: number, list: Term, argsAt: (tail: Term) => Term[], bodyLine: (p: Term) => number | undefined): Term[] {
  const { items, tail } = walkList(list);
  if (tail !== NIL) {
    const calls: LibraryFrame[] = [];
    for (const p of items) {
      const line = bodyLine(p);
      if (line !== undefined) calls.push(frame(FILE, fn, line, argsAt(NIL).length));
    }
    clauseAt(FILE, fn, clauseLine, argsAt(tail), bodyCalls(calls));
  }
  return items;
}

/** function_clause of a tail-recursive walker at its first clause. */
function tailClause(fn: string, clauseLine: number, args: Term[]): never {
  return clauseAt(FILE, fn, clauseLine, args);
}

/** Elements of a list comprehension generator (bad_generator at a non-list tail). */
function generatorItems(list: Term): Term[] {
  const { items, tail } = walkList(list);
  if (tail !== NIL) badGenerator(tail);
  return items;
}

/** How a proplist entry relates to Key: the atom itself, a tuple keyed by it, or neither. */
function entryMatch(p: Term, key: Term): 'atom' | 'tuple' | null {
  if (p instanceof Atom) return p === key ? 'atom' : null;
  if (p instanceof Tuple && p.elements.length >= 1 && exactEquals(p.elements[0], key)) return 'tuple';
  return null;
}

function keyOf(p: Term): Term | undefined {
  if (p instanceof Atom) return p;
  if (p instanceof Tuple && p.elements.length >= 1) return p.elements[0];
  return undefined;
}

/** property/1: {Key, true} with an atom key becomes Key. */
function property1(p: Term): Term {
  if (p instanceof Tuple && p.elements.length === 2 && p.elements[1] === atoms.true && p.elements[0] instanceof Atom) {
    return p.elements[0];
  }
  return p;
}

function property2(key: Term, value: Term): Term {
  if (value === atoms.true && key instanceof Atom) return key;
  return new Tuple([key, value]);
}

const property: PlainNative = ([p]) => property1(p);
const propertyKV: PlainNative = ([k, v]) => property2(k, v);

const unfold: PlainNative = ([list]) =>
  arrayToList(
    walkProps('unfold', 96, list, (t) => [t], (p) => (p instanceof Atom ? 98 : 100)).map((p) => (p instanceof Atom ? new Tuple([p, atoms.true]) : p)),
  );

function compact(list: Term): Term {
  return arrayToList(generatorItems(list).map(property1));
}

const compactFn: PlainNative = ([list]) => compact(list);

const lookup: PlainNative = ([key, list]) => {
  let t = list;
  while (t instanceof Cons) {
    const m = entryMatch(t.head, key);
    if (m === 'atom') return new Tuple([key, atoms.true]);
    if (m === 'tuple') return t.head;
    t = t.tail;
  }
  if (t !== NIL) tailClause('lookup', 134, [key, t]);
  return noneAtom;
};

const lookupAll: PlainNative = ([key, list]) => {
  const out: Term[] = [];
  const bodyLine = (p: Term): number | undefined => ({ atom: 158, tuple: 160, none: undefined })[entryMatch(p, key) ?? 'none'];
  for (const p of walkProps('lookup_all', 156, list, (t) => [key, t], bodyLine)) {
    const m = entryMatch(p, key);
    if (m === 'atom') out.push(new Tuple([key, atoms.true]));
    else if (m === 'tuple') out.push(p);
  }
  return arrayToList(out);
};

const isDefined: PlainNative = ([key, list]) => {
  let t = list;
  while (t instanceof Cons) {
    if (entryMatch(t.head, key) !== null) return atoms.true;
    t = t.tail;
  }
  if (t !== NIL) tailClause('is_defined', 178, [key, t]);
  return atoms.false;
};

function getValue(key: Term, list: Term, dflt: Term): Term {
  let t = list;
  while (t instanceof Cons) {
    const p = t.head;
    const m = entryMatch(p, key);
    if (m === 'atom') return atoms.true;
    if (m === 'tuple') return (p as Tuple).elements.length === 2 ? (p as Tuple).elements[1] : dflt;
    t = t.tail;
  }
  // get_value/2 calls get_value/3 in tail position: the frame is get_value/3's.
  if (t !== NIL) tailClause('get_value', 216, [key, t, dflt]);
  return dflt;
}

const getValue2: PlainNative = ([key, list]) => getValue(key, list, atoms.undefined);
const getValue3: PlainNative = ([key, list, dflt]) => getValue(key, list, dflt);

const getAllValues: PlainNative = ([key, list]) => {
  const out: Term[] = [];
  const bodyLine = (p: Term): number | undefined => {
    const m = entryMatch(p, key);
    if (m === 'atom') return 246;
    return m === 'tuple' && (p as Tuple).elements.length === 2 ? 250 : undefined;
  };
  for (const p of walkProps('get_all_values', 244, list, (t) => [key, t], bodyLine)) {
    const m = entryMatch(p, key);
    if (m === 'atom') out.push(atoms.true);
    else if (m === 'tuple' && (p as Tuple).elements.length === 2) out.push((p as Tuple).elements[1]);
  }
  return arrayToList(out);
};

/** append_values: list values are spliced in with ++ (evaluated from the end). */
const appendValues: PlainNative = ([key, list]) => {
  const parts: Array<{ splice: boolean; value: Term }> = [];
  const bodyLine = (p: Term): number | undefined => {
    const m = entryMatch(p, key);
    if (m === 'atom') return 276;
    if (m !== 'tuple' || (p as Tuple).elements.length !== 2) return undefined;
    const v = (p as Tuple).elements[1];
    return v === NIL || v instanceof Cons ? 280 : 282;
  };
  for (const p of walkProps('append_values', 274, list, (t) => [key, t], bodyLine)) {
    const m = entryMatch(p, key);
    if (m === 'atom') parts.push({ splice: false, value: atoms.true });
    else if (m === 'tuple' && (p as Tuple).elements.length === 2) {
      const v = (p as Tuple).elements[1];
      parts.push({ splice: v === NIL || v instanceof Cons, value: v });
    }
  }
  let out: Term = NIL;
  for (let k = parts.length - 1; k >= 0; k--) {
    out = parts[k].splice ? listAppend(parts[k].value, out) : new Cons(parts[k].value, out);
  }
  return out;
};

const getBool: PlainNative = ([key, list]) => {
  let t = list;
  while (t instanceof Cons) {
    const p = t.head;
    const m = entryMatch(p, key);
    if (m === 'atom') return atoms.true;
    if (m === 'tuple') {
      const els = (p as Tuple).elements;
      return bool(els.length === 2 && els[1] === atoms.true);
    }
    t = t.tail;
  }
  if (t !== NIL) tailClause('get_bool', 307, [key, t]);
  return atoms.false;
};

const getKeys: PlainNative = ([list]) => {
  let seen = ErlMap.empty;
  const out: Term[] = [];
  for (const p of walkOrClause(list)) {
    const k = keyOf(p);
    if (k !== undefined && !seen.has(k)) {
      seen = seen.put(k, atoms.true);
      out.push(k);
    }
  }
  return arrayToList(out);
};

function deleteKey(key: Term, list: Term): Term {
  const items = walkProps('delete', 357, list, (t) => [key, t], (p) => (entryMatch(p, key) === null ? 363 : undefined));
  return arrayToList(items.filter((p) => entryMatch(p, key) === null));
}

const deleteFn: PlainNative = ([key, list]) => deleteKey(key, list);

function substituteAliases(aliases: Term, props: Term): Term {
  return arrayToList(
    generatorItems(props).map((p) => {
      // The alias list is walked lazily per property, so an improper alias list only
      // fails when a property gets past the valid part.
      let t = aliases;
      while (t instanceof Cons) {
        const pair = t.head;
        if (!(pair instanceof Tuple) || pair.elements.length !== 2) functionClause();
        const [key, key1] = pair.elements;
        const m = entryMatch(p, key);
        if (m === 'atom') return property2(key1, atoms.true);
        if (m === 'tuple') {
          const els = (p as Tuple).elements.slice();
          els[0] = key1;
          return property1(new Tuple(els));
        }
        t = t.tail;
      }
      if (t !== NIL) functionClause();
      return p;
    }),
  );
}

function substituteNegations(negations: Term, props: Term): Term {
  return arrayToList(
    generatorItems(props).map((p) => {
      let t = negations;
      while (t instanceof Cons) {
        const pair = t.head;
        if (!(pair instanceof Tuple) || pair.elements.length !== 2) functionClause();
        const [key, key1] = pair.elements;
        const m = entryMatch(p, key);
        if (m === 'atom') return property2(key1, atoms.false);
        if (m === 'tuple') {
          const els = (p as Tuple).elements;
          const isTrue = els.length === 2 && els[1] === atoms.true;
          return property2(key1, isTrue ? atoms.false : atoms.true);
        }
        t = t.tail;
      }
      if (t !== NIL) functionClause();
      return p;
    }),
  );
}

const substituteAliasesFn: PlainNative = ([as, props]) => substituteAliases(as, props);
const substituteNegationsFn: PlainNative = ([ns, props]) => substituteNegations(ns, props);

/** expand/2 (see proplists docs): each expansion replaces the first matching entry. */
function expand(expansions: Term, props: Term): Term {
  if (!(props === NIL || props instanceof Cons)) functionClause();
  // [{property(P), V} || {P, V} <- Es]: non-pairs are skipped by the pattern.
  const es: Array<[Term, Term]> = [];
  for (const e of generatorItems(expansions)) {
    if (e instanceof Tuple && e.elements.length === 2) es.push([property1(e.elements[0]), e.elements[1]]);
  }
  // key_uniq: drop entries whose key equals the previous entry's key.
  const uniq: Array<[Term, Term]> = [];
  for (const e of es) {
    if (uniq.length > 0 && exactEquals(uniq[uniq.length - 1][0], e[0])) continue;
    uniq.push(e);
  }
  let ps: Term[] = walkOrClause(props);
  for (const [p1, l] of uniq) ps = expandOne(p1, l, ps);
  // flatten/1 of proplists: list entries are spliced in with ++.
  let out: Term = NIL;
  for (let k = ps.length - 1; k >= 0; k--) {
    const e = ps[k];
    out = e === NIL || e instanceof Cons ? listAppend(e, out) : new Cons(e, out);
  }
  return out;
}

function expandOne(p1: Term, l: Term, ps: Term[]): Term[] {
  const key = keyOf(p1);
  if (key === undefined) return ps;
  for (let k = 0; k < ps.length; k++) {
    const p = ps[k];
    const m = entryMatch(p, key);
    if (m === null) continue;
    const found = m === 'atom' ? p : property1(p);
    if (exactEquals(p1, found)) {
      const rest = ps.slice(k + 1).filter((q) => entryMatch(q, key) === null);
      return [...ps.slice(0, k), l, ...rest];
    }
    return [...ps.slice(0, k), found, ...ps.slice(k + 1)];
  }
  return ps;
}

const expandFn: PlainNative = ([es, ps]) => expand(es, ps);

function applyStages(list: Term, stages: Term): Term {
  let l = list;
  let t = stages;
  while (t instanceof Cons) {
    const stage = t.head;
    if (!(stage instanceof Tuple) || stage.elements.length !== 2) functionClause();
    const [kind, arg] = stage.elements;
    if (kind === aliasesAtom) l = substituteAliases(arg, l);
    else if (kind === expandAtom) l = expand(arg, l);
    else if (kind === negationsAtom) l = substituteNegations(arg, l);
    else functionClause();
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return l;
}

const normalize: PlainNative = ([list, stages]) => compact(applyStages(list, stages));

const split: PlainNative = ([list, keys]) => {
  const keyList = generatorItems(keys);
  let store = ErlMap.empty;
  for (const k of keyList) store = store.put(k, NIL);
  const rest: Term[] = [];
  for (const p of walkOrClause(list)) {
    const k = keyOf(p);
    const group = k === undefined ? undefined : store.get(k);
    if (k !== undefined && group !== undefined) store = store.put(k, new Cons(p, group));
    else rest.push(p);
  }
  const groups = keyList.map((k) => reverseList(store.get(k) as Term));
  return new Tuple([arrayToList(groups), arrayToList(rest)]);
};

function reverseList(list: Term): Term {
  let out: Term = NIL;
  let t = list;
  while (t instanceof Cons) {
    out = new Cons(t.head, out);
    t = t.tail;
  }
  return out;
}

/** to_map/1 is a foldr: later entries are applied first, so the earliest entry wins. */
function toMap(list: Term): Term {
  const items = walkOrClause(list);
  let m = ErlMap.empty;
  for (let k = items.length - 1; k >= 0; k--) {
    const p = items[k];
    if (p instanceof Tuple && p.elements.length === 2) m = m.put(p.elements[0], p.elements[1]);
    else if (p instanceof Tuple && p.elements.length >= 1) m = m.remove(p.elements[0]);
    else if (p instanceof Atom) m = m.put(p, atoms.true);
  }
  return m;
}

const toMap1: PlainNative = ([list]) => toMap(list);
const toMap2: PlainNative = ([list, stages]) => toMap(applyStages(list, stages));

/** from_map/1 is maps:to_list/1 (a non-map is {badmap, M}, an iterator is accepted). */
const fromMap: PlainNative = ([m]) => mapsToList(m);

type Entry = [name: string, arity: number, impl: PlainNative];

const PLAIN: Entry[] = [
  ['property', 1, property],
  ['property', 2, propertyKV],
  ['unfold', 1, unfold],
  ['compact', 1, compactFn],
  ['lookup', 2, lookup],
  ['lookup_all', 2, lookupAll],
  ['is_defined', 2, isDefined],
  ['get_value', 2, getValue2],
  ['get_value', 3, getValue3],
  ['get_all_values', 2, getAllValues],
  ['append_values', 2, appendValues],
  ['get_bool', 2, getBool],
  ['get_keys', 1, getKeys],
  ['delete', 2, deleteFn],
  ['substitute_aliases', 2, substituteAliasesFn],
  ['substitute_negations', 2, substituteNegationsFn],
  ['expand', 2, expandFn],
  ['normalize', 2, normalize],
  ['split', 2, split],
  ['from_map', 1, fromMap],
  ['to_map', 1, toMap1],
  ['to_map', 2, toMap2],
];

export function register(registry: NativeRegistry): void {
  for (const [name, arity, impl] of PLAIN) registry.plain('proplists', name, arity, impl);
}
