// The executable form of one BEAM instruction.
//
// Every loaded instruction becomes one `Insn` in the VM-wide code array (all modules share
// one array, so a code address is a plain integer and a continuation pointer is just an
// index). Operands are pre-decoded into small integers (see operands.ts) or objects held in
// the generic slots below; which slot means what is documented by each opcode file.
// All Insn objects have the same shape so that handlers see monomorphic property loads.

import type { Process } from '../process/process';

/**
 * Executes one instruction. `ip` is the instruction's own index in the code array.
 * Returns the index of the next instruction to execute, or SUSPEND when the process must
 * stop running now (after setting `p.ip` to where it resumes).
 */
export type Handler = (p: Process, i: Insn, ip: number) => number;

/** Returned by a handler to leave the dispatch loop (preempted, waiting or exited). */
export const SUSPEND = -1;

export class Insn {
  /** Generic small-integer slots: operand codes, label targets, counts. */
  a = 0;
  b = 0;
  c = 0;
  d = 0;
  e = 0;
  /** Generic object slots: tables, call targets, literal lists. */
  t: unknown = null;
  u: unknown = null;
  /** Which handler the dispatch loop calls directly (interpreter.ts hotKind; 0: i.exec). */
  k = 0;
  /** Times executed, when the runtime counts opcodes (Runtime.counts sums them by op). */
  n = 0;

  constructor(
    /** Generic opcode number (for coverage counting and diagnostics). */
    readonly op: number,
    public exec: Handler,
  ) {}
}
