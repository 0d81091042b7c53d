// The deep character lists (io_lib:chars()) the printers return to Erlang.
//
// io_lib:format/2, io_lib:write/1 and io_lib_pretty:print/2 return nested
// lists whose exact shape is observable with =:=. The printers write through
// an Out: FlatOut keeps only the text (io:format, which never shows the list),
// DeepOut also records where OTP's code opens a nested list.
//
// In a Chars value a JS string stands for its characters, each one element of
// the list, and an array is one nested list: [$a, "bc", $d] is ['a', ['bc'], 'd'].

import { Cons, NIL, type Term } from '../terms/types';

export type Elem = string | Chars;
export type Chars = Elem[];

/** Where a printer writes its list. */
export interface Out {
  readonly deep: boolean;
  /** Characters, each an element of the current list. */
  text(s: string): void;
  /** Starts a nested list as the next element. */
  open(): void;
  /** Ends the innermost nested list. */
  close(): void;
  /** A value built before, as one nested element. */
  nested(c: Chars): void;
  /** The elements of a value built before, spliced into the current list. */
  splice(c: Chars): void;
}

export class FlatOut implements Out {
  readonly deep = false;
  private readonly parts: string[] = [];
  text(s: string): void {
    this.parts.push(s);
  }
  open(): void {}
  close(): void {}
  nested(c: Chars): void {
    this.parts.push(flatText(c));
  }
  splice(c: Chars): void {
    this.parts.push(flatText(c));
  }
  result(): string {
    return this.parts.join('');
  }
}

export class DeepOut implements Out {
  readonly deep = true;
  private readonly stack: Chars[] = [[]];
  private cur: Chars = this.stack[0]!;
  text(s: string): void {
    if (s !== '') this.cur.push(s);
  }
  open(): void {
    const c: Chars = [];
    this.cur.push(c);
    this.stack.push(c);
    this.cur = c;
  }
  close(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1]!;
  }
  nested(c: Chars): void {
    this.cur.push(c);
  }
  splice(c: Chars): void {
    for (const e of c) this.cur.push(e);
  }
  result(): Chars {
    return this.stack[0]!;
  }
}

/** The characters of a Chars value (lists:flatten/1 as text). */
export function flatText(c: Chars): string {
  if (c.length === 1 && typeof c[0] === 'string') return c[0];
  const parts: string[] = [];
  const stack: Array<{ a: Chars; i: number }> = [{ a: c, i: 0 }];
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    if (f.i >= f.a.length) {
      stack.pop();
      continue;
    }
    const e = f.a[f.i++]!;
    if (typeof e === 'string') parts.push(e);
    else stack.push({ a: e, i: 0 });
  }
  return parts.join('');
}

/** Prepends the code points of s to tail. */
function consString(s: string, tail: Term): Term {
  let acc = tail;
  for (let i = s.length - 1; i >= 0; i--) {
    const u = s.charCodeAt(i);
    if (u >= 0xdc00 && u <= 0xdfff && i > 0) {
      const hi = s.charCodeAt(i - 1);
      if (hi >= 0xd800 && hi <= 0xdbff) {
        acc = new Cons((hi - 0xd800) * 0x400 + (u - 0xdc00) + 0x10000, acc);
        i--;
        continue;
      }
    }
    acc = new Cons(u, acc);
  }
  return acc;
}

/** The Erlang list a Chars value stands for (built without JS recursion). */
export function charsToTerm(root: Chars): Term {
  interface Frame {
    a: Chars;
    i: number; // next element to add, walking from the end
    acc: Term;
  }
  const stack: Frame[] = [{ a: root, i: root.length - 1, acc: NIL }];
  for (;;) {
    const f = stack[stack.length - 1]!;
    if (f.i < 0) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent === undefined) return f.acc;
      parent.acc = new Cons(f.acc, parent.acc);
      parent.i--;
      continue;
    }
    const e = f.a[f.i]!;
    if (typeof e === 'string') {
      f.acc = consString(e, f.acc);
      f.i--;
    } else {
      stack.push({ a: e, i: e.length - 1, acc: NIL });
    }
  }
}

/**
 * A run of n copies of ch, nested by halving as OTP's chars/2 helpers build
 * it. io_lib_format's version has a clause for 1 ([C]); io_lib_pretty's lacks
 * it, so one character there is [C, []].
 */
export function duplicateChars(ch: string, n: number, oneIsFlat: boolean): Chars {
  if (n <= 0) return [];
  if (n === 1 && oneIsFlat) return [ch];
  if (n === 2 || n === 3) return [ch.repeat(n)];
  const half = duplicateChars(ch, n >> 1, oneIsFlat);
  return (n & 1) === 0 ? [half, ...half] : [ch, half, ...half];
}
