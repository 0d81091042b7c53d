// Copying a message term into the receiver (the BEAM copies every message to the
// receiver's heap). Terms here are immutable JS objects, so a copy is only observable in
// memory use; it is done structurally so later heap accounting sees separate terms.
// Binaries (like OTP's reference-counted binaries) and maps are shared.
// The copy also measures the term (in words, roughly as OTP counts them) because the
// sender pays reductions for large copies (scheduler/reductions.ts).

import { Cons, Tuple, type Term } from '../terms/types';

/** Words copied by the last copyTerm call. */
export const copyStats = { words: 0 };
let copiedWords = 0;

export function copyTerm(t: Term): Term {
  copiedWords = 0;
  const out = copy(t);
  copyStats.words = copiedWords;
  return out;
}

function copy(t: Term): Term {
  if (t instanceof Tuple) {
    const src = t.elements;
    const out = new Array<Term>(src.length);
    copiedWords += 1 + src.length;
    for (let k = 0; k < src.length; k++) out[k] = copy(src[k]);
    return new Tuple(out);
  }
  if (t instanceof Cons) {
    // Iterate along the tail so long lists do not recurse.
    const first = new Cons(copy(t.head), t.tail);
    copiedWords += 2;
    let last = first;
    let rest = t.tail;
    while (rest instanceof Cons) {
      const c = new Cons(copy(rest.head), rest.tail);
      copiedWords += 2;
      last.tail = c;
      last = c;
      rest = rest.tail;
    }
    last.tail = copy(rest);
    return first;
  }
  return t;
}
