// The `lists` module: every function OTP 26's lists.erl exports, implemented natively.
//
// Results and failures follow OTP's Erlang code clause by clause: where that code has no
// matching clause the native raises `function_clause`, a `case` without a match raises
// `{case_clause, V}`, a failed `{A, B} = F(...)` match `{badmatch, V}`, list
// comprehensions `{bad_generator, T}` / `{bad_filter, V}`, and the BIFs it calls (++, --,
// element/2, lists:reverse/2, length/1) `badarg`. Funs are called through `yield` in the
// order OTP calls them.
//
// Only lists:keyfind/3, keymember/3, keysearch/3, member/2 and reverse/2 are real BIFs
// (erts/emulator/beam/bif.tab); everything else is an ordinary Erlang function in OTP.

import { Atom, atoms, bool } from '../terms/atom';
import { compareTerms, equals, exactEquals } from '../terms/compare';
import { ErlMap } from '../terms/map';
import { Cons, Float, NIL, Tuple, type Term } from '../terms/types';
import { badarg, ErlangException, raiseError } from './exception';
import type { NativeRegistry } from './registry';
import type { HigherOrderNative, NativeContext, PlainNative } from './types';
import type { Process } from '../process/process';
import { chargeStep } from '../gc/alloc';
import { elementOrUndefined, isFunctionOfArity, isSmallIntAtLeast } from './support/args';
import { callFun, callPredicate, runSync, type CallGen } from './support/call';
import { badGenerator, badmatch, caseClause, functionClause } from './support/errors';
import { arrayToList, listToArray, reverseOnto, walkList } from './support/lists';
import { add, intAdd, intCompare, intDiv, intMul, intSub, isIntegerTerm, type IntegerTerm } from './support/numbers';
import {
  mergeRunLists,
  mergeTwo,
  sortTerms,
  sortWithFun,
  usortWithFun,
  type Le,
  type MergeKind,
} from './support/sort';
import { charlistFromString, floatToListText } from './support/text';
import { bodyCalls, clauseAt, frame, raiseAt, recursion } from './support/frames';
import type { LibraryFrame } from './exception';

/** OTP 26.2.5's lists.erl, for the frames of failures (see NativeFrame). */
const LISTS = 'lists.erl';
const at = (fn: string, line: number, argsOrArity: Term[] | number): LibraryFrame => frame(LISTS, fn, line, argsOrArity);

const valueAtom = Atom.of('value');
const failAtom = Atom.of('fail');
const trimAtom = Atom.of('trim');
const padAtom = Atom.of('pad');

function isListTerm(t: Term): t is Cons | typeof NIL {
  return t instanceof Cons || t === NIL;
}

/** A proper list's elements, or function_clause (the usual fate of a bad list in lists.erl). */
function properOrClause(list: Term): Term[] {
  const items = listToArray(list);
  if (items === undefined) functionClause();
  return items;
}

// ---------------------------------------------------------------------------
// Real BIFs

/** keyfind/keymember/keysearch share the walk: the first tuple whose Nth element == Key. */
function keyfindTuple(key: Term, pos: Term, list: Term): Term | undefined {
  if (!isSmallIntAtLeast(pos, 1)) badarg();
  let t = list;
  while (t instanceof Cons) {
    const element = elementOrUndefined(pos, t.head);
    if (element !== undefined && equals(key, element)) return t.head;
    t = t.tail;
  }
  if (t !== NIL) badarg();
  return undefined;
}

const keyfind: PlainNative = ([key, pos, list]) => keyfindTuple(key, pos, list) ?? atoms.false;
const keymember: PlainNative = ([key, pos, list]) => bool(keyfindTuple(key, pos, list) !== undefined);
const keysearch: PlainNative = ([key, pos, list]) => {
  const found = keyfindTuple(key, pos, list);
  return found === undefined ? atoms.false : new Tuple([valueAtom, found]);
};

/** member/2 matches with =:= and fails on an improper list only if the element is absent. */
const member: PlainNative = ([elem, list]) => {
  if (list === NIL) return atoms.false;
  if (!(list instanceof Cons)) badarg();
  let t: Term = list;
  while (t instanceof Cons) {
    if (exactEquals(t.head, elem)) return atoms.true;
    t = t.tail;
  }
  if (t !== NIL) badarg();
  return atoms.false;
};

/** reverse/2 checks the whole list is proper before building anything. */
function reverseBif(list: Term, tail: Term): Term {
  if (list === NIL) return tail;
  if (!(list instanceof Cons)) badarg();
  const { items, tail: end } = walkList(list);
  if (end !== NIL) badarg();
  return reverseOnto(items, tail);
}

const reverse2: PlainNative = ([list, tail]) => reverseBif(list, tail);

// ---------------------------------------------------------------------------
// Plain list functions

/** L1 ++ L2: L1 must be a proper list; L2 is anything. */
function plusplus(l1: Term, l2: Term): Term {
  const items = listToArray(l1);
  if (items === undefined) badarg();
  return arrayToList(items, l2);
}

const append2: PlainNative = ([l1, l2]) => plusplus(l1, l2);

/** append([E]) -> E; append([H|T]) -> H ++ append(T); append([]) -> []. */
const append1: PlainNative = ([lists]) => {
  const parts = properOrClause(lists);
  if (parts.length === 0) return NIL;
  let result = parts[parts.length - 1];
  for (let k = parts.length - 2; k >= 0; k--) result = plusplus(parts[k], result);
  return result;
};

/** L1 -- L2 (exact matching): each element of L2 removes its first occurrence in L1. */
function minusminus(l1: Term, l2: Term): Term {
  const items = listToArray(l1);
  const remove = listToArray(l2);
  if (items === undefined || remove === undefined) badarg();
  if (remove.length === 0 || items.length === 0) return arrayToList(items);
  let counts = ErlMap.empty;
  for (const r of remove) {
    const c = counts.get(r);
    counts = counts.put(r, typeof c === 'number' ? c + 1 : 1);
  }
  const out: Term[] = [];
  for (const item of items) {
    const c = counts.get(item);
    if (typeof c === 'number' && c > 0) {
      counts = counts.put(item, c - 1);
    } else {
      out.push(item);
    }
  }
  return arrayToList(out);
}

const subtract: PlainNative = ([l1, l2]) => minusminus(l1, l2);

const reverse1: PlainNative = ([list]) => {
  if (list === NIL) return NIL;
  if (!(list instanceof Cons)) functionClause();
  const second = list.tail;
  if (second === NIL) return list;
  if (!(second instanceof Cons)) functionClause();
  // [A, B | L] -> lists:reverse(L, [B, A])
  return reverseBif(second.tail, new Cons(second.head, new Cons(list.head, NIL)));
};

/** nth(1, [H|_]) -> H; nth(N, L) for integer N > 1 walks; anything else function_clause. */
const nth: PlainNative = ([n, list]) => {
  if (!(list instanceof Cons)) clauseAt(LISTS, 'nth', 198, [n, list]);
  if (n === 1) return list.head;
  if (!isIntegerTerm(n) || intCompare(n, 1) <= 0) clauseAt(LISTS, 'nth', 198, [n, list]);
  let remaining: IntegerTerm = n;
  let t: Term = list;
  for (;;) {
    // nth_1/2 is tail recursive: the failing call is the only frame.
    if (!(t instanceof Cons)) clauseAt(LISTS, 'nth_1', 202, [remaining, t]);
    if (remaining === 1) return t.head;
    remaining = intSub(remaining, 1);
    t = t.tail;
  }
};

const nthtail: PlainNative = ([n, list]) => {
  if (n === 0) {
    if (list === NIL || list instanceof Cons) return list;
    functionClause();
  }
  if (!(list instanceof Cons)) functionClause();
  if (n === 1) return list.tail;
  if (!isIntegerTerm(n) || intCompare(n, 1) <= 0) functionClause();
  let remaining: IntegerTerm = n;
  let t: Term = list;
  for (;;) {
    if (!(t instanceof Cons)) functionClause();
    if (remaining === 1) return t.tail;
    remaining = intSub(remaining, 1);
    t = t.tail;
  }
};

const prefix: PlainNative = ([pre, list]) => {
  let p = pre;
  let l = list;
  while (p instanceof Cons && l instanceof Cons && exactEquals(p.head, l.head)) {
    p = p.tail;
    l = l.tail;
  }
  if (!isListTerm(l)) functionClause();
  if (p === NIL) return atoms.true;
  if (p instanceof Cons) return atoms.false;
  return functionClause();
};

/** length/1 as the BIF does it: badarg for anything but a proper list. */
function lengthOf(list: Term): number {
  const items = listToArray(list);
  if (items === undefined) badarg();
  return items.length;
}

const suffix: PlainNative = ([suf, list]) => {
  const delta = lengthOf(list) - lengthOf(suf);
  if (delta < 0) return atoms.false;
  let t = list;
  for (let k = 0; k < delta; k++) t = (t as Cons).tail;
  return bool(exactEquals(t, suf));
};

const droplast: PlainNative = ([list]) => {
  const { items, tail } = walkList(list);
  if (tail !== NIL || items.length === 0) functionClause();
  return arrayToList(items.slice(0, -1));
};

const last: PlainNative = ([list]) => {
  const { items, tail } = walkList(list);
  if (tail !== NIL || items.length === 0) functionClause();
  return items[items.length - 1];
};

/** First + k*Inc for k in 0..N-1, as a list. */
function arithmeticSeq(first: IntegerTerm, inc: IntegerTerm, n: IntegerTerm, ctx: NativeContext): Term {
  if (typeof n !== 'number') raiseError(atoms.system_limit);
  const items: Term[] = new Array<Term>(n);
  let x = first;
  for (let k = 0; k < n; k++) {
    items[k] = x;
    x = intAdd(x, inc);
  }
  return seqLoop(items, ctx);
}

const seqHeld: Term[] = [NIL];

/**
 * The list of `items`, built from the end as lists:seq_loop/3,4 builds it: four cells per
 * step, then two, then one, each step a heap test of its own (with the list so far live),
 * so collections happen when they would on OTP (gc/alloc.ts).
 */
function seqLoop(items: Term[], ctx: NativeContext): Term {
  const p = ctx.process as Process | null | undefined;
  const charge = p !== undefined && p !== null && p.heap !== undefined;
  let list: Term = NIL;
  let k = items.length;
  while (k > 0) {
    const step = k >= 4 ? 4 : k >= 2 ? 2 : 1;
    if (charge) {
      seqHeld[0] = list;
      chargeStep(p, 2 * step, seqHeld);
    }
    for (let j = 0; j < step; j++) list = new Cons(items[--k], list);
  }
  seqHeld[0] = NIL;
  return list;
}

const seq2: PlainNative = ([first, lastT], ctx) => {
  if (!isIntegerTerm(first) || !isIntegerTerm(lastT)) clauseAt(LISTS, 'seq', 280, [first, lastT]);
  if (intCompare(intSub(first, 1), lastT) > 0) clauseAt(LISTS, 'seq', 280, [first, lastT]);
  return arithmeticSeq(first, 1, intAdd(intSub(lastT, first), 1), ctx);
};

const seq3: PlainNative = ([first, lastT, inc], ctx) => {
  if (isIntegerTerm(first) && isIntegerTerm(lastT) && isIntegerTerm(inc)) {
    const sign = intCompare(inc, 0);
    const startBefore = intSub(first, inc);
    if ((sign > 0 && intCompare(startBefore, lastT) <= 0) || (sign < 0 && intCompare(startBefore, lastT) >= 0)) {
      const n = intDiv(intAdd(intSub(lastT, first), inc), inc);
      return arithmeticSeq(first, inc, n, ctx);
    }
    if (sign === 0 && intCompare(first, lastT) === 0) return new Cons(first, NIL);
  }
  return badarg();
};

/** sum/1 adds left to right (Sum + H), so float rounding matches OTP. */
const sum: PlainNative = ([list]) => {
  let acc: Term = 0;
  let t = list;
  while (t instanceof Cons) {
    try {
      acc = add(acc, t.head);
    } catch (e) {
      // sum/2 (tail recursive) computes Sum + H with the '+' BIF at line 328.
      if (e instanceof ErlangException) raiseAt(e.reason, at('sum', 328, 2), [], { module: 'erlang', function: '+', args: [acc, t.head] });
      throw e;
    }
    t = t.tail;
  }
  if (t !== NIL) clauseAt(LISTS, 'sum', 328, [t, acc]);
  return acc;
};

const duplicate: PlainNative = ([n, x]) => {
  if (!isIntegerTerm(n) || intCompare(n, 0) < 0) clauseAt(LISTS, 'duplicate', 340, [n, x]);
  if (typeof n !== 'number') raiseError(atoms.system_limit);
  let list: Term = NIL;
  for (let k = 0; k < n; k++) list = new Cons(x, list);
  return list;
};

/** min/max keep the first of equal elements (strict comparison while walking). */
function extreme(list: Term, better: (c: number) => boolean, name: string, line: number): Term {
  if (!(list instanceof Cons)) clauseAt(LISTS, name, line, [list]);
  let best = list.head;
  let t = list.tail;
  while (t instanceof Cons) {
    if (better(compareTerms(t.head, best))) best = t.head;
    t = t.tail;
  }
  // min/2 and max/2 are tail recursive; their clauses start two lines below min/1, max/1.
  if (t !== NIL) clauseAt(LISTS, name, line + 2, [t, best]);
  return best;
}

const min: PlainNative = ([list]) => extreme(list, (c) => c < 0, 'min', 352);
const max: PlainNative = ([list]) => extreme(list, (c) => c > 0, 'max', 365);

/** sublist(List, Len) — the part after `Len` elements may be anything. */
function sublistLen(list: Term, len: IntegerTerm): Term {
  const out: Term[] = [];
  let t = list;
  let remaining = len;
  for (;;) {
    if (t instanceof Cons && intCompare(remaining, 0) > 0) {
      out.push(t.head);
      t = t.tail;
      remaining = intSub(remaining, 1);
      continue;
    }
    if (remaining === 0) return arrayToList(out);
    if (isListTerm(t) && intCompare(remaining, 0) > 0) return arrayToList(out);
    return functionClause();
  }
}

const sublist2: PlainNative = ([list, len]) => {
  if (!isIntegerTerm(len) || !isListTerm(list)) functionClause();
  return sublistLen(list, len);
};

const sublist3: PlainNative = ([list, start, len]) => {
  let t = list;
  let s = start;
  for (;;) {
    if (s === 1 && isListTerm(t) && isIntegerTerm(len) && intCompare(len, 0) >= 0) return sublistLen(t, len);
    if (!isIntegerTerm(s) || intCompare(s, 2) < 0) functionClause();
    if (t === NIL) return NIL;
    if (!(t instanceof Cons)) functionClause();
    t = t.tail;
    s = intSub(s, 1);
  }
};

/** delete/2 removes the first element matching (=:=) Item. */
const deleteFn: PlainNative = ([item, list]) => {
  const out: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    if (exactEquals(t.head, item)) return arrayToList(out, t.tail);
    out.push(t.head);
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return arrayToList(out);
};

// ---- zip family ----

/** How = fail | trim | {pad, {Defaults...}} with `size` defaults; null if not that shape. */
function padDefaults(how: Term, size: number): Term[] | null {
  if (how instanceof Tuple && how.elements.length === 2 && how.elements[0] === padAtom) {
    const d = how.elements[1];
    if (d instanceof Tuple && d.elements.length === size) return d.elements;
  }
  return null;
}

/** `[F(X) || X <- List]` element order with bad_generator at a non-list tail. */
function comprehensionItems(list: Term): { items: Term[]; tail: Term } {
  return walkList(list);
}

/** Where zip/zip3/zipwith/zipwith3 live in lists.erl: the clause and its body call. */
interface ZipSite {
  fn: string;
  arity: number;
  clauseLine: number;
  callLine: number;
}
const ZIP: ZipSite = { fn: 'zip', arity: 3, clauseLine: 440, callLine: 441 };
const ZIP3: ZipSite = { fn: 'zip3', arity: 4, clauseLine: 500, callLine: 501 };
const ZIPWITH: ZipSite = { fn: 'zipwith', arity: 4, clauseLine: 568, callLine: 569 };
const ZIPWITH3: ZipSite = { fn: 'zipwith3', arity: 5, clauseLine: 616, callLine: 617 };

function* zipN(
  lists: Term[],
  how: Term,
  combine: (xs: Term[], frames: LibraryFrame[]) => CallGen<Term>,
  funArity: number,
  fun: Term | null,
  site: ZipSite,
): CallGen<Term> {
  const out: Term[] = [];
  // Each element pairs up in a body call: F runs in the frame of depth out.length.
  const callSite = at(site.fn, site.callLine, site.arity);
  const outer = [callSite];
  const inner = [callSite, callSite];
  const cur = lists.slice();
  const n = cur.length;
  const pad = padDefaults(how, n);
  const funOk = fun === null || isFunctionOfArity(fun, funArity);
  for (;;) {
    if (countConses(cur) === n) {
      const xs = cur.map((l) => (l as Cons).head);
      for (let k = 0; k < n; k++) cur[k] = (cur[k] as Cons).tail;
      out.push(yield* combine(xs, out.length === 0 ? outer : inner));
      continue;
    }
    const allNil = cur.every((l) => l === NIL);
    if (allNil && funOk && (how === failAtom || how === trimAtom || pad !== null)) return arrayToList(out);
    if (how === trimAtom && funOk) {
      // zip/2 only accepts exactly one exhausted list; zip3 accepts any lists.
      if (n === 2 ? cur.some((l) => l === NIL) && cur.every(isListTerm) : cur.every(isListTerm)) {
        return arrayToList(out);
      }
    }
    if (pad !== null) {
      const nils = cur.map((l) => l === NIL);
      const conses = cur.map((l) => l instanceof Cons);
      const nilCount = nils.filter(Boolean).length;
      if (nilCount === n - 1 && conses.some(Boolean)) {
        // Only one list left: a comprehension over it with the defaults for the others.
        const live = conses.indexOf(true);
        const { items, tail } = comprehensionItems(cur[live]);
        for (const item of items) {
          const xs = pad.slice();
          xs[live] = item;
          out.push(yield* combine(xs, []));
        }
        if (tail !== NIL) badGenerator(tail);
        return arrayToList(out);
      }
      if (n === 3 && nilCount === 1 && conses.filter(Boolean).length === 2) {
        const xs = cur.map((l, k) => (l instanceof Cons ? l.head : pad[k]));
        for (let k = 0; k < n; k++) if (cur[k] instanceof Cons) cur[k] = (cur[k] as Cons).tail;
        out.push(yield* combine(xs, out.length === 0 ? outer : inner));
        continue;
      }
    }
    const args = fun === null ? [...cur, how] : [fun, ...cur, how];
    return clauseAt(LISTS, site.fn, site.clauseLine, args, recursion(callSite, out.length));
  }
}

function countConses(lists: readonly Term[]): number {
  let c = 0;
  for (const l of lists) if (l instanceof Cons) c++;
  return c;
}

function* tupleOf(xs: Term[]): CallGen<Term> {
  return new Tuple(xs);
}

const zip2: PlainNative = ([xs, ys]) => runSync(zipN([xs, ys], failAtom, tupleOf, 0, null, ZIP), noCalls);
const zip3How: PlainNative = ([xs, ys, how]) => runSync(zipN([xs, ys], how, tupleOf, 0, null, ZIP), noCalls);
const zip3: PlainNative = ([xs, ys, zs]) => runSync(zipN([xs, ys, zs], failAtom, tupleOf, 0, null, ZIP3), noCalls);
const zip3_4: PlainNative = ([xs, ys, zs, how]) => runSync(zipN([xs, ys, zs], how, tupleOf, 0, null, ZIP3), noCalls);

const zipwith3: HigherOrderNative = ([f, xs, ys]) => zipN([xs, ys], failAtom, (a, fr) => callFun(f, a, fr), 2, f, ZIPWITH);
const zipwith4: HigherOrderNative = ([f, xs, ys, how]) => zipN([xs, ys], how, (a, fr) => callFun(f, a, fr), 2, f, ZIPWITH);
const zipwith3_4: HigherOrderNative = ([f, xs, ys, zs]) => zipN([xs, ys, zs], failAtom, (a, fr) => callFun(f, a, fr), 3, f, ZIPWITH3);
const zipwith3_5: HigherOrderNative = ([f, xs, ys, zs, how]) => zipN([xs, ys, zs], how, (a, fr) => callFun(f, a, fr), 3, f, ZIPWITH3);

function noCalls(): never {
  throw new Error('lists: unexpected fun call');
}

function unzipN(list: Term, size: number): Term {
  const columns: Term[][] = Array.from({ length: size }, () => []);
  let t = list;
  while (t instanceof Cons) {
    const tuple = t.head;
    if (!(tuple instanceof Tuple) || tuple.elements.length !== size) functionClause();
    for (let k = 0; k < size; k++) columns[k].push(tuple.elements[k]);
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return new Tuple(columns.map((c) => arrayToList(c)));
}

const unzip: PlainNative = ([list]) => unzipN(list, 2);
const unzip3: PlainNative = ([list]) => unzipN(list, 3);

// ---- concat / flatten ----

const concat: PlainNative = ([list]) => {
  const parts: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    parts.push(thingToList(t.head));
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  let result: Term = NIL;
  for (let k = parts.length - 1; k >= 0; k--) result = plusplus(parts[k], result);
  return result;
};

function thingToList(x: Term): Term {
  if (typeof x === 'number' || typeof x === 'bigint') return charlistFromString(x.toString());
  if (x instanceof Float) return charlistFromString(floatToListText(x.value));
  if (x instanceof Atom) return charlistFromString(x.name);
  if (isListTerm(x)) return x;
  return functionClause();
}

/** Flatten `list` in front of `tail`; any improper (sub)list is function_clause. */
function flattenOnto(list: Term, tail: Term): Term {
  const out: Term[] = [];
  const stack: Term[] = [list];
  while (stack.length > 0) {
    let t = stack.pop() as Term;
    while (t instanceof Cons) {
      const h = t.head;
      if (h instanceof Cons || h === NIL) {
        stack.push(t.tail);
        t = h;
        continue;
      }
      out.push(h);
      t = t.tail;
    }
    if (t !== NIL) functionClause();
  }
  return arrayToList(out, tail);
}

const flatten1: PlainNative = ([list]) => {
  if (!isListTerm(list)) functionClause();
  return flattenOnto(list, NIL);
};

const flatten2: PlainNative = ([list, tail]) => {
  if (!isListTerm(list) || !isListTerm(tail)) functionClause();
  return flattenOnto(list, tail);
};

const flatlength: PlainNative = ([list]) => {
  let count = 0;
  const stack: Term[] = [list];
  while (stack.length > 0) {
    let t = stack.pop() as Term;
    while (t instanceof Cons) {
      const h = t.head;
      if (h instanceof Cons || h === NIL) {
        stack.push(t.tail);
        t = h;
        continue;
      }
      count++;
      t = t.tail;
    }
    if (t !== NIL) functionClause();
  }
  return count;
};

const join: PlainNative = ([sep, list]) => {
  const { items, tail } = walkList(list);
  if (tail !== NIL) functionClause();
  const out: Term[] = [];
  items.forEach((item, k) => {
    if (k > 0) out.push(sep);
    out.push(item);
  });
  return arrayToList(out);
};

const split: PlainNative = ([n, list]) => {
  if (!isIntegerTerm(n) || intCompare(n, 0) < 0 || !isListTerm(list)) badarg();
  const taken: Term[] = [];
  let t = list;
  let remaining: IntegerTerm = n;
  for (;;) {
    if (remaining === 0) return new Tuple([arrayToList(taken), t]);
    if (t instanceof Cons) {
      taken.push(t.head);
      t = t.tail;
      remaining = intSub(remaining, 1);
      continue;
    }
    if (t === NIL) badarg();
    return functionClause();
  }
};

const uniq1: PlainNative = ([list]) => {
  let seen = ErlMap.empty;
  const out: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    if (!seen.has(t.head)) {
      out.push(t.head);
      seen = seen.put(t.head, atoms.true);
    }
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return arrayToList(out);
};

// ---- enumerate ----

function enumerateFrom(index: Term, step: Term, list: Term): Term {
  if (!isIntegerTerm(index) || !isIntegerTerm(step)) clauseAt(LISTS, 'enumerate', 1189, [index, step, list]);
  const { items, tail } = walkList(list);
  const out: Term[] = [];
  let i: IntegerTerm = index;
  for (const item of items) {
    out.push(new Tuple([i, item]));
    i = intAdd(i, step);
  }
  // enumerate_1/3 is body recursive: the failing call, then one merged frame.
  if (tail !== NIL) clauseAt(LISTS, 'enumerate_1', 1192, [i, step, tail], recursion(at('enumerate_1', 1193, 3), items.length));
  return arrayToList(out);
}

const enumerate1: PlainNative = ([list]) => enumerateFrom(1, 1, list);
const enumerate2: PlainNative = ([index, list]) => enumerateFrom(index, 1, list);
const enumerate3: PlainNative = ([index, step, list]) => enumerateFrom(index, step, list);

// ---- key functions on tuple lists (guard element/2: non-tuples simply do not match) ----

function isPositiveInteger(t: Term): t is IntegerTerm {
  return isIntegerTerm(t) && intCompare(t, 0) > 0;
}

/** element(N, T) =:= Key in a guard: a bignum N or a short/non-tuple never matches. */
function keyMatches(key: Term, n: IntegerTerm, t: Term): boolean {
  if (typeof n !== 'number') return false;
  const e = elementOrUndefined(n, t);
  return e !== undefined && equals(e, key);
}

const keydelete: PlainNative = ([key, n, list]) => {
  if (!isPositiveInteger(n)) functionClause();
  const out: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    if (keyMatches(key, n, t.head)) return arrayToList(out, t.tail);
    out.push(t.head);
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return arrayToList(out);
};

const keyreplace: PlainNative = ([key, n, list, replacement]) => {
  if (!isPositiveInteger(n) || !(replacement instanceof Tuple)) functionClause();
  const out: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    if (keyMatches(key, n, t.head)) return arrayToList(out, new Cons(replacement, t.tail));
    out.push(t.head);
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return arrayToList(out);
};

const keytake: PlainNative = ([key, n, list]) => {
  if (!isPositiveInteger(n)) functionClause();
  const before: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    if (keyMatches(key, n, t.head)) return new Tuple([valueAtom, t.head, arrayToList(before, t.tail)]);
    before.push(t.head);
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return atoms.false;
};

const keystore: PlainNative = ([key, n, list, replacement]) => {
  if (!isPositiveInteger(n) || !(replacement instanceof Tuple)) functionClause();
  const out: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    if (keyMatches(key, n, t.head)) return arrayToList(out, new Cons(replacement, t.tail));
    out.push(t.head);
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  out.push(replacement);
  return arrayToList(out);
};

/** element(I, T) in a body: badarg unless T is a tuple with at least I elements. */
function elementOrBadarg(i: Term, t: Term): Term {
  if (typeof i !== 'number') badarg();
  const e = elementOrUndefined(i, t);
  if (e === undefined) badarg();
  return e;
}

const keymap: HigherOrderNative = function* ([fun, index, list]) {
  const out: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    const tuple = t.head;
    const mapped = yield* callFun(fun, [elementOrBadarg(index, tuple)]);
    const elements = (tuple as Tuple).elements.slice();
    elements[(index as number) - 1] = mapped;
    out.push(new Tuple(elements));
    t = t.tail;
  }
  if (t !== NIL || !(isIntegerTerm(index) && intCompare(index, 1) >= 0) || !isFunctionOfArity(fun, 1)) {
    functionClause();
  }
  return arrayToList(out);
};

// ---- sorting (term order, key order) ----

function* termLe(a: Term, b: Term): CallGen<boolean> {
  return compareTerms(a, b) <= 0;
}

function keyLe(index: number): Le {
  return function* (a: Term, b: Term): CallGen<boolean> {
    return compareTerms(elementOrBadarg(index, a), elementOrBadarg(index, b)) <= 0;
  };
}

function funLe(fun: Term): Le {
  return (a: Term, b: Term) => callPredicate(fun, [a, b]);
}

/** Stable sort (ties keep input order), optionally dropping later elements equal to an earlier one. */
function stableSort(items: Term[], keys: Term[], unique: boolean): Term[] {
  const order = items.map((_, k) => k);
  order.sort((p, q) => compareTerms(keys[p], keys[q]) || p - q);
  const out: Term[] = [];
  let lastKey: Term | undefined;
  for (const k of order) {
    if (unique && lastKey !== undefined && compareTerms(lastKey, keys[k]) === 0) continue;
    out.push(items[k]);
    lastKey = keys[k];
  }
  return out;
}

const sort1: PlainNative = ([list]) => arrayToList(sortTerms(properOrClause(list), compareTerms));

const usort1: PlainNative = ([list]) => {
  const items = properOrClause(list);
  return arrayToList(stableSort(items, items, true));
};

/** keysort/ukeysort: a list of 0 or 1 elements is returned unchecked. */
function keySortImpl(index: Term, list: Term, unique: boolean): Term {
  if (!isPositiveInteger(index)) functionClause();
  if (list === NIL) return list;
  if (!(list instanceof Cons)) caseClause(list);
  if (list.tail === NIL) return list;
  if (!(list.tail instanceof Cons)) caseClause(list);
  const { items, tail } = walkList(list);
  // The first two keys are taken in keysort/2 itself (line 952 of lists.erl).
  for (let k = 0; k < 2 && !unique; k++) {
    if (elementOrUndefined(index as number, items[k]) === undefined) {
      raiseAt(atoms.badarg, at('keysort', 952, 2), [], { module: 'erlang', function: 'element', args: [index, items[k]] });
    }
  }
  const keys = items.map((item) => elementOrBadarg(index, item));
  if (tail !== NIL) functionClause();
  return arrayToList(stableSort(items, keys, unique));
}

const keysort: PlainNative = ([index, list]) => keySortImpl(index, list, false);
const ukeysort: PlainNative = ([index, list]) => keySortImpl(index, list, true);

function mergeTerms(kind: MergeKind, l1: Term, l2: Term): Term {
  return runSync(mergeTwo(kind, l1, l2, termLe), noCalls);
}

const merge2: PlainNative = ([l1, l2]) => mergeTerms('asc', l1, l2);
const rmerge2: PlainNative = ([l1, l2]) => mergeTerms('desc', l1, l2);
const umerge2: PlainNative = ([l1, l2]) => mergeTerms('ascUnique', l1, l2);
const rumerge2: PlainNative = ([l1, l2]) => mergeTerms('descUnique', l1, l2);

function keyMergeImpl(kind: MergeKind, index: Term, l1: Term, l2: Term): Term {
  if (!isPositiveInteger(index)) functionClause();
  return runSync(mergeTwo(kind, l1, l2, keyLe(typeof index === 'number' ? index : 0)), noCalls);
}

const keymerge: PlainNative = ([i, l1, l2]) => keyMergeImpl('asc', i, l1, l2);
const rkeymerge: PlainNative = ([i, l1, l2]) => keyMergeImpl('desc', i, l1, l2);
const ukeymerge: PlainNative = ([i, l1, l2]) => keyMergeImpl('ascUnique', i, l1, l2);
const rukeymerge: PlainNative = ([i, l1, l2]) => keyMergeImpl('descUnique', i, l1, l2);

function funMerge(kind: MergeKind): HigherOrderNative {
  return function* ([fun, l1, l2]) {
    if (!isFunctionOfArity(fun, 2)) functionClause();
    return yield* mergeTwo(kind, l1, l2, funLe(fun));
  };
}

/**
 * The inputs of a multi-list merge. OTP walks every list but the one whose tail it
 * finally hands to lists:reverse/2 (in practice the last one), so an improper list is
 * function_clause, or badarg when it is the last one.
 */
function multiMergeInputs(lists: Term[]): Term[][] {
  return lists.map((l, k) => {
    const { items, tail } = walkList(l);
    if (tail !== NIL) {
      if (k === lists.length - 1 && l instanceof Cons) badarg();
      functionClause();
    }
    return items;
  });
}

/**
 * umerge/1, merge3/3, umerge3/3, rmerge3/3, rumerge3/3 for sorted inputs: a left fold
 * of the two-list merge gives the same result as OTP's multi-way merges (ties go to the
 * earliest list; the unique versions keep the earliest list's element). For unsorted
 * input the result may differ from OTP's (OTP documents sorted input as a precondition).
 */
function mergeAll(kind: MergeKind, lists: Term[]): Term {
  let acc: Term = NIL;
  for (const items of multiMergeInputs(lists)) acc = mergeTerms(kind, acc, arrayToList(items));
  return acc;
}

/** merge/1 merges the lists three at a time exactly as OTP's mergel/2 does. */
const merge1: PlainNative = ([lists]) =>
  arrayToList(mergeRunLists(multiMergeInputs(properOrClause(lists)), true, compareTerms));
const umerge1: PlainNative = ([lists]) => mergeAll('ascUnique', properOrClause(lists));
const merge3: PlainNative = ([a, b, c]) => mergeAll('asc', [a, b, c]);
const umerge3: PlainNative = ([a, b, c]) => mergeAll('ascUnique', [a, b, c]);
const rmerge3: PlainNative = ([a, b, c]) => mergeAll('desc', [a, b, c]);
const rumerge3: PlainNative = ([a, b, c]) => mergeAll('descUnique', [a, b, c]);

/** sort(Fun, List): only [] and [_] check that Fun is a fun of arity 2. */
const sort2: HigherOrderNative = function* ([fun, list]) {
  if (list === NIL || (list instanceof Cons && list.tail === NIL)) {
    if (!isFunctionOfArity(fun, 2)) functionClause();
    return list;
  }
  if (!(list instanceof Cons) || !(list.tail instanceof Cons)) functionClause();
  const { items, tail } = walkList(list);
  return arrayToList(yield* sortWithFun(items, tail, funLe(fun)));
};

const usort2: HigherOrderNative = function* ([fun, list]) {
  if (!isFunctionOfArity(fun, 2)) functionClause();
  if (list === NIL) return list;
  if (!(list instanceof Cons)) functionClause();
  if (list.tail === NIL) return list;
  const { items, tail } = walkList(list);
  if (items.length === 1) functionClause(); // [X | NonList]
  return arrayToList(yield* usortWithFun(items, tail, funLe(fun)));
};

// ---------------------------------------------------------------------------
// Higher-order functions

function requireFun(fun: Term, arity: number): void {
  if (!isFunctionOfArity(fun, arity)) functionClause();
}

/** all/any/map/foldl: a non-list argument fails the top-level `case List of`. */
function requireListForCase(list: Term): void {
  if (!isListTerm(list)) caseClause(list);
}

const all: HigherOrderNative = function* ([pred, list]) {
  requireFun(pred, 1);
  requireListForCase(list);
  let t = list;
  while (t instanceof Cons) {
    if (!(yield* callPredicate(pred, [t.head]))) return atoms.false;
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return atoms.true;
};

const any: HigherOrderNative = function* ([pred, list]) {
  requireFun(pred, 1);
  requireListForCase(list);
  let t = list;
  while (t instanceof Cons) {
    if (yield* callPredicate(pred, [t.head])) return atoms.true;
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return atoms.false;
};

const IN_MAP = at('map', 1559, 2);
const IN_MAP_1 = at('map_1', 1564, 2);
/** F's frames at element 0, 1 and 2+ (map_1's recursive calls merge into one frame). */
const MAP_FRAMES = [[IN_MAP], [IN_MAP_1, IN_MAP], [IN_MAP_1, IN_MAP_1, IN_MAP]];
const map: HigherOrderNative = function* ([fun, list]) {
  if (!isFunctionOfArity(fun, 1)) clauseAt(LISTS, 'map', 1557, [fun, list]);
  if (!isListTerm(list)) raiseAt(new Tuple([atoms.case_clause, list]), at('map', 1558, 2));
  // map/2 calls F on the head, then the body-recursive map_1/2 does the rest.
  const out: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    const depth = out.length;
    out.push(yield* callFun(fun, [t.head], depth === 0 ? MAP_FRAMES[0] : depth === 1 ? MAP_FRAMES[1] : MAP_FRAMES[2]));
    t = t.tail;
  }
  if (t !== NIL) clauseAt(LISTS, 'map_1', 1563, [fun, t], [...recursion(IN_MAP_1, out.length - 1), IN_MAP]);
  return arrayToList(out);
};

/** flatmap: F(H) ++ flatmap(T) — every call happens before any ++ is evaluated. */
const flatmap: HigherOrderNative = function* ([fun, list]) {
  requireFun(fun, 1);
  const parts: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    parts.push(yield* callFun(fun, [t.head]));
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  let result: Term = NIL;
  for (let k = parts.length - 1; k >= 0; k--) result = plusplus(parts[k], result);
  return result;
};

const IN_FOLDL = [at('foldl', 1594, 3)];
const IN_FOLDL_1 = [at('foldl_1', 1599, 3)];
const foldl: HigherOrderNative = function* ([fun, acc0, list]) {
  if (!isFunctionOfArity(fun, 2)) clauseAt(LISTS, 'foldl', 1592, [fun, acc0, list]);
  if (!isListTerm(list)) raiseAt(new Tuple([atoms.case_clause, list]), at('foldl', 1593, 3));
  // foldl/3 calls F on the head; foldl_1/3 (tail recursive) on the rest.
  let acc = acc0;
  let t = list;
  let first = true;
  while (t instanceof Cons) {
    acc = yield* callFun(fun, [t.head, acc], first ? IN_FOLDL : IN_FOLDL_1);
    first = false;
    t = t.tail;
  }
  if (t !== NIL) clauseAt(LISTS, 'foldl_1', 1598, [fun, acc, t]);
  return acc;
};

/** foldr walks to the end first (body recursion), then calls F from the last element. */
const foldr: HigherOrderNative = function* ([fun, acc0, list]) {
  requireFun(fun, 2);
  const items = properOrClause(list);
  let acc = acc0;
  for (let k = items.length - 1; k >= 0; k--) acc = yield* callFun(fun, [items[k], acc]);
  return acc;
};

/** filter is a list comprehension in OTP: bad_generator / bad_filter errors. */
const FILTER_LC = [at('-filter/2-lc$^0/1-0-', 1627, 2)];
const FILTER_LC_2 = [FILTER_LC[0], FILTER_LC[0]];
const filter: HigherOrderNative = function* ([pred, list]) {
  if (!isFunctionOfArity(pred, 1)) clauseAt(LISTS, 'filter', 1626, [pred, list]);
  // The comprehension is a local function of lists.erl, body recursive on kept elements.
  const lc = FILTER_LC[0];
  const out: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    const keep = yield* callFun(pred, [t.head], out.length === 0 ? FILTER_LC : FILTER_LC_2);
    if (keep === atoms.true) out.push(t.head);
    else if (keep !== atoms.false) raiseAt(new Tuple([BAD_FILTER, keep]), lc, recursion(lc, out.length));
    t = t.tail;
  }
  if (t !== NIL) raiseAt(new Tuple([BAD_GENERATOR, t]), lc, recursion(lc, out.length));
  return arrayToList(out);
};
const BAD_FILTER = Atom.of('bad_filter');
const BAD_GENERATOR = Atom.of('bad_generator');

const partition: HigherOrderNative = function* ([pred, list]) {
  requireFun(pred, 1);
  const yes: Term[] = [];
  const no: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    if (yield* callPredicate(pred, [t.head])) yes.push(t.head);
    else no.push(t.head);
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return new Tuple([arrayToList(yes), arrayToList(no)]);
};

const IN_FILTERMAP_1 = at('filtermap_1', 1661, 2);
const filtermap: HigherOrderNative = function* ([fun, list]) {
  if (!isFunctionOfArity(fun, 1)) clauseAt(LISTS, 'filtermap', 1657, [fun, list]);
  // filtermap_1/2 recurses in a body call for kept elements (one call site per branch).
  const keptTrue = at('filtermap_1', 1663, 2);
  const keptValue = at('filtermap_1', 1665, 2);
  const calls: LibraryFrame[] = [];
  const out: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    const r = yield* callFun(fun, [t.head], () => [IN_FILTERMAP_1, ...bodyCalls(calls)]);
    if (r === atoms.true) {
      out.push(t.head);
      calls.push(keptTrue);
    } else if (r instanceof Tuple && r.elements.length === 2 && r.elements[0] === atoms.true) {
      out.push(r.elements[1]);
      calls.push(keptValue);
    } else if (r !== atoms.false) raiseAt(new Tuple([atoms.case_clause, r]), IN_FILTERMAP_1, bodyCalls(calls));
    t = t.tail;
  }
  if (t !== NIL) clauseAt(LISTS, 'filtermap_1', 1660, [fun, t], bodyCalls(calls));
  return arrayToList(out);
};

const foreach: HigherOrderNative = function* ([fun, list]) {
  requireFun(fun, 1);
  let t = list;
  while (t instanceof Cons) {
    yield* callFun(fun, [t.head]);
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return atoms.ok;
};

/** {R, Acc} = F(H, Acc0) — anything but a 2-tuple is a badmatch. */
function pairOrBadmatch(r: Term): [Term, Term] {
  if (!(r instanceof Tuple) || r.elements.length !== 2) badmatch(r);
  return [r.elements[0], r.elements[1]];
}

const mapfoldl: HigherOrderNative = function* ([fun, acc0, list]) {
  requireFun(fun, 2);
  const out: Term[] = [];
  let acc = acc0;
  let t = list;
  while (t instanceof Cons) {
    const [r, next] = pairOrBadmatch(yield* callFun(fun, [t.head, acc]));
    out.push(r);
    acc = next;
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return new Tuple([arrayToList(out), acc]);
};

const mapfoldr: HigherOrderNative = function* ([fun, acc0, list]) {
  requireFun(fun, 2);
  const items = properOrClause(list);
  const out: Term[] = new Array<Term>(items.length);
  let acc = acc0;
  for (let k = items.length - 1; k >= 0; k--) {
    const [r, next] = pairOrBadmatch(yield* callFun(fun, [items[k], acc]));
    out[k] = r;
    acc = next;
  }
  return new Tuple([arrayToList(out), acc]);
};

const takewhile: HigherOrderNative = function* ([pred, list]) {
  requireFun(pred, 1);
  const out: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    if (!(yield* callPredicate(pred, [t.head]))) return arrayToList(out);
    out.push(t.head);
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return arrayToList(out);
};

const dropwhile: HigherOrderNative = function* ([pred, list]) {
  requireFun(pred, 1);
  let t = list;
  while (t instanceof Cons) {
    if (!(yield* callPredicate(pred, [t.head]))) return t;
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return NIL;
};

const search: HigherOrderNative = function* ([pred, list]) {
  requireFun(pred, 1);
  let t = list;
  while (t instanceof Cons) {
    if (yield* callPredicate(pred, [t.head])) return new Tuple([valueAtom, t.head]);
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return atoms.false;
};

const splitwith: HigherOrderNative = function* ([pred, list]) {
  requireFun(pred, 1);
  const taken: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    if (!(yield* callPredicate(pred, [t.head]))) return new Tuple([arrayToList(taken), t]);
    taken.push(t.head);
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return new Tuple([arrayToList(taken), NIL]);
};

const uniq2: HigherOrderNative = function* ([fun, list]) {
  requireFun(fun, 1);
  let seen = ErlMap.empty;
  const out: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    const key = yield* callFun(fun, [t.head]);
    if (!seen.has(key)) {
      out.push(t.head);
      seen = seen.put(key, atoms.true);
    }
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return arrayToList(out);
};

// ---------------------------------------------------------------------------

type Entry = [name: string, arity: number, impl: PlainNative];
type HigherEntry = [name: string, arity: number, impl: HigherOrderNative];

/** Real BIFs in OTP 26's bif.tab. */
const BIFS: Entry[] = [
  ['keyfind', 3, keyfind],
  ['keymember', 3, keymember],
  ['keysearch', 3, keysearch],
  ['member', 2, member],
  ['reverse', 2, reverse2],
];

const PLAIN: Entry[] = [
  ['append', 1, append1],
  ['append', 2, append2],
  ['concat', 1, concat],
  ['delete', 2, deleteFn],
  ['droplast', 1, droplast],
  ['duplicate', 2, duplicate],
  ['enumerate', 1, enumerate1],
  ['enumerate', 2, enumerate2],
  ['enumerate', 3, enumerate3],
  ['flatlength', 1, flatlength],
  ['flatten', 1, flatten1],
  ['flatten', 2, flatten2],
  ['join', 2, join],
  ['last', 1, last],
  ['min', 1, min],
  ['max', 1, max],
  ['nth', 2, nth],
  ['nthtail', 2, nthtail],
  ['prefix', 2, prefix],
  ['reverse', 1, reverse1],
  ['seq', 2, seq2],
  ['seq', 3, seq3],
  ['split', 2, split],
  ['sublist', 2, sublist2],
  ['sublist', 3, sublist3],
  ['subtract', 2, subtract],
  ['suffix', 2, suffix],
  ['sum', 1, sum],
  ['uniq', 1, uniq1],
  ['unzip', 1, unzip],
  ['unzip3', 1, unzip3],
  ['zip', 2, zip2],
  ['zip', 3, zip3How],
  ['zip3', 3, zip3],
  ['zip3', 4, zip3_4],
  ['keydelete', 3, keydelete],
  ['keyreplace', 4, keyreplace],
  ['keytake', 3, keytake],
  ['keystore', 4, keystore],
  ['keysort', 2, keysort],
  ['ukeysort', 2, ukeysort],
  ['keymerge', 3, keymerge],
  ['ukeymerge', 3, ukeymerge],
  ['rkeymerge', 3, rkeymerge],
  ['rukeymerge', 3, rukeymerge],
  ['merge', 1, merge1],
  ['merge', 2, merge2],
  ['merge3', 3, merge3],
  ['rmerge', 2, rmerge2],
  ['rmerge3', 3, rmerge3],
  ['sort', 1, sort1],
  ['umerge', 1, umerge1],
  ['umerge', 2, umerge2],
  ['umerge3', 3, umerge3],
  ['rumerge', 2, rumerge2],
  ['rumerge3', 3, rumerge3],
  ['usort', 1, usort1],
];

const HIGHER: HigherEntry[] = [
  ['all', 2, all],
  ['any', 2, any],
  ['dropwhile', 2, dropwhile],
  ['filter', 2, filter],
  ['filtermap', 2, filtermap],
  ['flatmap', 2, flatmap],
  ['foldl', 3, foldl],
  ['foldr', 3, foldr],
  ['foreach', 2, foreach],
  ['keymap', 3, keymap],
  ['map', 2, map],
  ['mapfoldl', 3, mapfoldl],
  ['mapfoldr', 3, mapfoldr],
  ['partition', 2, partition],
  ['search', 2, search],
  ['splitwith', 2, splitwith],
  ['takewhile', 2, takewhile],
  ['uniq', 2, uniq2],
  ['zf', 2, filtermap],
  ['zipwith', 3, zipwith3],
  ['zipwith', 4, zipwith4],
  ['zipwith3', 4, zipwith3_4],
  ['zipwith3', 5, zipwith3_5],
  ['sort', 2, sort2],
  ['usort', 2, usort2],
  ['merge', 3, funMerge('asc')],
  ['rmerge', 3, funMerge('desc')],
  ['umerge', 3, funMerge('ascUnique')],
  ['rumerge', 3, funMerge('descUnique')],
];

export function register(registry: NativeRegistry): void {
  for (const [name, arity, impl] of BIFS) registry.plain('lists', name, arity, impl, true);
  for (const [name, arity, impl] of PLAIN) registry.plain('lists', name, arity, impl);
  for (const [name, arity, impl] of HIGHER) registry.higherOrder('lists', name, arity, impl);
}

/** For other natives: lists:reverse/2 and ++ with OTP's failure behaviour. */
export { reverseBif as listsReverse, plusplus as listAppend, minusminus as listSubtract };
