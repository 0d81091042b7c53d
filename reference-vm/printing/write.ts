// io_lib:write/2 (the ~w and ~W directives): a term on one line, lists never
// shown as strings, binaries as byte values, optional depth limit.
// Iterative (explicit work stack) so that deep terms cannot overflow the JS stack.

import { Atom } from '../terms/atom';
import { ErlMap } from '../terms/map';
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
} from '../terms/types';
import { writeAtom, type Encoding } from './chars';
import { DeepOut, FlatOut, type Chars, type Out } from './deep-chars';
import { funToList, pidToList, portToList, refToList } from './display';
import { floatToShortString } from './float';
import { mapEntriesInOrder, type MapsOrder } from './maporder';

export interface WriteOptions {
  /** -1 (default) for no limit; 0 prints "...". */
  depth?: number;
  /** latin1 (default, ~w): atoms escape characters above 255; unicode (~tw): they do not. */
  encoding?: Encoding;
  mapsOrder?: MapsOrder;
}

/**
 * The comma-separated parts io_lib:write_binary/3 produces for a bitstring
 * (without "<<" and ">>"): byte values, then either "Value:Bits" for the
 * trailing bits or "..." when the depth ran out or, under a chars limit
 * (charsLimit >= 0), the characters did: each byte before the last costs its
 * digits and a comma out of charsLimit - 4.
 */
export function binaryParts(b: Bitstring, depth: number, charsLimit = -1): { parts: string[]; truncated: boolean } {
  const parts: string[] = [];
  const byteSize = b.byteSize;
  const restBits = b.bitSize & 7;
  let d = depth;
  let t = tsub(charsLimit, 4);
  let i = 0;
  for (;;) {
    const remainingBits = (byteSize - i) * 8 + restBits;
    if (remainingBits === 0) return { parts, truncated: false };
    if (d === 1 || t === 0) {
      parts.push('...');
      return { parts, truncated: true };
    }
    if (remainingBits >= 8) {
      const s = String(b.bytes[i]!);
      parts.push(s);
      i++;
      d--;
      t = tsub(t, s.length + 1);
      continue;
    }
    parts.push(`${b.bytes[i]! >> (8 - restBits)}:${restBits}`);
    return { parts, truncated: false };
  }
}

/** tsub/2: subtracts without changing sign (a negative limit means none). */
export function tsub(t: number, e: number): number {
  if (t < 0) return t;
  return t >= e ? t - e : 0;
}

/** io_lib:write_binary/2 */
export function writeBinary(b: Bitstring, depth: number): string {
  return '<<' + binaryParts(b, depth).parts.join(',') + '>>';
}

/**
 * Writes the parts of a bitstring as io_lib:write_binary/3 builds them:
 * [$<,$<,Body,$>,$>] where Body holds each byte value as a nested list, commas
 * between, and trailing bits as [Value] ':' [Bits].
 */
export function emitBinaryParts(out: Out, parts: readonly string[]): void {
  if (!out.deep) {
    out.text('<<' + parts.join(',') + '>>');
    return;
  }
  out.text('<<');
  out.open();
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) out.text(',');
    emitBinaryPart(out, parts[i]!);
  }
  out.close();
  out.text('>>');
}

/** One element of write_binary's body: a byte value, "...", or Value:Bits. */
export function emitBinaryPart(out: Out, part: string): void {
  const colon = part.indexOf(':');
  if (colon < 0) {
    out.open();
    out.text(part);
    out.close();
    return;
  }
  out.open();
  out.text(part.slice(0, colon));
  out.close();
  out.text(':');
  out.open();
  out.text(part.slice(colon + 1));
  out.close();
}

/** Text of an atomic term (anything but list, tuple, map, bitstring) as io_lib:write does it. */
export function writeAtomic(t: Term, encoding: Encoding): string {
  if (typeof t === 'number' || typeof t === 'bigint') return String(t);
  if (t instanceof Float) return floatToShortString(t.value);
  if (t instanceof Atom) return writeAtom(t, encoding);
  if (t instanceof Pid) return pidToList(t);
  if (t instanceof Port) return portToList(t);
  if (t instanceof Reference) return refToList(t);
  if (t instanceof Fun || t instanceof ExportFun) return funToList(t);
  throw new Error('writeAtomic: not an atomic term');
}

// Work items: text, the start or end of a nested list (OPEN, CLOSE; only when
// the list shape is kept), a term at a depth, or the continuation of a list /
// tuple / map.
const enum Kind {
  Term,
  ListTail,
  TupleRest,
  MapRest,
}
const OPEN = 0;
const CLOSE = 1;
type Work =
  | string
  | typeof OPEN
  | typeof CLOSE
  | { k: Kind.Term; t: Term; d: number }
  | { k: Kind.ListTail; t: Term; d: number }
  | { k: Kind.TupleRest; t: Tuple; i: number; d: number }
  | { k: Kind.MapRest; entries: Array<[Term, Term]>; i: number; d: number; d0: number };

/** io_lib:write/2 with the given options, as text. */
export function writeTerm(term: Term, opts: WriteOptions = {}): string {
  const out = new FlatOut();
  writeTo(out, term, opts);
  return out.result();
}

/** io_lib:write/2 with the given options, as the deep list OTP returns. */
export function writeChars(term: Term, opts: WriteOptions = {}): Chars {
  const out = new DeepOut();
  writeTo(out, term, opts);
  return out.result();
}

/**
 * Writes the elements of write1/4's result to out. OTP nests each element of
 * a list or tuple, each map association ([K, " => ", V]) and the body between
 * the brackets: [$[, [E1, $,, E2 ...], $]].
 */
export function writeTo(out: Out, term: Term, opts: WriteOptions = {}): void {
  const depth = opts.depth ?? -1;
  const enc: Encoding = opts.encoding ?? 'latin1';
  const order = opts.mapsOrder;
  const deep = out.deep;
  const stack: Work[] = [{ k: Kind.Term, t: term, d: depth }];
  // Pushes a term as a nested element (in reverse: the stack pops from the end).
  const pushNested = (t: Term, d: number): void => {
    if (deep) stack.push(CLOSE, { k: Kind.Term, t, d }, OPEN);
    else stack.push({ k: Kind.Term, t, d });
  };
  const pushAssoc = (k: Term, v: Term, d: number): void => {
    if (deep) stack.push(CLOSE, CLOSE, { k: Kind.Term, t: v, d }, OPEN, CLOSE, ' => ', OPEN, CLOSE, { k: Kind.Term, t: k, d }, OPEN, OPEN);
    else stack.push({ k: Kind.Term, t: v, d }, ' => ', { k: Kind.Term, t: k, d });
  };
  const openBody = (text: string): void => {
    out.text(text);
    out.open();
  };
  while (stack.length > 0) {
    const w = stack.pop()!;
    if (typeof w === 'string') {
      out.text(w);
      continue;
    }
    if (w === OPEN) {
      out.open();
      continue;
    }
    if (w === CLOSE) {
      out.close();
      continue;
    }
    switch (w.k) {
      case Kind.Term: {
        const { t, d } = w;
        if (d === 0) {
          out.text('...');
        } else if (t === NIL) {
          out.text('[]');
        } else if (t instanceof Cons) {
          if (d === 1) {
            out.text('[...]');
          } else {
            openBody('[');
            stack.push(']', CLOSE, { k: Kind.ListTail, t: t.tail, d: d - 1 });
            pushNested(t.head, d - 1);
          }
        } else if (t instanceof Tuple) {
          if (t.arity === 0) out.text('{}');
          else if (d === 1) out.text('{...}');
          else {
            openBody('{');
            stack.push('}', CLOSE, { k: Kind.TupleRest, t, i: 1, d: d - 1 });
            pushNested(t.elements[0]!, d - 1);
          }
        } else if (t instanceof ErlMap) {
          if (d === 1) {
            out.text('#{}');
          } else {
            const entries = mapEntriesInOrder(t, order);
            if (entries.length === 0) {
              out.text('#{}');
            } else {
              const d0 = d - 1;
              const [k, v] = entries[0]!;
              openBody('#{');
              stack.push('}', CLOSE, { k: Kind.MapRest, entries, i: 1, d: d0, d0 });
              pushAssoc(k, v, d0);
            }
          }
        } else if (t instanceof Bitstring) {
          emitBinaryParts(out, binaryParts(t, d).parts);
        } else {
          out.text(writeAtomic(t, enc));
        }
        break;
      }
      case Kind.ListTail: {
        const { t, d } = w;
        if (t === NIL) break;
        if (d === 1) {
          out.text('|...');
        } else if (t instanceof Cons) {
          out.text(',');
          stack.push({ k: Kind.ListTail, t: t.tail, d: d - 1 });
          pushNested(t.head, d - 1);
        } else {
          out.text('|');
          pushNested(t, d - 1);
        }
        break;
      }
      case Kind.TupleRest: {
        const { t, i, d } = w;
        if (i >= t.arity) break;
        if (d === 1) {
          out.text(',...');
        } else {
          out.text(',');
          stack.push({ k: Kind.TupleRest, t, i: i + 1, d: d - 1 });
          pushNested(t.elements[i]!, d - 1);
        }
        break;
      }
      case Kind.MapRest: {
        const { entries, i, d, d0 } = w;
        // Depth runs out before the end test, so a full map can still end in ",...".
        if (d === 1) {
          out.text(',...');
        } else if (i < entries.length) {
          const [k, v] = entries[i]!;
          out.text(',');
          stack.push({ k: Kind.MapRest, entries, i: i + 1, d: d - 1, d0 });
          pushAssoc(k, v, d0);
        }
        break;
      }
    }
  }
}
