// Compact terms turned into Operands, with every table index checked against the
// tables already read. Conventions (see types.ts):
//   atom index 0 -> { kind: 'nil' }; label 0 -> { kind: 'f', label: 0 } (no fail label);
//   typed register (extended tag 5) -> x/y operand with `type` = Type chunk index
//   (only when the module has a usable Type chunk, as OTP ignores stale indices otherwise);
//   extended list -> { kind: 'list' } (must be the instruction's last operand);
//   allocation list -> { kind: 'alloc', words, floats, funs }.

import type { Atom, Term } from '../terms/types';
import { readTagged, TAG_A, TAG_F, TAG_H, TAG_I, TAG_LETTERS, TAG_U, TAG_X, TAG_Y, TAG_Z, type TaggedValue } from './compact';
import type { ByteReader } from './reader';
import type { Operand } from './types';

/** Number of x, y and float registers (MAX_REG). */
export const MAX_REG = 1024;

export interface OperandContext {
  atoms: Atom[];
  labelCount: number;
  literals: Term[];
  /** Number of Type chunk entries, or null when typed registers carry no usable type. */
  typeCount: number | null;
}

export function readOperand(r: ByteReader, ctx: OperandContext, isLast: boolean): Operand {
  const t = readTagged(r);
  switch (t.tag) {
    case TAG_U:
      return { kind: 'u', value: t.value as number };
    case TAG_I:
      return { kind: 'i', value: t.value };
    case TAG_A: {
      const index = t.value as number;
      if (index === 0) return { kind: 'nil' };
      if (index >= ctx.atoms.length) {
        throw r.error('atom-index', `atom index ${index} is outside 1..${ctx.atoms.length - 1}`, t.offset);
      }
      return { kind: 'atom', value: ctx.atoms[index] };
    }
    case TAG_X:
    case TAG_Y:
      return register(r, t);
    case TAG_F: {
      const label = t.value as number;
      if (label !== 0 && label >= ctx.labelCount) {
        throw r.error('label', `label ${label} is outside 1..${ctx.labelCount - 1}`, t.offset);
      }
      return { kind: 'f', label };
    }
    case TAG_H:
      throw r.error('bad-compact-term', "character ('h') operands are not accepted", t.offset);
    default:
      return readExtended(r, ctx, t, isLast);
  }
}

function register(r: ByteReader, t: TaggedValue): Operand & { kind: 'x' | 'y' } {
  const n = t.value as number;
  if (n >= MAX_REG) {
    throw r.error('bad-compact-term', `register ${TAG_LETTERS[t.tag]}(${n}) is not below ${MAX_REG}`, t.offset);
  }
  return { kind: t.tag === TAG_X ? 'x' : 'y', n };
}

function readUntagged(r: ByteReader, what: string): number {
  const t = readTagged(r);
  if (t.tag !== TAG_U) {
    throw r.error('bad-compact-term', `${what} has tag '${TAG_LETTERS[t.tag]}', expected 'u'`, t.offset);
  }
  return t.value as number;
}

function readExtended(r: ByteReader, ctx: OperandContext, t: TaggedValue, isLast: boolean): Operand {
  switch (t.value) {
    case 0:
      throw r.error('bad-compact-term', 'float operands were superseded in OTP R16B', t.offset);
    case 1: {
      if (!isLast) throw r.error('bad-compact-term', 'an extended list must be the last operand', t.offset);
      const count = readUntagged(r, 'list length');
      // Each element takes at least one byte: refuse counts the chunk cannot hold.
      if (count > r.remaining) {
        throw r.error('bad-compact-term', `list of ${count} elements, only ${r.remaining} bytes left`, t.offset);
      }
      const items: Operand[] = [];
      for (let i = 0; i < count; i++) items.push(readOperand(r, ctx, i === count - 1));
      return { kind: 'list', items };
    }
    case 2: {
      const n = readUntagged(r, 'float register');
      if (n >= MAX_REG) throw r.error('bad-compact-term', `float register ${n} is not below ${MAX_REG}`, t.offset);
      return { kind: 'fr', n };
    }
    case 3:
      return readAllocationList(r, t);
    case 4: {
      const index = readUntagged(r, 'literal index');
      if (index >= ctx.literals.length) {
        throw r.error('literal-index', `literal index ${index} is outside 0..${ctx.literals.length - 1}`, t.offset);
      }
      return { kind: 'literal', value: ctx.literals[index], index };
    }
    case 5: {
      const reg = readTagged(r);
      if (reg.tag !== TAG_X && reg.tag !== TAG_Y) {
        throw r.error('bad-compact-term', `typed register has tag '${TAG_LETTERS[reg.tag]}'`, reg.offset);
      }
      const operand = register(r, reg);
      const type = readUntagged(r, 'register type index');
      if (ctx.typeCount !== null) {
        if (type >= ctx.typeCount) {
          throw r.error('bad-compact-term', `type index ${type} is outside 0..${ctx.typeCount - 1}`, t.offset);
        }
        operand.type = type;
      }
      return operand;
    }
    default:
      throw r.error('bad-compact-term', `unknown extended tag ${t.value}`, t.offset);
  }
}

function readAllocationList(r: ByteReader, t: TaggedValue): Operand {
  const count = readUntagged(r, 'allocation list length');
  if (count > 3) throw r.error('bad-compact-term', `allocation list of ${count} entries`, t.offset);
  const alloc = { kind: 'alloc' as const, words: 0, floats: 0, funs: 0 };
  for (let i = 0; i < count; i++) {
    const kind = readUntagged(r, 'allocation kind');
    const n = readUntagged(r, 'allocation count');
    if (n > 0x7fffffff) throw r.error('bad-compact-term', `allocation count ${n} is too large`, t.offset);
    if (kind === 0) alloc.words += n;
    else if (kind === 1) alloc.floats += n;
    else if (kind === 2) alloc.funs += n;
    else throw r.error('bad-compact-term', `allocation kind ${kind}`, t.offset);
  }
  return alloc;
}
