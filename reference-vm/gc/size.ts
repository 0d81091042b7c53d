// Word sizes of terms as ERTS lays them out on a 64-bit heap (erl_term.h, copy.c
// size_object): what a term would occupy on a process heap, in 8-byte words.
//
//   immediates            0  (small integers of 60 bits, atoms, [], local pids and ports)
//   [H|T]                 2
//   tuple                 arity + 1 ({} is a global literal: 0)
//   float                 2
//   bignum                1 + 64-bit digits
//   heap binary           2 + bytes/8 rounded up (at most 64 bytes)
//   refc binary           6 (a ProcBin; the bytes live off-heap)
//   bitstring             5 (sub-binary) + the binary its bits need
//   local fun             5 + free variables;  export fun 5
//   local ref             3;  external pid/port 4;  external ref 5
//   flatmap               3 + n, plus the keys tuple n + 1
//   hashmap               2 + children for the head node, 1 + children for inner nodes,
//                         2 per key (a [K|V] cell)
//   match state           5 (+ the binary it matches)
//
// `nodeWords` is the size of one node without the terms it points to; `flatSize` counts
// every occurrence of a subterm (erts_debug:flat_size/1, the size of a copy) and
// `sharedSize` counts a subterm reachable twice only once (erts_debug:size/1: JS object
// identity stands for a heap pointer).

import { MatchContext } from '../bitsyntax/match-context';
import { Atom } from '../terms/atom';
import { mapKeyHash } from '../terms/hash';
import { ErlMap } from '../terms/map';
import { Bitstring, Cons, ExportFun, Float, Fun, NIL, Pid, Port, Reference, Tuple, type Term } from '../terms/types';

/** Largest small integer of a 64-bit ERTS (60-bit signed). */
export const MAX_SMALL = 2n ** 59n - 1n;
export const MIN_SMALL = -(2n ** 59n);
const MAX_SMALL_NUM = 2 ** 59 - 1;
const MIN_SMALL_NUM = -(2 ** 59);

/** Largest binary ERTS keeps on the process heap (ERL_ONHEAP_BIN_LIMIT). */
export const ONHEAP_BIN_LIMIT = 64;
const PROC_BIN_SIZE = 6;
const SUB_BIN_SIZE = 5;
const HEAP_BIN_HEADER = 2;
const FUN_SIZE = 5;
const REF_THING_SIZE = 3;
const EXTERNAL_PID_SIZE = 4;
const EXTERNAL_REF_SIZE = 5;
const MATCH_STATE_SIZE = 5;
const FLOAT_SIZE = 2;
const LOCAL_NODE = Atom.of('nonode@nohost');

/** Words of a binary of `bytes` bytes kept on the heap. */
export function heapBinWords(bytes: number): number {
  return HEAP_BIN_HEADER + Math.ceil(bytes / 8);
}

export function bignumWords(n: bigint): number {
  const bits = (n < 0n ? -n : n).toString(2).length;
  return 1 + Math.ceil(bits / 64);
}

/** True when the bytes of this bitstring live off the process heap (a refc binary). */
export function isRefcBitstring(b: Bitstring): boolean {
  return Math.ceil(b.bitSize / 8) > ONHEAP_BIN_LIMIT;
}

export function bitstringWords(b: Bitstring): number {
  const bytes = b.bitSize >>> 3;
  const rem = b.bitSize & 7;
  if (rem === 0) return bytes <= ONHEAP_BIN_LIMIT ? heapBinWords(bytes) : PROC_BIN_SIZE;
  // A bitstring is a sub-binary over a binary holding its partial last byte as well.
  return SUB_BIN_SIZE + (bytes + 1 > ONHEAP_BIN_LIMIT ? PROC_BIN_SIZE : heapBinWords(bytes + 1));
}

// ---- maps ----

const hashmapStructure = new WeakMap<ErlMap, number>();

/**
 * Words of a hashmap's nodes and [K|V] cells (keys and values not included). The trie shape
 * follows from the keys' hashes alone: 4 bits per level, least significant first.
 */
function hashmapWords(m: ErlMap): number {
  let words = hashmapStructure.get(m);
  if (words === undefined) {
    const hashes = m.keys().map((k) => mapKeyHash(k) >>> 0);
    // The head node carries an extra size word.
    words = 1 + nodeTreeWords(hashes, 0) + 2 * hashes.length;
    hashmapStructure.set(m, words);
  }
  return words;
}

/** Words of the node at `level` holding these hashes and of every node below it. */
function nodeTreeWords(hashes: number[], level: number): number {
  const slots: number[][] = [];
  for (const h of hashes) {
    const n = level < 8 ? (h >>> (level * 4)) & 0xf : 0;
    (slots[n] ??= []).push(h);
  }
  let words = 1;
  for (const slot of slots) {
    if (slot === undefined) continue;
    words += 1;
    if (slot.length > 1) {
      // Equal 32-bit hashes end the trie (ERTS rehashes them; they are left as one node).
      words += level >= 7 || slot.every((h) => h === slot[0]) ? 1 + slot.length : nodeTreeWords(slot, level + 1);
    }
  }
  return words;
}

function mapWords(m: ErlMap): number {
  if (m.isFlat) {
    const n = m.size;
    // header, size, keys pointer, values; the keys tuple ({} when empty: a literal).
    return 3 + n + (n > 0 ? n + 1 : 0);
  }
  return hashmapWords(m);
}

// ---- nodes ----

/** True for terms that occupy no heap words of their own. */
export function isImmediate(t: unknown): boolean {
  switch (typeof t) {
    case 'number':
      return t <= MAX_SMALL_NUM && t >= MIN_SMALL_NUM;
    case 'bigint':
      return t <= MAX_SMALL && t >= MIN_SMALL;
    case 'object':
      if (t instanceof Atom || t === null) return true;
      if (t instanceof Pid || t instanceof Port) return t.node === LOCAL_NODE;
      if (t instanceof Tuple) return t.elements.length === 0;
      return !(t instanceof Cons || t instanceof Float || t instanceof Bitstring || t instanceof ErlMap ||
        t instanceof Fun || t instanceof ExportFun || t instanceof Reference || t instanceof MatchContext);
    default:
      return true;
  }
}

/** Words of this node alone (0 for immediates and for values that are not terms). */
export function nodeWords(t: unknown): number {
  if (typeof t === 'number') return t <= MAX_SMALL_NUM && t >= MIN_SMALL_NUM ? 0 : bignumWords(BigInt(t));
  if (typeof t === 'bigint') return t <= MAX_SMALL && t >= MIN_SMALL ? 0 : bignumWords(t);
  if (typeof t !== 'object' || t === null) return 0;
  if (t instanceof Cons) return 2;
  if (t instanceof Tuple) return t.elements.length === 0 ? 0 : t.elements.length + 1;
  if (t instanceof Float) return FLOAT_SIZE;
  if (t instanceof Bitstring) return bitstringWords(t);
  if (t instanceof ErlMap) return mapWords(t);
  if (t instanceof Fun) return FUN_SIZE + t.env.length;
  if (t instanceof ExportFun) return FUN_SIZE;
  if (t instanceof Reference) return t.node === LOCAL_NODE ? REF_THING_SIZE : EXTERNAL_REF_SIZE;
  if (t instanceof Pid || t instanceof Port) return t.node === LOCAL_NODE ? 0 : EXTERNAL_PID_SIZE;
  if (t instanceof MatchContext) return MATCH_STATE_SIZE;
  return 0;
}

/** Push the subterms of `t` onto `out` (in no particular order). */
export function pushChildren(t: object, out: unknown[]): void {
  if (t instanceof Cons) {
    out.push(t.head, t.tail);
  } else if (t instanceof Tuple) {
    const e = t.elements;
    for (let k = 0; k < e.length; k++) out.push(e[k]);
  } else if (t instanceof ErlMap) {
    for (const k of t.keys()) out.push(k);
    for (const v of t.values()) out.push(v);
  } else if (t instanceof Fun) {
    const e = t.env;
    for (let k = 0; k < e.length; k++) out.push(e[k]);
  } else if (t instanceof MatchContext) {
    out.push(t.bin);
  }
}

/** True for a value that is a heap object of its own (not an atom or []). */
export function isBoxed(t: unknown): t is object {
  return typeof t === 'object' && t !== null && !(t instanceof Atom) && t !== NIL;
}

// ---- whole terms ----

/** erts_debug:flat_size/1: the words of a copy of `t` (shared subterms counted each time). */
export function flatSize(t: Term): number {
  let words = 0;
  const stack: unknown[] = [t];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'number' || typeof v === 'bigint') {
      words += nodeWords(v);
    } else if (isBoxed(v)) {
      words += nodeWords(v);
      pushChildren(v, stack);
    }
  }
  return words;
}

/** erts_debug:size/1: the words `t` occupies, a subterm reachable twice counted once. */
export function sharedSize(t: Term): number {
  let words = 0;
  const seen = new Set<object>();
  const stack: unknown[] = [t];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'number' || typeof v === 'bigint') {
      words += nodeWords(v);
    } else if (isBoxed(v) && !seen.has(v)) {
      seen.add(v);
      words += nodeWords(v);
      pushChildren(v, stack);
    }
  }
  return words;
}
