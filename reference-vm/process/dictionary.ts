// The process dictionary (put/get/erase). Keys are compared with =:=; atom, integer and
// other immediate keys go through a JS Map, compound keys through a short list.

import { exactEquals } from '../terms/compare';
import { Atom, Cons, NIL, Pid, Tuple, type Term } from '../terms/types';

function fastKey(k: Term): unknown {
  // Atoms are interned and JS numbers/bigints compare by value; everything else (floats,
  // tuples, pids...) needs a structural comparison.
  if (k instanceof Atom || typeof k === 'number' || typeof k === 'bigint') return k;
  return undefined;
}

export class ProcessDictionary {
  private readonly fast = new Map<unknown, [Term, Term]>();
  private readonly slow: Array<[Term, Term]> = [];

  get(key: Term): Term | undefined {
    const fk = fastKey(key);
    if (fk !== undefined) return this.fast.get(fk)?.[1];
    for (const e of this.slow) if (exactEquals(e[0], key)) return e[1];
    return undefined;
  }

  /** Store a value; returns the previous value or undefined. */
  put(key: Term, value: Term): Term | undefined {
    const fk = fastKey(key);
    if (fk !== undefined) {
      const old = this.fast.get(fk);
      this.fast.set(fk, [key, value]);
      return old?.[1];
    }
    for (const e of this.slow) {
      if (exactEquals(e[0], key)) {
        const old = e[1];
        e[1] = value;
        return old;
      }
    }
    this.slow.push([key, value]);
    return undefined;
  }

  erase(key: Term): Term | undefined {
    const fk = fastKey(key);
    if (fk !== undefined) {
      const old = this.fast.get(fk);
      this.fast.delete(fk);
      return old?.[1];
    }
    const i = this.slow.findIndex((e) => exactEquals(e[0], key));
    if (i < 0) return undefined;
    return this.slow.splice(i, 1)[0][1];
  }

  entries(): Array<[Term, Term]> {
    return [...this.fast.values(), ...this.slow].map(([k, v]) => [k, v]);
  }

  clear(): void {
    this.fast.clear();
    this.slow.length = 0;
  }

  /** get/0 as a list of {Key, Value}. */
  toList(): Term {
    let list: Term = NIL;
    const all = this.entries();
    for (let i = all.length - 1; i >= 0; i--) list = new Cons(new Tuple([all[i][0], all[i][1]]), list);
    return list;
  }
}

export type { Pid };
