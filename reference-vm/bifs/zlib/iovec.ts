// erlang:iolist_to_iovec/1 as OTP 26 splits iodata (erts erl_io_queue.c), which the zstream
// input queue keeps segment by segment. The segmentation is observable: the zlib NIFs feed
// zlib at most one input chunk per queue segment and move to the next segment within one
// call, so it decides how much input a call consumes (safeInflate's chunks, crc32/1).
//
// Bytes and binaries under SMALL_LIMIT bytes are gathered in an accumulator; a binary of at
// least SMALL_LIMIT bytes stays a segment of its own, unless the accumulator is still small,
// when the binary first tops it up to SMALL_LIMIT bytes (or joins it whole, if the two
// together stay under twice SMALL_LIMIT). Empty binaries vanish. The accumulator grows by
// doubling its capacity; once that reaches REALLOC_LIMIT, a request that does not fit makes
// it a segment and a new accumulator starts.
//
// Not modelled: a run of bytes longer than the reductions left allow is taken in two
// requests (only changes where a segment of over 8 KB of plain bytes ends).

import { ErlangException } from '../exception';
import { atoms } from '../../terms/atom';
import { Bitstring, Cons, NIL, type Term } from '../../terms/types';

/** IOL2V_SMALL_BIN_LIMIT: four times the on-heap binary limit of 64 bytes. */
const SMALL_LIMIT = 256;
/** ACC_REALLOCATION_LIMIT: 32 times SMALL_LIMIT. */
const REALLOC_LIMIT = SMALL_LIMIT * 32;

class Accumulator {
  private parts: Uint8Array[] = [];
  size = 0;
  /** Allocated capacity; 0 when there is no accumulator. */
  private capacity = 0;
  constructor(private readonly emit: (segment: Uint8Array) => void) {}
  /** iol2v_expand_acc then the copy: room for `bytes`, promoting a full accumulator first. */
  push(bytes: Uint8Array): void {
    const required = this.size + bytes.length;
    if (this.capacity === 0) this.capacity = Math.max(required, SMALL_LIMIT);
    else if (required > this.capacity) {
      if (this.capacity >= REALLOC_LIMIT) {
        this.emit(this.take());
        this.push(bytes);
        return;
      }
      this.capacity = Math.max(required, this.capacity * 2);
    }
    this.parts.push(bytes);
    this.size += bytes.length;
  }
  /** The gathered bytes as one segment (the accumulator is then gone). */
  take(): Uint8Array {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    this.parts = [];
    this.size = 0;
    this.capacity = 0;
    return out;
  }
}

function badarg(): never {
  throw new ErlangException('error', atoms.badarg);
}

function binaryBytes(b: Bitstring): Uint8Array {
  if ((b.bitSize & 7) !== 0) badarg();
  return b.bytes.subarray(0, b.bitSize >>> 3);
}

/** The segments iolist_to_iovec/1 makes of `data`, or badarg (raised without a frame). */
export function iovecSegments(data: Term): Uint8Array[] {
  if (data === NIL) return [];
  if (data instanceof Bitstring) {
    const bytes = binaryBytes(data);
    return bytes.length === 0 ? [] : [bytes];
  }
  if (!(data instanceof Cons)) badarg();
  const out: Uint8Array[] = [];
  const acc = new Accumulator((segment) => out.push(segment));
  const appendBinary = (bytes: Uint8Array): void => {
    if (bytes.length === 0) return;
    const accSmall = acc.size < SMALL_LIMIT;
    const binSmall = bytes.length < SMALL_LIMIT;
    if (!binSmall && (acc.size === 0 || !accSmall)) {
      if (acc.size !== 0) out.push(acc.take());
      out.push(bytes);
    } else if (binSmall || acc.size + bytes.length < 2 * SMALL_LIMIT) {
      acc.push(bytes);
    } else {
      const spill = SMALL_LIMIT - acc.size;
      acc.push(bytes.subarray(0, spill));
      out.push(acc.take());
      out.push(bytes.subarray(spill));
    }
  };
  // Depth-first over the list, with the tails still to visit on a stack.
  const stack: Term[] = [];
  let it: Term = data;
  for (;;) {
    while (it instanceof Cons) {
      const h = it.head;
      if (typeof h === 'number') {
        // A run of bytes along this list is one request to the accumulator.
        const run: number[] = [];
        while (it instanceof Cons && typeof it.head === 'number') {
          const byte = it.head;
          if (byte < 0 || byte > 255) badarg();
          run.push(byte);
          it = it.tail;
        }
        acc.push(Uint8Array.from(run));
      } else if (h instanceof Bitstring) {
        appendBinary(binaryBytes(h));
        it = it.tail;
      } else if (h instanceof Cons || h === NIL) {
        if (it.tail !== NIL) stack.push(it.tail);
        it = h;
      } else badarg();
    }
    if (it instanceof Bitstring) appendBinary(binaryBytes(it));
    else if (it !== NIL) badarg();
    const next = stack.pop();
    if (next === undefined) break;
    it = next;
  }
  if (acc.size !== 0) out.push(acc.take());
  return out;
}

/** The iovec as the list of binaries iolist_to_iovec/1 returns (for stack frames). */
export function iovecTerm(segments: Uint8Array[]): Term {
  let list: Term = NIL;
  for (let k = segments.length - 1; k >= 0; k--) list = new Cons(new Bitstring(segments[k]), list);
  return list;
}
