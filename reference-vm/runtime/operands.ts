// Operand codes: every register or constant operand of a prepared instruction is one small
// integer, so reading an operand is a shift, a mask and one array load.
//
//   code & 3 === 0   x register      p.x[code >> 2]
//   code & 3 === 1   y register      p.stack[p.E + (code >> 2)]   (the y number is stored
//                                     already offset by FRAME_HEADER, see frame layout)
//   code & 3 === 2   constant        CONSTS[code >> 2]             (atoms, integers, literals)
//
// Frame layout on the process stack (p.stack, a plain JS array; p.E is the current frame):
//   stack[E]     saved continuation pointer (code index to return to)
//   stack[E+1]   previous frame's E (-1 for the bottom frame)
//   stack[E+2+n] y register n
// A frame ends where the next one begins (or at p.sp for the top frame).

import type { Term } from '../terms/types';
import type { Process } from '../process/process';

export const FRAME_HEADER = 2;

/** VM-wide constant pool (terms are immutable, so all modules and VMs can share it). */
export const CONSTS: Term[] = [];

const constIndex = new Map<unknown, number>();

/** The operand code of a constant term (small constants are shared). */
export function constCode(t: Term): number {
  // Atoms and small numbers repeat a lot; larger literals are added once per use site.
  if (typeof t === 'number' || typeof t === 'object') {
    const known = constIndex.get(t);
    if (known !== undefined) return (known << 2) | 2;
  }
  const index = CONSTS.length;
  CONSTS.push(t);
  if (typeof t === 'number' || typeof t === 'object') constIndex.set(t, index);
  return (index << 2) | 2;
}

export function xCode(n: number): number {
  return n << 2;
}
export function yCode(n: number): number {
  return ((n + FRAME_HEADER) << 2) | 1;
}
export function isXCode(c: number): boolean {
  return (c & 3) === 0;
}
export function isConstCode(c: number): boolean {
  return (c & 3) === 2;
}
/** The register number of an x or y code (y numbers without the frame offset). */
export function registerNumber(c: number): number {
  return (c & 3) === 1 ? (c >> 2) - FRAME_HEADER : c >> 2;
}

/** Read a source operand. */
export function get(p: Process, c: number): Term {
  const k = c & 3;
  if (k === 0) return p.x[c >> 2];
  if (k === 1) return p.stack[p.E + (c >> 2)] as Term;
  return CONSTS[c >> 2];
}

/** Write a destination operand (x or y register). */
export function put(p: Process, c: number, v: Term): void {
  if ((c & 3) === 0) p.x[c >> 2] = v;
  else p.stack[p.E + (c >> 2)] = v;
}

/**
 * The "no value" marker OTP keeps in x0 while a catch handler starts (catch_end tests it).
 * It is never a term a program can see.
 */
export const NON_VALUE = Object.freeze({ nonValue: true }) as unknown as Term;
