// Association order used when printing a map: the map's own iteration order
// (maps:iterator(M, undefined)) or a sorted order (~k / ~K modifiers, the
// maps_order option).

import { compareTermsExact } from '../terms/compare';
import type { ErlMap } from '../terms/map';
import type { Term } from '../terms/types';

/**
 * undefined: OTP iteration order; 'ordered' / 'reversed': keys sorted by
 * erts_internal:cmp_term/2; `lessOrEqual`: an Erlang ordering fun, already
 * turned into a JS predicate by the caller (the printer cannot call Erlang).
 */
export type MapsOrder =
  | undefined
  | 'ordered'
  | 'reversed'
  | { readonly lessOrEqual: (a: Term, b: Term) => boolean };

export function mapEntriesInOrder(map: ErlMap, order: MapsOrder): Array<[Term, Term]> {
  const entries = map.iterationEntries();
  if (order === undefined) return entries;
  let cmp: (a: [Term, Term], b: [Term, Term]) => number;
  if (order === 'ordered' || order === 'reversed') {
    // erts_internal:cmp_term/2 is the exact term order.
    cmp =
      order === 'ordered'
        ? (a, b) => compareTermsExact(a[0], b[0])
        : (a, b) => compareTermsExact(b[0], a[0]);
  } else {
    const le = order.lessOrEqual;
    cmp = (a, b) => (le(a[0], b[0]) ? (le(b[0], a[0]) ? 0 : -1) : 1);
  }
  return entries.slice().sort(cmp);
}
