// Stack frame operations (layout in operands.ts).

import { NIL } from '../terms/types';
import type { Process } from '../process/process';
import { FRAME_HEADER } from './operands';

/** allocate: push a frame of `n` y registers, saving the live continuation pointer. */
export function allocate(p: Process, n: number): void {
  const base = p.sp;
  const s = p.stack;
  s[base] = p.cp;
  s[base + 1] = p.E;
  p.E = base;
  p.sp = base + FRAME_HEADER + n;
  p.cp = -1;
}

/** allocate_zero / init_yregs: like allocate, with every y register set to []. */
export function allocateZero(p: Process, n: number): void {
  allocate(p, n);
  const s = p.stack;
  for (let k = p.E + FRAME_HEADER; k < p.sp; k++) s[k] = NIL;
}

/** deallocate: pop the current frame, making its saved continuation live again. */
export function deallocate(p: Process): void {
  const e = p.E;
  const s = p.stack;
  p.cp = s[e] as number;
  p.sp = e;
  p.E = s[e + 1] as number;
}

/** trim N: drop the first n y registers of the current frame (y(n) becomes y0). */
export function trim(p: Process, n: number): void {
  const e = p.E;
  const s = p.stack;
  const cp = s[e];
  const prev = s[e + 1];
  s[e + n] = cp;
  s[e + n + 1] = prev;
  p.E = e + n;
}
