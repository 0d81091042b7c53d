// Walking and building Erlang lists from natives.
// Lists are cons cells; these helpers convert between them and JS arrays without
// recursion, so arbitrarily long lists never overflow the JS stack.

import { Cons, NIL, type Term } from '../../terms/types';

/** The elements of a (possibly improper) list and whatever ends it. */
export interface ListWalk {
  items: Term[];
  /** NIL for a proper list, otherwise the non-list tail (or the term itself when it is no list). */
  tail: Term;
}

/** Collect the leading cons cells of `list`; `tail` is what follows them. */
export function walkList(list: Term): ListWalk {
  const items: Term[] = [];
  let t = list;
  while (t instanceof Cons) {
    items.push(t.head);
    t = t.tail;
  }
  return { items, tail: t };
}

/** The elements of a proper list, or undefined if `list` is not a proper list. */
export function listToArray(list: Term): Term[] | undefined {
  const { items, tail } = walkList(list);
  return tail === NIL ? items : undefined;
}

/** Build a list from elements, ending in `tail` (NIL by default). */
export function arrayToList(items: readonly Term[], tail: Term = NIL): Term {
  let list = tail;
  for (let i = items.length - 1; i >= 0; i--) list = new Cons(items[i], list);
  return list;
}

/** The length of a proper list, or undefined if it is improper or not a list. */
export function properLength(list: Term): number | undefined {
  let n = 0;
  let t = list;
  while (t instanceof Cons) {
    n++;
    t = t.tail;
  }
  return t === NIL ? n : undefined;
}

/** Whether `t` is a proper list (like is_list/1 plus a walk to the end). */
export function isProperList(t: Term): boolean {
  return properLength(t) !== undefined;
}

/** `lists:reverse(items-as-list, tail)` for an array collected in order. */
export function reverseOnto(items: readonly Term[], tail: Term): Term {
  let list = tail;
  for (const item of items) list = new Cons(item, list);
  return list;
}
