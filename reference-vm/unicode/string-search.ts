// Shared internals of the string module port: the small list/binary shape helpers
// (append, rev, stack, btoken ...), prefix matching and the binary search loops.
// They follow string.erl's internal functions one to one because the shape of every
// result (binary kept whole, list of pieces, deep list) falls out of them.

import { Atom, Bitstring, Cons, NIL, Tuple, type Term } from '../terms/types';
import { raiseError } from '../bifs/exception';
import { compileSearch, findFirst, type CompiledSearch } from './bytesearch';
import { cp, gc, isErrorTuple } from './unicode-util';
import {
  EMPTY_BIN,
  append as listAppend,
  badargError,
  badargWith,
  badmatch,
  binFrom,
  binOf,
  binTake,
  concatBytes,
  cons,
  decodeUtf8At,
  exactEq,
  functionClause,
  isBin,
  isEmptyBin,
  list,
  member,
  reverse,
  utf8Bytes,
  isUtf8Encodable,
} from './terms-util';

// ---- shape helpers (string.erl's append/rev/stack/btoken/add_non_empty) ----

export function isEmpty(t: Term): boolean {
  for (;;) {
    if (t === NIL || isEmptyBin(t)) return true;
    if (t instanceof Cons) {
      if (!isEmpty(t.head)) return false;
      t = t.tail;
      continue;
    }
    return false;
  }
}

/** string.erl append/2: put a grapheme cluster in front of a string. */
export function gcAppend(gcTerm: Term, str: Term): Term {
  if (isEmptyBin(str)) {
    if (typeof gcTerm === 'number' || typeof gcTerm === 'bigint') return list([gcTerm]);
    if (gcTerm instanceof Cons || gcTerm === NIL) return gcTerm;
    return functionClause();
  }
  if (isBin(str)) return list([gcTerm, str]);
  if (typeof gcTerm === 'number' || typeof gcTerm === 'bigint') return cons(gcTerm, str);
  if (gcTerm instanceof Cons || gcTerm === NIL) return listAppend(gcTerm, str);
  return functionClause();
}

/** string.erl rev/1 */
export function rev(t: Term): Term {
  if (t instanceof Cons && t.tail === NIL && isBin(t.head)) return t.head;
  if (t instanceof Cons || t === NIL) return reverse(t);
  if (typeof t === 'number' || typeof t === 'bigint') return t;
  return functionClause();
}

/** string.erl stack/2 */
export function stack(bin: Term, st: Term): Term {
  if (st === NIL) return bin;
  if (isEmptyBin(bin) || bin === NIL) return st;
  return cons(bin, st);
}

export function addNonEmpty(token: Term, l: Term): Term {
  return isEmptyBin(token) ? l : cons(token, l);
}

/** string.erl btoken/2: a token whose last part is a binary and whose earlier code points are in Acc (reversed). */
export function btoken(binPart: Term, acc: Term): Term {
  if (acc === NIL) return binPart;
  if (acc instanceof Cons && acc.tail === NIL && typeof acc.head === 'number') {
    const c = acc.head;
    if (!isUtf8Encodable(c) || !(binPart instanceof Bitstring)) return badargError();
    return binOf(concatBytes([Uint8Array.from(utf8Bytes(c)), binPart.bytes.subarray(0, binPart.byteSize)]));
  }
  if (isEmptyBin(binPart)) return reverse(acc);
  return list([reverse(acc), binPart]);
}

export function byteSizeOf(t: Term): number {
  if (t instanceof Bitstring) return t.byteSize;
  return badargError();
}

/** [H | T] = Term, or badmatch. */
export function matchCons(t: Term): Cons {
  if (t instanceof Cons) return t;
  return badmatch(t);
}

/** <<_/utf8, Rest/binary>> = Bin */
export function skipUtf8(b: Term): Bitstring {
  if (isBin(b)) {
    const d = decodeUtf8At(b.bytes, 0, b.byteSize);
    if (d !== undefined) return binFrom(b, d[1]);
  }
  return badmatch(b);
}

/** <<Keep:Sz/binary, _/binary>> = Bin */
export function takeBytes(b: Term, n: number): Bitstring {
  if (isBin(b) && n >= 0 && n <= b.byteSize) return binTake(b, n);
  return badmatch(b);
}

export function dropBytes(b: Term, n: number): Bitstring {
  if (isBin(b) && n >= 0 && n <= b.byteSize) return binFrom(b, n);
  return badmatch(b);
}

/** unicode:characters_to_binary/1 restricted to what string.erl feeds it (valid chardata). */
export function charsToBinary(t: Term): Bitstring {
  const parts: number[] = [];
  const walk = (x: Term): void => {
    while (x instanceof Cons) {
      const h = x.head;
      if (typeof h === 'number') {
        if (!isUtf8Encodable(h)) badargError();
        for (const b of utf8Bytes(h)) parts.push(b);
      } else if (isBin(h)) {
        const d = validUtf8(h);
        if (!d) badargError();
        for (let i = 0; i < h.byteSize; i++) parts.push(h.bytes[i]);
      } else if (h instanceof Cons || h === NIL) {
        walk(h);
      } else badargError();
      x = x.tail;
    }
    if (x === NIL) return;
    if (isBin(x)) {
      if (!validUtf8(x)) badargError();
      for (let i = 0; i < x.byteSize; i++) parts.push(x.bytes[i]);
      return;
    }
    badargError();
  };
  if (isBin(t)) {
    if (!validUtf8(t)) badargError();
    return t;
  }
  walk(t);
  return binOf(Uint8Array.from(parts));
}

export function validUtf8(b: Bitstring): boolean {
  let i = 0;
  const n = b.byteSize;
  while (i < n) {
    const d = decodeUtf8At(b.bytes, i, n);
    if (d === undefined) return false;
    i += d[1];
  }
  return true;
}

/** unicode:characters_to_list/1 for chardata string.erl hands it; raises badarg on bad input. */
export function charsToList(t: Term): Term {
  const cps: number[] = [];
  let cur = cp(t);
  while (cur instanceof Cons) {
    cps.push(cur.head as number);
    cur = cp(cur.tail);
  }
  if (isErrorTuple(cur)) return badargError();
  return list(cps);
}

// ---- prefix_1 ----

/** string.erl prefix_1/2: the rest after Needle (a code point list), or null for nomatch. */
export function prefix1(cs0: Term, needle: Term): Term | null {
  for (;;) {
    if (!(needle instanceof Cons)) return functionClause();
    if (needle.tail === NIL) {
      const r = gc(cs0);
      if (r instanceof Cons && exactEq(r.head, needle.head)) return r.tail;
      return null;
    }
    const pre = needle.head;
    if (cs0 instanceof Cons && (typeof cs0.head === 'number' || typeof cs0.head === 'bigint')) {
      if (!exactEq(cs0.head, pre)) return null;
      cs0 = cs0.tail;
      needle = needle.tail;
      continue;
    }
    if (isBin(cs0)) {
      const d = decodeUtf8At(cs0.bytes, 0, cs0.byteSize);
      if (d !== undefined) {
        if (d[0] !== pre) return null;
        cs0 = binFrom(cs0, d[1]);
        needle = needle.tail;
        continue;
      }
    }
    const r = cp(cs0);
    if (r instanceof Cons && exactEq(r.head, pre)) {
      cs0 = r.tail;
      needle = needle.tail;
      continue;
    }
    return null;
  }
}

// ---- search patterns (a separator list: grapheme clusters) ----

export interface SearchPattern {
  /** The separator grapheme clusters as given. */
  gcs: Term;
  /** The first code point of each separator. */
  cps: Term;
  /** Compiled byte patterns of `cps` (lazily, as search_compile does). */
  compiled?: CompiledSearch;
}

export function searchPattern(seps: Term | SearchPattern): SearchPattern {
  if (isSearchPattern(seps)) return seps;
  return { gcs: seps, cps: searchCp(seps) };
}

export function isSearchPattern(x: unknown): x is SearchPattern {
  return typeof x === 'object' && x !== null && 'gcs' in x && 'cps' in x;
}

function searchCp(seps: Term): Term {
  const out: Term[] = [];
  while (seps instanceof Cons) {
    const h = seps.head;
    if (typeof h === 'number' || typeof h === 'bigint') out.push(h);
    else out.push(matchCons(cp(h)).head);
    seps = seps.tail;
  }
  if (seps !== NIL) return functionClause();
  return list(out);
}

export function searchCompile(p: SearchPattern): SearchPattern {
  if (p.compiled !== undefined) return p;
  const needles: Uint8Array[] = [];
  let cps = p.cps;
  while (cps instanceof Cons) {
    const c = cps.head;
    if (!isUtf8Encodable(c)) return badargError();
    needles.push(Uint8Array.from(utf8Bytes(c)));
    cps = cps.tail;
  }
  if (needles.length === 0) return badargError(); // binary:compile_pattern([]) is badarg
  return { ...p, compiled: compileSearch(needles) };
}

function matchIn(c: CompiledSearch, b: Bitstring, start: number): number | undefined {
  return findFirst(c, b.bytes, start, b.byteSize)?.pos;
}

// Results of the binary search loops: either "no match, continue with Cont" or the
// chardata starting at the hit.
export type SearchResult = { nomatch: true; cont: Term } | { nomatch: false; at: Term };

const nomatch = (cont: Term): SearchResult => ({ nomatch: true, cont });
const found = (at: Term): SearchResult => ({ nomatch: false, at });

/** string.erl bin_search/3 */
export function binSearch(bin: Term, cont: Term, p: SearchPattern): SearchResult {
  const c = searchCompile(p);
  return binSearchLoop(bin, 0, c.compiled!, cont, c.gcs);
}

function binSearchLoop(bin0: Term, start: number, bp: CompiledSearch, cont: Term, seps: Term): SearchResult {
  for (;;) {
    const size = byteSizeOf(bin0);
    if (size <= start || start < 0) return nomatch(cont);
    const b0 = bin0 as Bitstring;
    const where = matchIn(bp, b0, start);
    if (where === undefined) return nomatch(cont);
    if (cont === NIL) {
      const cont1 = binFrom(b0, where);
      const g = matchCons(gc(cont1));
      if (member(g.head, seps)) return found(list([cont1]));
      if (g.tail === NIL) return nomatch(NIL);
      start = size - byteSizeOf(g.tail);
      continue;
    }
    const cont0 = binFrom(b0, where);
    const cont1 = cons(cont0, cont);
    const g = matchCons(gc(cont1));
    if (member(g.head, seps)) return found(cont1);
    const cont2 = g.tail;
    if (cont2 instanceof Cons && isBin(cont2.head) && exactEq(cont2.tail, cont)) {
      start = size - cont2.head.byteSize;
      continue;
    }
    return nomatch(cont2);
  }
}

function isAsciiPair(cp1: Term, cp2: Term): boolean {
  return typeof cp1 === 'number' && cp1 >= 0 && cp1 < 256 && typeof cp2 === 'number' && cp2 >= 0 && cp2 < 256 && cp1 !== 13;
}

/** string.erl bin_search_inv/3: skip leading separators in a binary (with continuation). */
export function binSearchInv(bin: Term, cont: Term, seps: Term): SearchResult {
  if (isEmptyBin(bin)) return nomatch(cont);
  if (seps instanceof Cons && seps.tail === NIL) return binSearchInv1(bin, cont, seps.head);
  return binSearchInvN(bin, cont, seps);
}

function binSearchInv1(bin0: Term, cont: Term, sep: Term): SearchResult {
  for (;;) {
    if (isBin(bin0)) {
      const d = decodeUtf8At(bin0.bytes, 0, bin0.byteSize);
      if (d !== undefined) {
        const binRest = binFrom(bin0, d[1]);
        const d2 = decodeUtf8At(binRest.bytes, 0, binRest.byteSize);
        if (d2 !== undefined && isAsciiPair(d[0], d2[0])) {
          if (exactEq(d[0], sep)) {
            bin0 = binRest;
            continue;
          }
          return found(cons(bin0, cont));
        }
        if (cont === NIL) {
          const g = gc(bin0);
          if (g instanceof Cons && exactEq(g.head, sep)) {
            bin0 = g.tail;
            continue;
          }
          return found(cons(bin0, cont));
        }
        const g = gc(cons(bin0, cont));
        if (g instanceof Cons && exactEq(g.head, sep)) {
          const rest = g.tail;
          if (rest instanceof Cons && isBin(rest.head) && exactEq(rest.tail, cont)) {
            bin0 = rest.head;
            continue;
          }
          return nomatch(rest);
        }
        return found(cons(bin0, cont));
      }
      if (bin0.bitSize === 0) return nomatch(cont);
    }
    if (bin0 === NIL) return nomatch(cont);
    return badargWith(bin0);
  }
}

function binSearchInvN(bin0: Term, cont: Term, seps: Term): SearchResult {
  for (;;) {
    if (isBin(bin0)) {
      const d = decodeUtf8At(bin0.bytes, 0, bin0.byteSize);
      if (d !== undefined) {
        const binRest = binFrom(bin0, d[1]);
        const d2 = decodeUtf8At(binRest.bytes, 0, binRest.byteSize);
        if (d2 !== undefined && isAsciiPair(d[0], d2[0])) {
          if (member(d[0], seps)) {
            bin0 = binRest;
            continue;
          }
          return found(cons(bin0, cont));
        }
        if (cont === NIL) {
          const g = matchCons(gc(bin0));
          if (member(g.head, seps)) {
            bin0 = g.tail;
            continue;
          }
          return found(cons(bin0, cont));
        }
        const g = matchCons(gc(cons(bin0, cont)));
        if (!member(g.head, seps)) return found(cons(bin0, cont));
        const cs0 = g.tail;
        if (cs0 instanceof Cons && isBin(cs0.head) && exactEq(cs0.tail, cont)) {
          bin0 = cs0.head;
          continue;
        }
        return nomatch(cs0);
      }
      if (bin0.bitSize === 0) return nomatch(cont);
    }
    if (bin0 === NIL) return nomatch(cont);
    return badargWith(bin0);
  }
}

/** bin_search_str/4 result: no match (bytes scanned, continuation) or a hit. */
export type StrSearch =
  | { nomatch: true; size: number; cont: Term }
  | { nomatch: false; before: Bitstring; at: Term; after: Term };

/** string.erl bin_search_str/4: find the code point sequence `needle` in a binary. */
export function binSearchStr(bin0: Term, start: number, cont: Term, needle: Term): StrSearch {
  if (!(needle instanceof Cons)) return functionClause();
  if (!isBin(bin0)) return badmatch(bin0);
  if (cont === NIL) {
    const needleBin = charsToBinary(needle);
    const whole = compileSearch([needleBin.bytes.subarray(0, needleBin.byteSize)]);
    for (;;) {
      const where = matchIn(whole, bin0, start);
      if (where === undefined) return { nomatch: true, size: bin0.byteSize, cont: NIL };
      const keep = binTake(bin0, where);
      const cs0 = binFrom(bin0, where);
      const rest = prefix1(cs0, needle);
      if (rest === null) {
        const cs = skipUtf8(cs0);
        start = bin0.byteSize - cs.byteSize;
        continue;
      }
      return { nomatch: false, before: keep, at: list([cs0]), after: rest === NIL ? EMPTY_BIN : rest };
    }
  }
  const first = needle.head;
  if (!isUtf8Encodable(first)) return badargError();
  const firstPat = compileSearch([Uint8Array.from(utf8Bytes(first))]);
  for (;;) {
    const where = matchIn(firstPat, bin0, start);
    if (where === undefined) return { nomatch: true, size: bin0.byteSize, cont };
    const keep = binTake(bin0, where);
    const cs0 = binFrom(bin0, where);
    const g = matchCons(gc(cs0));
    const rest = prefix1(stack(cs0, cont), needle);
    if (rest === null) {
      if (isBin(g.tail)) {
        start = bin0.byteSize - g.tail.byteSize;
        continue;
      }
      return { nomatch: true, size: where, cont: stack(g, cont) };
    }
    return { nomatch: false, before: keep, at: cons(cs0, cont), after: rest === NIL ? EMPTY_BIN : rest };
  }
}

/** string.erl cp_prefix/2: the code points of Orig consumed before reaching Cont. */
export function cpPrefix(orig: Term, cont: Term): Term {
  const c = cp(cont);
  if (c === NIL) return orig;
  const until = matchCons(c).head;
  const rest = matchCons(c).tail;
  const out: Term[] = [];
  let o = orig;
  for (;;) {
    const r = cp(o);
    if (!(r instanceof Cons)) return caseClause(r);
    if (exactEq(r.head, until)) {
      if (stringEqual(r.tail, rest)) return list(out);
    }
    out.push(r.head);
    o = r.tail;
  }
}

/** string:equal/2 (exact code point equality of chardata). */
export function stringEqual(a: Term, b: Term): boolean {
  if (isBin(a) && isBin(b)) return exactEq(a, b);
  for (;;) {
    if (a instanceof Cons && b instanceof Cons && typeof a.head === 'number' && typeof b.head === 'number') {
      if (a.head !== b.head) return false;
      a = a.tail;
      b = b.tail;
      continue;
    }
    if (a === NIL) return isEmpty(b);
    const ca = cp(a);
    const cb = cp(b);
    if (ca instanceof Cons && cb instanceof Cons && exactEq(ca.head, cb.head)) {
      a = ca.tail;
      b = cb.tail;
      continue;
    }
    if (ca === NIL && cb === NIL) return true;
    if ((ca instanceof Cons || ca === NIL) && (cb instanceof Cons || cb === NIL)) return false;
    return caseClause(tuple2(ca, cb));
  }
}

function tuple2(a: Term, b: Term): Tuple {
  return new Tuple([a, b]);
}

export function caseClause(t: Term): never {
  return raiseError(new Tuple([Atom.of('case_clause'), t]));
}
