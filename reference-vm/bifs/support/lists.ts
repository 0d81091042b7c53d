// Walking and building Erlang lists from natives.
// Lists are cons cells; these helpers convert between them and JS arrays without
// recursion, so arbitrarily long lists never overflow the JS stack.

import { listFromArray, listLength, listToArray as properListToArray } from '../../terms/construct';
import { Cons, type Term } from '../../terms/types';

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
  return properListToArray(list) ?? undefined;
}

/** Build a list from elements, ending in `tail` (NIL by default). */
export const arrayToList = listFromArray;

/** The length of a proper list, or undefined if it is improper or not a list. */
export function properLength(list: Term): number | undefined {
  const n = listLength(list);
  return n < 0 ? undefined : n;
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
