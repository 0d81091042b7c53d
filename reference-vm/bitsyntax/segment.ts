// A bs_create_bin segment decoded at load time (one per 6 operands of its list:
// Type, SegmentNumber, Unit, Flags, Src, Size).

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import { VmBug } from '../runtime/failure';
import { Atom } from '../terms/types';
import { bsAtoms } from './construct-error';
import { flagsOperand } from './flags';
import { sizeSrc } from './operands';

export const SEG_INTEGER = 0;
export const SEG_FLOAT = 1;
export const SEG_BINARY = 2;
export const SEG_UTF8 = 3;
export const SEG_UTF16 = 4;
export const SEG_UTF32 = 5;
export const SEG_STRING = 6;
export const SEG_APPEND = 7;
export const SEG_PRIVATE_APPEND = 8;

const KIND_BY_NAME: Record<string, number> = {
  integer: SEG_INTEGER,
  float: SEG_FLOAT,
  binary: SEG_BINARY,
  utf8: SEG_UTF8,
  utf16: SEG_UTF16,
  utf32: SEG_UTF32,
  string: SEG_STRING,
  append: SEG_APPEND,
  private_append: SEG_PRIVATE_APPEND,
};

/** The Op atom of error_info causes, by segment kind (append segments count as binary). */
export const OP_ATOM: readonly Atom[] = [
  bsAtoms.integer,
  bsAtoms.float,
  bsAtoms.binary,
  bsAtoms.utf8,
  bsAtoms.utf16,
  bsAtoms.utf32,
  bsAtoms.binary,
  bsAtoms.binary,
  bsAtoms.binary,
];

/** Size known at load time (literal size times unit, or a string's length). */
export const SIZE_FIXED = 0;
/** Size read from an operand at run time and multiplied by the unit. */
export const SIZE_OPERAND = 1;
/** `all`: the whole source bitstring. */
export const SIZE_ALL = 2;
/** No size operand: utf segments (the size follows from the value). */
export const SIZE_NONE = 3;

export class CreateBinSegment {
  constructor(
    readonly kind: number,
    /** Segment number shown in error_info (1-based, from the compiler). */
    readonly segment: number,
    readonly unit: number,
    readonly flags: number,
    /** Operand code of the value (unused for strings). */
    readonly src: number,
    readonly sizeMode: number,
    /** Bits, for SIZE_FIXED. */
    readonly fixedBits: number,
    /** Operand code of the size, for SIZE_OPERAND. */
    readonly size: number,
    /** The bytes of a string segment. */
    readonly string: Uint8Array | null,
  ) {}
}

function isAtom(o: Operand, name: string): boolean {
  return o.kind === 'atom' && o.value.name === name;
}

/** Decode the segment operands of bs_create_bin's list. */
export function decodeSegments(items: Operand[], ctx: PrepareContext): CreateBinSegment[] {
  const segs: CreateBinSegment[] = [];
  for (let k = 0; k + 5 < items.length; k += 6) {
    const [typeOp, segOp, unitOp, flagsOp, srcOp, sizeOp] = items.slice(k, k + 6);
    const typeName = typeOp.kind === 'atom' ? typeOp.value.name : '?';
    const kind = KIND_BY_NAME[typeName];
    if (kind === undefined) throw new VmBug(`bs_create_bin: unknown segment type ${typeName}`);
    const segment = ctx.u(segOp);
    const unit = ctx.u(unitOp);
    const flags = flagsOperand(flagsOp);
    if (kind === SEG_STRING) {
      const offset = ctx.u(srcOp);
      const len = ctx.u(sizeOp);
      const bytes = ctx.loaded.strings.subarray(offset, offset + len);
      segs.push(new CreateBinSegment(kind, segment, unit, flags, 0, SIZE_FIXED, len * 8, 0, bytes));
      continue;
    }
    const src = ctx.src(srcOp);
    if (isAtom(sizeOp, 'all')) {
      segs.push(new CreateBinSegment(kind, segment, unit, flags, src, SIZE_ALL, 0, 0, null));
    } else if (kind === SEG_UTF8 || kind === SEG_UTF16 || kind === SEG_UTF32) {
      segs.push(new CreateBinSegment(kind, segment, unit, flags, src, SIZE_NONE, 0, 0, null));
    } else if ((sizeOp.kind === 'i' || sizeOp.kind === 'u') && typeof sizeOp.value === 'number' && sizeOp.value >= 0 && unit !== 0) {
      segs.push(new CreateBinSegment(kind, segment, unit, flags, src, SIZE_FIXED, sizeOp.value * unit, 0, null));
    } else {
      segs.push(new CreateBinSegment(kind, segment, unit, flags, src, SIZE_OPERAND, 0, sizeSrc(sizeOp, ctx), null));
    }
  }
  return segs;
}

