// The unicode-aware string API of OTP 26 string.erl, ported clause by clause on terms.
// Result shapes (binary kept whole, [Bin | Tail], deep lists) follow from the clause
// structure, so the ports keep it; where OTP recurses without a tail call, the port
// collects the pending outer steps in an array ("posts") and applies them afterwards,
// so long strings do not exhaust the JS stack.

import { atoms } from '../terms/atom';
import { raiseError } from '../bifs/exception';
import { Atom, Bitstring, Cons, Float, NIL, Tuple, type Term } from '../terms/types';
import { cp, gc, isErrorTuple, whitespace } from './unicode-util';
import { normalizeFirst, type NormForm } from './normalize';
import * as P from './props';
import { charactersToList } from './encoding';
import {
  EMPTY_BIN,
  append as listAppend,
  badargError,
  badargWith,
  binFrom,
  binOf,
  binTake,
  concatBytes,
  cons,
  decodeUtf8At,
  duplicate,
  exactEq,
  functionClause,
  isBin,
  isEmptyBin,
  list,
  listLength,
  member,
  reverse,
  tuple,
  utf8Bytes,
  isUtf8Encodable,
} from './terms-util';
import {
  addNonEmpty,
  binSearch,
  binSearchInv,
  binSearchStr,
  btoken,
  byteSizeOf,
  caseClause,
  charsToBinary,
  cpPrefix,
  dropBytes,
  gcAppend,
  isEmpty,
  matchCons,
  prefix1,
  rev,
  searchCompile,
  searchPattern,
  skipUtf8,
  stack,
  stringEqual,
  takeBytes,
  type SearchPattern,
  type SearchResult,
} from './string-search';

const A = {
  leading: Atom.of('leading'),
  trailing: Atom.of('trailing'),
  both: Atom.of('both'),
  all: Atom.of('all'),
  infinity: Atom.of('infinity'),
  nomatch: Atom.of('nomatch'),
  none: Atom.of('none'),
  no_integer: Atom.of('no_integer'),
  no_float: Atom.of('no_float'),
  not_a_list: Atom.of('not_a_list'),
  nfc: Atom.of('nfc'),
  nfd: Atom.of('nfd'),
  nfkc: Atom.of('nfkc'),
  nfkd: Atom.of('nfkd'),
};

export const NOMATCH = A.nomatch;

type Post = (r: Term) => Term;
function applyPosts(posts: Post[], base: Term): Term {
  for (let i = posts.length - 1; i >= 0; i--) base = posts[i](base);
  return base;
}

/** ?ASCII_LIST(CP1, CP2) */
function asciiPair(cp1: Term, cp2: Term): boolean {
  return typeof cp1 === 'number' && cp1 >= 0 && cp1 < 256 && typeof cp2 === 'number' && cp2 >= 0 && cp2 < 256 && cp1 !== 13;
}

/** Split a binary at its first UTF-8 code point: [cp, rest] or undefined. */
function binCp(t: Term): [number, Bitstring] | undefined {
  if (!isBin(t)) return undefined;
  const d = decodeUtf8At(t.bytes, 0, t.byteSize);
  return d === undefined ? undefined : [d[0], binFrom(t, d[1])];
}

function gcOrBadarg(t: Term): Term {
  const r = gc(t);
  if (isErrorTuple(r)) return badargWith((r as Tuple).elements[1]);
  return r;
}

function cpOrBadarg(t: Term): Term {
  const r = cp(t);
  if (isErrorTuple(r)) return badargWith((r as Tuple).elements[1]);
  return r;
}

function isIntTerm(t: Term): t is number | bigint {
  return typeof t === 'number' || typeof t === 'bigint';
}

/** A count argument as a JS number (huge bignums behave like "more than any string"). */
function count(t: number | bigint): number {
  return typeof t === 'number' ? t : t > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
}

// ---- length / to_graphemes / reverse / equal / is_empty ----

export function length(cd: Term): number {
  const b = binCp(cd);
  if (b !== undefined) return lengthB(b[1], b[0], 0);
  let n = 0;
  let str = cd;
  for (;;) {
    if (str instanceof Cons && str.tail instanceof Cons && asciiPair(str.head, str.tail.head)) {
      str = str.tail;
      n++;
      continue;
    }
    const r = gcOrBadarg(str);
    if (r === NIL) return n;
    str = matchCons(r).tail;
    n++;
  }
}

function lengthB(bin: Term, cp1: number, n: number): number {
  for (;;) {
    const b = binCp(bin);
    if (b !== undefined && asciiPair(cp1, b[0])) {
      cp1 = b[0];
      bin = b[1];
      n++;
      continue;
    }
    const g = matchCons(gc(cons(cp1, bin)));
    const r = cpOrBadarg(g.tail);
    if (r === NIL) return n + 1;
    const c = matchCons(r);
    cp1 = c.head as number;
    bin = c.tail;
    n++;
  }
}

export function toGraphemes(cd: Term): Term {
  const out: Term[] = [];
  let cur = cd;
  for (;;) {
    const r = gc(cur);
    if (r === NIL) return list(out);
    if (isErrorTuple(r)) return badargWith((r as Tuple).elements[1]);
    const c = matchCons(r);
    out.push(c.head);
    cur = c.tail;
  }
}

export function reverseString(cd: Term): Term {
  let acc: Term = NIL;
  const b = binCp(cd);
  if (b !== undefined) {
    let [cp1, bin] = [b[0], b[1] as Term];
    for (;;) {
      const nb = binCp(bin);
      if (nb !== undefined && asciiPair(cp1, nb[0])) {
        acc = cons(cp1, acc);
        cp1 = nb[0];
        bin = nb[1];
        continue;
      }
      const g = matchCons(gc(cons(cp1, bin)));
      const r = cpOrBadarg(g.tail);
      if (r === NIL) return cons(g.head, acc);
      acc = cons(g.head, acc);
      const c = matchCons(r);
      cp1 = c.head as number;
      bin = c.tail;
    }
  }
  let cur = cd;
  for (;;) {
    if (cur instanceof Cons && cur.tail instanceof Cons && asciiPair(cur.head, cur.tail.head)) {
      acc = cons(cur.head, acc);
      cur = cur.tail;
      continue;
    }
    const r = gcOrBadarg(cur);
    if (r === NIL) return acc;
    const c = matchCons(r);
    acc = cons(c.head, acc);
    cur = c.tail;
  }
}

export { isEmpty, stringEqual };

export function equal3(a: Term, b: Term, ignoreCase: Term): boolean {
  if (ignoreCase === atoms.false) return stringEqual(a, b);
  if (ignoreCase === atoms.true) return equalNocase(a, b);
  return functionClause();
}

export function equal4(a: Term, b: Term, ignoreCase: Term, norm: Term): boolean {
  if (norm === A.none) return equal3(a, b, ignoreCase);
  if (ignoreCase === atoms.false) return equalNorm(a, b, norm, false);
  if (ignoreCase === atoms.true) return equalNorm(a, b, norm, true);
  return functionClause();
}

function normForm(t: Term): NormForm {
  if (t === A.nfc) return 'nfc';
  if (t === A.nfd) return 'nfd';
  if (t === A.nfkc) return 'nfkc';
  if (t === A.nfkd) return 'nfkd';
  return raiseError(atoms.undef); // unicode_util:Norm/1 does not exist
}

function bothLists(x: Term, y: Term): boolean {
  return (x instanceof Cons || x === NIL) && (y instanceof Cons || y === NIL);
}

function equalNocase(a: Term, b: Term): boolean {
  for (;;) {
    if (exactEq(a, b)) return true;
    const ca = cp(casefoldFirst(a));
    const cb = cp(casefoldFirst(b));
    if (ca instanceof Cons && cb instanceof Cons && exactEq(ca.head, cb.head)) {
      a = ca.tail;
      b = cb.tail;
      continue;
    }
    if (ca === NIL && cb === NIL) return true;
    if (bothLists(ca, cb)) return false;
    return caseClause(tuple(ca, cb));
  }
}

function equalNorm(a: Term, b: Term, norm: Term, nocase: boolean): boolean {
  for (;;) {
    if (exactEq(a, b)) return true;
    const form = normForm(norm); // unicode_util:Norm/1 is only reached here
    const na = normalizeFirst(a, form);
    const nb = normalizeFirst(b, form);
    const ca = cp(nocase ? casefoldFirst(na) : na);
    const cb = cp(nocase ? casefoldFirst(nb) : nb);
    if (ca instanceof Cons && cb instanceof Cons && exactEq(ca.head, cb.head)) {
      a = ca.tail;
      b = cb.tail;
      continue;
    }
    if (ca === NIL && cb === NIL) return true;
    if (bothLists(ca, cb)) return false;
    return caseClause(tuple(ca, cb));
  }
}

// ---- unicode_util case functions (first code point only) ----

type CaseFn = (cp: number) => P.CaseMapping;

function caseFirst(t: Term, f: CaseFn): Term {
  const r = cp(t);
  if (r instanceof Cons) {
    const m = f(r.head as number);
    return cons(typeof m === 'number' ? m : list(m), r.tail);
  }
  if (r === NIL) return NIL;
  return badargWith((r as Tuple).elements[1]);
}

export const uppercaseFirst = (t: Term): Term => caseFirst(t, P.upperOf);
export const lowercaseFirst = (t: Term): Term => caseFirst(t, P.lowerOf);
export const titlecaseFirst = (t: Term): Term => caseFirst(t, P.titleOf);
export const casefoldFirst = (t: Term): Term => caseFirst(t, P.foldOf);

// ---- slice ----

export function slice2(cd: Term, n: Term): Term {
  if (isIntTerm(n) && count(n) >= 0) {
    const r = sliceL0(cd, count(n));
    return r === NIL && isBin(cd) ? EMPTY_BIN : r;
  }
  return functionClause();
}

export function slice3(cd: Term, n: Term, len: Term): Term {
  if (isIntTerm(n) && count(n) >= 0 && isIntTerm(len) && count(len) > 0) {
    const l = sliceL0(cd, count(n));
    if (l === NIL && isBin(cd)) return EMPTY_BIN;
    return sliceTrail(l, count(len));
  }
  if (isIntTerm(n) && count(n) >= 0 && len === A.infinity) return slice2(cd, n);
  if (len === 0) return isBin(cd) ? EMPTY_BIN : NIL;
  return functionClause();
}

function sliceL0(cd: Term, n: number): Term {
  const b = binCp(cd);
  if (b !== undefined && n > 0) return sliceLb(b[1], b[0], n);
  return sliceL(cd, n);
}

function sliceL(cd: Term, n: number): Term {
  for (;;) {
    if (n === 0) return cd;
    if (cd instanceof Cons && cd.tail instanceof Cons && asciiPair(cd.head, cd.tail.head)) {
      cd = cd.tail;
      n--;
      continue;
    }
    const r = gcOrBadarg(cd);
    if (r === NIL) return NIL;
    cd = matchCons(r).tail;
    n--;
  }
}

function sliceLb(bin: Term, cp1: number, n: number): Term {
  for (;;) {
    const b = binCp(bin);
    if (b !== undefined && asciiPair(cp1, b[0]) && n > 1) {
      cp1 = b[0];
      bin = b[1];
      n--;
      continue;
    }
    const rest = matchCons(gc(cons(cp1, bin))).tail;
    if (n === 1) return rest;
    const r = cpOrBadarg(rest);
    if (r === NIL) return EMPTY_BIN;
    const c = matchCons(r);
    cp1 = c.head as number;
    bin = c.tail;
    n--;
  }
}

function sliceTrail(orig: Term, n: number): Term {
  if (isBin(orig)) {
    const b = binCp(orig);
    if (b !== undefined && n > 0) {
      const len = sliceBin(b[1], b[0], n);
      return binTake(orig, orig.byteSize - len);
    }
    if (orig.byteSize > 0 && n > 0) return badargWith(orig);
    return EMPTY_BIN;
  }
  if (orig instanceof Cons || orig === NIL) return sliceList(orig, n);
  return functionClause();
}

function sliceList(cd: Term, n: number): Term {
  const posts: Post[] = [];
  for (;;) {
    if (n === 0) return applyPosts(posts, NIL);
    if (cd instanceof Cons && cd.tail instanceof Cons && asciiPair(cd.head, cd.tail.head)) {
      const c = cd.head;
      posts.push((r) => cons(c, r));
      cd = cd.tail;
      n--;
      continue;
    }
    const r = gcOrBadarg(cd);
    if (r === NIL) return applyPosts(posts, NIL);
    const g = matchCons(r);
    const head = g.head;
    posts.push((res) => gcAppend(head, res));
    cd = g.tail;
    n--;
  }
}

/** Bytes left after taking N grapheme clusters (counting the pending CP1). */
function sliceBin(cd: Term, cp1: number, n: number): number {
  for (;;) {
    if (n === 0) return byteSizeOf(cd) + utf8Bytes(cp1).length;
    const b = binCp(cd);
    if (b !== undefined && asciiPair(cp1, b[0])) {
      cp1 = b[0];
      cd = b[1];
      n--;
      continue;
    }
    const rest = matchCons(gc(cons(cp1, cd))).tail;
    const r = cpOrBadarg(rest);
    if (r === NIL) return 0;
    const c = matchCons(r);
    cp1 = c.head as number;
    cd = c.tail;
    n--;
  }
}

// ---- pad ----

export function pad(cd: Term, length0: Term, dir: Term, ch: Term): Term {
  if (!isIntTerm(length0)) return functionClause();
  if (dir !== A.leading && dir !== A.trailing && dir !== A.both) return functionClause();
  const len = length(cd);
  const size = Math.max(0, count(length0) - len);
  if (dir === A.leading) return list([duplicate(size, ch), cd]);
  if (dir === A.trailing) return cons(cd, duplicate(size, ch));
  const pre = duplicate(Math.floor(size / 2), ch);
  const post = size % 2 === 1 ? list([ch]) : NIL;
  return list([pre, cd, pre], post);
}

// ---- trim / chomp ----

export function trim(str: Term, dir: Term, seps: Term): Term {
  if (seps === NIL) return str;
  const isList = (t: Term): boolean => t instanceof Cons || t === NIL;
  const single = seps instanceof Cons && seps.tail === NIL && typeof seps.head === 'number' && seps.head >= 0 && seps.head < 256;
  if (dir === A.leading) {
    if (single && isList(str)) return trimLs(str, (seps as Cons).head as number);
    if (isList(seps)) return trimL(str, seps);
    return functionClause();
  }
  if (dir === A.trailing) {
    if (single && isList(str)) return trimTs(str, (seps as Cons).head as number);
    if (isList(seps)) return trimT(str, 0, searchPattern(seps));
    return functionClause();
  }
  if (dir === A.both && isList(seps)) return trim(trim(str, A.leading, seps), A.trailing, seps);
  return functionClause();
}

export function trimDefault(str: Term, dir: Term): Term {
  return trim(str, dir, whitespace());
}

function trimLs(str: Term, sep: number): Term {
  for (;;) {
    if (str instanceof Cons && str.tail instanceof Cons && asciiPair(str.head, str.tail.head)) {
      if (str.head === sep) {
        str = str.tail;
        continue;
      }
      return str;
    }
    return trimL(str, list([sep]));
  }
}

function trimL(str: Term, sep: Term): Term {
  for (;;) {
    if (str instanceof Cons && str.tail instanceof Cons && asciiPair(str.head, str.tail.head)) {
      if (member(str.head, sep)) {
        str = str.tail;
        continue;
      }
      return str;
    }
    if (str instanceof Cons && isBin(str.head)) {
      const r = binSearchInv(str.head, str.tail, sep);
      if (r.nomatch) {
        str = r.cont;
        continue;
      }
      return r.at;
    }
    if (str instanceof Cons || str === NIL) {
      const r = gc(str);
      if (r instanceof Cons) {
        if (member(r.head, sep)) {
          str = r.tail;
          continue;
        }
        return str;
      }
      if (r === NIL) return NIL;
      return caseClause(r);
    }
    if (isBin(str)) {
      const r = binSearchInv(str, NIL, sep);
      if (r.nomatch) return EMPTY_BIN;
      return matchCons(r.at).head;
    }
    return functionClause();
  }
}

function trimTs(str: Term, sep: number): Term {
  // frames: true = a separator that is dropped if nothing follows, number = kept code point
  const posts: Post[] = [];
  for (;;) {
    if (str instanceof Cons && str.head === sep) {
      const cs1 = str.tail;
      if (cs1 === NIL) return applyPosts(posts, NIL);
      if (cs1 instanceof Cons && asciiPair(sep, cs1.head)) {
        posts.push((tail) => (isEmpty(tail) ? NIL : cons(sep, tail)));
        str = cs1;
        continue;
      }
      return applyPosts(posts, trimT(str, 0, searchPattern(list([sep]))));
    }
    if (str instanceof Cons && isIntTerm(str.head)) {
      const c = str.head;
      posts.push((tail) => cons(c, tail));
      str = str.tail;
      continue;
    }
    return applyPosts(posts, trimT(str, 0, searchPattern(list([sep]))));
  }
}

function trimT(str0: Term, n0: number, seps0: SearchPattern): Term {
  const posts: Post[] = [];
  let str = str0;
  let n = n0;
  let seps = seps0;
  for (;;) {
    if (str instanceof Cons && isIntTerm(str.head)) {
      const cp1 = str.head;
      if (member(cp1, seps.cps)) {
        const g = matchCons(gc(str));
        const gcT = g.head;
        if (member(gcT, seps.gcs)) posts.push((tail) => (isEmpty(tail) ? NIL : gcAppend(gcT, tail)));
        else posts.push((tail) => gcAppend(gcT, tail));
        str = g.tail;
        n = 0;
        continue;
      }
      posts.push((tail) => cons(cp1, tail));
      str = str.tail;
      n = 0;
      continue;
    }
    if (str instanceof Cons && isBin(str.head)) {
      const bin = str.head;
      const cont0 = str.tail;
      const rest = dropBytes(bin, n);
      seps = searchCompile(seps);
      const r = binSearch(rest, cont0, seps);
      if (r.nomatch) {
        posts.push((tail) => stack(bin, tail));
        str = cont0;
        n = 0;
        continue;
      }
      const hit = matchCons(r.at);
      const sepStart = hit.head;
      const inv = binSearchInv(sepStart, hit.tail, seps.gcs);
      if (inv.nomatch) {
        const cont = inv.cont;
        const sepStartSize = byteSizeOf(sepStart);
        posts.push((tail) => {
          if (isEmpty(tail)) return takeBytes(bin, bin.byteSize - sepStartSize);
          return stack(bin, stack(cpPrefix(cont0, cont), tail));
        });
        str = cont;
        n = 0;
        continue;
      }
      const nonSep = matchCons(inv.at);
      if (!isBin(nonSep.head)) return caseClause(inv.at);
      str = cons(bin, nonSep.tail);
      n = bin.byteSize - nonSep.head.byteSize;
      continue;
    }
    if ((str instanceof Cons || str === NIL) && n === 0) {
      const r = gc(str);
      if (r instanceof Cons) {
        const gcT = r.head;
        if (member(gcT, seps.gcs)) posts.push((tail) => (isEmpty(tail) ? NIL : gcAppend(gcT, tail)));
        else posts.push((tail) => gcAppend(gcT, tail));
        str = r.tail;
        continue;
      }
      if (r === NIL) return applyPosts(posts, NIL);
      return caseClause(r);
    }
    if (isBin(str)) {
      const bin = str;
      const rest = dropBytes(bin, n);
      seps = searchCompile(seps);
      const r = binSearch(rest, NIL, seps);
      if (r.nomatch) return applyPosts(posts, bin);
      const sepStart = matchCons(r.at).head;
      const inv = binSearchInv(sepStart, NIL, seps.gcs);
      if (inv.nomatch) return applyPosts(posts, takeBytes(bin, bin.byteSize - byteSizeOf(sepStart)));
      const nonSep = matchCons(inv.at).head;
      n = bin.byteSize - byteSizeOf(nonSep);
      continue;
    }
    return functionClause();
  }
}

export function chomp(str: Term): Term {
  return trim(str, A.trailing, list([list([13, 10]), 10]));
}

// ---- take ----

export function take(str: Term, sep: Term, complement: Term, dir: Term): Term {
  if (sep === NIL) {
    const empty = isBin(str) ? EMPTY_BIN : NIL;
    if (complement === atoms.false && dir === A.leading) return tuple(empty, str);
    if (complement === atoms.false && dir === A.trailing) return tuple(str, empty);
    if (complement === atoms.true && dir === A.leading) return tuple(str, empty);
    if (complement === atoms.true && dir === A.trailing) return tuple(empty, str);
    return caseClause(tuple(complement, dir));
  }
  if (complement === atoms.false && dir === A.leading) return takeL(str, sep, NIL);
  if (complement === atoms.true && dir === A.leading) return takeLc(str, searchPattern(sep), NIL);
  if (complement === atoms.false && dir === A.trailing) return pairTerm(takeTrailing(str, 0, searchPattern(sep), false));
  if (complement === atoms.true && dir === A.trailing) return pairTerm(takeTrailing(str, 0, searchPattern(sep), true));
  return functionClause();
}

type Pair = [Term, Term];
const pairTerm = (p: Pair): Term => tuple(p[0], p[1]);

function takeL(str: Term, seps: Term, acc: Term): Term {
  for (;;) {
    if (str instanceof Cons && str.tail instanceof Cons && asciiPair(str.head, str.tail.head)) {
      if (member(str.head, seps)) {
        acc = cons(str.head, acc);
        str = str.tail;
        continue;
      }
      return tuple(rev(acc), str);
    }
    if (str instanceof Cons && isBin(str.head)) {
      const bin = str.head;
      const cont0 = str.tail;
      const r = binSearchInv(bin, cont0, seps);
      if (r.nomatch) {
        const used = cpPrefix(cont0, r.cont);
        acc = cons(charsToBinary(cons(bin, used)), acc);
        str = r.cont;
        continue;
      }
      const after = matchCons(r.at);
      if (!isBin(after.head)) return caseClause(r.at);
      const first = bin.byteSize - after.head.byteSize;
      return tuple(btoken(binTake(bin, first), acc), r.at);
    }
    if (str instanceof Cons || str === NIL) {
      const r = gc(str);
      if (r instanceof Cons) {
        if (member(r.head, seps)) {
          acc = gcAppend(rev(r.head), acc);
          str = r.tail;
          continue;
        }
        return tuple(rev(acc), str);
      }
      if (r === NIL) return tuple(rev(acc), NIL);
      return caseClause(r);
    }
    if (isBin(str)) {
      const r = binSearchInv(str, NIL, seps);
      if (r.nomatch) return tuple(btoken(str, acc), EMPTY_BIN);
      const after = matchCons(r.at).head;
      const first = str.byteSize - byteSizeOf(after);
      return tuple(btoken(binTake(str, first), acc), after);
    }
    return functionClause();
  }
}

function takeLc(str: Term, seps: SearchPattern, acc: Term): Term {
  for (;;) {
    if (str instanceof Cons && isIntTerm(str.head)) {
      const cp1 = str.head;
      if (member(cp1, seps.cps)) {
        const g = matchCons(gc(str));
        if (!member(g.head, seps.gcs)) {
          acc = gcAppend(rev(g.head), acc);
          str = g.tail;
          continue;
        }
        return tuple(rev(acc), str);
      }
      acc = gcAppend(cp1, acc);
      str = str.tail;
      continue;
    }
    if (str instanceof Cons && isBin(str.head)) {
      const bin = str.head;
      const cont0 = str.tail;
      seps = searchCompile(seps);
      const r = binSearch(bin, cont0, seps);
      if (r.nomatch) {
        const used = cpPrefix(cont0, r.cont);
        acc = cons(charsToBinary(cons(bin, used)), acc);
        str = r.cont;
        continue;
      }
      const after = matchCons(r.at);
      if (!isBin(after.head)) return caseClause(r.at);
      const first = bin.byteSize - after.head.byteSize;
      return tuple(btoken(binTake(bin, first), acc), r.at);
    }
    if (str instanceof Cons || str === NIL) {
      const r = gc(str);
      if (r instanceof Cons) {
        if (!member(r.head, seps.gcs)) {
          acc = gcAppend(rev(r.head), acc);
          str = r.tail;
          continue;
        }
        return tuple(rev(acc), str);
      }
      if (r === NIL) return tuple(rev(acc), NIL);
      return caseClause(r);
    }
    if (isBin(str)) {
      seps = searchCompile(seps);
      const r = binSearch(str, NIL, seps);
      if (r.nomatch) return tuple(btoken(str, acc), EMPTY_BIN);
      const after = matchCons(r.at).head;
      const first = str.byteSize - byteSizeOf(after);
      return tuple(btoken(binTake(str, first), acc), after);
    }
    return functionClause();
  }
}

type PairPost = (p: Pair) => Pair;
function applyPairPosts(posts: PairPost[], base: Pair): Pair {
  for (let i = posts.length - 1; i >= 0; i--) base = posts[i](base);
  return base;
}

/** {Head, Tail} step for a separator cluster seen from the end (take_t) */
const sepGcPost =
  (g: Term): PairPost =>
  ([head, tail]) =>
    isEmpty(head) ? [head, gcAppend(g, tail)] : [gcAppend(g, head), tail];
const keepGcPost =
  (g: Term): PairPost =>
  ([head, tail]) => [gcAppend(g, head), tail];

/**
 * take_t (complement false) and take_tc (complement true) of string:take/4 trailing: the same
 * walk, except that take_t looks for a separator where take_tc looks for a non-separator, so the
 * two byte searches swap places and so do the posts for a separator cluster.
 */
function takeTrailing(str0: Term, n0: number, seps0: SearchPattern, complement: boolean): Pair {
  const posts: PairPost[] = [];
  let str = str0;
  let n = n0;
  let seps = seps0;
  // The post for a cluster g seen on the way: separators (or, for take_tc, non-separators) split.
  const gcPost = (g: Term): PairPost => (member(g, seps.gcs) !== complement ? sepGcPost(g) : keepGcPost(g));
  // Separators are compiled lazily, right before the first byte search that needs them, as OTP does
  // (compiling can raise badarg).
  const searchSep = (bin: Term, cont: Term): SearchResult => {
    seps = searchCompile(seps);
    return binSearch(bin, cont, seps);
  };
  const searchNonSep = (bin: Term, cont: Term): SearchResult => binSearchInv(bin, cont, seps.gcs);
  const first = complement ? searchNonSep : searchSep;
  const second = complement ? searchSep : searchNonSep;
  for (;;) {
    if (!complement && str instanceof Cons && isIntTerm(str.head)) {
      const cp1 = str.head;
      if (member(cp1, seps.cps)) {
        const g = matchCons(gc(str));
        posts.push(gcPost(g.head));
        str = g.tail;
        n = 0;
        continue;
      }
      posts.push(([h, t]) => [cons(cp1, h), t]);
      str = str.tail;
      n = 0;
      continue;
    }
    if (complement && str instanceof Cons && str.tail instanceof Cons && asciiPair(str.head, str.tail.head)) {
      posts.push(gcPost(str.head));
      str = str.tail;
      n = 0;
      continue;
    }
    if (str instanceof Cons && isBin(str.head)) {
      const bin = str.head;
      const cont0 = str.tail;
      const r = first(dropBytes(bin, n), cont0);
      if (r.nomatch) {
        const used = cpPrefix(cont0, r.cont);
        posts.push(([h, t]) => [stack(charsToBinary(cons(bin, used)), h), t]);
        str = r.cont;
        n = 0;
        continue;
      }
      const hit = matchCons(r.at);
      const sepStart = hit.head;
      const inv = second(sepStart, hit.tail);
      if (inv.nomatch) {
        const cont = inv.cont;
        const keepSz = bin.byteSize - byteSizeOf(sepStart);
        posts.push(([h, t]) => {
          const used = cpPrefix(cont0, cont);
          if (isEmpty(h)) return [takeBytes(bin, keepSz), stack(stack(dropBytes(bin, keepSz), used), t)];
          return [stack(charsToBinary(cons(bin, used)), h), t];
        });
        str = cont;
        n = 0;
        continue;
      }
      const next = matchCons(inv.at);
      if (!isBin(next.head)) return caseClause(inv.at);
      str = cons(bin, next.tail);
      n = bin.byteSize - next.head.byteSize;
      continue;
    }
    if ((str instanceof Cons || str === NIL) && n === 0) {
      const r = gc(str);
      if (r instanceof Cons) {
        posts.push(gcPost(r.head));
        str = r.tail;
        continue;
      }
      if (r === NIL) return applyPairPosts(posts, [NIL, NIL]);
      return caseClause(r);
    }
    if (isBin(str)) {
      const bin = str;
      const r = first(dropBytes(bin, n), NIL);
      if (r.nomatch) return applyPairPosts(posts, [bin, EMPTY_BIN]);
      const sepStart = matchCons(r.at).head;
      const inv = second(sepStart, NIL);
      if (inv.nomatch) {
        const keepSz = bin.byteSize - byteSizeOf(sepStart);
        return applyPairPosts(posts, [takeBytes(bin, keepSz), dropBytes(bin, keepSz)]);
      }
      n = bin.byteSize - byteSizeOf(matchCons(inv.at).head);
      continue;
    }
    return functionClause();
  }
}

// ---- case conversion ----

type CaseKind = 'upper' | 'lower' | 'fold';

function caseMapFn(kind: CaseKind): CaseFn {
  return kind === 'upper' ? P.upperOf : kind === 'lower' ? P.lowerOf : P.foldOf;
}

/** The ASCII fast path of uppercase_list/lowercase_list/casefold_list: the changed code point or undefined. */
function asciiCase(kind: CaseKind, c: number): number | undefined {
  if (kind === 'upper') return c >= 97 && c <= 122 ? c - 32 : undefined;
  return c >= 65 && c <= 90 ? c + 32 : undefined;
}

export function changeCase(cd: Term, kind: CaseKind): Term {
  if (cd instanceof Cons || cd === NIL) {
    const out = caseList(cd, kind);
    return out === undefined ? cd : out;
  }
  const b = binCp(cd);
  if (b !== undefined) {
    const out = caseBin(b[0], b[1], kind);
    return out === undefined ? cd : charsToBinary(out);
  }
  if (isEmptyBin(cd)) return EMPTY_BIN;
  return badargWith(cd);
}

/** The converted list, or undefined when nothing changed (OTP's throw(unchanged)). */
function caseList(cd: Term, kind: CaseKind): Term | undefined {
  const f = caseMapFn(kind);
  const items: Term[] = [];
  let changed = false;
  let cur: Term = cd;
  for (;;) {
    if (cur instanceof Cons && cur.tail instanceof Cons) {
      const c1 = cur.head;
      const c2 = cur.tail.head;
      if (typeof c1 === 'number' && typeof c2 === 'number' && c2 >= 0 && c2 < 256) {
        const m = asciiCase(kind, c1);
        if (m !== undefined) {
          items.push(m);
          changed = true;
          cur = cur.tail;
          continue;
        }
        if (c1 >= 0 && c1 < 128) {
          items.push(c1);
          cur = cur.tail;
          continue;
        }
      }
    }
    if (cur === NIL) return changed ? list(items) : undefined;
    const r = caseFirst(cur, f);
    if (r === NIL) {
      cur = NIL;
      continue;
    }
    const rc = matchCons(r);
    if (cur instanceof Cons && exactEq(rc.head, cur.head)) {
      items.push(rc.head);
    } else {
      if (rc.head instanceof Cons) {
        let x: Term = rc.head;
        while (x instanceof Cons) {
          items.push(x.head);
          x = x.tail;
        }
      } else items.push(rc.head);
      changed = true;
    }
    cur = rc.tail;
  }
}

/** uppercase_bin and friends: the code point list, or undefined when nothing changed. */
function caseBin(cp1: number, bin: Term, kind: CaseKind): Term | undefined {
  const f = caseMapFn(kind);
  const items: Term[] = [];
  let changed = false;
  for (;;) {
    const b = binCp(bin);
    if (b !== undefined && b[0] < 256) {
      const m = asciiCase(kind, cp1);
      if (m !== undefined) {
        items.push(m);
        changed = true;
        cp1 = b[0];
        bin = b[1];
        continue;
      }
      if (cp1 < 128) {
        items.push(cp1);
        cp1 = b[0];
        bin = b[1];
        continue;
      }
    }
    const m = f(cp1);
    const mapped: Term = typeof m === 'number' ? m : list(m);
    const same = typeof m === 'number' && m === cp1;
    const r = cp(bin);
    if (r instanceof Cons) {
      items.push(mapped);
      if (!same) changed = true;
      cp1 = r.head as number;
      bin = r.tail;
      continue;
    }
    if (r === NIL) {
      if (same && !changed) return undefined;
      items.push(mapped);
      return list(items);
    }
    return badargWith((r as Tuple).elements[1]);
  }
}

export function titlecase(cd: Term): Term {
  if (cd instanceof Cons || cd === NIL) {
    const r = titlecaseFirst(cd);
    if (r instanceof Cons) return gcAppend(r.head, r.tail);
    return r;
  }
  if (isBin(cd)) {
    const r = titlecaseFirst(cd);
    if (r === NIL) return EMPTY_BIN;
    const rc = matchCons(r);
    const cps: number[] = typeof rc.head === 'number' ? [rc.head] : (listToNumbers(rc.head) ?? []);
    const headBytes: number[] = [];
    for (const c of cps) {
      if (!isUtf8Encodable(c)) return badargError();
      headBytes.push(...utf8Bytes(c));
    }
    if (!isBin(rc.tail)) return badargError();
    return binOf(concatBytes([Uint8Array.from(headBytes), rc.tail.bytes.subarray(0, rc.tail.byteSize)]));
  }
  return functionClause();
}

function listToNumbers(t: Term): number[] | undefined {
  const out: number[] = [];
  while (t instanceof Cons) {
    if (typeof t.head !== 'number') return undefined;
    out.push(t.head);
    t = t.tail;
  }
  return out;
}

// ---- to_integer / to_float ----

/** string:list_to_integer/1 semantics on a term: {Int, Rest} or {error, Reason}. */
export function listToInteger(str: Term): Term {
  if (str === NIL) return tuple(atoms.error, A.no_integer);
  if (!(str instanceof Cons)) return tuple(atoms.error, A.not_a_list);
  let cur: Term = str;
  let neg = false;
  if (cur instanceof Cons && (cur.head === 45 || cur.head === 43)) {
    neg = cur.head === 45;
    cur = cur.tail;
  }
  let digits = '';
  while (cur instanceof Cons && typeof cur.head === 'number' && cur.head >= 48 && cur.head <= 57) {
    digits += String.fromCharCode(cur.head);
    cur = cur.tail;
  }
  if (digits === '') return tuple(atoms.error, A.no_integer);
  let v = BigInt(digits);
  if (neg) v = -v;
  const n = v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  return tuple(n, cur);
}

/** string:list_to_float/1 (a BIF): {Float, Rest} or {error, Reason}. */
export function listToFloat(str: Term): Term {
  if (str === NIL) return tuple(atoms.error, A.no_float);
  if (!(str instanceof Cons)) return tuple(atoms.error, A.not_a_list);
  const enum S {
    Sign,
    Int,
    Frac,
    ExpSign,
    Exp0,
    Exp1,
    End,
  }
  let part = S.Sign;
  let buf = '';
  let cur: Term = str;
  let savedBuf = '';
  let savedCur: Term = str;
  const loadE = (): void => {
    buf = savedBuf;
    cur = savedCur;
  };
  for (;;) {
    const c = (cur as Cons).head;
    if (typeof c !== 'number') {
      if (part === S.ExpSign || part === S.Exp0) loadE();
      break;
    }
    let skipStore = false;
    if (c === 45 || c === 43) {
      if (part === S.Sign) {
        part = S.Int;
        skipStore = c === 43;
      } else if (part === S.ExpSign) part = S.Exp0;
      else {
        if (part === S.Exp0) loadE();
        part = S.End;
      }
    } else if (c === 46 || c === 44) {
      if (part === S.Int) part = S.Frac;
      else {
        if (part === S.ExpSign) loadE();
        if (part === S.ExpSign || part === S.Exp0) loadE();
        part = S.End;
      }
    } else if (c === 101 || c === 69) {
      if (part === S.Frac) {
        savedBuf = buf;
        savedCur = cur;
        part = S.ExpSign;
      } else {
        if (part === S.Exp0 || part === S.ExpSign) loadE();
        part = S.End;
      }
    } else if (c >= 48 && c <= 57) {
      if (part === S.Sign) part = S.Int;
      else if (part === S.ExpSign || part === S.Exp0) part = S.Exp1;
    } else {
      if (part === S.ExpSign || part === S.Exp0) loadE();
      break;
    }
    if (part === S.End) {
      if (buf.length < 3) return tuple(atoms.error, A.no_float);
      break;
    }
    if (!skipStore) buf += String.fromCharCode(c);
    cur = (cur as Cons).tail;
    if (!(cur instanceof Cons)) {
      if (part === S.ExpSign || part === S.Exp0) loadE();
      break;
    }
  }
  if (buf.length === 0) return tuple(atoms.error, A.no_float);
  if (!/^[+-]?[0-9]+[.,][0-9]+([eE][+-]?[0-9]+)?$/.test(buf)) return tuple(atoms.error, A.no_float);
  const v = Number(buf.replace(',', '.'));
  if (!Number.isFinite(v)) return tuple(atoms.error, A.no_float);
  return tuple(new Float(v), cur);
}

const INT_CHARS = list([...'+-0123456789'].map((c) => c.charCodeAt(0)));
const FLOAT_CHARS = list([...'+-0123456789eE.,'].map((c) => c.charCodeAt(0)));

function toNumber(str: Term, chars: Term, parse: (l: Term) => Term): Term {
  let head: Term;
  let tail: Term;
  try {
    const r = take(str, chars, atoms.false, A.leading) as Tuple;
    [head, tail] = r.elements;
  } catch {
    return tuple(atoms.error, atoms.badarg);
  }
  if (isEmpty(head)) return tuple(atoms.error, chars === INT_CHARS ? A.no_integer : A.no_float);
  const lst = charactersToList(head, Atom.of('unicode'), badargError);
  const parsed = parse(lst);
  if (parsed instanceof Tuple && parsed.elements[0] === atoms.error) return parsed;
  const [num, rest] = (parsed as Tuple).elements;
  if (isBin(str)) {
    const bsz = (listLength(lst) ?? 0) - (listLength(rest) ?? 0);
    return tuple(num, dropBytes(str, bsz));
  }
  return tuple(num, listAppend(rest, tail));
}

export function toInteger(str: Term): Term {
  return toNumber(str, INT_CHARS, listToInteger);
}

export function toFloat(str: Term): Term {
  return toNumber(str, FLOAT_CHARS, listToFloat);
}

// ---- prefix / split / replace ----

export function prefix(str: Term, prefix0: Term): Term {
  const pre = charactersToList(prefix0, Atom.of('unicode'), badargError);
  const result = pre === NIL ? str : (prefix1(str, pre) ?? A.nomatch);
  return result === NIL && isBin(str) ? EMPTY_BIN : result;
}

export function split(str: Term, pattern: Term, where: Term): Term {
  if (isEmpty(pattern)) return list([str]);
  const needle = charactersToList(pattern, Atom.of('unicode'), badargError);
  const r = split1(str, needle, 0, where, NIL, NIL);
  if (r.done !== undefined) return r.done;
  const acc = typeof r.acc === 'function' ? r.acc() : r.acc;
  if (acc === NIL) return list([str]);
  if (where === A.trailing) return acc;
  if (where === A.all) return reverse(cons(r.curr, acc));
  return caseClause(tuple(r.curr, r.acc));
}

// For `trailing` only the last match counts; its accumulator is built lazily because
// reversing the prefix at every match would make long strings quadratic.
type LazyAcc = Term | (() => Term);
type SplitResult = { done: Term; curr?: undefined; acc?: undefined } | { done?: undefined; curr: Term; acc: LazyAcc };

function split1(cs0: Term, needle: Term, start: number, where: Term, curr: Term, acc0: Term): SplitResult {
  let acc: LazyAcc = acc0;
  if (!(needle instanceof Cons)) return functionClause();
  const c = needle.head;
  const onMatch = (rest: Term, cs: Term): { next?: [Term, Term, LazyAcc]; done?: Term } => {
    if (where === A.leading) return { done: list([rev(curr), rest]) };
    const before = curr;
    if (where === A.trailing) return { next: [cs, cons(c, curr), () => list([rev(before), rest])] };
    if (where === A.all) return { next: [rest, NIL, cons(rev(curr), acc as Term)] };
    return caseClause(rest);
  };
  for (;;) {
    if (cs0 instanceof Cons && isIntTerm(cs0.head)) {
      const cp1 = cs0.head;
      const cs = cs0.tail;
      if (exactEq(cp1, c)) {
        const rest = prefix1(cs0, needle);
        if (rest === null) {
          curr = gcAppend(c, curr);
          cs0 = cs;
          start = 0;
          continue;
        }
        const m = onMatch(rest, cs);
        if (m.done !== undefined) return { done: m.done };
        [cs0, curr, acc] = m.next!;
        start = 0;
        continue;
      }
      curr = gcAppend(cp1, curr);
      cs0 = cs;
      start = 0;
      continue;
    }
    if (cs0 instanceof Cons && isBin(cs0.head)) {
      const bin = cs0.head;
      const s = binSearchStr(bin, start, cs0.tail, needle);
      if (s.nomatch) {
        curr = cons(takeBytes(bin, s.size), curr);
        cs0 = s.cont;
        start = 0;
        continue;
      }
      const curr1 = addNonEmpty(s.before, curr);
      const at = matchCons(s.at);
      if (where === A.leading) return { done: list([rev(curr1), s.after]) };
      if (where === A.trailing) {
        const cs = skipUtf8(at.head);
        const next = bin.byteSize - cs.byteSize;
        const after = s.after;
        acc = () => list([rev(curr1), after]);
        cs0 = cons(bin, at.tail);
        start = next;
        continue;
      }
      if (where === A.all) {
        acc = cons(rev(curr1), acc as Term);
        cs0 = s.after;
        curr = NIL;
        start = 0;
        continue;
      }
      return caseClause(where);
    }
    if (cs0 instanceof Cons || cs0 === NIL) {
      const r = cp(cs0);
      if (r instanceof Cons) {
        if (exactEq(r.head, c)) {
          const rest = prefix1(cs0, needle);
          if (rest === null) {
            curr = gcAppend(c, curr);
            cs0 = r.tail;
            start = 0;
            continue;
          }
          const m = onMatch(rest, r.tail);
          if (m.done !== undefined) return { done: m.done };
          [cs0, curr, acc] = m.next!;
          start = 0;
          continue;
        }
        curr = gcAppend(r.head, curr);
        cs0 = r.tail;
        start = 0;
        continue;
      }
      if (r === NIL) return { curr: rev(curr), acc };
      return caseClause(r);
    }
    // a binary (or anything else: bin_search_str raises)
    const bin = cs0;
    const s = binSearchStr(bin, start, NIL, needle);
    const b = bin as Bitstring;
    if (s.nomatch) return { curr: rev(cons(dropBytes(b, start), curr)), acc };
    if (where === A.leading) return { done: list([rev(cons(s.before, curr)), s.after]) };
    if (where === A.trailing) {
      const cs = skipUtf8(matchCons(s.at).head);
      const [before, after, curr0] = [s.before, s.after, curr];
      acc = () => list([btoken(before, curr0), after]);
      start = b.byteSize - cs.byteSize;
      continue;
    }
    if (where === A.all) {
      const next = b.byteSize - byteSizeOf(s.after);
      const keep = dropBytes(s.before, start);
      acc = cons(rev(cons(keep, curr)), acc as Term);
      curr = NIL;
      start = next;
      continue;
    }
    return caseClause(where);
  }
}

/** lists:join(Sep, List) */
function listsJoin(sep: Term, l: Term): Term {
  if (l === NIL) return NIL;
  const c = matchCons(l);
  const items: Term[] = [c.head];
  let t = c.tail;
  while (t instanceof Cons) {
    items.push(sep, t.head);
    t = t.tail;
  }
  return list(items);
}

export function replace(str: Term, pattern: Term, replacement: Term, where: Term): Term {
  return listsJoin(replacement, split(str, pattern, where));
}

// ---- lexemes / nth_lexeme ----

export function lexemes(str: Term, seps0: Term): Term {
  if (str === NIL) return NIL;
  if (seps0 === NIL) return list([str]);
  if (!(seps0 instanceof Cons)) return functionClause();
  let seps = searchPattern(seps0);
  const ts: Term[] = [];
  let cs0 = str;
  for (;;) {
    if (cs0 instanceof Cons && isIntTerm(cs0.head)) {
      if (member(cs0.head, seps.cps)) {
        const g = matchCons(gc(cs0));
        if (member(g.head, seps.gcs)) {
          cs0 = g.tail;
          continue;
        }
      }
      seps = searchCompile(seps);
      const [lexeme, rest] = lexemePick(cs0, seps);
      ts.push(lexeme);
      cs0 = rest;
      continue;
    }
    if (cs0 instanceof Cons && isBin(cs0.head)) {
      const r = binSearchInv(cs0.head, cs0.tail, seps.gcs);
      if (r.nomatch) {
        cs0 = r.cont;
        continue;
      }
      seps = searchCompile(seps);
      const [lexeme, rest] = lexemePick(r.at, seps);
      ts.push(lexeme);
      cs0 = rest;
      continue;
    }
    if (cs0 instanceof Cons || cs0 === NIL) {
      const r = gc(cs0);
      if (r instanceof Cons) {
        if (member(r.head, seps.gcs)) {
          cs0 = r.tail;
          continue;
        }
        seps = searchCompile(seps);
        const [lexeme, rest] = lexemePick(cs0, seps);
        ts.push(lexeme);
        cs0 = rest;
        continue;
      }
      if (r === NIL) return list(ts);
      return caseClause(r);
    }
    if (isBin(cs0)) {
      const r = binSearchInv(cs0, NIL, seps.gcs);
      if (r.nomatch) return list(ts);
      seps = searchCompile(seps);
      const [lexeme, rest] = lexemePick(matchCons(r.at).head, seps);
      if (!isEmptyBin(lexeme)) ts.push(lexeme);
      cs0 = rest;
      continue;
    }
    return functionClause();
  }
}

function lexemePick(cs0: Term, seps: SearchPattern): [Term, Term] {
  let tkn: Term = NIL;
  for (;;) {
    if (cs0 instanceof Cons && isIntTerm(cs0.head)) {
      const c = cs0.head;
      if (member(c, seps.cps)) {
        const g = matchCons(gc(cs0));
        if (member(g.head, seps.gcs)) return [rev(tkn), g.tail];
        tkn = gcAppend(rev(g.head), tkn);
        cs0 = g.tail;
        continue;
      }
      tkn = cons(c, tkn);
      cs0 = cs0.tail;
      continue;
    }
    if (cs0 instanceof Cons && isBin(cs0.head)) {
      const bin = cs0.head;
      const r = binSearch(bin, cs0.tail, seps);
      if (r.nomatch) {
        tkn = cons(bin, tkn);
        cs0 = cs0.tail;
        continue;
      }
      const left = matchCons(r.at).head;
      const bytes = bin.byteSize - byteSizeOf(left);
      return [btoken(binTake(bin, bytes), tkn), r.at];
    }
    if (cs0 instanceof Cons || cs0 === NIL) {
      const r = cp(cs0);
      if (r instanceof Cons) {
        if (member(r.head, seps.cps)) {
          const g = matchCons(gc(cs0));
          if (member(g.head, seps.gcs)) return [rev(tkn), g.tail];
          tkn = gcAppend(rev(g.head), tkn);
          cs0 = g.tail;
          continue;
        }
        tkn = gcAppend(r.head, tkn);
        cs0 = r.tail;
        continue;
      }
      if (r === NIL) return [rev(tkn), NIL];
      return caseClause(r);
    }
    if (isBin(cs0)) {
      const r = binSearch(cs0, NIL, seps);
      if (r.nomatch) return [btoken(cs0, tkn), NIL];
      const left = matchCons(r.at).head;
      const bytes = cs0.byteSize - byteSizeOf(left);
      return [btoken(binTake(cs0, bytes), tkn), left];
    }
    return functionClause();
  }
}

export function nthLexeme(str: Term, n: Term, seps0: Term): Term {
  if (n === 1 && seps0 === NIL) return str;
  if (!(seps0 instanceof Cons || seps0 === NIL) || !isIntTerm(n) || count(n) <= 0) return functionClause();
  let seps = searchPattern(seps0);
  let k = count(n);
  let cs0 = str;
  for (;;) {
    if (cs0 instanceof Cons && isBin(cs0.head)) {
      const r = binSearchInv(cs0.head, cs0.tail, seps.gcs);
      if (r.nomatch) {
        cs0 = r.cont;
        continue;
      }
      if (k > 1) {
        cs0 = lexemeSkip(r.at, seps);
        k--;
        continue;
      }
      seps = searchCompile(seps);
      return lexemePick(r.at, seps)[0];
    }
    if (cs0 instanceof Cons || cs0 === NIL) {
      const r = gc(cs0);
      if (r instanceof Cons) {
        if (member(r.head, seps.gcs)) {
          cs0 = r.tail;
          continue;
        }
        if (k > 1) {
          cs0 = lexemeSkip(r.tail, seps);
          k--;
          continue;
        }
        seps = searchCompile(seps);
        return lexemePick(cs0, seps)[0];
      }
      if (r === NIL) return NIL;
      return caseClause(r);
    }
    if (isBin(cs0)) {
      seps = searchCompile(seps);
      const r = binSearchInv(cs0, NIL, seps.gcs);
      if (r.nomatch) return EMPTY_BIN;
      const cs = matchCons(r.at).head;
      if (k > 1) {
        cs0 = lexemeSkip(cs, seps);
        k--;
        continue;
      }
      return lexemePick(cs, seps)[0];
    }
    return functionClause();
  }
}

function tl(t: Term): Term {
  if (t instanceof Cons) return t.tail;
  return badargError();
}

function lexemeSkip(cs0: Term, seps: SearchPattern): Term {
  for (;;) {
    if (cs0 instanceof Cons && isIntTerm(cs0.head)) {
      if (member(cs0.head, seps.cps)) {
        const g = matchCons(gc(cs0));
        if (member(g.head, seps.gcs)) return g.tail;
        cs0 = g.tail;
        continue;
      }
      cs0 = cs0.tail;
      continue;
    }
    if (cs0 instanceof Cons && isBin(cs0.head)) {
      seps = searchCompile(seps);
      const r = binSearch(cs0.head, cs0.tail, seps);
      if (r.nomatch) {
        cs0 = cs0.tail;
        continue;
      }
      return tl(gc(r.at));
    }
    if (cs0 instanceof Cons || cs0 === NIL) {
      const r = cp(cs0);
      if (r instanceof Cons) {
        if (member(r.head, seps.cps)) {
          const g = matchCons(gc(cs0));
          if (member(g.head, seps.gcs)) return g.tail;
          cs0 = g.tail;
          continue;
        }
        cs0 = r.tail;
        continue;
      }
      if (r === NIL) return NIL;
      return caseClause(r);
    }
    if (isBin(cs0)) {
      seps = searchCompile(seps);
      const r = binSearch(cs0, NIL, seps);
      if (r.nomatch) return EMPTY_BIN;
      return tl(gc(matchCons(r.at).head));
    }
    return functionClause();
  }
}

// ---- find ----

export function find(str: Term, pattern: Term, dir: Term): Term {
  if (pattern === NIL || isEmptyBin(pattern)) {
    if (pattern === NIL || isBin(pattern)) return str;
  }
  if (dir === A.leading) return findL(str, charactersToList(pattern, Atom.of('unicode'), badargError));
  if (dir === A.trailing) return findR(str, charactersToList(pattern, Atom.of('unicode'), badargError));
  return functionClause();
}

function findL(cs0: Term, needle: Term): Term {
  for (;;) {
    if (cs0 instanceof Cons && isIntTerm(cs0.head)) {
      if (!(needle instanceof Cons)) return functionClause();
      if (exactEq(cs0.head, needle.head) && prefix1(cs0, needle) !== null) return cs0;
      cs0 = cs0.tail;
      continue;
    }
    if (cs0 instanceof Cons && isBin(cs0.head)) {
      const s = binSearchStr(cs0.head, 0, cs0.tail, needle);
      if (s.nomatch) {
        cs0 = s.cont;
        continue;
      }
      return s.at;
    }
    if (cs0 instanceof Cons || cs0 === NIL) {
      if (!(needle instanceof Cons)) return functionClause();
      const r = cp(cs0);
      if (r instanceof Cons) {
        if (exactEq(r.head, needle.head) && prefix1(cs0, needle) !== null) return cs0;
        cs0 = r.tail;
        continue;
      }
      if (r === NIL) return A.nomatch;
      return caseClause(r);
    }
    const s = binSearchStr(cs0, 0, NIL, needle);
    if (s.nomatch) return A.nomatch;
    return matchCons(s.at).head;
  }
}

function findR(cs0: Term, needle: Term): Term {
  let res: Term = A.nomatch;
  for (;;) {
    if (cs0 instanceof Cons && isIntTerm(cs0.head)) {
      if (!(needle instanceof Cons)) return functionClause();
      if (exactEq(cs0.head, needle.head) && prefix1(cs0, needle) !== null) res = cs0;
      cs0 = cs0.tail;
      continue;
    }
    if (cs0 instanceof Cons && isBin(cs0.head)) {
      const s = binSearchStr(cs0.head, 0, cs0.tail, needle);
      if (s.nomatch) {
        cs0 = s.cont;
        continue;
      }
      const g = matchCons(gc(s.at));
      res = s.at;
      cs0 = g.tail;
      continue;
    }
    if (cs0 instanceof Cons || cs0 === NIL) {
      if (!(needle instanceof Cons)) return functionClause();
      const r = cp(cs0);
      if (r instanceof Cons) {
        if (exactEq(r.head, needle.head) && prefix1(cs0, needle) !== null) res = cs0;
        cs0 = r.tail;
        continue;
      }
      if (r === NIL) return res;
      return caseClause(r);
    }
    const s = binSearchStr(cs0, 0, NIL, needle);
    if (s.nomatch) return res;
    const at = matchCons(s.at).head;
    res = at;
    cs0 = skipUtf8(at);
  }
}

export { cp as nextCodepoint, gc as nextGrapheme, whitespace };
