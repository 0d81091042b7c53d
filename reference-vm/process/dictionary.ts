// The process dictionary (put/get/erase). Keys are compared with =:=; atom, integer and
// other immediate keys are found through a JS Map, compound keys through a short list.
//
// Order of get/0 and get_keys/0: insertion order (a key keeps its place when its value is
// replaced). OTP lists the entries in the order of its own hash table, whose hash of an
// atom is the atom's index in the emulator's atom table - an order a program cannot rely
// on and this VM cannot reproduce.

import { exactEquals } from '../terms/compare';
import { Atom, Cons, NIL, Pid, Tuple, type Term } from '../terms/types';

function fastKey(k: Term): unknown {
  // Atoms are interned and JS numbers/bigints compare by value; everything else (floats,
  // tuples, pids...) needs a structural comparison.
  if (k instanceof Atom || typeof k === 'number' || typeof k === 'bigint') return k;
  return undefined;
}

type Entry = [Term, Term];

export class ProcessDictionary {
  // Made on first use: most processes never touch their dictionary.
  /** Every entry in insertion order, keyed by its fast key (or by the entry itself). */
  private all: Map<unknown, Entry> | null = null;
  /** The entries with compound keys (looked up by =:=). */
  private compound: Entry[] | null = null;

  /** Number of keys. */
  get size(): number {
    return this.all?.size ?? 0;
  }

  private find(key: Term): Entry | undefined {
    if (this.all === null) return undefined;
    const fk = fastKey(key);
    if (fk !== undefined) return this.all.get(fk);
    if (this.compound !== null) for (const e of this.compound) if (exactEquals(e[0], key)) return e;
    return undefined;
  }

  get(key: Term): Term | undefined {
    return this.find(key)?.[1];
  }

  /** Store a value; returns the previous value or undefined. */
  put(key: Term, value: Term): Term | undefined {
    const found = this.find(key);
    if (found !== undefined) {
      const old = found[1];
      found[1] = value;
      return old;
    }
    const e: Entry = [key, value];
    if (this.all === null) this.all = new Map();
    const fk = fastKey(key);
    if (fk !== undefined) {
      this.all.set(fk, e);
    } else {
      this.all.set(e, e);
      if (this.compound === null) this.compound = [];
      this.compound.push(e);
    }
    return undefined;
  }

  erase(key: Term): Term | undefined {
    const found = this.find(key);
    if (found === undefined || this.all === null) return undefined;
    const fk = fastKey(key);
    if (fk !== undefined) {
      this.all.delete(fk);
    } else {
      this.all.delete(found);
      if (this.compound !== null) this.compound.splice(this.compound.indexOf(found), 1);
    }
    return found[1];
  }

  entries(): Array<[Term, Term]> {
    if (this.all === null) return [];
    return [...this.all.values()].map(([k, v]) => [k, v]);
  }

  clear(): void {
    this.all = null;
    this.compound = null;
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
