// The chardata iteration primitives of OTP's unicode_util: cp/1 (next code point) and
// gc/1 (next extended grapheme cluster). string and unicode are built on these, and
// the exact shape of the "rest" they return is observable (string:next_grapheme/1,
// string:find/2 ...), so this follows unicode_util's clause structure closely:
// how deep lists are flattened a few code points ahead, when a binary tail is kept,
// and what happens on invalid UTF-8.

import { Cons, NIL, Tuple, type Term } from '../terms/types';
import { atoms } from '../terms/atom';
import * as P from './props';
import {
  append,
  badargError,
  badargWith,
  binFrom,
  cons,
  decodeUtf8At,
  functionClause,
  isBin,
  isCP,
  list,
  tuple,
} from './terms-util';

/** {error, Rest} as unicode_util returns it. */
export function isErrorTuple(t: Term): t is Tuple {
  return t instanceof Tuple && t.elements.length === 2 && t.elements[0] === atoms.error;
}

function errorTuple(rest: Term): Tuple {
  return tuple(atoms.error, rest);
}

// ---- cp/1 ----

/** unicode_util:cp/1: [CP | Rest], [] or {error, Rest}. */
export function cp(t: Term): Term {
  if (t instanceof Cons) {
    const h = t.head;
    if (isCP(h)) return t;
    if (t.tail === NIL) return cp(h);
    return cpl(h, t.tail);
  }
  if (t === NIL) return NIL;
  if (isBin(t)) {
    if (t.bitSize === 0) return NIL;
    const d = decodeUtf8At(t.bytes, 0, t.byteSize);
    if (d === undefined) return errorTuple(t);
    return cons(d[0], binFrom(t, d[1]));
  }
  return functionClause();
}

function cpl(l: Term, r: Term): Term {
  if (l instanceof Cons) {
    const c = l.head;
    if (isCP(c)) return l.tail === NIL ? cons(c, cpl1Cont(r)) : cons(c, cplCont(l.tail, r));
    if (l.tail === NIL) return cpl(c, r);
    return cpl(c, cons(l.tail, r));
  }
  if (l === NIL) return cp(r);
  if (isBin(l)) {
    if (l.bitSize === 0) return cp(r);
    const d = decodeUtf8At(l.bytes, 0, l.byteSize);
    if (d === undefined) return errorTuple(cons(l, r));
    return cons(d[0], cons(binFrom(l, d[1]), r));
  }
  return functionClause();
}

// The cont functions flatten up to three code points ahead so that the common
// [C1, C2, C3 | _] look-ahead in callers sees plain integers.
type Cont = (t: Term, r: Term) => Term;
type Cont1 = (t: Term) => Term;

function makeCont(next: Cont | null, onEmpty: () => Cont1): Cont {
  const self: Cont = (t, r) => {
    if (t instanceof Cons) {
      const c = t.head;
      if (typeof c === 'number' || typeof c === 'bigint') {
        return next === null ? (t.tail === NIL ? cons(c, r) : cons(c, cons(t.tail, r))) : cons(c, next(t.tail, r));
      }
      if (t.tail === NIL) return self(c, r);
      return self(c, cons(t.tail, r));
    }
    if (t === NIL) return onEmpty()(r);
    return cons(t, r);
  };
  return self;
}

function makeCont1(next: Cont1 | null, cont: () => Cont): Cont1 {
  const self: Cont1 = (t) => {
    if (t instanceof Cons) {
      const c = t.head;
      if (typeof c === 'number' || typeof c === 'bigint') return next === null ? t : cons(c, next(t.tail));
      if (t.tail === NIL) return self(c);
      return cont()(c, t.tail);
    }
    return t;
  };
  return self;
}

const cplCont3: Cont = makeCont(null, () => cpl1Cont3);
const cplCont2: Cont = makeCont(cplCont3, () => cpl1Cont2);
const cplCont: Cont = makeCont(cplCont2, () => cpl1Cont);
const cpl1Cont3: Cont1 = makeCont1(null, () => cplCont3);
const cpl1Cont2: Cont1 = makeCont1(cpl1Cont3, () => cplCont2);
const cpl1Cont: Cont1 = makeCont1(cpl1Cont2, () => cplCont);

/** cp_no_bin/1: like cp/1 but gives up (undefined) as soon as a binary is reached. */
function cpNoBin(t: Term): Term | undefined {
  if (t instanceof Cons) {
    if (typeof t.head === 'number' || typeof t.head === 'bigint') return t;
    if (t.tail === NIL) return cpNoBin(t.head);
    return cpNoBinl(t.head, t.tail);
  }
  if (t === NIL) return NIL;
  return undefined;
}

function cpNoBinl(l: Term, r: Term): Term | undefined {
  if (l instanceof Cons) {
    const c = l.head;
    if (typeof c === 'number' || typeof c === 'bigint') return l.tail === NIL ? cons(c, cpl1Cont(r)) : cons(c, cplCont(l.tail, r));
    if (l.tail === NIL) return cpNoBinl(c, r);
    return cpNoBinl(c, cons(l.tail, r));
  }
  if (l === NIL) return cpNoBin(r);
  return undefined;
}

// ---- gc/1 ----

const CR = 13;
const LF = 10;

function isLatin1Int(t: Term): boolean {
  return typeof t === 'number' && t >= 0 && t < 256;
}

/** unicode_util:gc/1: [GC | Rest], [] or {error, Rest}. GC is a code point or a list of them. */
export function gc(t: Term): Term {
  if (t === NIL) return NIL;
  if (t instanceof Cons) {
    const c1 = t.head;
    if (isCP(c1)) {
      const t1 = t.tail;
      if (t1 === NIL) return t;
      if (c1 === CR) {
        const next = cp(t1);
        if (next instanceof Cons && next.head === LF) return cons(list([CR, LF]), next.tail);
        return cons(CR, next);
      }
      if (c1 < 256) {
        if (t1 instanceof Cons && isLatin1Int(t1.head)) return t; // ASCII fast path
        const t3 = cpNoBin(t1);
        if (t3 === undefined) return gc1(t);
        if (t3 instanceof Cons && isLatin1Int(t3.head)) return cons(c1, t3);
        return gc1(cons(c1, t3));
      }
      return gc1(t);
    }
  } else if (isBin(t)) {
    if (t.bitSize === 0) return NIL;
    const d = decodeUtf8At(t.bytes, 0, t.byteSize);
    if (d !== undefined) {
      const [c1, n] = d;
      const rest = binFrom(t, n);
      if (c1 < 256 && c1 !== CR) {
        const d2 = decodeUtf8At(rest.bytes, 0, rest.byteSize);
        if (d2 !== undefined && d2[0] < 256) return cons(c1, rest);
      }
      return gc1(cons(c1, rest));
    }
  }
  const cps = cp(t);
  if (isErrorTuple(cps)) return cps;
  return gc(cps);
}

/** gc_1/1: the clause chain of unicode_util, in its order. `r0` is [CP | R1]. */
function gc1(r0: Cons): Term {
  const c = r0.head as number;
  const r1 = r0.tail;
  if (c === CR) {
    const next = cp(r1);
    if (next instanceof Cons && next.head === LF) return cons(list([CR, LF]), next.tail);
    return r0;
  }
  if (!isCP(c)) return badargWith(c);
  if (P.isControl(c)) return r0;
  if (c < 256) {
    if (c === 0xa9 || c === 0xae) return gcExtPict(r1, [c]); // Extended_Pictographic below 256
    if (r1 instanceof Cons && isLatin1Int(r1.head)) return r0;
    return gcExtend(cp(r1), r1, c);
  }
  if (P.isPrepend(c)) return gcPrepend(r1, c);
  if (P.isHangulL(c)) return gcHangulL(r1, [c]);
  if (P.isHangulV(c)) return gcHangulV(r1, [c]);
  if (P.isHangulT(c)) return gcHangulT(r1, [c]);
  if (c > 44000 && c < 56000) return gcHangulLvLvt(r0, r0, []);
  if (P.isRegionalIndicator(c)) return gcRegional(r1, c);
  if (P.isExtPict(c)) return gcExtPict(r1, [c]);
  return gcExtend(cp(r1), r1, c);
}

function gcPrepend(r00: Term, cp0: number): Term {
  const r0 = cp(r00);
  if (r0 instanceof Cons) {
    if (P.isControl(r0.head as number)) return cons(cp0, r00);
    const res = gc1(r0);
    if (res instanceof Cons) {
      const g = res.head;
      if (typeof g === 'number') return cons(list([cp0, g]), res.tail);
      return cons(cons(cp0, g), res.tail);
    }
    return badmatchLike(res);
  }
  if (r0 === NIL) return list([cp0]);
  // {error, R}
  return cons(cp0, (r0 as Tuple).elements[1]);
}

function badmatchLike(_t: Term): never {
  return functionClause();
}

/** Whether the code point continues a cluster (Extend, SpacingMark or ZWJ). */
function extendKind(t: Term): 'zwj' | 'extend' | null {
  return typeof t === 'number' ? P.extendKind(t) : null;
}

/** Finish a cluster: a single code point stays an integer, more become a list. */
function finish(accRev: number[], t0: Term): Term {
  if (accRev.length === 1) return cons(accRev[0], t0);
  return cons(list([...accRev].reverse()), t0);
}

function gcExtend(next: Term, t0: Term, cp0: number): Term {
  if (next instanceof Cons) {
    if (extendKind(next.head) === null) return cons(cp0, t0);
    return gcExtend2(cp(next.tail), next.tail, [next.head as number, cp0]);
  }
  if (next === NIL) return cons(cp0, t0);
  return cons(cp0, (next as Tuple).elements[1]);
}

/** gc_extend2: `accRev` holds the cluster so far, most recent first. */
function gcExtend2(next: Term, t0: Term, accRev: number[]): Term {
  for (;;) {
    if (next instanceof Cons) {
      if (extendKind(next.head) === null) return cons(list([...accRev].reverse()), t0);
      accRev = [next.head as number, ...accRev];
      t0 = next.tail;
      next = cp(t0);
      continue;
    }
    if (next === NIL) return cons(list([...accRev].reverse()), t0);
    return list([list([...accRev].reverse()), (next as Tuple).elements[1]]);
  }
}

function gcExtPict(t: Term, accRev: number[]): Term {
  return gcExtPict3(cp(t), t, accRev);
}

function gcExtPict3(next: Term, t0: Term, accRev: number[]): Term {
  for (;;) {
    if (next instanceof Cons) {
      const kind = extendKind(next.head);
      if (kind === 'zwj') return gcExtPictZwj(cp(next.tail), next.tail, [next.head as number, ...accRev]);
      if (kind === 'extend') {
        accRev = [next.head as number, ...accRev];
        t0 = next.tail;
        next = cp(t0);
        continue;
      }
      return finish(accRev, t0);
    }
    if (next === NIL) return finish(accRev, t0);
    return append(finish(accRev, t0), list([(next as Tuple).elements[1]]));
  }
}

function gcExtPictZwj(next: Term, t0: Term, accRev: number[]): Term {
  if (next instanceof Cons) {
    const c = next.head;
    if (typeof c === 'number' && P.isExtPict(c)) return gcExtPict(next.tail, [c, ...accRev]);
    return finish(accRev, t0);
  }
  if (next === NIL) return finish(accRev, t0);
  return append(finish(accRev, t0), list([(next as Tuple).elements[1]]));
}

function gcRegional(r0: Term, cp0: number): Term {
  const next = cp(r0);
  if (next instanceof Cons && typeof next.head === 'number' && P.isRegionalIndicator(next.head)) {
    return gcExtend2(cp(next.tail), next.tail, [next.head, cp0]);
  }
  return gcExtend(next, r0, cp0);
}

function gcHangulL(r0: Term, accRev: number[]): Term {
  const next = cp(r0);
  if (next instanceof Cons && typeof next.head === 'number') {
    const c = next.head;
    if (P.isHangulL(c)) return gcHangulL(next.tail, [c, ...accRev]);
    if (P.isHangulV(c)) return gcHangulV(next.tail, [c, ...accRev]);
  }
  return gcHangulLvLvt(next, r0, accRev);
}

function gcHangulV(r0: Term, accRev: number[]): Term {
  const next = cp(r0);
  if (next instanceof Cons && typeof next.head === 'number') {
    const c = next.head;
    if (P.isHangulV(c)) return gcHangulV(next.tail, [c, ...accRev]);
    if (P.isHangulT(c)) return gcHangulT(next.tail, [c, ...accRev]);
  }
  return accRev.length === 1 ? gcExtend(next, r0, accRev[0]) : gcExtend2(next, r0, accRev);
}

function gcHangulT(r0: Term, accRev: number[]): Term {
  const next = cp(r0);
  if (next instanceof Cons && typeof next.head === 'number' && P.isHangulT(next.head)) {
    return gcHangulT(next.tail, [next.head, ...accRev]);
  }
  return accRev.length === 1 ? gcExtend(next, r0, accRev[0]) : gcExtend2(next, r0, accRev);
}

function gcHangulLvLvt(next: Term, r0: Term, accRev: number[]): Term {
  if (next instanceof Cons) {
    const c = next.head;
    if (!isCP(c)) return badargError();
    if (P.isHangulLV(c)) return gcHangulV(next.tail, [c, ...accRev]);
    if (P.isHangulLVT(c)) return gcHangulT(next.tail, [c, ...accRev]);
    if (accRev.length === 0) return gcExtend(cp(next.tail), next.tail, c);
  }
  if (accRev.length === 1) return gcExtend(next, r0, accRev[0]);
  return gcExtend2(next, r0, accRev);
}

// ---- whitespace ----

let whitespaceTerm: Term | undefined;

/** unicode_util:whitespace/0: [[13,10] | Pattern_White_Space code points]. */
export function whitespace(): Term {
  if (whitespaceTerm === undefined) whitespaceTerm = list([list([CR, LF]), ...P.patternWhiteSpace()]);
  return whitespaceTerm;
}

// ---- convenience for natives ----

/** All code points of chardata, or the error rest. Raises like cp/1 on bad shapes. */
export function flattenCps(t: Term): { cps: number[]; error?: Term } {
  const cps: number[] = [];
  let cur = cp(t);
  while (cur instanceof Cons) {
    cps.push(cur.head as number);
    cur = cp(cur.tail);
  }
  if (isErrorTuple(cur)) return { cps, error: (cur as Tuple).elements[1] };
  return { cps };
}
