// The intermediate form of io_lib_pretty (print_length/7): a tree that records,
// for every subterm, the length of its one-line text, plus the one-line writer
// (write/1). Built and written with explicit stacks, so term depth is not
// limited by the JS stack.

import { Atom } from '../terms/atom';
import { ErlMap } from '../terms/map';
import { Bitstring, Cons, ExportFun, Fun, NIL, Tuple, type Term } from '../terms/types';
import {
  charsLength,
  codePointLength,
  isPrintableChar,
  printableList,
  writeAtom,
  writeString,
  type Encoding,
  type PrintableRange,
} from './chars';
import { mapEntriesInOrder, type MapsOrder } from './maporder';
import { binaryParts, emitBinaryParts, writeAtomic } from './write';
import type { Chars, Out } from './deep-chars';

export enum K {
  Leaf, // one-line text that never breaks
  Dots, // "..." where depth ran out inside a list/tuple/map
  List,
  Tuple,
  Map,
  Pair,
  Bin, // a binary shown as byte values, which may wrap
}

/**
 * Under a chars limit (pretty-limited.ts), print_length/7 also records how
 * many "..." a node holds (NumOfDots) and how to print it again deeper
 * (More); unlimited trees leave both unset.
 */
export interface Limited {
  dots?: number;
  more?: More;
}
/**
 * A step of a computation run by an explicit-stack driver (pretty-limited.ts):
 * it yields the sub-computations it needs and is resumed with their results.
 */
export type Task<R> = Generator<Task<unknown>, R, unknown>;
/** print_length/7 of the same subterm with a new limit T and Dd more levels of depth. */
export type More = (t: number, dd: number) => Task<Node>;
/** The elements that replace a "..." at the end of a tuple or map body (More of a dots tail). */
export interface SeqBody {
  elems: Node[];
  end: Node | null;
}

export interface Leaf extends Limited {
  k: K.Leaf;
  len: number;
  s: string;
  /** The list OTP builds for it, when that is not just the characters of s. */
  deep?: Chars;
}
export interface DotsNode {
  k: K.Dots;
  len: number;
  /** The rest of the sequence printed with a new limit and more depth. */
  tail?: (t: number, dd: number) => Task<SeqBody>;
}
/** List, tuple or map: elements then an ending (null = proper end, Dots, or an improper tail). */
export interface Seq extends Limited {
  k: K.List | K.Tuple | K.Map;
  len: number;
  elems: Node[];
  end: Node | null;
  tagged: boolean;
}
export interface Pair extends Limited {
  k: K.Pair;
  len: number;
  key: Node;
  value: Node;
}
export interface Bin extends Limited {
  k: K.Bin;
  len: number;
  parts: string[];
}
export type Node = Leaf | DotsNode | Seq | Pair | Bin;

const DOTS: DotsNode = { k: K.Dots, len: 3 };

export function leaf(s: string, len: number): Leaf {
  return { k: K.Leaf, len, s };
}

/** A binary shown as a string: [$<,$<,S | Rest] or with Rest nested (OTP's four forms). */
export function binLeaf(str: string, rest: string, restNested: boolean, len: number): Leaf {
  return { k: K.Leaf, len, s: '<<' + str + rest, deep: ['<<', [str], restNested ? [rest] : rest] };
}

export interface Ctx {
  enc: Encoding;
  str: boolean;
  order: MapsOrder;
  range: PrintableRange;
}

/** The characters of a printable list for print_length, or null. */
function printableListFor(t: Cons, d: number, ctx: Ctx): number[] | null {
  if (d === 1) return null;
  // ~p tests latin1; ~tp asks io:printable_range().
  return printableList(t, ctx.enc === 'latin1' ? 'latin1' : ctx.range);
}

/** Decoding one UTF-8 character the way <<C/utf8>> matches. */
function decodeUtf8(b: Uint8Array, i: number, end: number): { c: number; n: number } | null {
  const b0 = b[i]!;
  if (b0 < 0x80) return { c: b0, n: 1 };
  let n: number;
  let c: number;
  let min: number;
  if ((b0 & 0xe0) === 0xc0) {
    n = 2;
    c = b0 & 0x1f;
    min = 0x80;
  } else if ((b0 & 0xf0) === 0xe0) {
    n = 3;
    c = b0 & 0x0f;
    min = 0x800;
  } else if ((b0 & 0xf8) === 0xf0) {
    n = 4;
    c = b0 & 0x07;
    min = 0x10000;
  } else {
    return null;
  }
  if (i + n > end) return null;
  for (let k = 1; k < n; k++) {
    const bk = b[i + k]!;
    if ((bk & 0xc0) !== 0x80) return null;
    c = (c << 6) | (bk & 0x3f);
  }
  if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return null;
  return { c, n };
}

function isLatin1PrintableByte(c: number): boolean {
  return isPrintableChar(c, 'latin1');
}

/** printable_latin1_list/2 over bytes [from, from+n): 'all' or the count left at the first failure. */
function printableLatin1Count(b: Uint8Array, from: number, n: number): number | 'all' {
  for (let i = 0; i < n; i++) {
    if (!isLatin1PrintableByte(b[from + i]!)) return n - i;
  }
  return 'all';
}

function bytesList(b: Uint8Array, n: number): number[] {
  return Array.from(b.subarray(0, n));
}

export type PrintableBin =
  | false
  | { kind: 'all'; latin1: boolean; chars: number[] }
  | { kind: 'prefix'; latin1: boolean; chars: number[] };

/** printable_bin/4 for latin1. */
function printableBinLatin1(bytes: Uint8Array, len: number, d: number): PrintableBin {
  const size = bytes.length;
  const n = Math.min(20, len);
  const first = printableLatin1Count(bytes, 0, n);
  if (first === 'all') {
    if (n === size) return { kind: 'all', latin1: true, chars: bytesList(bytes, n) };
    if (n === len) return { kind: 'prefix', latin1: true, chars: bytesList(bytes, n) };
    // printable_bin1: the rest of the window in chunks.
    let start = n;
    let remaining = len - n;
    let nc = 0;
    while (remaining > 0) {
      const chunk = Math.min(10000, remaining);
      const r = printableLatin1Count(bytes, start, chunk);
      if (r !== 'all') {
        nc = remaining - (chunk - r);
        break;
      }
      start += chunk;
      remaining -= chunk;
    }
    if (nc === 0 && size === len) return { kind: 'all', latin1: true, chars: bytesList(bytes, size) };
    if (d > 0 && len - nc >= d) return { kind: 'prefix', latin1: true, chars: bytesList(bytes, len - nc) };
    return false;
  }
  if (d > 0 && n - first >= d) return { kind: 'prefix', latin1: true, chars: bytesList(bytes, n - first) };
  return false;
}

/**
 * printable_bin0/4: whether a binary prints as a string, whole or as a
 * prefix. At most 4 characters per level of depth d are looked at, and at
 * most t under a chars limit (t < 0: none).
 */
export function printableBin(b: Bitstring, d: number, ctx: Ctx, t = -1): PrintableBin {
  const bytes = b.bytes.subarray(0, b.byteSize);
  const size = bytes.length;
  let len: number;
  if (d >= 0) len = t >= 0 ? Math.min(t, 4 * d, size) : Math.min(4 * d, size);
  else len = t < 0 ? size : t;
  if (len === 0) return false;
  if (ctx.enc === 'latin1') return printableBinLatin1(bytes, len, d);
  // valid_utf8/2 over the first len characters.
  let i = 0;
  let count = 0;
  let valid = true;
  while (i < size && count < len) {
    const u = decodeUtf8(bytes, i, size);
    if (u === null) {
      valid = false;
      break;
    }
    i += u.n;
    count++;
  }
  if (!valid) return printableBinLatin1(bytes, len, d);
  // printable_unicode/4
  const chars: number[] = [];
  let pos = 0;
  let left = len;
  while (pos < size && left > 0) {
    const u = decodeUtf8(bytes, pos, size)!;
    if (!isPrintableChar(u.c, ctx.range)) break;
    chars.push(u.c);
    pos += u.n;
    left--;
  }
  if (pos === size) return { kind: 'all', latin1: size === chars.length, chars };
  if (d > 0 && len - left >= d) return { kind: 'prefix', latin1: pos === chars.length, chars };
  return false;
}

function bitstringNode(b: Bitstring, d: number, ctx: Ctx): Node {
  if (b.bitSize === 0) return leaf('<<>>', 4);
  if (d === 1) return leaf('<<...>>', 7);
  const p = ctx.str && b.isBinary ? printableBin(b, d - 1, ctx) : false;
  if (p !== false) return printableBinLeaf(p);
  const { parts } = binaryParts(b, d);
  return binNode(parts);
}

/** A binary shown as a string: <<"...">>, <<"..."/utf8>>, or a prefix of either followed by "...". */
export function printableBinLeaf(p: Exclude<PrintableBin, false>): Leaf {
  const s = writeString(p.chars, 0x22, 'unicode');
  if (p.kind === 'all') {
    return p.latin1 ? binLeaf(s, '>>', false, 4 + codePointLength(s)) : binLeaf(s, '/utf8>>', true, 9 + charsLength(s));
  }
  return p.latin1 ? binLeaf(s, '...>>', false, 7 + codePointLength(s)) : binLeaf(s, '/utf8...>>', false, 12 + charsLength(s));
}

/** A binary as byte values (write_binary/3's parts); its length is iolist_size/1 of "<<...>>". */
export function binNode(parts: string[]): Bin {
  let len = 4 + parts.length - 1;
  for (const part of parts) len += part.length;
  return { k: K.Bin, len, parts };
}

/** Length of a sequence's one-line text: list_length/3. */
export function seqLength(base: number, elems: Node[], end: Node | null): number {
  let len = base;
  const n = elems.length + (end !== null ? 1 : 0);
  for (const e of elems) len += e.len;
  if (end !== null) len += end.len;
  return n > 0 ? len + n - 1 : len;
}

// Build frames for the explicit-stack construction of the tree.
interface ListFrame {
  k: K.List;
  node: Seq;
  rest: Term; // the part of the list not yet visited
  d: number; // depth for print_length_list1 at `rest`
  atTail: boolean; // the pending child is the improper tail
}
interface TupleFrame {
  k: K.Tuple;
  node: Seq;
  t: Tuple;
  i: number; // next element index
  d: number;
}
interface MapFrame {
  k: K.Map;
  node: Seq;
  entries: Array<[Term, Term]>;
  i: number;
  d: number;
  d0: number;
}
interface PairFrame {
  k: K.Pair;
  node: Pair;
  value: Term;
  d: number;
  /** 0: key being built; 1: key done; 2: value being built; 3: value done. */
  stage: 0 | 1 | 2 | 3;
}
type Frame = ListFrame | TupleFrame | MapFrame | PairFrame;

/** print_length/7 with T = -1 (no chars limit). */
export function buildTree(root: Term, rootDepth: number, ctx: Ctx): Node {
  const frames: Frame[] = [];
  // Either a term to visit (pending) or a finished node to hand to the top frame.
  let pendingTerm: Term | undefined = root;
  let pendingDepth = rootDepth;
  let pendingPair: [Term, Term] | undefined;
  let done: Node | undefined;

  for (;;) {
    if (pendingPair !== undefined) {
      const [k, v] = pendingPair;
      pendingPair = undefined;
      const node: Pair = { k: K.Pair, len: 0, key: DOTS, value: DOTS };
      frames.push({ k: K.Pair, node, value: v, d: pendingDepth, stage: 0 });
      pendingTerm = k;
    }
    if (pendingTerm !== undefined) {
      const t: Term = pendingTerm;
      const d = pendingDepth;
      pendingTerm = undefined;
      done = undefined;
      if (t === NIL) done = leaf('[]', 2);
      else if (t instanceof Tuple && t.arity === 0) done = leaf('{}', 2);
      else if (t instanceof ErlMap && t.size === 0) done = leaf('#{}', 3);
      else if (t instanceof Atom) {
        const s = writeAtom(t, ctx.enc);
        done = leaf(s, charsLength(s));
      } else if (t instanceof Cons) {
        const chars = ctx.str ? printableListFor(t, d, ctx) : null;
        if (chars !== null) {
          const s = writeString(chars, 0x22, ctx.enc === 'latin1' ? 'latin1' : 'unicode');
          done = leaf(s, charsLength(s));
        } else {
          const node: Seq = { k: K.List, len: 0, elems: [], end: null, tagged: false };
          frames.push({ k: K.List, node, rest: t, d, atTail: false });
        }
      } else if (t instanceof Fun || t instanceof ExportFun) {
        const s = writeAtomic(t, 'latin1');
        done = leaf(s, s.length);
      } else if (t instanceof Tuple) {
        if (d === 1) done = leaf('{...}', 5);
        else {
          const first = t.elements[0];
          const tagged = first instanceof Atom && t.arity > 1;
          const node: Seq = { k: K.Tuple, len: 0, elems: [], end: null, tagged };
          frames.push({ k: K.Tuple, node, t, i: 0, d });
        }
      } else if (t instanceof ErlMap) {
        if (d === 1) done = leaf('#{...}', 6);
        else {
          const node: Seq = { k: K.Map, len: 0, elems: [], end: null, tagged: false };
          frames.push({ k: K.Map, node, entries: mapEntriesInOrder(t, ctx.order), i: 0, d, d0: d - 1 });
        }
      } else if (t instanceof Bitstring) {
        done = bitstringNode(t, d, ctx);
      } else {
        const s = writeAtomic(t, 'latin1');
        done = leaf(s, charsLength(s));
      }
    }

    // Hand the finished node to the top frame, then advance that frame.
    for (;;) {
      const f = frames[frames.length - 1];
      if (f === undefined) return done!;
      if (done !== undefined) {
        switch (f.k) {
          case K.List:
            if (f.atTail) f.node.end = done;
            else f.node.elems.push(done);
            break;
          case K.Tuple:
          case K.Map:
            f.node.elems.push(done);
            break;
          case K.Pair:
            if (f.stage === 0) {
              f.node.key = done;
              f.stage = 1;
            } else {
              f.node.value = done;
              f.stage = 3;
            }
            break;
        }
        done = undefined;
      }
      // Advance: either schedule the next child or finish this frame.
      let finished = false;
      switch (f.k) {
        case K.List: {
          if (f.atTail) {
            finished = true;
          } else if (f.rest === NIL) {
            finished = true;
          } else if (f.d === 1) {
            f.node.end = DOTS;
            finished = true;
          } else if (f.rest instanceof Cons) {
            pendingTerm = f.rest.head;
            pendingDepth = f.d - 1;
            f.rest = f.rest.tail;
            f.d -= 1;
          } else {
            pendingTerm = f.rest;
            pendingDepth = f.d - 1;
            f.atTail = true;
          }
          if (finished) f.node.len = seqLength(2, f.node.elems, f.node.end);
          break;
        }
        case K.Tuple: {
          if (f.i >= f.t.arity) finished = true;
          else if (f.d === 1) {
            f.node.end = DOTS;
            finished = true;
          } else {
            pendingTerm = f.t.elements[f.i]!;
            pendingDepth = f.d - 1;
            f.i += 1;
            f.d -= 1;
          }
          if (finished) f.node.len = seqLength(2, f.node.elems, f.node.end);
          break;
        }
        case K.Map: {
          if (f.i >= f.entries.length) finished = true;
          else if (f.d === 1) {
            f.node.end = DOTS;
            finished = true;
          } else {
            pendingPair = f.entries[f.i]!;
            pendingDepth = f.d0;
            f.i += 1;
            f.d -= 1;
          }
          if (finished) f.node.len = seqLength(3, f.node.elems, f.node.end);
          break;
        }
        case K.Pair: {
          if (f.stage === 1) {
            pendingTerm = f.value;
            pendingDepth = f.d;
            f.stage = 2;
          } else {
            finished = true;
            f.node.len = f.node.key.len + 4 + f.node.value.len;
          }
          break;
        }
      }
      if (!finished) break; // go visit the pending child
      frames.pop();
      done = f.node;
    }
  }
}

// ---- one-line output (write/1 of the intermediate format) ----

export function isAtomic(n: Node): boolean {
  // ?ATM: the node's text is plain characters (a Leaf).
  return n.k === K.Leaf;
}

export function pairIsAtomic(p: Node): boolean {
  return p.k === K.Pair && p.key.k === K.Leaf && p.value.k === K.Leaf;
}

// Work items of writeNode: a node, text, or the start / end of a nested list.
const OPEN = 0;
const CLOSE = 1;
type WItem = Node | string | typeof OPEN | typeof CLOSE;

/**
 * Writes the elements of io_lib_pretty:write/1 of a node to out: each element
 * of a sequence, each association ([K, " => ", V]) and the body between the
 * brackets are nested lists; an improper tail is spliced after the '|'.
 */
export function writeNode(root: Node, out: Out): void {
  const deep = out.deep;
  const stack: WItem[] = [root];
  const pushNested = (n: Node | string): void => {
    if (deep) stack.push(CLOSE, n, OPEN);
    else stack.push(n);
  };
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      out.text(n);
      continue;
    }
    if (n === OPEN) {
      out.open();
      continue;
    }
    if (n === CLOSE) {
      out.close();
      continue;
    }
    switch (n.k) {
      case K.Leaf:
        if (n.deep !== undefined && deep) out.splice(n.deep);
        else out.text(n.s);
        break;
      case K.Dots:
        out.text('...');
        break;
      case K.Bin:
        emitBinaryParts(out, n.parts);
        break;
      case K.Pair:
        pushNested(n.value);
        pushNested(' => ');
        pushNested(n.key);
        break;
      case K.List:
      case K.Tuple:
      case K.Map: {
        const open = n.k === K.List ? '[' : n.k === K.Tuple ? '{' : '#{';
        const close = n.k === K.List ? ']' : '}';
        const tailSep = n.k === K.List ? '|' : ',';
        out.text(open);
        out.open();
        stack.push(close, CLOSE);
        if (n.end !== null) {
          // write_tail/2: the improper tail or "..." is spliced after the separator.
          stack.push(n.end);
          if (n.elems.length > 0) stack.push(tailSep);
        }
        for (let i = n.elems.length - 1; i >= 0; i--) {
          pushNested(n.elems[i]!);
          if (i > 0) stack.push(',');
        }
        break;
      }
    }
  }
}
