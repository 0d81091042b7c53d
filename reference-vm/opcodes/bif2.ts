// bif2 Fail Bif Arg1 Arg2 Dst — call a BIF; with a Fail label a failure jumps there, without one it raises with the BIF's stack frame. Slots: a = Fail (-1: none), b/c/d = arguments, e = Dst, t = the BIF function, u = its name.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get, put } from '../runtime/operands';
import { bifFailure, bifFunction, isErlangException, type BifName, type Bif2 } from '../runtime/bif-call';
import type { Term } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[2]);
  i.c = ctx.src(args[3]);
  i.e = ctx.dst(args[4]);
  const ref = ctx.importRef(args[1]);
  i.t = bifFunction(ctx.rt, ref);
  const name: BifName = { module: ref.module, name: ref.fn };
  i.u = name;
  i.exec = FAST[ref.module.name === 'erlang' ? ref.fn.name : ''] ?? exec;
}

/** Runs the BIF in slot t on the arguments in slots b and c (shared with gc_bif2). */
export function exec(p: Process, i: Insn, ip: number): number {
  const a0 = get(p, i.b);
  const a1 = get(p, i.c);
  let r: Term;
  try {
    r = (i.t as Bif2)(a0, a1, p);
  } catch (e) {
    // With a fail label (a guard) any Erlang exception just fails the test.
    if (i.a >= 0 && isErlangException(e)) return i.a;
    const name = i.u as BifName;
    throw bifFailure(e, name.module, name.name, [a0, a1], ip);
  }
  put(p, i.e, r);
  return ip + 1;
}

export const MAX = Number.MAX_SAFE_INTEGER;

/** Integer fast paths: both operands small, result small; anything else takes `exec`. */
export function add(p: Process, i: Insn, ip: number): number {
  const a = get(p, i.b);
  const b = get(p, i.c);
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX && r >= -MAX) {
      put(p, i.e, r);
      return ip + 1;
    }
  }
  return exec(p, i, ip);
}

export function subtract(p: Process, i: Insn, ip: number): number {
  const a = get(p, i.b);
  const b = get(p, i.c);
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX && r >= -MAX) {
      put(p, i.e, r);
      return ip + 1;
    }
  }
  return exec(p, i, ip);
}

export const FAST: Record<string, Insn['exec']> = { '+': add, '-': subtract };
