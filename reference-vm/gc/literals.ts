// Literals live outside every process heap (OTP's literal area): a collection neither
// copies nor counts them. Every literal of loaded code sits in the VM-wide constant pool
// (runtime/operands.ts CONSTS); its objects, subterms included, are recorded here the
// first time a collection runs after they were loaded.

import { CONSTS } from '../runtime/operands';
import { ErlMap } from '../terms/map';
import type { Term } from '../terms/types';
import { isBoxed, nodeWords, pushChildren } from './size';

const literals = new Set<object>([ErlMap.empty]);
let scanned = 0;

/** The set of literal objects, brought up to date with the constant pool. */
export function literalObjects(): Set<object> {
  if (scanned < CONSTS.length) {
    const stack: unknown[] = [];
    while (scanned < CONSTS.length) stack.push(CONSTS[scanned++]);
    while (stack.length > 0) {
      const v = stack.pop();
      if (isBoxed(v) && !literals.has(v)) {
        literals.add(v);
        pushChildren(v, stack);
      }
    }
  }
  return literals;
}

/** Words of a copy of `t` that leaves literals in place (size_object_litopt). */
export function copySize(t: Term): number {
  const lits = literalObjects();
  let words = 0;
  const stack: unknown[] = [t];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'bigint') words += nodeWords(v);
    else if (isBoxed(v) && !lits.has(v)) {
      words += nodeWords(v);
      pushChildren(v, stack);
    }
  }
  return words;
}
