// Appendable binaries: what makes `<<Acc/binary, X>>` in a loop linear rather than
// quadratic (OTP's writable ProcBin + sub-binary).
//
// A WritableBitstring is an ordinary Bitstring whose bytes are a prefix view of a larger,
// growable buffer. Appending to it writes past its end in place when it is still the
// latest value built in that buffer and ends on a byte boundary (so the bytes it already
// shows never change); otherwise the data is copied into a fresh buffer. Either way the
// result is a new immutable value, so sharing is invisible to Erlang code.

import { Bitstring } from '../terms/types';
import { bytesFor, copyBits } from './bits';

export class AppendBuffer {
  constructor(
    public bytes: Uint8Array,
    /** Bits written so far (the end of the latest value built here). */
    public usedBits: number,
  ) {}

  /** Make room for `bits` bits in total, growing like OTP (twice the need, >= 256 bytes). */
  reserve(bits: number): void {
    const need = bytesFor(bits);
    if (need <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(256, need * 2));
    grown.set(this.bytes.subarray(0, bytesFor(this.usedBits)));
    this.bytes = grown;
  }
}

export class WritableBitstring extends Bitstring {
  constructor(
    bytes: Uint8Array,
    bitSize: number,
    readonly buffer: AppendBuffer,
  ) {
    super(bytes, bitSize);
  }
}

/** Where an append writes: the buffer and the bit offset its new data starts at. */
export interface AppendTarget {
  buffer: AppendBuffer;
  start: number;
}

/**
 * Prepare to append `extraBits` bits to `bin`: either in place (same buffer) or into a new
 * buffer holding a copy of `bin`. The buffer's usedBits is set to the new end.
 */
export function beginAppend(bin: Bitstring, extraBits: number): AppendTarget {
  const start = bin.bitSize;
  const end = start + extraBits;
  if (bin instanceof WritableBitstring && bin.buffer.usedBits === start && (start & 7) === 0) {
    const buffer = bin.buffer;
    buffer.reserve(end);
    buffer.usedBits = end;
    return { buffer, start };
  }
  const buffer = new AppendBuffer(new Uint8Array(Math.max(256, bytesFor(end) * 2)), end);
  copyBits(bin.bytes, 0, buffer.bytes, 0, start);
  return { buffer, start };
}

/** The value of an append target once its data is written. */
export function finishAppend(t: AppendTarget): WritableBitstring {
  const bits = t.buffer.usedBits;
  return new WritableBitstring(t.buffer.bytes.subarray(0, bytesFor(bits)), bits, t.buffer);
}
