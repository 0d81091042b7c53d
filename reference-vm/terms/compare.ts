// Erlang term order and equality, as erts erts_cmp / eq in OTP 26:
//
//   number < atom < reference < fun < port < pid < tuple < map < [] < [_|_] < bitstring
//
// Two flavours of comparison exist in erts:
//   - arithmetic (exact = false): what <, >, ==, lists:sort use. 1 == 1.0.
//   - exact (exact = true, erts CMP_TERM): integers and floats never compare equal,
//     every integer sorts before every float. Map keys are always compared this way.
// In both, floats compare by value, so 0.0 and -0.0 are equal (OTP 26 still has
// 0.0 =:= -0.0; that changed in OTP 27).
//
// All walks use an explicit work stack: deep or long terms cannot overflow the JS stack.

import { Atom } from './atom';
import { ErlMap } from './map';
import {
  Bitstring,
  Cons,
  ExportFun,
  Float,
  Fun,
  NIL,
  Pid,
  Port,
  Reference,
  Tuple,
  type Term,
} from './types';

/** Rank of each kind in the standard term order (numbers share one rank). */
export function kindRank(t: Term): number {
  // Checked roughly by how common each kind is.
  if (typeof t === 'number') return 1;
  if (t instanceof Atom) return 2;
  if (t instanceof Cons) return 10;
  if (t instanceof Tuple) return 7;
  if (t === NIL) return 9;
  if (t instanceof Bitstring) return 11;
  if (t instanceof ErlMap) return 8;
  if (typeof t === 'bigint' || t instanceof Float) return 1;
  if (t instanceof Pid) return 6;
  if (t instanceof Reference) return 3;
  if (t instanceof Fun || t instanceof ExportFun) return 4;
  if (t instanceof Port) return 5;
  throw new TypeError('not a term');
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/**
 * Atom text order: erts compares the UTF-8 bytes, which is code point order.
 * JS `<` on strings is UTF-16 unit order, which differs once surrogates meet
 * U+E000..U+FFFF, so the first differing position is compared by code point.
 */
export function compareAtomNames(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if ((x & 0xf800) === 0xd800 || (y & 0xf800) === 0xd800) {
        return sign(a.codePointAt(i)! - b.codePointAt(i)!);
      }
      return x < y ? -1 : 1;
    }
  }
  return sign(a.length - b.length);
}

export function compareAtoms(a: Atom, b: Atom): number {
  return a === b ? 0 : compareAtomNames(a.name, b.name);
}

/** Number order. exact: all integers before all floats. Otherwise by value, exactly. */
function compareNumbers(a: number | bigint | Float, b: number | bigint | Float, exact: boolean): number {
  const af = a instanceof Float;
  const bf = b instanceof Float;
  if (af !== bf && exact) return af ? 1 : -1;
  const x = af ? (a as Float).value : (a as number | bigint);
  const y = bf ? (b as Float).value : (b as number | bigint);
  // JS compares number/bigint mixes by exact mathematical value.
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Node order: by node name text, then creation (erts CMP_NODES). */
function compareNodes(an: Atom, ac: number, bn: Atom, bc: number): number {
  if (an !== bn) return compareAtoms(an, bn);
  return ac < bc ? -1 : ac > bc ? 1 : 0;
}

function comparePids(a: Pid, b: Pid): number {
  if (a.serial !== b.serial) return a.serial < b.serial ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return compareNodes(a.node, a.creation, b.node, b.creation);
}

function comparePorts(a: Port, b: Port): number {
  const n = compareNodes(a.node, a.creation, b.node, b.creation);
  if (n !== 0) return n;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** References: node first, then the id words from the most significant down; missing high words count as zero. */
function compareRefs(a: Reference, b: Reference): number {
  const n = compareNodes(a.node, a.creation, b.node, b.creation);
  if (n !== 0) return n;
  const len = Math.max(a.ids.length, b.ids.length);
  for (let i = len - 1; i >= 0; i--) {
    const x = i < a.ids.length ? a.ids[i] >>> 0 : 0;
    const y = i < b.ids.length ? b.ids[i] >>> 0 : 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Bit-wise lexicographic order; a proper prefix sorts first. */
export function compareBitstrings(a: Bitstring, b: Bitstring): number {
  const minBits = Math.min(a.bitSize, b.bitSize);
  const fullBytes = minBits >>> 3;
  const ab = a.bytes;
  const bb = b.bytes;
  for (let i = 0; i < fullBytes; i++) {
    if (ab[i] !== bb[i]) return ab[i] < bb[i] ? -1 : 1;
  }
  const rest = minBits & 7;
  if (rest !== 0) {
    const x = ab[fullBytes] >>> (8 - rest);
    const y = bb[fullBytes] >>> (8 - rest);
    if (x !== y) return x < y ? -1 : 1;
  }
  return sign(a.bitSize - b.bitSize);
}

function bitstringsEqual(a: Bitstring, b: Bitstring): boolean {
  if (a.bitSize !== b.bitSize) return false;
  return compareBitstrings(a, b) === 0;
}

/**
 * Pending comparisons, as three parallel stacks: pairs of terms still to compare
 * (popped last-pushed first) and whether each pair compares exactly.
 */
class WorkStack {
  readonly as: Term[] = [];
  readonly bs: Term[] = [];
  readonly exact: boolean[] = [];

  push(a: Term, b: Term, exact: boolean): void {
    this.as.push(a);
    this.bs.push(b);
    this.exact.push(exact);
  }
  /** Queue element-wise comparison of two equally long arrays, first elements first. */
  pushArrays(as: readonly Term[], bs: readonly Term[], exact: boolean): void {
    for (let i = as.length - 1; i >= 0; i--) this.push(as[i], bs[i], exact);
  }
}

/**
 * The map part of a comparison: sizes, then keys in ascending exact term order
 * (compared exactly), then the values in that key order (with the caller's flavour).
 * Returns a decided result, or queues the element-wise work and returns 0.
 */
function compareMapsInto(a: ErlMap, b: ErlMap, exact: boolean, work: WorkStack): number {
  if (a.size !== b.size) return a.size < b.size ? -1 : 1;
  if (a.size === 0) return 0;
  const sa = a.termOrderEntries();
  const sb = b.termOrderEntries();
  work.pushArrays(sa.values, sb.values, exact);
  work.pushArrays(sa.keys, sb.keys, true);
  return 0;
}

function compareInternal(a: Term, b: Term, exact: boolean): number {
  const work = new WorkStack();
  let x: Term = a;
  let y: Term = b;
  let ex = exact;
  for (;;) {
    let r = 0;
    compare: if (x !== y) {
      // Same-kind fast paths first.
      if (typeof x === 'number' && typeof y === 'number') {
        r = x < y ? -1 : x > y ? 1 : 0;
        break compare;
      }
      if (x instanceof Atom && y instanceof Atom) {
        r = compareAtomNames(x.name, y.name);
        break compare;
      }
      if (x instanceof Cons && y instanceof Cons) {
        // Walk both lists while the heads are identical; then queue the tails.
        let cx = x;
        let cy = y;
        for (;;) {
          if (cx.head !== cy.head) {
            work.push(cx.tail, cy.tail, ex);
            x = cx.head;
            y = cy.head;
            break;
          }
          const tx = cx.tail;
          const ty = cy.tail;
          if (tx === ty) {
            x = y = NIL;
            break;
          }
          if (!(tx instanceof Cons) || !(ty instanceof Cons)) {
            x = tx;
            y = ty;
            break;
          }
          cx = tx;
          cy = ty;
        }
        continue;
      }
      const rx = kindRank(x);
      const ry = kindRank(y);
      if (rx !== ry) {
        r = rx < ry ? -1 : 1;
        break compare;
      }
      switch (rx) {
        case 1:
          r = compareNumbers(x as number | bigint | Float, y as number | bigint | Float, ex);
          break;
        case 3:
          r = compareRefs(x as Reference, y as Reference);
          break;
        case 4:
          if (x instanceof Fun && y instanceof Fun) {
            r = compareAtoms(x.module, y.module);
            if (r === 0) r = sign(x.index - y.index);
            if (r === 0) r = sign(x.uniq - y.uniq);
            if (r === 0) r = sign(x.env.length - y.env.length);
            if (r === 0) work.pushArrays(x.env, y.env, ex);
          } else if (x instanceof ExportFun && y instanceof ExportFun) {
            r = compareAtoms(x.module, y.module);
            if (r === 0) r = compareAtoms(x.functionName, y.functionName);
            if (r === 0) r = sign(x.arity - y.arity);
          } else {
            // fun M:F/A sorts after every local fun.
            r = x instanceof ExportFun ? 1 : -1;
          }
          break;
        case 5:
          r = comparePorts(x as Port, y as Port);
          break;
        case 6:
          r = comparePids(x as Pid, y as Pid);
          break;
        case 7: {
          const xe = (x as Tuple).elements;
          const ye = (y as Tuple).elements;
          r = sign(xe.length - ye.length);
          if (r === 0) work.pushArrays(xe, ye, ex);
          break;
        }
        case 8:
          r = compareMapsInto(x as ErlMap, y as ErlMap, ex, work);
          break;
        case 11:
          r = compareBitstrings(x as Bitstring, y as Bitstring);
          break;
        default:
          // Two NILs (rank 9) are identical; lists were handled above.
          break;
      }
    }
    if (r !== 0) return r;
    // Equal so far: take the next pending pair.
    if (work.as.length === 0) return 0;
    x = work.as.pop()!;
    y = work.bs.pop()!;
    ex = work.exact.pop()!;
  }
}

/** Standard term order (the order of <, lists:sort/1): -1, 0 or 1. 1 and 1.0 compare 0. */
export function compareTerms(a: Term, b: Term): number {
  if (a === b) return 0;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return compareInternal(a, b, false);
}

/** Exact term order (erts CMP_TERM): like compareTerms, but every integer sorts before every float. */
export function compareTermsExact(a: Term, b: Term): number {
  if (a === b) return 0;
  return compareInternal(a, b, true);
}

/** `==` */
export function equals(a: Term, b: Term): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return false;
  if (a instanceof Atom || b instanceof Atom) return false;
  return compareInternal(a, b, false) === 0;
}

/** `=:=` (also map-key identity). */
export function exactEquals(a: Term, b: Term): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === 'number' || ta === 'bigint') return a === b;
  if (a instanceof Atom) return false;
  return exactEqualsCompound(a, b);
}

function exactEqualsCompound(a: Term, b: Term): boolean {
  const as: Term[] = [a];
  const bs: Term[] = [b];
  while (as.length > 0) {
    let x = as.pop()!;
    let y = bs.pop()!;
    for (;;) {
      if (x === y) break;
      if (typeof x !== 'object' || typeof y !== 'object') return false;
      if (x instanceof Cons) {
        if (!(y instanceof Cons)) return false;
        if (x.head !== y.head) {
          as.push(x.head);
          bs.push(y.head);
        }
        x = x.tail;
        y = y.tail;
        continue;
      }
      if (x instanceof Tuple) {
        if (!(y instanceof Tuple) || x.elements.length !== y.elements.length) return false;
        for (let i = 0; i < x.elements.length; i++) {
          as.push(x.elements[i]);
          bs.push(y.elements[i]);
        }
        break;
      }
      if (x instanceof Float) {
        if (!(y instanceof Float) || x.value !== y.value) return false;
        break;
      }
      if (x instanceof Bitstring) {
        if (!(y instanceof Bitstring) || !bitstringsEqual(x, y)) return false;
        break;
      }
      if (x instanceof ErlMap) {
        if (!(y instanceof ErlMap) || x.size !== y.size) return false;
        // Same keys (found by =:=) and pairwise =:= values.
        const keys = x.keys();
        const values = x.values();
        for (let i = 0; i < keys.length; i++) {
          const other = y.get(keys[i]);
          if (other === undefined) return false;
          as.push(values[i]);
          bs.push(other);
        }
        break;
      }
      if (x instanceof Fun) {
        if (
          !(y instanceof Fun) ||
          x.module !== y.module ||
          x.index !== y.index ||
          x.uniq !== y.uniq ||
          x.env.length !== y.env.length
        ) {
          return false;
        }
        for (let i = 0; i < x.env.length; i++) {
          as.push(x.env[i]);
          bs.push(y.env[i]);
        }
        break;
      }
      if (x instanceof ExportFun) {
        if (
          !(y instanceof ExportFun) ||
          x.module !== y.module ||
          x.functionName !== y.functionName ||
          x.arity !== y.arity
        ) {
          return false;
        }
        break;
      }
      if (x instanceof Pid) {
        if (!(y instanceof Pid) || comparePids(x, y) !== 0) return false;
        break;
      }
      if (x instanceof Port) {
        if (!(y instanceof Port) || comparePorts(x, y) !== 0) return false;
        break;
      }
      if (x instanceof Reference) {
        if (!(y instanceof Reference) || compareRefs(x, y) !== 0) return false;
        break;
      }
      // Atoms, NIL and integers that are not identical are different.
      return false;
    }
  }
  return true;
}

/**
 * Order of keys inside a small map (flatmap) in OTP 26: two atoms compare by
 * atom-table index (creation order), anything else in exact term order.
 * Atoms nested inside keys still compare by text.
 */
export function compareMapKeys(a: Term, b: Term): number {
  if (a === b) return 0;
  if (a instanceof Atom && b instanceof Atom) return a.index < b.index ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : 1;
  return compareInternal(a, b, true);
}
