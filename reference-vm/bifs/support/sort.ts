// Merging and sorting engines that reproduce the results of OTP's lists module exactly.
//
// OTP's merge functions share four shapes, differing only in how two elements are
// ordered (term order `=<`, key order `element(I, A) =< element(I, B)`, or a user fun):
//   merge   - ascending, ties keep the element of the first list first
//   rmerge  - descending (the inputs are reverse-sorted), ties keep the second list first
//   umerge  - ascending, an element of the second list equal to the one just taken from
//             the first list is dropped
//   rumerge - descending counterpart of umerge
// Each engine walks the cons cells exactly as OTP does, so the same elements are compared
// in the same order and malformed input fails the same way: a non-list where a list is
// walked is `function_clause`; an improper list handed to lists:reverse/2 at the end is
// `badarg`.
//
// sort/2 and usort/2 (with a user fun) are reproduced step by step as well, because a
// non-strict or inconsistent ordering fun makes the result depend on the algorithm:
// runs are split off the input with the same "two elements plus a spare" scheme and then
// merged pairwise, alternating direction, exactly as OTP does it.
//
// The orderings are generators (`yield*`), so a user fun is called through the
// interpreter; the term-order versions never yield and are run with `runSync`.

import { Cons, NIL, type Term } from '../../terms/types';
import { badarg } from '../exception';
import type { CallGen } from './call';
import { functionClause } from './errors';
import { arrayToList, walkList } from './lists';

/** `le(A, B)`: true when A may precede B (A "=<" B in the chosen ordering). */
export type Le = (a: Term, b: Term) => CallGen<boolean>;

/** out ++ rest, where `rest` went through lists:reverse/2 in OTP (badarg if improper). */
function appendReversedTail(out: Term[], rest: Term): Term[] {
  const { items, tail } = walkList(rest);
  if (tail !== NIL) badarg();
  for (const item of items) out.push(item);
  return out;
}

/**
 * Ascending merge, first list wins ties. `t1` is the first list (non-empty at entry),
 * `h2`/`t2` the head and tail of the second. Returns the merged elements in order.
 */
export function* mergeAsc(t1: Term, h2: Term, t2: Term, le: Le): CallGen<Term[]> {
  const out: Term[] = [];
  let rest1 = t1;
  let rest2 = t2;
  let pending2 = h2; // the head of list 2 waiting to be placed
  for (;;) {
    // Taking from list 1 while its head may precede pending2.
    if (!(rest1 instanceof Cons)) {
      if (rest1 !== NIL) functionClause();
      out.push(pending2);
      return appendReversedTail(out, rest2);
    }
    const h1 = rest1.head;
    rest1 = rest1.tail;
    if (yield* le(h1, pending2)) {
      out.push(h1);
      continue;
    }
    // h1 is held back; take from list 2 until h1 may precede its head.
    out.push(pending2);
    for (;;) {
      if (!(rest2 instanceof Cons)) {
        if (rest2 !== NIL) functionClause();
        out.push(h1);
        return appendReversedTail(out, rest1);
      }
      const next2 = rest2.head;
      rest2 = rest2.tail;
      if (yield* le(h1, next2)) {
        out.push(h1);
        pending2 = next2;
        break;
      }
      out.push(next2);
    }
  }
}

/**
 * Descending merge of reverse-sorted lists (OTP's rmerge family): an element of the
 * first list goes first only when it does not satisfy le(H1, H2).
 */
export function* mergeDesc(t1: Term, h2: Term, t2: Term, le: Le): CallGen<Term[]> {
  // The same walk as mergeAsc with the ordering negated.
  const notLe: Le = function* (a, b) {
    return !(yield* le(a, b));
  };
  return yield* mergeAsc(t1, h2, t2, notLe);
}

/**
 * Ascending merge without duplicates between the lists (umerge): list 1 is walked from
 * `h1`/`t1`, list 2 is `t2` (non-empty at entry). An element of list 2 equal to the
 * element most recently taken from list 1 is dropped.
 */
export function* mergeAscUnique(h1: Term, t1: Term, t2: Term, le: Le): CallGen<Term[]> {
  const out: Term[] = [];
  let held1 = h1; // head of list 1 waiting to be placed
  let rest1 = t1;
  let rest2 = t2;
  for (;;) {
    // Take from list 2 while held1 does not precede its head.
    let h2: Term;
    for (;;) {
      if (!(rest2 instanceof Cons)) {
        if (rest2 !== NIL) functionClause();
        out.push(held1);
        return appendReversedTail(out, rest1);
      }
      h2 = rest2.head;
      rest2 = rest2.tail;
      if (yield* le(held1, h2)) break;
      out.push(h2);
    }
    // held1 =< h2: place held1, then keep taking from list 1 while its head =< h2.
    out.push(held1);
    let lastTaken = held1;
    for (;;) {
      if (!(rest1 instanceof Cons)) {
        if (rest1 !== NIL) functionClause();
        if (!(yield* le(h2, lastTaken))) out.push(h2);
        return appendReversedTail(out, rest2);
      }
      const next1 = rest1.head;
      rest1 = rest1.tail;
      if (yield* le(next1, h2)) {
        out.push(next1);
        lastTaken = next1;
        continue;
      }
      // h2 is placed unless it equals the last element taken from list 1.
      if (!(yield* le(h2, lastTaken))) out.push(h2);
      held1 = next1;
      break;
    }
  }
}

/**
 * Descending merge without duplicates (rumerge): `t1` is list 1 (non-empty at entry),
 * `h2`/`t2` list 2. When an element of list 1 equals the held element of list 2, the
 * element of list 1 is kept.
 */
export function* mergeDescUnique(t1: Term, h2: Term, t2: Term, le: Le): CallGen<Term[]> {
  const out: Term[] = [];
  let rest1 = t1;
  let rest2 = t2;
  let pending2 = h2;
  for (;;) {
    // Take from list 1 while its head does not satisfy le(H1, pending2).
    let h1: Term;
    for (;;) {
      if (!(rest1 instanceof Cons)) {
        if (rest1 !== NIL) functionClause();
        out.push(pending2);
        return appendReversedTail(out, rest2);
      }
      h1 = rest1.head;
      rest1 = rest1.tail;
      if (yield* le(h1, pending2)) break;
      out.push(h1);
    }
    // h1 =< pending2: place list 2 elements while h1 =< them, holding the last one back.
    let held2 = pending2;
    for (;;) {
      if (!(rest2 instanceof Cons)) {
        if (rest2 !== NIL) functionClause();
        if (!(yield* le(held2, h1))) out.push(held2);
        out.push(h1);
        return appendReversedTail(out, rest1);
      }
      const next2 = rest2.head;
      rest2 = rest2.tail;
      if (yield* le(h1, next2)) {
        out.push(held2);
        held2 = next2;
        continue;
      }
      if (!(yield* le(held2, h1))) out.push(held2);
      out.push(h1);
      pending2 = next2;
      break;
    }
  }
}

export type MergeKind = 'asc' | 'desc' | 'ascUnique' | 'descUnique';

/**
 * The top-level dispatch OTP's two-list merge functions share:
 * both non-empty -> engine; one empty -> the other list unchanged (not even walked);
 * anything else -> function_clause.
 */
export function* mergeTwo(kind: MergeKind, l1: Term, l2: Term, le: Le): CallGen<Term> {
  if (l1 instanceof Cons && l2 instanceof Cons) {
    let out: Term[];
    switch (kind) {
      case 'asc':
        out = yield* mergeAsc(l1, l2.head, l2.tail, le);
        break;
      case 'desc':
        out = yield* mergeDesc(l1, l2.head, l2.tail, le);
        break;
      case 'ascUnique':
        out = yield* mergeAscUnique(l1.head, l1.tail, l2, le);
        break;
      case 'descUnique':
        out = yield* mergeDescUnique(l1, l2.head, l2.tail, le);
        break;
    }
    return arrayToList(out);
  }
  if (l1 instanceof Cons && l2 === NIL) return l1;
  if (l1 === NIL && (l2 instanceof Cons || l2 === NIL)) return l2;
  return functionClause();
}

// ---------------------------------------------------------------------------
// sort/2: run splitting and alternating pairwise merging, as OTP's lists:sort/2.

/**
 * Runs are kept as JS arrays in Erlang list order (head first). A "run list" is an
 * Erlang list of runs, also head first.
 */
type Run = Term[];

function* mergeRunsAsc(first: Run, second: Run, le: Le): CallGen<Run> {
  return yield* mergeAsc(arrayToList(first), second[0], arrayToList(second.slice(1)), le);
}
function* mergeRunsDesc(first: Run, second: Run, le: Le): CallGen<Run> {
  return yield* mergeDesc(arrayToList(first), second[0], arrayToList(second.slice(1)), le);
}

/**
 * One pass of ascending merges over a run list (OTP's fmergel); each merged result is
 * stored reversed (descending), and the pass alternates with `descendingPass`.
 */
function* ascendingPass(runsIn: Run[], dir: 'asc' | 'desc', le: Le): CallGen<Run> {
  let runs = runsIn;
  for (;;) {
    const acc: Run[] = []; // in the order produced; OTP's accumulator is its reverse
    let i = 0;
    while (runs.length - i >= 2) {
      const merged =
        dir === 'asc'
          ? yield* mergeRunsAsc(runs[i], runs[i + 1], le)
          : yield* mergeRunsAsc(runs[i + 1], runs[i], le);
      acc.push(merged.reverse());
      i += 2;
    }
    if (runs.length - i === 1) {
      if (acc.length === 0) return runs[i];
      acc.push(runs[i].slice().reverse());
    }
    // The accumulator, head first, is the reverse of the production order.
    runs = yield* descendingPassOnce(acc.reverse(), dir, le);
  }
}

/** One pass of descending merges (OTP's rfmergel); returns the next run list. */
function* descendingPassOnce(runs: Run[], dir: 'asc' | 'desc', le: Le): CallGen<Run[]> {
  const acc: Run[] = [];
  let i = 0;
  while (runs.length - i >= 2) {
    const merged =
      dir === 'asc'
        ? yield* mergeRunsDesc(runs[i + 1], runs[i], le)
        : yield* mergeRunsDesc(runs[i], runs[i + 1], le);
    acc.push(merged.reverse());
    i += 2;
  }
  if (runs.length - i === 1) acc.push(runs[i].slice().reverse());
  return acc.reverse();
}

/** Start from a run list that OTP hands to rfmergel. */
function* fromDescendingPass(runs: Run[], dir: 'asc' | 'desc', le: Le): CallGen<Run> {
  const next = yield* descendingPassOnce(runs, dir, le);
  return yield* ascendingPass(next, dir, le);
}

/** The run [Y, X | R] where `r` holds R's elements in the order they were added. */
function closeRun(y: Term, x: Term, r: Term[]): Run {
  const run: Run = [y, x];
  for (let k = r.length - 1; k >= 0; k--) run.push(r[k]);
  return run;
}

/** Runs collected so far (`rs`, in the order added) behind newer runs, head first. */
function runList(newer: Run[], rs: Run[]): Run[] {
  return [...newer, ...rs.slice().reverse()];
}

/**
 * lists:sort(Fun, List) for a list of at least two elements: `items` are the elements of
 * the list's cons cells and `tail` what ends it (function_clause once reached if not []).
 */
export function* sortWithFun(items: Term[], tail: Term, le: Le): CallGen<Term[]> {
  const x0 = items[0];
  const y0 = items[1];
  let i = 2;
  const nextItem = (): Term | undefined => {
    if (i < items.length) return items[i++];
    if (tail !== NIL) functionClause();
    return undefined;
  };
  let y: Term;
  let x: Term;
  let r: Term[] = [];
  const rs: Run[] = [];
  if (yield* le(x0, y0)) {
    // Ascending runs: y is the largest so far, x the one before.
    y = y0;
    x = x0;
    for (;;) {
      let z = nextItem();
      if (z === undefined) return yield* fromDescendingPass(runList([closeRun(y, x, r)], rs), 'asc', le);
      if (yield* le(y, z)) {
        r.push(x);
        x = y;
        y = z;
      } else if (yield* le(x, z)) {
        r.push(x);
        x = z;
      } else if (r.length === 0) {
        r.push(z);
      } else {
        // z becomes a spare element while the current run continues.
        const s = z;
        for (;;) {
          z = nextItem();
          if (z === undefined) {
            return yield* fromDescendingPass(runList([[s], closeRun(y, x, r)], rs), 'asc', le);
          }
          if (yield* le(y, z)) {
            r.push(x);
            x = y;
            y = z;
          } else if (yield* le(x, z)) {
            r.push(x);
            x = z;
          } else {
            rs.push(closeRun(y, x, r));
            r = [];
            if (yield* le(s, z)) {
              y = z;
              x = s;
            } else {
              y = s;
              x = z;
            }
            break;
          }
        }
      }
    }
  } else {
    // Descending runs.
    y = y0;
    x = x0;
    for (;;) {
      let z = nextItem();
      if (z === undefined) return yield* ascendingPass(runList([closeRun(y, x, r)], rs), 'desc', le);
      if (!(yield* le(y, z))) {
        r.push(x);
        x = y;
        y = z;
      } else if (!(yield* le(x, z))) {
        r.push(x);
        x = z;
      } else if (r.length === 0) {
        r.push(z);
      } else {
        const s = z;
        for (;;) {
          z = nextItem();
          if (z === undefined) {
            return yield* ascendingPass(runList([[s], closeRun(y, x, r)], rs), 'desc', le);
          }
          if (!(yield* le(y, z))) {
            r.push(x);
            x = y;
            y = z;
          } else if (!(yield* le(x, z))) {
            r.push(x);
            x = z;
          } else {
            rs.push(closeRun(y, x, r));
            r = [];
            if (!(yield* le(s, z))) {
              y = z;
              x = s;
            } else {
              y = s;
              x = z;
            }
            break;
          }
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------
// usort/2

function* mergeRunsAscUnique(first: Run, second: Run, le: Le): CallGen<Run> {
  return yield* mergeAscUnique(first[0], arrayToList(first.slice(1)), arrayToList(second), le);
}
function* mergeRunsDescUnique(first: Run, second: Run, le: Le): CallGen<Run> {
  return yield* mergeDescUnique(arrayToList(first), second[0], arrayToList(second.slice(1)), le);
}

/** OTP's ufmergel: ascending unique merges; the first run of each pair is list 1. */
function* uniqueAscendingPass(runsIn: Run[], le: Le): CallGen<Run> {
  let runs = runsIn;
  for (;;) {
    const acc: Run[] = [];
    let i = 0;
    while (runs.length - i >= 2) {
      acc.push((yield* mergeRunsAscUnique(runs[i], runs[i + 1], le)).reverse());
      i += 2;
    }
    if (runs.length - i === 1) {
      if (acc.length === 0) return runs[i];
      acc.push(runs[i].slice().reverse());
    }
    runs = yield* uniqueDescendingPassOnce(acc.reverse(), le);
  }
}

/** OTP's rufmergel: descending unique merges; the second run of each pair is list 1. */
function* uniqueDescendingPassOnce(runs: Run[], le: Le): CallGen<Run[]> {
  const acc: Run[] = [];
  let i = 0;
  while (runs.length - i >= 2) {
    acc.push((yield* mergeRunsDescUnique(runs[i + 1], runs[i], le)).reverse());
    i += 2;
  }
  if (runs.length - i === 1) acc.push(runs[i].slice().reverse());
  return acc.reverse();
}

function* uniqueFromDescendingPass(runs: Run[], le: Le): CallGen<Run> {
  return yield* uniqueAscendingPass(yield* uniqueDescendingPassOnce(runs, le), le);
}

/**
 * lists:usort(Fun, List) for a list of at least two cons cells (`items`, ended by
 * `tail`). Two elements are equal when le(A, B) and le(B, A); the first one is kept.
 */
export function* usortWithFun(items: Term[], tail: Term, le: Le): CallGen<Term[]> {
  let i = 1;
  const nextItem = (): Term | undefined => {
    if (i < items.length) return items[i++];
    if (tail !== NIL) functionClause();
    return undefined;
  };
  const first = items[0];
  let z = nextItem();
  // Skip leading elements equal to the first one.
  for (;;) {
    if (z === undefined) return [first];
    if (yield* le(first, z)) {
      if (yield* le(z, first)) {
        if (i >= items.length && tail === NIL) return [first];
        z = nextItem();
        continue;
      }
      return yield* uniqueAscending(z, first, nextItem, [], [], le);
    }
    return yield* uniqueDescending(z, nextItem, [first], le);
  }
}

/** OTP's ufsplit_2: a strictly descending run; `r` holds earlier (larger) elements in order. */
function* uniqueDescending(y0: Term, nextItem: () => Term | undefined, r: Term[], le: Le): CallGen<Term[]> {
  let y = y0;
  for (;;) {
    const z = nextItem();
    if (z === undefined) return [y, ...r.slice().reverse()];
    if (yield* le(y, z)) {
      if (yield* le(z, y)) continue; // equal to y: dropped
      // The descending run so far, head first, is `r` in the order collected.
      return yield* uniqueAscending(z, y, nextItem, [], [r.slice()], le);
    }
    r.push(y);
    y = z;
  }
}

/** OTP's ufsplit_1 / ufsplit_1_1: ascending runs with x < y. */
function* uniqueAscending(
  y0: Term,
  x0: Term,
  nextItem: () => Term | undefined,
  r0: Term[],
  rs: Run[],
  le: Le,
): CallGen<Term[]> {
  let y = y0;
  let x = x0;
  let r = r0;
  for (;;) {
    let z = nextItem();
    if (z === undefined) return yield* uniqueFromDescendingPass(runList([closeRun(y, x, r)], rs), le);
    if (yield* le(y, z)) {
      if (!(yield* le(z, y))) {
        r.push(x);
        x = y;
        y = z;
      }
      continue;
    }
    if (yield* le(x, z)) {
      if (!(yield* le(z, x))) {
        r.push(x);
        x = z;
      }
      continue;
    }
    if (r.length === 0) {
      r.push(z);
      continue;
    }
    const s = z;
    for (;;) {
      z = nextItem();
      if (z === undefined) {
        return yield* uniqueFromDescendingPass(runList([[s], closeRun(y, x, r)], rs), le);
      }
      if (yield* le(y, z)) {
        if (!(yield* le(z, y))) {
          r.push(x);
          x = y;
          y = z;
        }
        continue;
      }
      if (yield* le(x, z)) {
        if (!(yield* le(z, x))) {
          r.push(x);
          x = z;
        }
        continue;
      }
      if (yield* le(s, z)) {
        if (yield* le(z, s)) continue; // equal to the spare: dropped
        rs.push(closeRun(y, x, r));
        r = [];
        y = z;
        x = s;
      } else {
        rs.push(closeRun(y, x, r));
        r = [];
        y = s;
        x = z;
      }
      break;
    }
  }
}

// ---------------------------------------------------------------------------
// sort/1 (term order). OTP's lists:sort/1 is NOT stable for elements that compare equal
// but differ (1 and 1.0): descending runs absorb equal elements and runs are merged
// three at a time, alternating direction. The split and merge schedule below is OTP's,
// so equal-but-different elements end up exactly where OTP puts them.

type Cmp = (a: Term, b: Term) => number;

/** Ascending merge of runs, on ties the earlier run first (OTP's merge3_1 / merge2_1). */
function mergeRunsUp(runs: Run[], cmp: Cmp): Run {
  const pos = runs.map(() => 0);
  const total = runs.reduce((n, r) => n + r.length, 0);
  const out: Run = [];
  while (out.length < total) {
    let best = -1;
    for (let k = 0; k < runs.length; k++) {
      if (pos[k] >= runs[k].length) continue;
      if (best < 0 || cmp(runs[k][pos[k]], runs[best][pos[best]]) < 0) best = k;
    }
    out.push(runs[best][pos[best]++]);
  }
  return out;
}

/** Descending merge of reverse-sorted runs, on ties the later run first (rmerge3_1 / rmerge2_1). */
function mergeRunsDown(runs: Run[], cmp: Cmp): Run {
  const pos = runs.map(() => 0);
  const total = runs.reduce((n, r) => n + r.length, 0);
  const out: Run = [];
  while (out.length < total) {
    let best = -1;
    for (let k = 0; k < runs.length; k++) {
      if (pos[k] >= runs[k].length) continue;
      if (best < 0 || cmp(runs[k][pos[k]], runs[best][pos[best]]) >= 0) best = k;
    }
    out.push(runs[best][pos[best]++]);
  }
  return out;
}

/**
 * OTP's mergel/rmergel: `runs` is a run list (head first) of ascending runs for the
 * upward pass, descending ones for the downward pass. Empty runs (possible for
 * lists:merge/1 input) are skipped as OTP skips them.
 */
export function mergeRunLists(start: Run[], upward: boolean, cmp: Cmp): Run {
  let runs = start;
  let up = upward;
  for (;;) {
    const acc: Run[] = []; // production order; OTP's accumulator is its reverse
    let i = 0;
    let handoff: Run | undefined; // a run put in front of the accumulator for the next pass
    if (up) {
      for (;;) {
        // Empty runs: a leading one is dropped, as is an empty second or third one.
        if (i < runs.length && runs[i].length === 0) {
          i++;
          continue;
        }
        if (runs.length - i >= 2 && runs[i + 1].length === 0) {
          runs = [...runs.slice(0, i + 1), ...runs.slice(i + 2)];
          continue;
        }
        if (runs.length - i >= 3 && runs[i + 2].length === 0) {
          runs = [...runs.slice(0, i + 2), ...runs.slice(i + 3)];
          continue;
        }
        const rest = runs.length - i;
        if (rest === 0) {
          if (acc.length === 0) return [];
          break;
        }
        if (rest === 1) {
          if (acc.length === 0) return runs[i];
          handoff = runs[i].slice().reverse();
          break;
        }
        if (rest === 2) {
          handoff = mergeRunsUp([runs[i], runs[i + 1]], cmp).reverse();
          break;
        }
        acc.push(mergeRunsUp([runs[i], runs[i + 1], runs[i + 2]], cmp).reverse());
        i += 3;
      }
    } else {
      for (;;) {
        const rest = runs.length - i;
        if (rest === 0) break;
        if (rest === 1) {
          handoff = runs[i].slice().reverse();
          break;
        }
        if (rest === 2) {
          handoff = mergeRunsDown([runs[i + 1], runs[i]], cmp).reverse();
          break;
        }
        acc.push(mergeRunsDown([runs[i + 2], runs[i + 1], runs[i]], cmp).reverse());
        i += 3;
      }
    }
    const next = acc.reverse();
    runs = handoff === undefined ? next : [handoff, ...next];
    up = !up;
  }
}

/** lists:sort/1 on the elements of a proper list. */
export function sortTerms(items: readonly Term[], cmp: Cmp): Term[] {
  const n = items.length;
  if (n < 2) return items.slice();
  const x0 = items[0];
  const y0 = items[1];
  if (n === 3) {
    const z = items[2];
    if (cmp(x0, y0) <= 0) {
      if (cmp(y0, z) <= 0) return [x0, y0, z];
      return cmp(x0, z) <= 0 ? [x0, z, y0] : [z, x0, y0];
    }
    if (cmp(x0, z) <= 0) return [y0, x0, z];
    return cmp(y0, z) <= 0 ? [y0, z, x0] : [z, y0, x0];
  }
  if (n === 2) return cmp(x0, y0) <= 0 ? [x0, y0] : [y0, x0];
  // Runs are [Y, X | R]: x and y the two latest elements, r the earlier ones in order.
  let x = x0;
  let y = y0;
  let r: Term[] = [];
  const rs: Run[] = [];
  let i = 2;
  let ascending: boolean;
  if (cmp(x0, y0) <= 0) {
    if (cmp(x0, y0) === 0) {
      // A leading run of equal elements (OTP's sort_1).
      r = [x0];
      x = y0;
      for (;;) {
        if (i >= n) return [...r, x];
        const next = items[i++];
        const c = cmp(x, next);
        if (c === 0) {
          r.push(x);
          x = next;
          continue;
        }
        y = next;
        ascending = c < 0;
        break;
      }
    } else {
      ascending = true;
    }
  } else {
    ascending = false;
    // split_2(X, Y, ...) is called with X > Y as its first two arguments.
  }
  // From here: ascending runs keep x <= y (run [y, x | r] descending); descending runs
  // keep y <= x (run [y, x | r] ascending). The spare element `s` starts a new run.
  for (;;) {
    let s: Term | undefined;
    if (ascending) {
      for (;;) {
        if (i >= n) {
          const run = closeRun(y, x, r);
          const runs = s === undefined ? runList([run], rs) : runList([[s], run], rs);
          return mergeRunLists(runs, false, cmp);
        }
        const z = items[i++];
        if (cmp(z, y) >= 0) {
          r.push(x);
          x = y;
          y = z;
        } else if (cmp(z, x) >= 0) {
          r.push(x);
          x = z;
        } else if (s === undefined && r.length === 0) {
          r.push(z);
        } else if (s === undefined) {
          s = z;
        } else {
          rs.push(closeRun(y, x, r));
          r = [];
          if (cmp(s, z) <= 0) {
            x = s;
            y = z;
          } else {
            x = z;
            y = s;
          }
          s = undefined;
        }
      }
    } else {
      for (;;) {
        if (i >= n) {
          const run = closeRun(y, x, r);
          const runs = s === undefined ? runList([run], rs) : runList([[s], run], rs);
          return mergeRunLists(runs, true, cmp);
        }
        const z = items[i++];
        if (cmp(z, y) <= 0) {
          r.push(x);
          x = y;
          y = z;
        } else if (cmp(z, x) <= 0) {
          r.push(x);
          x = z;
        } else if (s === undefined && r.length === 0) {
          r.push(z);
        } else if (s === undefined) {
          s = z;
        } else {
          rs.push(closeRun(y, x, r));
          r = [];
          if (cmp(s, z) > 0) {
            x = s;
            y = z;
          } else {
            x = z;
            y = s;
          }
          s = undefined;
        }
      }
    }
  }
}
