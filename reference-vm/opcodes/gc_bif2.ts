// gc_bif2 Fail Live Bif Arg1 Arg2 Dst — bif2 with a Live operand (how many x registers the
// collector must keep): it runs as bif2 does, plus a fast path for `X + K` / `X - K`. Slots: a = Fail (-1: none), b/c = arguments, d = constant K of `X + K`/`X - K` (negated for -), e = Dst, t = the BIF function, u = its name.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { CONSTS, get, isConstCode, put } from '../runtime/operands';
import { bifFunction, type BifName } from '../runtime/bif-call';
import { exec, FAST, MAX } from './bif2';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[3]);
  i.c = ctx.src(args[4]);
  i.e = ctx.dst(args[5]);
  const ref = ctx.importRef(args[2]);
  i.t = bifFunction(ctx.rt, ref);
  const name: BifName = { module: ref.module, name: ref.fn };
  i.u = name;
  i.exec = exec;
  if (ref.module.name === 'erlang') {
    const op = ref.fn.name;
    // `X + K` / `X - K` with a small constant K: the constant is kept in slot d.
    const k = isConstCode(i.c) ? CONSTS[i.c >> 2] : undefined;
    if (typeof k === 'number' && (op === '+' || op === '-')) {
      i.d = op === '+' ? k : -k;
      i.exec = addConst;
    } else i.exec = FAST[op] ?? exec;
  }
}

/** X + K (K in slot d, already negated for `-`). */
export function addConst(p: Process, i: Insn, ip: number): number {
  const a = get(p, i.b);
  if (typeof a === 'number') {
    const r = a + i.d;
    if (r <= MAX && r >= -MAX) {
      put(p, i.e, r);
      return ip + 1;
    }
  }
  return exec(p, i, ip);
}
