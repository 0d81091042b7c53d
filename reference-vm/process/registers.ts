// X and float registers. As in BEAM, the registers belong to the scheduler, not to the
// process: every process of a runtime uses the same arrays while it runs, and a process
// that stops running keeps only its live x registers (usually 0 to a handful) in
// `p.savedX`. This makes a process cheap to create (no 1024-entry arrays of its own) and
// costs a few copies per context switch.
//
// A process only stops running at a call, a return, or a receive wait, so which x
// registers are live follows from where it will resume (p.ip):
//   - a function's entry (preempted at a call): its arguments, x0..x(arity-1) (for a fun's
//     code the arity includes the captured variables);
//   - the initial-call stub (a hibernated process): the arguments of that call;
//   - anywhere else (a return address, the runtime's stubs, a receive's loop_rec): x0.
// Float registers are never live across a call or a wait (the compiler guarantees it),
// so they are not saved at all.

import { NIL, type Term } from '../terms/types';
import type { Process } from './process';
import { INITIAL_CALL_IP } from '../runtime/frames';

/** OTP's limit on x registers (MAX_REG). */
export const X_REGISTERS = 1024;
/** Float registers (OTP allocates them per module; 1024 is the same ceiling). */
export const FLOAT_REGISTERS = 1024;

export class RegisterFile {
  readonly x: Term[] = new Array<Term>(X_REGISTERS).fill(NIL);
  readonly fr = new Float64Array(FLOAT_REGISTERS);
}

const NO_REGISTERS: Term[] = [];

/** Number of x registers live when `p` resumes at p.ip. */
export function liveRegisters(p: Process): number {
  // The initial-call stub: the arguments of the first call (after hibernate/3).
  if (p.ip === INITIAL_CALL_IP) return p.initialRef?.arity ?? 0;
  const fn = p.rt.code.functionAt(p.ip);
  if (fn !== undefined && fn.entry === p.ip) return fn.arity;
  return 1;
}

/** The process stops running: keep its live x registers. */
export function saveRegisters(p: Process): void {
  const n = liveRegisters(p);
  if (n === 0) {
    p.savedLive = 0;
    return;
  }
  let saved = p.savedX;
  if (saved.length < n) {
    saved = new Array<Term>(n);
    p.savedX = saved;
  }
  const x = p.x;
  for (let k = 0; k < n; k++) saved[k] = x[k];
  p.savedLive = n;
}

/** The process starts running: put its live x registers back. */
export function restoreRegisters(p: Process): void {
  const n = p.savedLive;
  const x = p.x;
  const saved = p.savedX;
  for (let k = 0; k < n; k++) {
    x[k] = saved[k];
    // Drop references so a long-sleeping process does not pin garbage.
    saved[k] = NIL;
  }
  p.savedLive = 0;
}

/** Set the registers a process will start with (spawn, hibernate). */
export function setStartRegisters(p: Process, args: readonly Term[]): void {
  p.savedX = args.length === 0 ? NO_REGISTERS : args.slice();
  p.savedLive = args.length;
}
