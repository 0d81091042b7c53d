// Copying a message term into the receiver (the BEAM copies every message to the
// receiver's heap). Terms here are immutable JS objects, so a copy is only observable in
// memory use; it is done structurally so later heap accounting sees separate terms.
// Binaries (like OTP's reference-counted binaries) and maps are shared.

import { Cons, Tuple, type Term } from '../terms/types';

export function copyTerm(t: Term): Term {
  if (t instanceof Tuple) {
    const src = t.elements;
    const out = new Array<Term>(src.length);
    for (let k = 0; k < src.length; k++) out[k] = copyTerm(src[k]);
    return new Tuple(out);
  }
  if (t instanceof Cons) {
    // Iterate along the tail so long lists do not recurse.
    const first = new Cons(copyTerm(t.head), t.tail);
    let last = first;
    let rest = t.tail;
    while (rest instanceof Cons) {
      const c = new Cons(copyTerm(rest.head), rest.tail);
      last.tail = c;
      last = c;
      rest = rest.tail;
    }
    last.tail = copyTerm(rest);
    return first;
  }
  return t;
}
