// The `ets` module of OTP 26: tables of tuples owned by processes (storage in ../ets/).
//
// Tables are per VM. A table is identified by a reference (ets:new/2 returns it, or the name
// for a named_table; both work as the table argument where the table is named). Access follows
// the table's protection (private: owner only; protected: others may read). When the owner
// exits the table goes to its heir with an 'ETS-TRANSFER' message, or is deleted (the
// runtime's exit hook). Failures are badarg, as in OTP.
//
// select/3, match/3, match_object/3, select_reverse/3 return chunks with continuations for
// select/1 (and match/1, match_object/1, select_reverse/1), walked as OTP walks the
// table (see ../ets/select-chunk.ts). Not provided: select_replace, slot, safe_fixtable,
// file and qlc functions, the table of all tables in OTP's order (all/0 lists creation order).
// foldl/foldr visit the keys present when the fold starts (OTP follows the table as the fun
// changes it, under safe_fixtable).

import { Atom, atoms, bool } from '../terms/atom';
import { Cons, NIL, Pid, Reference, Tuple, type Term } from '../terms/types';
import type { Process } from '../process/process';
import { deliverMessage, refKey } from '../process/signals';
import type { Runtime } from '../runtime/runtime';
import { BadMatchSpec, compileMatchSpec, matchSpecForMatch, matchSpecForMatchObject, runMatchSpec, type MsClause } from '../ets/match';
import { EtsTable, HashStorage, OrderedStorage, type Protection, type TableType } from '../ets/table';
import { hashFirstChunk, hashNextChunk, keyBoundness, orderedChunk, type Chunk, type RunOne } from '../ets/select-chunk';
import { badarg } from './exception';
import type { NativeRegistry } from './registry';
import type { HigherOrderNative, NativeContext, PlainNative } from './types';
import { callFun } from './support/call';
import { arrayToList, listToArray } from './support/lists';
import { add } from './support/numbers';

const A = {
  set: Atom.of('set'),
  ordered_set: Atom.of('ordered_set'),
  bag: Atom.of('bag'),
  duplicate_bag: Atom.of('duplicate_bag'),
  public: Atom.of('public'),
  protected: Atom.of('protected'),
  private: Atom.of('private'),
  named_table: Atom.of('named_table'),
  keypos: Atom.of('keypos'),
  heir: Atom.of('heir'),
  none: Atom.of('none'),
  write_concurrency: Atom.of('write_concurrency'),
  read_concurrency: Atom.of('read_concurrency'),
  decentralized_counters: Atom.of('decentralized_counters'),
  compressed: Atom.of('compressed'),
  auto: Atom.of('auto'),
  end_of_table: Atom.of('$end_of_table'),
  ets_transfer: Atom.of('ETS-TRANSFER'),
  id: Atom.of('id'),
  memory: Atom.of('memory'),
  owner: Atom.of('owner'),
  name: Atom.of('name'),
  size: Atom.of('size'),
  node: Atom.of('node'),
  type: Atom.of('type'),
  protection: Atom.of('protection'),
  fixed: Atom.of('fixed'),
  safe_fixed: Atom.of('safe_fixed'),
  safe_fixed_monotonic_time: Atom.of('safe_fixed_monotonic_time'),
  stats: Atom.of('stats'),
  nonode: Atom.of('nonode@nohost'),
};

// ---------------------------------------------------------------------------
// The per-VM table registry

interface Registry {
  byRef: Map<string, EtsTable>;
  byName: Map<Atom, EtsTable>;
}

const registries = new WeakMap<object, Registry>();

function runtimeOf(ctx: NativeContext): Runtime {
  return ctx.vm as Runtime;
}

function registryOf(ctx: NativeContext): Registry {
  const rt = runtimeOf(ctx);
  let reg = registries.get(rt);
  if (reg === undefined) {
    const created: Registry = { byRef: new Map(), byName: new Map() };
    reg = created;
    registries.set(rt, reg);
    rt.exitHooks?.push((p) => ownerExited(rt, created, p));
  }
  return reg;
}

function removeTable(reg: Registry, t: EtsTable): void {
  reg.byRef.delete(refKey(t.tid));
  if (t.named && reg.byName.get(t.name) === t) reg.byName.delete(t.name);
}

/** The identifier ets:new/2 returned for the table. */
function tableId(t: EtsTable): Term {
  return t.named ? t.name : t.tid;
}

/** An owner's exit: each of its tables goes to its heir, or is deleted. */
function ownerExited(rt: Runtime, reg: Registry, p: Process): void {
  for (const t of [...reg.byRef.values()]) {
    if (t.owner.id !== p.pid.id) continue;
    const heir = t.heir === null ? undefined : rt.processes.get(t.heir.pid.id);
    if (t.heir !== null && heir !== undefined && heir.alive && heir !== p) {
      t.owner = heir.pid;
      deliverMessage(rt, heir, new Tuple([A.ets_transfer, tableId(t), p.pid, t.heir.data]));
      continue;
    }
    removeTable(reg, t);
  }
}

type Access = 'read' | 'write' | 'none';

/** The table a BIF argument names, checked for access; badarg otherwise. */
function tableFor(ctx: NativeContext, tab: Term, access: Access): EtsTable {
  const reg = registryOf(ctx);
  let t: EtsTable | undefined;
  if (tab instanceof Atom) t = reg.byName.get(tab);
  else if (tab instanceof Reference) t = reg.byRef.get(refKey(tab));
  if (t === undefined) badarg();
  if (access !== 'none' && t.owner.id !== (ctx.self as Pid).id) {
    if (t.protection === 'private') badarg();
    if (access === 'write' && t.protection === 'protected') badarg();
  }
  return t;
}

function lookupTable(ctx: NativeContext, tab: Term): EtsTable | undefined {
  const reg = registryOf(ctx);
  if (tab instanceof Atom) return reg.byName.get(tab);
  if (tab instanceof Reference) return reg.byRef.get(refKey(tab));
  return undefined;
}

// ---------------------------------------------------------------------------
// ets:new/2

const TYPES = new Map<Term, TableType>([
  [A.set, 'set'],
  [A.ordered_set, 'ordered_set'],
  [A.bag, 'bag'],
  [A.duplicate_bag, 'duplicate_bag'],
]);
const PROTECTIONS = new Map<Term, Protection>([
  [A.public, 'public'],
  [A.protected, 'protected'],
  [A.private, 'private'],
]);

function isBoolean(t: Term): boolean {
  return t === atoms.true || t === atoms.false;
}

const etsNew: PlainNative = ([name, options], ctx) => {
  if (!(name instanceof Atom)) badarg();
  const opts = listToArray(options);
  if (opts === undefined) badarg();
  let type: TableType = 'set';
  let protection: Protection = 'protected';
  let named = false;
  let keypos = 1;
  let heir: { pid: Pid; data: Term } | null = null;
  let writeConcurrency: Term = atoms.false;
  let readConcurrency = false;
  let compressed = false;
  let decentralized: boolean | undefined;
  for (const o of opts) {
    const ty = TYPES.get(o);
    const pr = PROTECTIONS.get(o);
    if (ty !== undefined) type = ty;
    else if (pr !== undefined) protection = pr;
    else if (o === A.named_table) named = true;
    else if (o === A.compressed) compressed = true;
    else if (o instanceof Tuple && o.elements.length === 2 && o.elements[0] === A.keypos) {
      const k = o.elements[1];
      if (typeof k !== 'number' || !Number.isInteger(k) || k < 1) badarg();
      keypos = k;
    } else if (o instanceof Tuple && o.elements.length === 2 && o.elements[0] === A.heir && o.elements[1] === A.none) {
      heir = null;
    } else if (o instanceof Tuple && o.elements.length === 3 && o.elements[0] === A.heir) {
      if (!(o.elements[1] instanceof Pid)) badarg();
      heir = { pid: o.elements[1], data: o.elements[2] };
    } else if (o instanceof Tuple && o.elements.length === 2 && o.elements[0] === A.write_concurrency) {
      const v = o.elements[1];
      if (!isBoolean(v) && v !== A.auto) badarg();
      writeConcurrency = v;
    } else if (o instanceof Tuple && o.elements.length === 2 && o.elements[0] === A.read_concurrency) {
      if (!isBoolean(o.elements[1])) badarg();
      readConcurrency = o.elements[1] === atoms.true;
    } else if (o instanceof Tuple && o.elements.length === 2 && o.elements[0] === A.decentralized_counters) {
      if (!isBoolean(o.elements[1])) badarg();
      decentralized = o.elements[1] === atoms.true;
    } else {
      badarg();
    }
  }
  const reg = registryOf(ctx);
  if (named && reg.byName.has(name)) badarg();
  const rt = runtimeOf(ctx);
  const t = new EtsTable(rt.makeRef(), name, named, type, protection, keypos, ctx.self as Pid, writeConcurrency);
  t.heir = heir;
  // A private table is never shared, so OTP drops the concurrency options.
  if (protection === 'private') {
    readConcurrency = false;
    t.writeConcurrency = atoms.false;
  }
  t.readConcurrency = readConcurrency;
  t.compressed = compressed;
  // decentralized_counters defaults to true for ordered_set with write_concurrency.
  t.decentralizedCounters = decentralized ?? (type === 'ordered_set' && writeConcurrency !== atoms.false);
  reg.byRef.set(refKey(t.tid), t);
  if (named) reg.byName.set(name, t);
  return tableId(t);
};

// ---------------------------------------------------------------------------
// Objects

/** A single object or a proper list of objects, each a tuple holding the key position. */
function objectsOf(t: EtsTable, arg: Term): Tuple[] {
  const items = arg instanceof Tuple ? [arg] : listToArray(arg);
  if (items === undefined) badarg();
  for (const o of items) if (!(o instanceof Tuple) || o.elements.length < t.keypos) badarg();
  return items as Tuple[];
}

const insert: PlainNative = ([tab, objs], ctx) => {
  const t = tableFor(ctx, tab, 'write');
  for (const o of objectsOf(t, objs)) t.storage.insert(o, t.keyOf(o));
  return atoms.true;
};

const insertNew: PlainNative = ([tab, objs], ctx) => {
  const t = tableFor(ctx, tab, 'write');
  const items = objectsOf(t, objs);
  for (const o of items) if (t.storage.hasKey(t.keyOf(o))) return atoms.false;
  for (const o of items) t.storage.insert(o, t.keyOf(o));
  return atoms.true;
};

const lookup: PlainNative = ([tab, key], ctx) => arrayToList(tableFor(ctx, tab, 'read').storage.lookup(key));

function elementAt(obj: Tuple, pos: number): Term {
  if (pos > obj.elements.length) badarg();
  return obj.elements[pos - 1];
}

function lookupElement(ctx: NativeContext, tab: Term, key: Term, pos: Term, dflt?: Term): Term {
  const t = tableFor(ctx, tab, 'read');
  if (typeof pos !== 'number' || !Number.isInteger(pos) || pos < 1) badarg();
  const objs = t.storage.lookup(key);
  if (objs.length === 0) return dflt === undefined ? badarg() : dflt;
  if (t.type === 'set' || t.type === 'ordered_set') return elementAt(objs[0], pos);
  return arrayToList(objs.map((o) => elementAt(o, pos)));
}

const member: PlainNative = ([tab, key], ctx) => bool(tableFor(ctx, tab, 'read').storage.hasKey(key));

const delete1: PlainNative = ([tab], ctx) => {
  const t = tableFor(ctx, tab, 'write');
  removeTable(registryOf(ctx), t);
  return atoms.true;
};

const delete2: PlainNative = ([tab, key], ctx) => {
  tableFor(ctx, tab, 'write').storage.deleteKey(key);
  return atoms.true;
};

const deleteObject: PlainNative = ([tab, obj], ctx) => {
  const t = tableFor(ctx, tab, 'write');
  if (!(obj instanceof Tuple) || obj.elements.length < t.keypos) badarg();
  t.storage.deleteObject(obj, t.keyOf(obj));
  return atoms.true;
};

const deleteAllObjects: PlainNative = ([tab], ctx) => {
  tableFor(ctx, tab, 'write').storage.clear();
  return atoms.true;
};

const take: PlainNative = ([tab, key], ctx) => arrayToList(tableFor(ctx, tab, 'write').storage.deleteKey(key));

// ---------------------------------------------------------------------------
// Traversal

function orEnd(k: Term | undefined | 'badkey'): Term {
  if (k === 'badkey') badarg();
  return k === undefined ? A.end_of_table : k;
}

const first: PlainNative = ([tab], ctx) => orEnd(tableFor(ctx, tab, 'read').storage.firstKey());
const next: PlainNative = ([tab, key], ctx) => orEnd(tableFor(ctx, tab, 'read').storage.nextKey(key));
const last: PlainNative = ([tab], ctx) => orEnd(tableFor(ctx, tab, 'read').storage.lastKey());
const prev: PlainNative = ([tab, key], ctx) => orEnd(tableFor(ctx, tab, 'read').storage.prevKey(key));

/** Keys in first/next (or last/prev) order. */
function keysInOrder(t: EtsTable, reverse: boolean): Term[] {
  const keys: Term[] = [];
  let k = reverse ? t.storage.lastKey() : t.storage.firstKey();
  while (k !== undefined) {
    keys.push(k);
    const n = reverse ? t.storage.prevKey(k) : t.storage.nextKey(k);
    k = n === 'badkey' ? undefined : n;
  }
  return keys;
}

function fold(reverse: boolean): HigherOrderNative {
  return function* ([fun, acc0, tab], ctx) {
    const t = tableFor(ctx, tab, 'read');
    let acc = acc0;
    for (const k of keysInOrder(t, reverse)) {
      // The fun may delete the table or its objects; what remains is what it sees.
      const live = lookupTable(ctx, tab);
      if (live === undefined) badarg();
      for (const o of live.storage.lookup(k)) acc = yield* callFun(fun, [o, acc]);
    }
    return acc;
  };
}

// ---------------------------------------------------------------------------
// Matching

function guardBifs(ctx: NativeContext): { call: (name: string, args: Term[]) => Term; exists: (name: string, arity: number) => boolean } {
  const natives = runtimeOf(ctx).natives;
  return {
    call: (name, args) => {
      const nat = natives.lookup('erlang', name, args.length);
      if (nat === undefined || nat.kind !== 'plain') badarg();
      return (nat.impl as PlainNative)(args, ctx);
    },
    exists: (name, arity) => {
      const nat = natives.lookup('erlang', name, arity);
      return nat !== undefined && nat.kind === 'plain' && nat.bif;
    },
  };
}

function compiled(ctx: NativeContext, ms: Term): MsClause[] {
  try {
    return compileMatchSpec(ms, guardBifs(ctx).exists);
  } catch (e) {
    if (e instanceof BadMatchSpec) badarg();
    throw e;
  }
}

/** Each object in select order with its match spec result (objects that match). */
function matching(ctx: NativeContext, t: EtsTable, clauses: MsClause[], reverse = false): Array<[Tuple, Term]> {
  const bif = guardBifs(ctx).call;
  const objs = t.storage.selectOrder();
  if (reverse) objs.reverse();
  const out: Array<[Tuple, Term]> = [];
  for (const o of objs) {
    const r = runMatchSpec(clauses, o, bif, ctx.self);
    if (r !== undefined) out.push([o, r]);
  }
  return out;
}

const select: PlainNative = ([tab, ms], ctx) => {
  const t = tableFor(ctx, tab, 'read');
  return arrayToList(matching(ctx, t, compiled(ctx, ms)).map(([, r]) => r));
};

const selectReverse: PlainNative = ([tab, ms], ctx) => {
  const t = tableFor(ctx, tab, 'read');
  return arrayToList(matching(ctx, t, compiled(ctx, ms), t.type === 'ordered_set').map(([, r]) => r));
};

const selectCount: PlainNative = ([tab, ms], ctx) => {
  const t = tableFor(ctx, tab, 'read');
  return matching(ctx, t, compiled(ctx, ms)).filter(([, r]) => r === atoms.true).length;
};

const selectDelete: PlainNative = ([tab, ms], ctx) => {
  const t = tableFor(ctx, tab, 'write');
  const hits = matching(ctx, t, compiled(ctx, ms)).filter(([, r]) => r === atoms.true);
  for (const [o] of hits) t.storage.deleteObject(o, t.keyOf(o));
  return hits.length;
};

const match: PlainNative = ([tab, pattern], ctx) => {
  const t = tableFor(ctx, tab, 'read');
  return arrayToList(matching(ctx, t, matchSpecForMatch(pattern)).map(([, r]) => r));
};

const matchObject: PlainNative = ([tab, pattern], ctx) => {
  const t = tableFor(ctx, tab, 'read');
  return arrayToList(matching(ctx, t, matchSpecForMatchObject(pattern)).map(([o]) => o));
};

const matchDelete: PlainNative = ([tab, pattern], ctx) => {
  const t = tableFor(ctx, tab, 'write');
  for (const [o] of matching(ctx, t, matchSpecForMatchObject(pattern))) t.storage.deleteObject(o, t.keyOf(o));
  return atoms.true;
};

// ---------------------------------------------------------------------------
// Chunks: select/3, match/3, match_object/3, select_reverse/3 and continuations

/** The compiled match spec behind each continuation's match program reference. */
const matchPrograms = new WeakMap<Reference, MsClause[]>();

/** Limit: a positive small integer. */
function chunkLimit(limit: Term): number {
  if (typeof limit !== 'number' || limit <= 0) badarg();
  return limit;
}

function runOne(ctx: NativeContext, clauses: MsClause[]): RunOne {
  const bif = guardBifs(ctx).call;
  return (obj) => runMatchSpec(clauses, obj, bif, ctx.self);
}

/** The {Results, Continuation} | '$end_of_table' term of a chunk (continuations as OTP shapes them). */
function chunkTerm(chunk: Chunk, t: EtsTable, limit: number, mp: Reference, reverse: boolean): Term {
  switch (chunk.kind) {
    case 'eot':
      return A.end_of_table;
    case 'last':
      return new Tuple([arrayToList(chunk.items), A.end_of_table]);
    case 'more':
      return new Tuple([
        arrayToList(chunk.items),
        new Tuple([t.tid, chunk.next, limit, mp, arrayToList(chunk.rest), chunk.rest.length]),
      ]);
    case 'more-ordered':
      return new Tuple([arrayToList(chunk.items), new Tuple([t.tid, chunk.lastKey, NIL, limit, mp, NIL, reverse ? 1 : 0, 0])]);
  }
}

/** select/3 and friends: the first chunk of `clauses` over the table. */
function firstChunk(ctx: NativeContext, tab: Term, clauses: MsClause[], limitTerm: Term, reverse: boolean): Term {
  const t = tableFor(ctx, tab, 'read');
  const limit = chunkLimit(limitTerm);
  const mp = runtimeOf(ctx).makeRef();
  matchPrograms.set(mp, clauses);
  const bound = keyBoundness(
    clauses.map((c) => c.head),
    t.keypos,
  );
  const run = runOne(ctx, clauses);
  const chunk =
    t.storage instanceof HashStorage
      ? hashFirstChunk(t.storage.bucketChains(), bound, (k) => (t.storage as HashStorage).bucketOf(k), limit, run)
      : orderedChunk(t.storage.selectOrder(), (o) => t.keyOf(o), bound, undefined, reverse, limit, run);
  return chunkTerm(chunk, t, limit, mp, reverse);
}

/** select/1 (match/1, match_object/1, select_reverse/1): the next chunk of a continuation. */
const continueChunk: PlainNative = ([cont], ctx) => {
  if (cont === A.end_of_table) return A.end_of_table;
  if (!(cont instanceof Tuple)) return badarg();
  const els = cont.elements;
  const t = lookupTable(ctx, els[0]);
  if (t === undefined) return badarg();
  if (t.storage instanceof HashStorage && els.length === 6) {
    const [, slot, limit, mp, rest, restSize] = els;
    const clauses = mp instanceof Reference ? matchPrograms.get(mp) : undefined;
    const restItems = listToArray(rest);
    if (typeof slot !== 'number' || typeof limit !== 'number' || limit < 0 || clauses === undefined) return badarg();
    if (restItems === undefined || typeof restSize !== 'number' || restSize < 0) return badarg();
    tableFor(ctx, els[0], 'read');
    const chunk = hashNextChunk(t.storage.bucketChains(), slot, restItems, limit, runOne(ctx, clauses));
    return chunk === undefined ? badarg() : chunkTerm(chunk, t, limit, mp as Reference, false);
  }
  if (t.storage instanceof OrderedStorage && els.length === 8) {
    const [, lastKey, , limit, mp, , reverse] = els;
    const clauses = mp instanceof Reference ? matchPrograms.get(mp) : undefined;
    if (typeof limit !== 'number' || limit <= 0 || clauses === undefined || (reverse !== 0 && reverse !== 1)) return badarg();
    tableFor(ctx, els[0], 'read');
    const rev = reverse === 1;
    const chunk = orderedChunk(t.storage.selectOrder(), (o) => t.keyOf(o), { kind: 'unbound' }, { key: lastKey }, rev, limit, runOne(ctx, clauses));
    return chunkTerm(chunk, t, limit, mp as Reference, rev);
  }
  return badarg();
};

const select3: PlainNative = ([tab, ms, limit], ctx) => firstChunk(ctx, tab, compiled(ctx, ms), limit, false);
const selectReverse3: PlainNative = ([tab, ms, limit], ctx) => firstChunk(ctx, tab, compiled(ctx, ms), limit, true);
const match3: PlainNative = ([tab, pattern, limit], ctx) => firstChunk(ctx, tab, matchSpecForMatch(pattern), limit, false);
const matchObject3: PlainNative = ([tab, pattern, limit], ctx) => firstChunk(ctx, tab, matchSpecForMatchObject(pattern), limit, false);

const tab2list: PlainNative = ([tab], ctx) => arrayToList(tableFor(ctx, tab, 'read').storage.selectOrder());

// ---------------------------------------------------------------------------
// Updates in place

function isInt(t: Term): t is number | bigint {
  return typeof t === 'number' || typeof t === 'bigint';
}

/** One {Pos, Incr} or {Pos, Incr, Threshold, SetValue} applied to a tuple's elements. */
function applyCounterOp(t: EtsTable, els: Term[], op: Term): Term {
  let pos: Term;
  let incr: Term;
  let threshold: Term | undefined;
  let setValue: Term | undefined;
  if (isInt(op)) {
    pos = t.keypos + 1;
    incr = op;
  } else if (op instanceof Tuple && op.elements.length === 2) {
    [pos, incr] = op.elements;
  } else if (op instanceof Tuple && op.elements.length === 4) {
    [pos, incr, threshold, setValue] = op.elements;
    if (!isInt(threshold) || !isInt(setValue)) badarg();
  } else {
    return badarg();
  }
  if (typeof pos !== 'number' || !Number.isInteger(pos) || pos < 1 || pos > els.length || pos === t.keypos) badarg();
  if (!isInt(incr)) badarg();
  const current = els[pos - 1];
  if (!isInt(current)) badarg();
  let value = add(current, incr) as number | bigint;
  if (threshold !== undefined && setValue !== undefined) {
    const up = BigInt(incr) >= 0n;
    const limit = BigInt(threshold as number | bigint);
    if ((up && BigInt(value) > limit) || (!up && BigInt(value) < limit)) value = setValue as number | bigint;
  }
  els[pos - 1] = value;
  return value;
}

function updateCounter(ctx: NativeContext, tab: Term, key: Term, ops: Term, dflt?: Term): Term {
  const t = tableFor(ctx, tab, 'write');
  if (t.type !== 'set' && t.type !== 'ordered_set') badarg();
  const opList = ops instanceof Cons || ops === NIL ? listToArray(ops) : undefined;
  if ((ops instanceof Cons || ops === NIL) && opList === undefined) badarg();
  let obj = t.storage.lookup(key)[0];
  if (obj === undefined) {
    if (dflt === undefined || !(dflt instanceof Tuple) || dflt.elements.length < t.keypos) return badarg();
    const els = dflt.elements.slice();
    els[t.keypos - 1] = key;
    obj = new Tuple(els);
  }
  const els = obj.elements.slice();
  const results = (opList ?? [ops]).map((op) => applyCounterOp(t, els, op));
  const updated = new Tuple(els);
  t.storage.insert(updated, t.keyOf(updated));
  return opList === undefined ? results[0] : arrayToList(results);
}

const updateElement: PlainNative = ([tab, key, spec], ctx) => {
  const t = tableFor(ctx, tab, 'write');
  if (t.type !== 'set' && t.type !== 'ordered_set') badarg();
  const pairs = spec instanceof Tuple ? [spec] : listToArray(spec);
  if (pairs === undefined) badarg();
  const obj = t.storage.lookup(key)[0];
  const els = obj === undefined ? undefined : obj.elements.slice();
  for (const p of pairs) {
    if (!(p instanceof Tuple) || p.elements.length !== 2) badarg();
    const pos = p.elements[0];
    if (typeof pos !== 'number' || !Number.isInteger(pos) || pos < 1 || pos === t.keypos) badarg();
    if (els !== undefined) {
      if (pos > els.length) badarg();
      els[pos - 1] = p.elements[1];
    }
  }
  if (els === undefined || obj === undefined) return atoms.false;
  t.storage.insert(new Tuple(els), obj.elements[t.keypos - 1]);
  return atoms.true;
};

// ---------------------------------------------------------------------------
// Table information and ownership

/** A rough memory figure in words (OTP's depends on its allocators). */
function memoryWords(t: EtsTable): number {
  const base = t.type === 'ordered_set' ? 117 : 305;
  return base + t.storage.traversal().reduce((n, o) => n + 4 + o.elements.length, 0);
}

function infoItem(t: EtsTable, item: Term): Term | undefined {
  switch (item) {
    case A.id:
      return t.tid;
    case A.decentralized_counters:
      return bool(t.decentralizedCounters);
    case A.read_concurrency:
      return bool(t.readConcurrency);
    case A.write_concurrency:
      return t.writeConcurrency;
    case A.compressed:
      return bool(t.compressed);
    case A.memory:
      return memoryWords(t);
    case A.owner:
      return t.owner;
    case A.heir:
      return t.heir === null ? A.none : t.heir.pid;
    case A.name:
      return t.name;
    case A.size:
      return t.storage.size;
    case A.node:
      return A.nonode;
    case A.named_table:
      return bool(t.named);
    case A.type:
      return Atom.of(t.type);
    case A.keypos:
      return t.keypos;
    case A.protection:
      return Atom.of(t.protection);
    case A.fixed:
      return atoms.false;
    case A.safe_fixed:
    case A.safe_fixed_monotonic_time:
      return atoms.false;
    default:
      return undefined;
  }
}

const INFO_ORDER = [
  A.id,
  A.decentralized_counters,
  A.read_concurrency,
  A.write_concurrency,
  A.compressed,
  A.memory,
  A.owner,
  A.heir,
  A.name,
  A.size,
  A.node,
  A.named_table,
  A.type,
  A.keypos,
  A.protection,
];

const info1: PlainNative = ([tab], ctx) => {
  if (!(tab instanceof Atom) && !(tab instanceof Reference)) badarg();
  const t = lookupTable(ctx, tab);
  if (t === undefined) return atoms.undefined;
  return arrayToList(INFO_ORDER.map((k) => new Tuple([k, infoItem(t, k) as Term])));
};

const info2: PlainNative = ([tab, item], ctx) => {
  if (!(tab instanceof Atom) && !(tab instanceof Reference)) badarg();
  const t = lookupTable(ctx, tab);
  if (t === undefined) return atoms.undefined;
  const v = infoItem(t, item);
  if (v === undefined) badarg();
  return v;
};

const whereis: PlainNative = ([name], ctx) => {
  if (!(name instanceof Atom)) badarg();
  const t = registryOf(ctx).byName.get(name);
  return t === undefined ? atoms.undefined : t.tid;
};

/** rename/2: a named table moves to the new name; an unnamed one only changes its name item. */
const rename: PlainNative = ([tab, name], ctx) => {
  const t = tableFor(ctx, tab, 'write');
  if (!(name instanceof Atom)) badarg();
  if (!t.named) {
    t.name = name;
    return t.tid;
  }
  const reg = registryOf(ctx);
  const other = reg.byName.get(name);
  if (other !== undefined && other !== t) badarg();
  reg.byName.delete(t.name);
  t.name = name;
  reg.byName.set(name, t);
  return name;
};

const all: PlainNative = (_args, ctx) => arrayToList([...registryOf(ctx).byRef.values()].map(tableId));

const giveAway: PlainNative = ([tab, pid, gift], ctx) => {
  const t = tableFor(ctx, tab, 'none');
  const self = ctx.self as Pid;
  if (t.owner.id !== self.id || !(pid instanceof Pid) || pid.id === self.id) badarg();
  const rt = runtimeOf(ctx);
  const target = rt.processes.get(pid.id);
  if (target === undefined || !target.alive) badarg();
  t.owner = pid;
  deliverMessage(rt, target, new Tuple([A.ets_transfer, tableId(t), self, gift]));
  return atoms.true;
};

const setopts: PlainNative = ([tab, opts], ctx) => {
  const t = tableFor(ctx, tab, 'none');
  if (t.owner.id !== (ctx.self as Pid).id) badarg();
  const list = opts instanceof Tuple ? [opts] : listToArray(opts);
  if (list === undefined) badarg();
  for (const o of list) {
    if (o instanceof Tuple && o.elements.length === 2 && o.elements[0] === A.heir && o.elements[1] === A.none) t.heir = null;
    else if (o instanceof Tuple && o.elements.length === 3 && o.elements[0] === A.heir && o.elements[1] instanceof Pid) {
      t.heir = { pid: o.elements[1], data: o.elements[2] };
    } else badarg();
  }
  return atoms.true;
};

// ---------------------------------------------------------------------------

const BIFS: ReadonlyArray<[string, number, PlainNative]> = [
  ['new', 2, etsNew],
  ['insert', 2, insert],
  ['insert_new', 2, insertNew],
  ['lookup', 2, lookup],
  ['lookup_element', 3, ([tab, key, pos], ctx) => lookupElement(ctx, tab, key, pos)],
  ['lookup_element', 4, ([tab, key, pos, dflt], ctx) => lookupElement(ctx, tab, key, pos, dflt)],
  ['member', 2, member],
  ['delete', 1, delete1],
  ['delete', 2, delete2],
  ['delete_object', 2, deleteObject],
  ['delete_all_objects', 1, deleteAllObjects],
  ['take', 2, take],
  ['first', 1, first],
  ['next', 2, next],
  ['last', 1, last],
  ['prev', 2, prev],
  ['select', 2, select],
  ['select_reverse', 2, selectReverse],
  ['select_count', 2, selectCount],
  ['select_delete', 2, selectDelete],
  ['match', 2, match],
  ['match_object', 2, matchObject],
  ['select', 3, select3],
  ['select_reverse', 3, selectReverse3],
  ['match', 3, match3],
  ['match_object', 3, matchObject3],
  ['select', 1, continueChunk],
  ['select_reverse', 1, continueChunk],
  ['match', 1, continueChunk],
  ['match_object', 1, continueChunk],
  ['update_counter', 3, ([tab, key, ops], ctx) => updateCounter(ctx, tab, key, ops)],
  ['update_counter', 4, ([tab, key, ops, dflt], ctx) => updateCounter(ctx, tab, key, ops, dflt)],
  ['update_element', 3, updateElement],
  ['info', 1, info1],
  ['info', 2, info2],
  ['whereis', 1, whereis],
  ['rename', 2, rename],
  ['all', 0, all],
  ['give_away', 3, giveAway],
  ['setopts', 2, setopts],
];

export function register(reg: NativeRegistry): void {
  for (const [name, arity, impl] of BIFS) reg.plain('ets', name, arity, impl, true);
  // Functions ets.erl writes in Erlang.
  reg.plain('ets', 'tab2list', 1, tab2list);
  reg.plain('ets', 'match_delete', 2, matchDelete);
  reg.higherOrder('ets', 'foldl', 3, fold(false));
  reg.higherOrder('ets', 'foldr', 3, fold(true));
}

