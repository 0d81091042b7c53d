// The `string` module of OTP 26: the unicode-aware API (ported in unicode/string-impl.ts)
// and the obsolete list-only API kept for compatibility (implemented here).
// Only string:list_to_float/1 is a real BIF; everything else is library Erlang code.

import type { NativeRegistry } from './registry';
import type { PlainNative } from './types';
import { atoms, bool } from '../terms/atom';
import { ErlangException, raiseError } from './exception';
import { clauseAt, frame, raiseAt, recursion } from './support/frames';
import type { LibraryFrame } from './exception';
import { Bitstring, Cons, NIL, Tuple, type Term } from '../terms/types';
import * as S from '../unicode/string-impl';
import { Atom } from '../terms/atom';
import {
  append,
  badargError,
  cons,
  exactEq,
  functionClause,
  list,
  listLength,
  member,
  reverse,
} from '../unicode/terms-util';

const SPACE = 32;
const A = {
  leading: Atom.of('leading'),
  trailing: Atom.of('trailing'),
  both: Atom.of('both'),
  left: Atom.of('left'),
  right: Atom.of('right'),
  infinity: Atom.of('infinity'),
  bad_generator: Atom.of('bad_generator'),
};

function isInt(t: Term): t is number | bigint {
  return typeof t === 'number' || typeof t === 'bigint';
}

function isList(t: Term): boolean {
  return t instanceof Cons || t === NIL;
}

/** Integer argument as a JS number (bignums saturate; no string is that long). */
function num(t: number | bigint): number {
  return typeof t === 'number' ? t : t > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
}

/** erlang:length/1 */
function erlLength(t: Term): number {
  const n = listLength(t);
  return n === undefined ? badargError() : n;
}

// ---- obsolete API ----

function chr(s: Term, c: Term): Term {
  if (!isInt(c)) return functionClause();
  let i = 1;
  for (;;) {
    if (s instanceof Cons) {
      if (exactEq(s.head, c)) return i;
      s = s.tail;
      i++;
      continue;
    }
    if (s === NIL) return 0;
    return functionClause();
  }
}

function rchr(s: Term, c: Term): Term {
  if (!isInt(c)) return functionClause();
  let i = 1;
  let last = 0;
  for (;;) {
    if (s instanceof Cons) {
      if (exactEq(s.head, c)) last = i;
      s = s.tail;
      i++;
      continue;
    }
    if (s === NIL) return last;
    return functionClause();
  }
}

/** l_prefix/2: true, false, or function_clause on a non-list. */
function lPrefix(pre: Term, str: Term): boolean {
  for (;;) {
    if (pre instanceof Cons && str instanceof Cons && exactEq(pre.head, str.head)) {
      pre = pre.tail;
      str = str.tail;
      continue;
    }
    if (pre === NIL && isList(str)) return true;
    if (isList(pre) && isList(str)) return false;
    return functionClause();
  }
}

function strIndex(s: Term, sub: Term, last: boolean): Term {
  if (!isList(sub)) return functionClause();
  let i = 1;
  let found = 0;
  for (;;) {
    if (s instanceof Cons) {
      if (sub instanceof Cons && exactEq(s.head, sub.head) && lPrefix(sub.tail, s.tail)) {
        if (!last) return i;
        found = i;
      }
      s = s.tail;
      i++;
      continue;
    }
    if (s === NIL) return found;
    return functionClause();
  }
}

function span(s: Term, cs: Term, complement: boolean): Term {
  if (!isList(cs)) return functionClause();
  let i = 0;
  for (;;) {
    if (s instanceof Cons) {
      if (member(s.head, cs) === complement) return i;
      s = s.tail;
      i++;
      continue;
    }
    if (s === NIL) return i;
    return functionClause();
  }
}

/** substr2/2: drop S-1 elements. */
/** substr2/2 (tail recursive); `callers`: its caller's frames in string.erl. */
/** OTP 26.2.5's string.erl, for the frames of failures (see NativeFrame). */
const STRING_ERL = 'string.erl';

function substr2(str: Term, s: number, callers: LibraryFrame[] = []): Term {
  for (;;) {
    if (s === 1 && isList(str)) return str;
    if (str instanceof Cons) {
      str = str.tail;
      s--;
      continue;
    }
    return clauseAt(STRING_ERL, 'substr2', 1958, [str, s], callers);
  }
}

function substr1(str: Term, l: number): Term {
  const out: Term[] = [];
  for (;;) {
    if (str instanceof Cons && l > 0) {
      out.push(str.head);
      str = str.tail;
      l--;
      continue;
    }
    if (isList(str)) return list(out);
    // substr1/2 is body recursive: one merged frame below the failing call.
    return clauseAt(STRING_ERL, 'substr1', 1955, [str, l], recursion(IN_SUBSTR1, out.length));
  }
}
const IN_SUBSTR1 = frame('string.erl', 'substr1', 1955, 2);
/** substr/3 calls substr2/2 in a body call (substr1(substr2(String, S), L)). */
const IN_SUBSTR3 = [frame('string.erl', 'substr', 1953, 3)];

function substr(args: Term[]): Term {
  const [str, s, l] = args;
  if (args.length === 2) {
    if (s === 1 && isList(str)) return str;
    if (isInt(s) && num(s) > 1) return substr2(str, num(s));
    return clauseAt(STRING_ERL, 'substr', 1941, args);
  }
  if (isInt(s) && num(s) >= 1 && isInt(l) && num(l) >= 0) return substr1(substr2(str, num(s), IN_SUBSTR3), num(l));
  return clauseAt(STRING_ERL, 'substr', 1952, args);
}

function tokens(s: Term, seps: Term): Term {
  if (seps === NIL) {
    if (s === NIL) return NIL;
    if (s instanceof Cons) return list([s]);
    return raiseError(new Tuple([atoms.case_clause, s]));
  }
  if (!(seps instanceof Cons)) return raiseError(new Tuple([atoms.case_clause, seps]));
  const isSep =
    seps.tail === NIL ? (c: Term): boolean => exactEq(c, (seps as Cons).head) : (c: Term): boolean => member(c, seps);
  // Walk the reversed string so tokens come out in order without reversing each one.
  let r = reverse(s);
  let toks: Term = NIL;
  let tok: Term | null = null;
  while (r instanceof Cons) {
    if (isSep(r.head)) {
      if (tok !== null) toks = cons(tok, toks);
      tok = null;
    } else {
      tok = cons(r.head, tok ?? NIL);
    }
    r = r.tail;
  }
  return tok !== null ? cons(tok, toks) : toks;
}

function chars(c: Term, n: Term, tail: Term): Term {
  if (isInt(n) && num(n) > 0) {
    let out = tail;
    for (let i = num(n); i > 0; i--) out = cons(c, out);
    if (!isInt(c)) return functionClause();
    return out;
  }
  if (n === 0 && isInt(c)) return tail;
  return functionClause();
}

function copies(l: Term, n: Term): Term {
  if (!isList(l) || !isInt(n) || num(n) < 0) return functionClause();
  let r: Term = NIL;
  for (let i = num(n); i > 0; i--) r = append(l, r);
  return r;
}

function stripLeft(s: Term, sc: Term): Term {
  for (;;) {
    if (s instanceof Cons && exactEq(s.head, sc)) {
      s = s.tail;
      continue;
    }
    if (s instanceof Cons && isInt(sc)) return s;
    if (s === NIL && isInt(sc)) return NIL;
    return functionClause();
  }
}

function stripRight(s: Term, sc: Term): Term {
  const items: Term[] = [];
  let cur = s;
  while (cur instanceof Cons) {
    items.push(cur.head);
    cur = cur.tail;
  }
  if (cur !== NIL || !isInt(sc)) return functionClause();
  let end = items.length;
  while (end > 0 && exactEq(items[end - 1], sc)) end--;
  return list(items.slice(0, end));
}

function strip(s: Term, dir: Term, c: Term): Term {
  if (dir === A.right) return stripRight(s, c);
  if (dir === A.left) return stripLeft(s, c);
  if (dir === A.both) return stripRight(stripLeft(s, c), c);
  return functionClause();
}

function words(s: Term, c: Term): number {
  if (!isInt(c)) return functionClause();
  let cur = strip(s, A.both, c);
  let n = 0;
  for (;;) {
    if (cur === NIL) return n + 1;
    if (cur instanceof Cons) {
      if (exactEq(cur.head, c)) {
        cur = strip(cur.tail, A.left, c);
        n++;
      } else cur = cur.tail;
      continue;
    }
    return functionClause();
  }
}

function subWord(s: Term, index: Term, c: Term): Term {
  if (!isInt(index) || !isInt(c)) return functionClause();
  const stop = num(index);
  if (words(s, c) < stop) return NIL;
  let cur = strip(s, A.left, c);
  let i = 1;
  const res: Term[] = [];
  for (;;) {
    if (cur === NIL) return list(res);
    if (!(cur instanceof Cons)) return functionClause();
    if (i === stop) {
      if (exactEq(cur.head, c)) return list(res);
      res.push(cur.head);
      cur = cur.tail;
      continue;
    }
    if (i < stop) {
      if (exactEq(cur.head, c)) {
        cur = strip(cur.tail, A.left, c);
        i++;
      } else cur = cur.tail;
      continue;
    }
    return functionClause();
  }
}

function left(s: Term, len: Term, c: Term): Term {
  if (!isInt(len) || !isInt(c)) return functionClause();
  const slen = erlLength(s);
  const l = num(len);
  if (slen > l) return substr([s, 1, len]);
  if (slen < l) return append(s, chars(c, l - slen, NIL));
  return s;
}

function right(s: Term, len: Term, c: Term): Term {
  if (!isInt(len) || !isInt(c)) return functionClause();
  const slen = erlLength(s);
  const l = num(len);
  if (slen > l) return substr([s, slen - l + 1]);
  if (slen < l) return chars(c, l - slen, s);
  return s;
}

function centre(s: Term, len: Term, c: Term): Term {
  if (len === 0 && isList(s) && isInt(c)) return NIL;
  if (!isInt(len) || !isInt(c)) return functionClause();
  const slen = erlLength(s);
  const l = num(len);
  if (slen > l) return substr([s, Math.trunc((slen - l) / 2) + 1, len]);
  if (slen < l) {
    const n = Math.trunc((l - slen) / 2);
    return chars(c, n, append(s, chars(c, l - (slen + n), NIL)));
  }
  return s;
}

function latin1Case(c: Term, upper: boolean): Term {
  if (typeof c !== 'number') return c;
  if (upper) {
    if ((c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xf6) || (c >= 0xf8 && c <= 0xfe)) return c - 32;
  } else if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xde)) return c + 32;
  return c;
}

function toCase(t: Term, upper: boolean): Term {
  if (isInt(t)) return latin1Case(t, upper);
  if (!isList(t)) return functionClause();
  const out: Term[] = [];
  let cur = t;
  while (cur instanceof Cons) {
    out.push(latin1Case(cur.head, upper));
    cur = cur.tail;
  }
  if (cur !== NIL) return raiseError(new Tuple([A.bad_generator, cur]));
  return list(out);
}

function join(l: Term, sep: Term): Term {
  if (l === NIL) {
    if (isList(sep)) return NIL;
    return functionClause();
  }
  if (!(l instanceof Cons)) return functionClause();
  const rest: Term[] = [];
  let t = l.tail;
  while (t instanceof Cons) {
    rest.push(t.head);
    t = t.tail;
  }
  if (t !== NIL) return raiseError(new Tuple([A.bad_generator, t]));
  let tail: Term = NIL;
  for (let i = rest.length - 1; i >= 0; i--) tail = append(append(sep, rest[i]), tail);
  return append(l.head, tail);
}

// ---- frames of string.erl (OTP 26.2.5) for failures ----

/** Whether `e` is an error the native raised without saying where (its own failure). */
function unplaced(e: unknown, reason: (r: Term) => boolean): e is ErlangException {
  return e instanceof ErlangException && e.frame === undefined && e.cls === 'error' && reason(e.reason);
}

/** pad/2,3 call pad/4 in tail position: a bad direction fails pad/4's clauses (line 258). */
function pad(s: Term, n: Term, d: Term, c: Term): Term {
  try {
    return S.pad(s, n, d, c);
  } catch (e) {
    if (unplaced(e, (r) => r === atoms.function_clause)) clauseAt(STRING_ERL, 'pad', 258, [s, n, d, c]);
    throw e;
  }
}

/** split/3: a bad direction is a case_clause in split_1/6 once the pattern is found. */
function split(s: Term, p: Term, w: Term): Term {
  try {
    return S.split(s, p, w);
  } catch (e) {
    if (unplaced(e, (r) => r instanceof Tuple && r.elements[0] === atoms.case_clause)) {
      const line = s instanceof Bitstring ? 1309 : 1289;
      raiseAt(e.reason, frame(STRING_ERL, 'split_1', line, 6), [frame(STRING_ERL, 'split', 499, 3)]);
    }
    throw e;
  }
}

// ---- registration ----

export function register(registry: NativeRegistry): void {
  const fn = (name: string, arity: number, impl: PlainNative, bif = false): void =>
    registry.plain('string', name, arity, impl, bif);

  // unicode-aware API
  fn('is_empty', 1, ([s]) => bool(S.isEmpty(s)));
  fn('length', 1, ([s]) => S.length(s));
  fn('to_graphemes', 1, ([s]) => S.toGraphemes(s));
  fn('reverse', 1, ([s]) => S.reverseString(s));
  fn('equal', 2, ([a, b]) => bool(S.stringEqual(a, b)));
  fn('equal', 3, ([a, b, c]) => bool(S.equal3(a, b, c)));
  fn('equal', 4, ([a, b, c, n]) => bool(S.equal4(a, b, c, n)));
  fn('slice', 2, ([s, n]) => S.slice2(s, n));
  fn('slice', 3, ([s, n, l]) => S.slice3(s, n, l));
  fn('pad', 2, ([s, n]) => pad(s, n, A.trailing, SPACE));
  fn('pad', 3, ([s, n, d]) => pad(s, n, d, SPACE));
  fn('pad', 4, ([s, n, d, c]) => pad(s, n, d, c));
  fn('trim', 1, ([s]) => S.trimDefault(s, A.both));
  fn('trim', 2, ([s, d]) => S.trimDefault(s, d));
  fn('trim', 3, ([s, d, c]) => S.trim(s, d, c));
  fn('chomp', 1, ([s]) => S.chomp(s));
  fn('take', 2, ([s, c]) => S.take(s, c, atoms.false, A.leading));
  fn('take', 3, ([s, c, x]) => S.take(s, c, x, A.leading));
  fn('take', 4, ([s, c, x, d]) => S.take(s, c, x, d));
  fn('lexemes', 2, ([s, seps]) => S.lexemes(s, seps));
  fn('nth_lexeme', 3, ([s, n, seps]) => S.nthLexeme(s, n, seps));
  fn('uppercase', 1, ([s]) => S.changeCase(s, 'upper'));
  fn('lowercase', 1, ([s]) => S.changeCase(s, 'lower'));
  fn('casefold', 1, ([s]) => S.changeCase(s, 'fold'));
  fn('titlecase', 1, ([s]) => S.titlecase(s));
  fn('prefix', 2, ([s, p]) => S.prefix(s, p));
  fn('split', 2, ([s, p]) => split(s, p, A.leading));
  fn('split', 3, ([s, p, w]) => split(s, p, w));
  fn('replace', 3, ([s, p, r]) => S.replace(s, p, r, A.leading));
  fn('replace', 4, ([s, p, r, w]) => S.replace(s, p, r, w));
  fn('find', 2, ([s, p]) => S.find(s, p, A.leading));
  fn('find', 3, ([s, p, d]) => S.find(s, p, d));
  fn('next_codepoint', 1, ([s]) => S.nextCodepoint(s));
  fn('next_grapheme', 1, ([s]) => S.nextGrapheme(s));
  fn('to_integer', 1, ([s]) => S.toInteger(s));
  fn('to_float', 1, ([s]) => S.toFloat(s));
  fn('list_to_integer', 1, ([s]) => S.listToInteger(s));
  fn('list_to_float', 1, ([s]) => S.listToFloat(s), true);

  // obsolete API
  fn('len', 1, ([s]) => erlLength(s));
  fn('concat', 2, ([a, b]) => append(a, b));
  fn('chr', 2, ([s, c]) => chr(s, c));
  fn('rchr', 2, ([s, c]) => rchr(s, c));
  fn('str', 2, ([s, sub]) => strIndex(s, sub, false));
  fn('rstr', 2, ([s, sub]) => strIndex(s, sub, true));
  fn('span', 2, ([s, cs]) => span(s, cs, false));
  fn('cspan', 2, ([s, cs]) => span(s, cs, true));
  fn('substr', 2, (args) => substr(args));
  fn('substr', 3, (args) => substr(args));
  fn('sub_string', 2, ([s, start]) => substr([s, start]));
  fn('sub_string', 3, ([s, start, stop]) => {
    if (!isInt(start) || !isInt(stop)) return clauseAt(STRING_ERL, 'sub_string', 2232, [s, start, stop]);
    return substr([s, start, num(stop) - num(start) + 1]);
  });
  fn('tokens', 2, ([s, seps]) => tokens(s, seps));
  fn('chars', 2, ([c, n]) => chars(c, n, NIL));
  fn('chars', 3, ([c, n, t]) => chars(c, n, t));
  fn('copies', 2, ([l, n]) => copies(l, n));
  fn('words', 1, ([s]) => words(s, SPACE));
  fn('words', 2, ([s, c]) => words(s, c));
  fn('sub_word', 2, ([s, i]) => subWord(s, i, SPACE));
  fn('sub_word', 3, ([s, i, c]) => subWord(s, i, c));
  fn('strip', 1, ([s]) => strip(s, A.both, SPACE));
  fn('strip', 2, ([s, d]) => strip(s, d, SPACE));
  fn('strip', 3, ([s, d, c]) => strip(s, d, c));
  fn('left', 2, ([s, n]) => (isInt(n) ? left(s, n, SPACE) : functionClause()));
  fn('left', 3, ([s, n, c]) => left(s, n, c));
  fn('right', 2, ([s, n]) => (isInt(n) ? right(s, n, SPACE) : functionClause()));
  fn('right', 3, ([s, n, c]) => right(s, n, c));
  fn('centre', 2, ([s, n]) => (isInt(n) ? centre(s, n, SPACE) : functionClause()));
  fn('centre', 3, ([s, n, c]) => centre(s, n, c));
  fn('to_lower', 1, ([s]) => toCase(s, false));
  fn('to_upper', 1, ([s]) => toCase(s, true));
  fn('join', 2, ([l, sep]) => join(l, sep));
}
