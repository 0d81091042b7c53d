// io_lib_pretty's intermediate form under a chars limit (intermediate/7):
// what ~p ~P ~w ~W print when io_lib:format/3 is given {chars_limit, T}, and
// io_lib:write/2 with a chars_limit option.
//
// print_length/7 is run with a limit T: every sequence subtracts its brackets,
// separators and elements from T, and where T or the depth runs out a "..."
// is left that remembers how to go on (More). intermediate/7 starts at depth
// 1 and deepens the whole term (expand/3) by doubling steps until the text is
// longer than T or nothing is cut any more, then bisects between the last two
// depths, so that the output is about T characters with every branch cut at
// the same depth.
//
// The tree is that of pretty-tree.ts with `dots` and `more` set, so the
// one-line writer and the layout pass print it unchanged. OTP's recursive
// functions are generators here, each yielding the sub-computation it needs
// to a driver with an explicit stack (runTask), so deep terms under a large
// limit cost heap, not JS stack.

import { Atom } from '../terms/atom';
import { ErlMap } from '../terms/map';
import { Bitstring, Cons, ExportFun, Fun, NIL, Tuple, type Term } from '../terms/types';
import { type Encoding, charsLength, graphemeCount, graphemePrefix, isPrintableChar, printableList, stringFromCodePoints, writeAtom, writeString, codePointsOf } from './chars';
import type { Out } from './deep-chars';
import { mapEntriesInOrder, type MapsOrder } from './maporder';
import {
  K,
  binNode,
  leaf,
  printableBin,
  printableBinLeaf,
  type Ctx,
  type DotsNode,
  type Leaf,
  type Node,
  type Pair,
  type Seq,
  type SeqBody,
  type Task,
  writeNode,
} from './pretty-tree';
import { binaryParts, tsub, writeAtomic } from './write';

/** Runs a task and the sub-tasks it yields, depth first, without JS recursion. */
function runTask<R>(root: Task<R>): R {
  const stack: Array<Task<unknown>> = [root];
  let value: unknown = undefined;
  for (;;) {
    const r = stack[stack.length - 1]!.next(value);
    if (r.done) {
      stack.pop();
      value = r.value;
      if (stack.length === 0) return value as R;
    } else {
      stack.push(r.value);
      value = undefined;
    }
  }
}

/** A task that is already done. */
function* done<R>(v: R): Task<R> {
  return v;
}

/** Number of "..." a node holds (NumOfDots). */
function dotsOf(n: Node): number {
  return n.k === K.Dots ? 3 : (n.dots ?? 0);
}

/** A "..." at the end of a tuple, map or list body that can print the rest. */
function dotsTail(tail: (t: number, dd: number) => Task<SeqBody>): DotsNode {
  return { k: K.Dots, len: 3, tail };
}

/** list_length/3: the one-line length of a body after `base` bracket characters, and its dots. */
function bodyLength(base: number, body: SeqBody): { len: number; dots: number } {
  let len = base;
  let dots = 0;
  let n = 0;
  for (const e of body.elems) {
    len += e.len;
    dots += dotsOf(e);
    n++;
  }
  if (body.end !== null) {
    len += body.end.len;
    dots += dotsOf(body.end);
    n++;
  }
  return { len: n > 0 ? len + n - 1 : len, dots };
}

function seqNode(k: K.List | K.Tuple | K.Map, body: SeqBody, base: number, tagged: boolean): Seq {
  const { len, dots } = bodyLength(base, body);
  return { k, len, elems: body.elems, end: body.end, tagged, dots };
}

/** print_length/7 with T >= 0 and D > 0. */
function printLength(t: Term, d: number, lim: number, ctx: Ctx): Task<Node> {
  if (t === NIL) return done(leaf('[]', 2));
  if (t instanceof Tuple && t.arity === 0) return done(leaf('{}', 2));
  if (t instanceof ErlMap && t.size === 0) return done(leaf('#{}', 3));
  if (t instanceof Atom) {
    const s = writeAtom(t, ctx.enc);
    return done(leaf(s, charsLength(s)));
  }
  if (t instanceof Cons) return printLengthCons(t, d, lim, ctx);
  if (t instanceof Fun || t instanceof ExportFun) {
    const s = writeAtomic(t, 'latin1');
    return done(leaf(s, s.length));
  }
  if (t instanceof Tuple) return printLengthTuple(t, d, lim, ctx);
  if (t instanceof ErlMap) return printLengthMap(t, d, lim, ctx);
  if (t instanceof Bitstring) return done(printLengthBits(t, d, lim, ctx));
  const s = writeAtomic(t, 'latin1');
  return done(leaf(s, charsLength(s)));
}

function* printLengthCons(list: Cons, d: number, lim: number, ctx: Ctx): Task<Node> {
  const p = ctx.str ? printableListLimited(list, d, lim, ctx) : false;
  const mode = ctx.enc === 'latin1' ? 'latin1' : 'unicode';
  if (p === true) {
    const s = writeString(printableChars(list), 0x22, mode);
    return leaf(s, charsLength(s));
  }
  if (p !== false) {
    // [S | "..."]; no dots, as a deeper print would not make the prefix longer.
    const s = writeString(p, 0x22, mode);
    return { k: K.Leaf, len: 3 + charsLength(s), s: s + '...', deep: [[s], '...'] };
  }
  const node = seqNode(K.List, (yield printLengthList1(list, d, tsub(lim, 2), ctx)) as SeqBody, 2, false);
  if (node.dots! > 0) node.more = (t1, dd) => printLength(list, d + dd, t1, ctx);
  return node;
}

/** The characters of a list already known to be printable. */
function printableChars(list: Term): number[] {
  const out: number[] = [];
  for (let x = list; x instanceof Cons; x = x.tail) out.push(x.head as number);
  return out;
}

/** print_length_list1/7: the elements while T and the depth last, then "..." or the improper tail. */
function* printLengthList1(list: Term, d0: number, lim0: number, ctx: Ctx): Task<SeqBody> {
  const elems: Node[] = [];
  let x = list;
  let d = d0;
  let lim = lim0;
  for (;;) {
    if (x === NIL) return { elems, end: null };
    if (d === 1 || lim === 0) {
      const rest = x;
      const dr = d;
      return { elems, end: dotsTail((t1, dd) => printLengthList1(rest, dr + dd, t1, ctx)) };
    }
    if (!(x instanceof Cons)) return { elems, end: (yield printLength(x, d - 1, lim, ctx)) as Node };
    // No comma is counted after the last element.
    const lim1 = x.tail === NIL ? lim : tsub(lim, 1);
    const e = (yield printLength(x.head, d - 1, lim1, ctx)) as Node;
    elems.push(e);
    lim = tsub(lim1, e.len);
    d--;
    x = x.tail;
  }
}

function* printLengthTuple(tuple: Tuple, d: number, lim: number, ctx: Ctx): Task<Node> {
  if (d === 1) return { ...leaf('{...}', 5), dots: 3, more: (t1, dd) => printLengthTuple(tuple, 1 + dd, t1, ctx) };
  const tagged = tuple.elements[0] instanceof Atom && tuple.arity > 1;
  return seqNode(K.Tuple, (yield printLengthTuple1(tuple, 0, d, tsub(lim, 2), ctx)) as SeqBody, 2, tagged);
}

/** print_length_tuple1/8 from element index i (0-based). */
function* printLengthTuple1(tuple: Tuple, i0: number, d0: number, lim0: number, ctx: Ctx): Task<SeqBody> {
  const elems: Node[] = [];
  let i = i0;
  let d = d0;
  let lim = lim0;
  for (;;) {
    if (i >= tuple.arity) return { elems, end: null };
    if (d === 1 || lim === 0) {
      const ir = i;
      const dr = d;
      return { elems, end: dotsTail((t1, dd) => printLengthTuple1(tuple, ir, dr + dd, t1, ctx)) };
    }
    const lim1 = i === tuple.arity - 1 ? lim : tsub(lim, 1);
    const e = (yield printLength(tuple.elements[i]!, d - 1, lim1, ctx)) as Node;
    elems.push(e);
    lim = tsub(lim1, e.len);
    d--;
    i++;
  }
}

function* printLengthMap(map: ErlMap, d: number, lim: number, ctx: Ctx): Task<Node> {
  if (d === 1) return { ...leaf('#{...}', 6), dots: 3, more: (t1, dd) => printLengthMap(map, 1 + dd, t1, ctx) };
  const entries = mapEntriesInOrder(map, ctx.order);
  return seqNode(K.Map, (yield printLengthMapPairs(entries, 0, d, d - 1, tsub(lim, 3), ctx)) as SeqBody, 3, false);
}

/**
 * print_length_map_pairs/8 from entry i. Keys and values are printed at depth
 * d0, which a "..." keeps when it is printed deeper later (as OTP does).
 */
function* printLengthMapPairs(
  entries: Array<[Term, Term]>,
  i0: number,
  d0: number,
  dPair: number,
  lim0: number,
  ctx: Ctx,
): Task<SeqBody> {
  const elems: Node[] = [];
  let i = i0;
  let d = d0;
  let lim = lim0;
  for (;;) {
    if (i >= entries.length) return { elems, end: null };
    if (d === 1 || lim === 0) {
      const ir = i;
      const dr = d;
      return { elems, end: dotsTail((t1, dd) => printLengthMapPairs(entries, ir, dr + dd, dPair, t1, ctx)) };
    }
    const lim1 = i === entries.length - 1 ? lim : tsub(lim, 1);
    const [k, v] = entries[i]!;
    const pair = (yield printLengthPair(k, v, dPair, lim1, ctx)) as Pair;
    elems.push(pair);
    lim = tsub(lim1, pair.len);
    d--;
    i++;
  }
}

function* printLengthPair(k: Term, v: Term, d: number, lim: number, ctx: Ctx): Task<Pair> {
  const key = (yield printLength(k, d, lim, ctx)) as Node;
  const kl = key.len + 4;
  const value = (yield printLength(v, d, tsub(lim, kl), ctx)) as Node;
  return { k: K.Pair, len: kl + value.len, key, value, dots: dotsOf(key) + dotsOf(value) };
}

function printLengthBits(b: Bitstring, d: number, lim: number, ctx: Ctx): Node {
  if (b.bitSize === 0) return leaf('<<>>', 4);
  const again = (t1: number, dd: number): Task<Node> => done(printLengthBits(b, d + dd, t1, ctx));
  if (d === 1) return { ...leaf('<<...>>', 7), dots: 3, more: again };
  const p = ctx.str && b.isBinary ? printableBin(b, d - 1, ctx, tsub(lim, 6)) : false;
  if (p !== false) {
    const node: Leaf = printableBinLeaf(p);
    if (p.kind === 'prefix') {
      node.dots = 3;
      node.more = again;
    }
    return node;
  }
  const { parts, truncated } = binaryParts(b, d, lim);
  const node = binNode(parts);
  if (truncated) {
    node.dots = 3;
    node.more = again;
  }
  return node;
}

/**
 * printable_list/4 with T >= 0: true when the whole list prints as a string
 * within T - 2 characters, the characters of the prefix that fits when only
 * part of it does, false when it is no string.
 */
function printableListLimited(list: Cons, d: number, lim: number, ctx: Ctx): boolean | number[] {
  if (d === 1) return false;
  const n = tsub(lim, 2);
  return ctx.enc === 'latin1' ? printableLatin1Limited(list, n) : printableUnicodeLimited(list, n, ctx);
}

/** printable_latin1_list/2: 'all', or how many of n were left where the test stopped. */
function printableLatin1Limited(list: Cons, n: number): boolean | number[] {
  let left = n;
  let x: Term = list;
  const prefix: number[] = [];
  for (;;) {
    if (x === NIL) return true;
    if (!(x instanceof Cons)) break;
    if (left === 0) break;
    const c = x.head;
    if (typeof c !== 'number' || !isPrintableChar(c, 'latin1')) break;
    prefix.push(c);
    left--;
    x = x.tail;
  }
  // Stopping with none left (even at an improper tail) means the first n are the prefix.
  return left === 0 ? prefix : false;
}

/**
 * The unicode clause: the first n grapheme clusters (string:slice/3), then
 * the whole list (when it is no longer) or that prefix must be printable in
 * io:printable_range(). Character data string:slice would reject, or nested
 * lists within the prefix, are no string.
 */
function printableUnicodeLimited(list: Cons, n: number, ctx: Ctx): boolean | number[] {
  if (n === 0) return false;
  // Only the first n clusters and what follows them matter: read a bounded run first.
  let run = flatRun(list, 2 * n + 32);
  let prefix = codePointsOf(graphemePrefix(stringFromCodePoints(run.flat), n));
  if (prefix.length === run.flat.length && run.capped) {
    run = flatRun(list, Infinity);
    prefix = codePointsOf(graphemePrefix(stringFromCodePoints(run.flat), n));
  }
  if (prefix.length < run.flat.length) return prefix.every((c) => isPrintableChar(c, ctx.range)) ? prefix : false;
  // string:equal(Prefix, L): io_lib:printable_list/1 of the whole list.
  if (run.rest === NIL) return printableList(list, ctx.range) !== null;
  // Exactly n clusters, then a nested list: string:slice stops before it, and the prefix is flat.
  const nestedNext = run.rest instanceof Cons && (run.rest.head instanceof Cons || run.rest.head === NIL);
  if (nestedNext && graphemeCount(stringFromCodePoints(run.flat)) === n) {
    return prefix.every((c) => isPrintableChar(c, ctx.range)) ? prefix : false;
  }
  return false;
}

/** The code points at the head of a list, up to `cap` of them, and what follows. */
function flatRun(list: Term, cap: number): { flat: number[]; rest: Term; capped: boolean } {
  const flat: number[] = [];
  let x = list;
  while (x instanceof Cons) {
    if (flat.length >= cap) return { flat, rest: x, capped: true };
    const c = x.head;
    if (typeof c !== 'number' || c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) break;
    flat.push(c);
    x = x.tail;
  }
  return { flat, rest: x, capped: false };
}

// ---- expand/3 and the depth search ----

/** expand/3: the node printed Dd levels deeper with limit T. */
function* expand(n: Node, lim: number, dd: number): Task<Node> {
  if (n.k === K.Dots) throw new Error('expand: "..." outside a sequence');
  if (dotsOf(n) === 0 && n.more === undefined) return n;
  if (n.k === K.Tuple || n.k === K.Map) {
    const base = n.k === K.Tuple ? 2 : 3;
    return seqNode(n.k, (yield expandBody(n, tsub(lim, base), dd)) as SeqBody, base, n.tagged);
  }
  if (n.k === K.Pair) {
    const key = (yield expand(n.key, tsub(lim, 1), dd)) as Node;
    const kl = key.len + 4;
    const value = (yield expand(n.value, tsub(lim, kl), dd)) as Node;
    return { k: K.Pair, len: kl + value.len, key, value, dots: dotsOf(key) + dotsOf(value) };
  }
  if (n.more === undefined) throw new Error('expand: a cut node without More');
  return (yield n.more(lim, dd)) as Node;
}

/** expand_list/3 over a tuple or map body: each element, then the rest behind its "...". */
function* expandBody(body: SeqBody, lim0: number, dd: number): Task<SeqBody> {
  const elems: Node[] = [];
  let lim = lim0;
  const last = body.elems.length - 1;
  for (let i = 0; i <= last; i++) {
    const lim1 = i === last && body.end === null ? lim : tsub(lim, 1);
    const e = (yield expand(body.elems[i]!, lim1, dd)) as Node;
    elems.push(e);
    lim = tsub(lim1, e.len);
  }
  if (body.end === null) return { elems, end: null };
  if (body.end.k !== K.Dots || body.end.tail === undefined) throw new Error('expand: a body ending without More');
  const rest = (yield body.end.tail(lim, dd)) as SeqBody;
  return { elems: elems.concat(rest.elems), end: rest.end };
}

/**
 * intermediate/7: the tree of a term cut to about `lim` characters (lim > 0),
 * at most `depth` levels deep (-1: no limit).
 */
export function intermediate(term: Term, depth: number, lim: number, ctx: Ctx): Node {
  const first = runTask(printLength(term, 1, lim, ctx));
  if (dotsOf(first) === 0 || first.len > lim || depth === 1) return first;
  return findUpper(first, lim, 1, 2, depth, first.len);
}

/** find_upper/11: doubles the depth step until the text is too long, nothing is cut, or the depth limit is met. */
function findUpper(lower0: Node, lim: number, dl0: number, dd0: number, depth: number, lastLen0: number): Node {
  let lower = lower0;
  let dl = dl0;
  let dd = dd0;
  let lastLen = lastLen0;
  for (;;) {
    const dd2 = dd * 2;
    const d1 = depth < 0 ? dl + dd2 : Math.min(dl + dd2, depth);
    const n = runTask(expand(lower, lim, d1 - dl));
    if (dotsOf(n) === 0) return n;
    if (n.len === lastLen) return n;
    if (n.len <= lim && (d1 < depth || depth < 0)) {
      lower = n;
      dl = d1;
      dd = dd2;
      lastLen = n.len;
      continue;
    }
    return searchDepth(lower, n, lim, dl, d1);
  }
}

/** search_depth/10: bisects between a depth that fits and one that does not. */
function searchDepth(lower0: Node, upper0: Node, lim: number, dl0: number, du0: number): Node {
  let lower = lower0;
  let upper = upper0;
  let dl = dl0;
  let du = du0;
  while (du - dl !== 1) {
    const d1 = Math.floor((dl + du) / 2);
    const n = runTask(expand(lower, lim, d1 - dl));
    if (n.len > lim) {
      upper = n;
      du = d1;
    } else {
      lower = n;
      dl = d1;
    }
  }
  return lower.len === lim ? lower : upper;
}

/**
 * io_lib:write/2 with a positive chars_limit: the intermediate tree written on
 * one line (lists and binaries are never shown as strings here).
 */
export function writeLimitedTo(
  out: Out,
  term: Term,
  opts: { depth: number; charsLimit: number; encoding: Encoding; mapsOrder: MapsOrder },
): void {
  const ctx: Ctx = { enc: opts.encoding, str: false, order: opts.mapsOrder, range: 'latin1' };
  writeNode(intermediate(term, opts.depth, opts.charsLimit, ctx), out);
}
