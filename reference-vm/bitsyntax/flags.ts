// Segment flags. Two encodings reach the VM:
//  - a `field_flags` untagged integer (older instructions: bs_get_integer2, bs_put_integer
//    ...), bits as beam_asm:flag_to_bit/1 assigns them;
//  - a literal list of atoms (bs_match commands and bs_create_bin segments), or [] .
// Both become the same bit set here. `native` means little-endian: goldens are captured on
// x86-64, and OTP's loader rewrites native to the machine's endianness.

import type { Operand } from '../loader/types';
import { Atom, Cons, type Term } from '../terms/types';

export const BSF_LITTLE = 0x02;
export const BSF_SIGNED = 0x04;
export const BSF_NATIVE = 0x10;

/** Flags after resolving `native` to the machine's (little) endianness. */
export function normalizeFlags(flags: number): number {
  return flags & BSF_NATIVE ? (flags & ~BSF_NATIVE) | BSF_LITTLE : flags;
}

const FLAG_BY_ATOM: Record<string, number> = {
  little: BSF_LITTLE,
  signed: BSF_SIGNED,
  native: BSF_NATIVE,
};

/** Flags from a list of atoms (other list elements, such as annotations, are ignored). */
export function flagsFromList(list: Term): number {
  let flags = 0;
  for (let l = list; l instanceof Cons; l = l.tail) {
    const h = l.head;
    if (h instanceof Atom) flags |= FLAG_BY_ATOM[h.name] ?? 0;
  }
  return normalizeFlags(flags);
}

/** Flags from any operand form: untagged integer, [] or a literal list. */
export function flagsOperand(o: Operand): number {
  switch (o.kind) {
    case 'u':
    case 'i':
      return normalizeFlags(Number(o.value));
    case 'nil':
      return 0;
    case 'literal':
      return flagsFromList(o.value);
    default:
      return 0;
  }
}

export function isLittle(flags: number): boolean {
  return (flags & BSF_LITTLE) !== 0;
}
export function isSigned(flags: number): boolean {
  return (flags & BSF_SIGNED) !== 0;
}
