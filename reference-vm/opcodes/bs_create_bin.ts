// bs_create_bin Fail Alloc Live Unit Dst {list, Segments}
//   slots: a = fail label (-1: raise), b = Dst, t = segments, u = per-segment bit sizes
//
// Builds a bitstring in two passes, as OTP 26 does:
//  1. sizes of the segments whose size is not known at load time, in order (bad sizes,
//     non-bitstrings for `all`, invalid utf8/utf32 code points fail here);
//  2. the data, in order (value type errors, short binaries, units, utf16 code points).
// So a bad size in a later segment is reported before a bad value in an earlier one.
// A failure jumps to Fail, or raises badarg/system_limit with error_info (construct-error.ts).

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get, put } from '../runtime/operands';
import type { Process } from '../process/process';
import { Atom, Bitstring, Float, type Term } from '../terms/types';
import { atoms } from '../terms/atom';
import { bytesFor, copyBits } from '../bitsyntax/bits';
import { bsAtoms, ConstructError, sizeErrorReason } from '../bitsyntax/construct-error';
import { encodeFloat, integerToFloatValue } from '../bitsyntax/float';
import { encodeInteger } from '../bitsyntax/integer';
import {
  CreateBinSegment,
  decodeSegments,
  OP_ATOM,
  SEG_APPEND,
  SEG_BINARY,
  SEG_FLOAT,
  SEG_INTEGER,
  SEG_PRIVATE_APPEND,
  SEG_STRING,
  SEG_UTF16,
  SEG_UTF32,
  SEG_UTF8,
  SIZE_ALL,
  SIZE_FIXED,
  SIZE_NONE,
} from '../bitsyntax/segment';
import { encodeUtf16, encodeUtf8, isValidCodePoint, utf8Length } from '../bitsyntax/utf';
import { beginAppend, finishAppend } from '../bitsyntax/writable';
import { ErlangException } from '../bifs/exception';

/** Bits copied per reduction (erl_bits.c BITS_PER_REDUCTION). */
const BITS_PER_REDUCTION = 8 * 1024;
/** Largest binary this VM builds (bigger ones raise system_limit rather than exhaust memory). */
export const MAX_BINARY_BITS = 2 ** 34;

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.dst(args[4]);
  const segs = decodeSegments(ctx.list(args[5]), ctx);
  i.t = segs;
  i.u = new Float64Array(segs.length);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const r = build(p, i.t as CreateBinSegment[], i.u as Float64Array);
  if (r instanceof ConstructError) {
    if (i.a >= 0) return i.a;
    throw r.failure(ip);
  }
  put(p, i.b, r);
  return ip + 1;
}

function segError(s: CreateBinSegment, info: Atom, value: Term, reason: Atom = atoms.badarg): ConstructError {
  return new ConstructError(s.segment, OP_ATOM[s.kind], info, value, reason);
}

/** Pass 1: the bit size of every segment (append segments: 0). */
function sizeSegments(p: Process, segs: CreateBinSegment[], sizes: Float64Array): number | ConstructError {
  let total = 0;
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k];
    let bits: number;
    if (s.sizeMode === SIZE_FIXED) {
      bits = s.fixedBits;
    } else if (s.kind === SEG_APPEND || s.kind === SEG_PRIVATE_APPEND) {
      bits = 0;
    } else if (s.sizeMode === SIZE_ALL) {
      const v = get(p, s.src);
      if (!(v instanceof Bitstring)) return segError(s, bsAtoms.type, v);
      bits = v.bitSize;
    } else if (s.sizeMode === SIZE_NONE) {
      const v = get(p, s.src);
      if (s.kind === SEG_UTF8) {
        if (!isValidCodePoint(v)) return segError(s, bsAtoms.type, v);
        bits = 8 * utf8Length(v);
      } else if (s.kind === SEG_UTF16) {
        // Checked while writing; only the size is needed here.
        bits = typeof v === 'number' && v < 0x10000 ? 16 : 32;
      } else {
        if (!isValidCodePoint(v)) return segError(s, bsAtoms.type, v);
        bits = 32;
      }
    } else {
      const size = get(p, s.size);
      if (typeof size !== 'number' || size < 0) return segError(s, bsAtoms.size, size, sizeErrorReason(size));
      bits = size * s.unit;
    }
    sizes[k] = bits;
    total += bits;
  }
  return total;
}

/** Both passes; the new bitstring or what went wrong. */
export function build(p: Process, segs: CreateBinSegment[], sizes: Float64Array): Term | ConstructError {
  const sized = sizeSegments(p, segs, sizes);
  if (typeof sized !== 'number') return sized;
  const total = sized;
  if (total > MAX_BINARY_BITS) throw new ErlangException('error', atoms.system_limit);

  let bytes: Uint8Array;
  let pos: number;
  let first = 0;
  let appendTarget = null;
  const s0 = segs[0];
  if (s0 !== undefined && (s0.kind === SEG_APPEND || s0.kind === SEG_PRIVATE_APPEND)) {
    const v = get(p, s0.src);
    if (!(v instanceof Bitstring)) return segError(s0, bsAtoms.type, v);
    if (s0.unit > 1 && v.bitSize % s0.unit !== 0) return segError(s0, bsAtoms.unit, v);
    appendTarget = beginAppend(v, total);
    bytes = appendTarget.buffer.bytes;
    pos = appendTarget.start;
    first = 1;
  } else {
    bytes = new Uint8Array(bytesFor(total));
    pos = 0;
  }

  for (let k = first; k < segs.length; k++) {
    const s = segs[k];
    const bits = sizes[k];
    switch (s.kind) {
      case SEG_INTEGER: {
        const v = get(p, s.src);
        if (typeof v !== 'number' && typeof v !== 'bigint') return segError(s, bsAtoms.type, v);
        encodeInteger(bytes, pos, v, bits, s.flags);
        break;
      }
      case SEG_FLOAT: {
        if (bits !== 16 && bits !== 32 && bits !== 64) return segError(s, bsAtoms.invalid, bits);
        const v = get(p, s.src);
        let x: number | null;
        if (v instanceof Float) x = v.value;
        else if (typeof v === 'number' || typeof v === 'bigint') {
          x = integerToFloatValue(v, bits);
          if (x === null) return segError(s, bsAtoms.no_float, v);
        } else return segError(s, bsAtoms.type, v);
        encodeFloat(bytes, pos, x, bits, s.flags);
        break;
      }
      case SEG_BINARY: {
        const v = get(p, s.src);
        if (s.sizeMode === SIZE_ALL) {
          const b = v as Bitstring; // pass 1 checked the type
          if (s.unit > 1 && b.bitSize % s.unit !== 0) return segError(s, bsAtoms.unit, v);
        } else {
          if (!(v instanceof Bitstring)) return segError(s, bsAtoms.type, v);
          if (bits > v.bitSize) return segError(s, bsAtoms.short, v);
        }
        copyBits((v as Bitstring).bytes, 0, bytes, pos, bits);
        p.reds -= Math.floor(bits / BITS_PER_REDUCTION);
        break;
      }
      case SEG_STRING:
        copyBits(s.string as Uint8Array, 0, bytes, pos, bits);
        break;
      case SEG_UTF8:
        encodeUtf8(bytes, pos, get(p, s.src) as number);
        break;
      case SEG_UTF16: {
        const v = get(p, s.src);
        if (!isValidCodePoint(v)) return segError(s, bsAtoms.type, v);
        encodeUtf16(bytes, pos, v, s.flags);
        break;
      }
      case SEG_UTF32:
        encodeInteger(bytes, pos, get(p, s.src) as number, 32, s.flags);
        break;
      default:
        // An append segment that is not first: never produced by the compiler.
        break;
    }
    pos += bits;
  }
  if (appendTarget !== null) return finishAppend(appendTarget);
  return new Bitstring(bytes, total);
}
