// Test driver for native BIF modules: runs a native directly with a fake NativeContext,
// answering the CallRequests of higher-order natives with JS implementations of the
// test funs, and logging every fun call so the call order can be checked.
//
// Case text is Erlang: `lists:map(fun f:double/1, [1,2])`. A `fun f:NAME/N` names an entry
// of FUNS below; the same text, with each such fun replaced by its Erlang source, is what
// regen-expectations.ts evaluates on a real OTP 26 to produce the expected outcome
// `{Result, Calls}`: Result is `{ok, Value}` or `{Class, Reason}`, Calls the list of
// `{FunName, Args}` in call order. Funs inside outcomes are replaced by the atom 'FUN'.

import { parseArgs, parseTerm } from '../../harness/term-text';
import { Atom, atoms } from '../../reference-vm/terms/atom';
import { compareTerms, exactEquals } from '../../reference-vm/terms/compare';
import { ErlMap } from '../../reference-vm/terms/map';
import {
  Bitstring,
  Cons,
  ExportFun,
  Float,
  Fun,
  NIL,
  Tuple,
  type Term,
} from '../../reference-vm/terms/types';
import { ErlangException } from '../../reference-vm/bifs/exception';
import { NativeRegistry } from '../../reference-vm/bifs/registry';
import type { CallRequest, HigherOrderNative, NativeContext, PlainNative } from '../../reference-vm/bifs/types';
import { register as registerLists } from '../../reference-vm/bifs/lists';
import { register as registerMaps } from '../../reference-vm/bifs/maps';
import { register as registerMath } from '../../reference-vm/bifs/math';
import { register as registerProplists } from '../../reference-vm/bifs/proplists';

// ---------------------------------------------------------------------------
// Test funs: Erlang source (for OTP) and a JS implementation (for the natives).

const T = atoms.true;
const F = atoms.false;

function num(t: Term): number {
  if (typeof t === 'number') return t;
  if (t instanceof Float) return t.value;
  throw new ErlangException('error', atoms.badarith);
}

/** Erlang `<`/`=<` through the VM's term order. */
const lt = (a: Term, b: Term): Term => (compareTerms(a, b) < 0 ? T : F);
const le = (a: Term, b: Term): Term => (compareTerms(a, b) <= 0 ? T : F);
const el = (t: Term, i: number): Term => {
  if (t instanceof Tuple && i <= t.elements.length) return t.elements[i - 1];
  throw new ErlangException('error', atoms.badarg);
};

interface TestFun {
  arity: number;
  erl: string;
  js: (args: Term[]) => Term;
}

/** Integer arithmetic only (the tests keep to small integers for JS-side funs). */
export const FUNS: Record<string, TestFun> = {
  id: { arity: 1, erl: 'fun(X) -> X end', js: ([x]) => x },
  double: { arity: 1, erl: 'fun(X) -> X * 2 end', js: ([x]) => num(x) * 2 },
  is_even: { arity: 1, erl: 'fun(X) -> X rem 2 =:= 0 end', js: ([x]) => (num(x) % 2 === 0 ? T : F) },
  is_small: { arity: 1, erl: 'fun(X) -> X < 3 end', js: ([x]) => lt(x, 3) },
  wrap: { arity: 1, erl: 'fun(X) -> [X] end', js: ([x]) => new Cons(x, NIL) },
  dup: { arity: 1, erl: 'fun(X) -> [X, X] end', js: ([x]) => new Cons(x, new Cons(x, NIL)) },
  bad_bool: { arity: 1, erl: 'fun(_) -> maybe end', js: () => Atom.of('maybe') },
  bad_bool2: { arity: 2, erl: 'fun(_, _) -> maybe end', js: () => Atom.of('maybe') },
  fm: {
    arity: 1,
    erl: 'fun(X) when X > 2 -> {true, X * 10}; (X) -> X =:= 1 end',
    js: ([x]) => (num(x) > 2 ? new Tuple([T, num(x) * 10]) : num(x) === 1 ? T : F),
  },
  rem3: { arity: 1, erl: 'fun(X) -> X rem 3 end', js: ([x]) => num(x) % 3 },
  add: { arity: 2, erl: 'fun(X, Acc) -> X + Acc end', js: ([x, acc]) => num(x) + num(acc) },
  cons: { arity: 2, erl: 'fun(X, Acc) -> [X | Acc] end', js: ([x, acc]) => new Cons(x, acc) },
  mf: {
    arity: 2,
    erl: 'fun(X, Acc) -> {X * 2, X + Acc} end',
    js: ([x, acc]) => new Tuple([num(x) * 2, num(x) + num(acc)]),
  },
  not_pair: { arity: 2, erl: 'fun(X, _) -> X end', js: ([x]) => x },
  le: { arity: 2, erl: "fun(A, B) -> A =< B end", js: ([a, b]) => le(a, b) },
  lt: { arity: 2, erl: 'fun(A, B) -> A < B end', js: ([a, b]) => lt(a, b) },
  ge: { arity: 2, erl: 'fun(A, B) -> A >= B end', js: ([a, b]) => le(b, a) },
  gt: { arity: 2, erl: 'fun(A, B) -> A > B end', js: ([a, b]) => lt(b, a) },
  le1: { arity: 2, erl: 'fun(A, B) -> element(1, A) =< element(1, B) end', js: ([a, b]) => le(el(a, 1), el(b, 1)) },
  lt1: { arity: 2, erl: 'fun(A, B) -> element(1, A) < element(1, B) end', js: ([a, b]) => lt(el(a, 1), el(b, 1)) },
  always: { arity: 2, erl: 'fun(_, _) -> true end', js: () => T },
  never: { arity: 2, erl: 'fun(_, _) -> false end', js: () => F },
  plus2: { arity: 2, erl: 'fun(X, Y) -> X + Y end', js: ([x, y]) => num(x) + num(y) },
  tup2: { arity: 2, erl: 'fun(X, Y) -> {Y, X} end', js: ([x, y]) => new Tuple([y, x]) },
  tup3: { arity: 3, erl: 'fun(X, Y, Z) -> {Z, Y, X} end', js: ([x, y, z]) => new Tuple([z, y, x]) },
  // maps
  kv_sum: { arity: 3, erl: 'fun(K, V, Acc) -> K + V + Acc end', js: ([k, v, a]) => num(k) + num(v) + num(a) },
  kv_list: { arity: 3, erl: 'fun(K, V, Acc) -> [{K, V} | Acc] end', js: ([k, v, a]) => new Cons(new Tuple([k, v]), a) },
  kv_double: { arity: 2, erl: 'fun(_K, V) -> V * 2 end', js: ([, v]) => num(v) * 2 },
  kv_even: { arity: 2, erl: 'fun(K, _V) -> K rem 2 =:= 0 end', js: ([k]) => (num(k) % 2 === 0 ? T : F) },
  kv_fm: {
    arity: 2,
    erl: 'fun(K, V) when K > 2 -> {true, V + 100}; (K, _) -> K =:= 1 end',
    js: ([k, v]) => (num(k) > 2 ? new Tuple([T, num(v) + 100]) : num(k) === 1 ? T : F),
  },
  kv_ok: { arity: 2, erl: 'fun(_, _) -> ok end', js: () => atoms.ok },
  combine: { arity: 3, erl: 'fun(K, V1, V2) -> {K, V1, V2} end', js: ([k, a, b]) => new Tuple([k, a, b]) },
  rev_cmp: { arity: 2, erl: 'fun(A, B) -> A >= B end', js: ([a, b]) => le(b, a) },
};

/** The Erlang text of FUNS[name], wrapped so that OTP logs each call. */
export function loggingErlangFun(name: string): string {
  const f = FUNS[name];
  if (f === undefined) throw new Error(`unknown test fun ${name}`);
  const vars = Array.from({ length: f.arity }, (_, k) => `A${k + 1}`).join(', ');
  return `fun(${vars}) -> put('$log', [{${name}, [${vars}]} | get('$log')]), (${f.erl})(${vars}) end`;
}

export const FUN_MODULE = Atom.of('f');

// ---------------------------------------------------------------------------
// Running natives

export function makeRegistry(): NativeRegistry {
  const registry = new NativeRegistry();
  registerLists(registry);
  registerMaps(registry);
  registerMath(registry);
  registerProplists(registry);
  return registry;
}

export const fakeContext: NativeContext = {
  self: atoms.undefined,
  writeOutput: () => undefined,
  bumpReductions: () => undefined,
  vm: null,
  process: null,
};

export type Outcome = { ok: Term } | { cls: string; reason: Term };

export interface Run {
  outcome: Outcome;
  calls: Array<[string, Term[]]>;
}

function funArity(f: Term): number | undefined {
  if (f instanceof ExportFun || f instanceof Fun) return f.arity;
  return undefined;
}

/** What the interpreter does with a CallRequest, for the test funs. */
function answer(req: CallRequest, calls: Array<[string, Term[]]>, registry: NativeRegistry): Term {
  const { fun, args } = req;
  const arity = funArity(fun);
  if (arity === undefined) throw new ErlangException('error', new Tuple([atoms.badfun, fun]));
  if (arity !== args.length) {
    throw new ErlangException('error', new Tuple([atoms.badarity, new Tuple([fun, listOf(args)])]));
  }
  if (fun instanceof ExportFun && fun.module === FUN_MODULE) {
    const name = fun.functionName.name;
    if (FUNS[name]?.arity !== fun.arity) throw new Error(`no test fun f:${name}/${fun.arity}`);
    calls.push([name, args]);
    return FUNS[name].js(args);
  }
  if (fun instanceof ExportFun) {
    // fun M:F/A of a native module: run it through the registry too.
    const entry = registry.lookup(fun.module.name, fun.functionName.name, fun.arity);
    if (entry !== undefined) return runEntry(entry.impl, entry.kind, args, calls, registry);
  }
  throw new Error(`test driver cannot call ${String(fun)}`);
}

function runEntry(
  impl: PlainNative | HigherOrderNative,
  kind: 'plain' | 'higher-order',
  args: Term[],
  calls: Array<[string, Term[]]>,
  registry: NativeRegistry,
): Term {
  if (kind === 'plain') return (impl as PlainNative)(args, fakeContext);
  const gen = (impl as HigherOrderNative)(args, fakeContext);
  let step = gen.next();
  while (!step.done) step = gen.next(answer(step.value, calls, registry));
  return step.value;
}

/** Call module:function(args) natively; Erlang exceptions become outcomes. */
export function runNative(registry: NativeRegistry, module: string, fn: string, args: Term[]): Run {
  const entry = registry.lookup(module, fn, args.length);
  if (entry === undefined) throw new Error(`no native ${module}:${fn}/${args.length}`);
  const calls: Array<[string, Term[]]> = [];
  try {
    return { outcome: { ok: runEntry(entry.impl, entry.kind, args, calls, registry) }, calls };
  } catch (e) {
    if (e instanceof ErlangException) return { outcome: { cls: e.cls, reason: e.reason }, calls };
    throw e;
  }
}

/** `mod:fun(Args...)` text → module, function, argument terms. */
export function parseCall(text: string): { module: string; fn: string; args: Term[] } {
  const m = /^\s*([a-z_0-9]+):([a-z_0-9]+)\(([\s\S]*)\)\s*$/.exec(text);
  if (m === null) throw new Error(`bad call text: ${text}`);
  return { module: m[1], fn: m[2], args: parseArgs(`[${m[3]}]`) };
}

/** The outcome term `{Result, Calls}` of running a call text natively. */
export function outcomeTerm(registry: NativeRegistry, callText: string): Term {
  const { module, fn, args } = parseCall(callText);
  const run = runNative(registry, module, fn, args);
  const result =
    'ok' in run.outcome
      ? new Tuple([atoms.ok, run.outcome.ok])
      : new Tuple([Atom.of(run.outcome.cls), run.outcome.reason]);
  const calls = listOf(run.calls.map(([name, a]) => new Tuple([Atom.of(name), listOf(a)])));
  return hideFuns(new Tuple([result, calls]));
}

export function listOf(items: readonly Term[], tail: Term = NIL): Term {
  let l = tail;
  for (let k = items.length - 1; k >= 0; k--) l = new Cons(items[k], l);
  return l;
}

const FUN_MARK = Atom.of('FUN');

/** Replace every fun inside a term by 'FUN' (OTP prints funs in no parseable form). */
export function hideFuns(t: Term): Term {
  if (t instanceof Fun || t instanceof ExportFun) return FUN_MARK;
  if (t instanceof Tuple) return new Tuple(t.elements.map(hideFuns));
  if (t instanceof Cons) {
    const items: Term[] = [];
    let c: Term = t;
    while (c instanceof Cons) {
      items.push(hideFuns(c.head));
      c = c.tail;
    }
    return listOf(items, hideFuns(c));
  }
  if (t instanceof ErlMap) return ErlMap.fromEntries(t.entries().map(([k, v]) => [hideFuns(k), hideFuns(v)] as const));
  return t;
}

/** Check one case; returns null when it matches, else a message. */
export function checkCase(registry: NativeRegistry, callText: string, expectedText: string): string | null {
  const actual = outcomeTerm(registry, callText);
  const expected = parseTerm(expectedText);
  if (sameTerm(actual, expected)) return null;
  return `${callText}\n  expected ${expectedText}\n  actual   ${show(actual)}`;
}

/**
 * =:= plus: floats compare by bits (so -0.0 and 0.0 differ, NaN cannot occur), and
 * list order matters (maps compare as sets of entries).
 */
export function sameTerm(a: Term, b: Term): boolean {
  if (a instanceof Float && b instanceof Float) return Object.is(a.value, b.value);
  if (a instanceof Tuple && b instanceof Tuple) {
    return a.elements.length === b.elements.length && a.elements.every((x, k) => sameTerm(x, b.elements[k]));
  }
  if (a instanceof Cons && b instanceof Cons) {
    let x: Term = a;
    let y: Term = b;
    while (x instanceof Cons && y instanceof Cons) {
      if (!sameTerm(x.head, y.head)) return false;
      x = x.tail;
      y = y.tail;
    }
    return sameTerm(x, y);
  }
  if (a instanceof ErlMap && b instanceof ErlMap) {
    if (a.size !== b.size) return false;
    return a.entries().every(([k, v]) => {
      const w = b.get(k);
      return w !== undefined && sameTerm(v, w);
    });
  }
  return exactEquals(a, b);
}

/** A compact ~w-like rendering for failure messages. */
export function show(t: Term): string {
  if (typeof t === 'number' || typeof t === 'bigint') return t.toString();
  if (t instanceof Float) return Number.isInteger(t.value) ? t.value.toFixed(1) : String(t.value);
  if (t instanceof Atom) return /^[a-z][a-zA-Z0-9_@]*$/.test(t.name) ? t.name : `'${t.name}'`;
  if (t === NIL) return '[]';
  if (t instanceof Tuple) return `{${t.elements.map(show).join(',')}}`;
  if (t instanceof Cons) {
    const parts: string[] = [];
    let c: Term = t;
    while (c instanceof Cons) {
      parts.push(show(c.head));
      c = c.tail;
    }
    return `[${parts.join(',')}${c === NIL ? '' : `|${show(c)}`}]`;
  }
  if (t instanceof ErlMap) return `#{${t.entries().map(([k, v]) => `${show(k)} => ${show(v)}`).join(',')}}`;
  if (t instanceof Bitstring) return `<<${Array.from(t.bytes.subarray(0, Math.ceil(t.bitSize / 8))).join(',')}>>`;
  return String(t);
}

/** A case table: [call text, expected outcome text from OTP 26.2.5]. */
export type CaseTable = Array<[string, string]>;

/** Run a whole table inside one jest test, reporting every mismatch at once. */
export function expectTable(table: CaseTable): void {
  const registry = makeRegistry();
  const failures: string[] = [];
  for (const [call, expected] of table) {
    if (expected === '') {
      failures.push(`${call}\n  (no expectation recorded)`);
      continue;
    }
    let message: string | null;
    try {
      message = checkCase(registry, call, expected);
    } catch (e) {
      message = `${call}\n  threw ${(e as Error).stack ?? String(e)}`;
    }
    if (message !== null) failures.push(message);
  }
  if (failures.length > 0) throw new Error(`${failures.length} case(s) differ from OTP 26:\n${failures.join('\n')}`);
}
