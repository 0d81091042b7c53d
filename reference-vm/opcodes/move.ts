// move Src Dst — slots: a = Src, b = Dst (operand codes); t = the constant when Src is one.
// Specialised by operand kinds: moves run more than any other instruction.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { CONSTS, get, isConstCode, isXCode, put } from '../runtime/operands';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.src(args[0]);
  i.b = ctx.dst(args[1]);
  const srcX = isXCode(i.a);
  const dstX = isXCode(i.b);
  if (isConstCode(i.a)) {
    i.t = CONSTS[i.a >> 2];
    i.exec = dstX ? execCX : exec;
  } else if (srcX && dstX) i.exec = execXX;
  else if (srcX) i.exec = execXY;
  else if (dstX) i.exec = execYX;
  else i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  put(p, i.b, get(p, i.a));
  return ip + 1;
}

export function execXX(p: Process, i: Insn, ip: number): number {
  p.x[i.b >> 2] = p.x[i.a >> 2];
  return ip + 1;
}

export function execXY(p: Process, i: Insn, ip: number): number {
  p.stack[p.E + (i.b >> 2)] = p.x[i.a >> 2];
  return ip + 1;
}

export function execYX(p: Process, i: Insn, ip: number): number {
  p.x[i.b >> 2] = p.stack[p.E + (i.a >> 2)] as Process['x'][number];
  return ip + 1;
}

export function execCX(p: Process, i: Insn, ip: number): number {
  p.x[i.b >> 2] = i.t as Process['x'][number];
  return ip + 1;
}
