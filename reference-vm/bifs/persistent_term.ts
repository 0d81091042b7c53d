// The `persistent_term` BIFs of OTP 26: a VM-wide key-value store with exact (=:=) keys.
// put/2, get/0,1,2, erase/1 and info/0. Terms are immutable here, so nothing is copied.
// Differences: get/0 lists the entries in map key order (OTP uses its hash table's order),
// and info/0's `memory` is an estimate (8 words per entry).

import { Atom, atoms } from '../terms/atom';
import { ErlMap } from '../terms/map';
import { Tuple } from '../terms/types';
import { badarg } from './exception';
import type { NativeRegistry } from './registry';
import type { NativeContext, PlainNative } from './types';
import { arrayToList } from './support/lists';

/** One store per VM, keyed by the runtime object natives see as ctx.vm. */
const stores = new WeakMap<object, { terms: ErlMap }>();

function storeOf(ctx: NativeContext): { terms: ErlMap } {
  const vm = ctx.vm as object;
  let s = stores.get(vm);
  if (s === undefined) {
    s = { terms: ErlMap.empty };
    stores.set(vm, s);
  }
  return s;
}

const put: PlainNative = ([key, value], ctx) => {
  const store = storeOf(ctx);
  store.terms = store.terms.put(key, value);
  return atoms.ok;
};

const get1: PlainNative = ([key], ctx) => {
  const v = storeOf(ctx).terms.get(key);
  return v === undefined ? badarg() : v;
};

const get2: PlainNative = ([key, dflt], ctx) => storeOf(ctx).terms.get(key) ?? dflt;

const get0: PlainNative = (_args, ctx) =>
  arrayToList(storeOf(ctx).terms.entries().map(([k, v]) => new Tuple([k, v])));

const erase: PlainNative = ([key], ctx) => {
  const store = storeOf(ctx);
  if (!store.terms.has(key)) return atoms.false;
  store.terms = store.terms.remove(key);
  return atoms.true;
};

const COUNT = Atom.of('count');
const MEMORY = Atom.of('memory');

const info: PlainNative = (_args, ctx) => {
  const n = storeOf(ctx).terms.size;
  return ErlMap.fromEntries([
    [COUNT, n],
    [MEMORY, n * 8],
  ]);
};

const T: ReadonlyArray<[string, number, PlainNative]> = [
  ['put', 2, put],
  ['get', 1, get1],
  ['get', 2, get2],
  ['get', 0, get0],
  ['erase', 1, erase],
  ['info', 0, info],
];

export function register(reg: NativeRegistry): void {
  for (const [name, arity, impl] of T) reg.plain('persistent_term', name, arity, impl, true);
}

/** Entries of a VM's store (for tests and diagnostics). */
export function persistentTerms(vm: object): ErlMap {
  return stores.get(vm)?.terms ?? ErlMap.empty;
}
