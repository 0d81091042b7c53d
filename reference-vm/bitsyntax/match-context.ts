// Match contexts: the state of matching one bitstring (OTP's ErlBinMatchState).
//
// A context lives in x/y registers like a term but is never visible to Erlang code: the
// compiler only hands it to bit-syntax instructions, which turn it back into a binary
// (bs_get_tail) when the original value is needed. Extracted sub-binaries share the
// matched bitstring's bytes whenever they are whole bytes at a byte offset.

import { Bitstring, type Term } from '../terms/types';
import { extractBits } from './bits';

export class MatchContext {
  constructor(
    /** The bitstring being matched. */
    readonly bin: Bitstring,
    /** Current position, in bits from the start of `bin`. */
    public offset: number,
  ) {}

  /** The bytes being matched (bits numbered from the first byte). */
  get bytes(): Uint8Array {
    return this.bin.bytes;
  }

  /** Size in bits of the matched bitstring (the end position). */
  get size(): number {
    return this.bin.bitSize;
  }

  get remaining(): number {
    return this.bin.bitSize - this.offset;
  }

  /** The next n bits as a bitstring (the caller checked n <= remaining), advancing. */
  take(n: number): Bitstring {
    const b = extractBits(this.bin.bytes, this.offset, n);
    this.offset += n;
    return b;
  }

  /** Everything from the current position to the end, without advancing. */
  tail(): Bitstring {
    if (this.offset === 0) return this.bin;
    return extractBits(this.bin.bytes, this.offset, this.bin.bitSize - this.offset);
  }

  /** This context as the register value that holds it. */
  asTerm(): Term {
    return this as unknown as Term;
  }
}

/** The context held in a register (the compiler guarantees the register holds one). */
export function contextOf(t: Term): MatchContext {
  return t as unknown as MatchContext;
}

export function isMatchContext(t: unknown): t is MatchContext {
  return t instanceof MatchContext;
}

/**
 * bs_start_match: a new context for a bitstring, the same context when given one
 * (OTP reuses it), or null when `t` is neither.
 */
export function startMatch(t: Term): MatchContext | null {
  if (t instanceof Bitstring) return new MatchContext(t, 0);
  if ((t as unknown) instanceof MatchContext) return t as unknown as MatchContext;
  return null;
}
