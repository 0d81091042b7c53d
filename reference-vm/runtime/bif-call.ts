// Raising from BIF instructions (bif0/1/2, gc_bif1/2/3) the way OTP does: the stack trace
// starts with {Module, Name, Args, [{error_info, ...}]} followed by the calling function.

import { ErlangException } from '../bifs/exception';
import { directBifs } from '../bifs/erlang';
import type { PlainNative } from '../bifs/types';
import type { Process } from '../process/process';
import { atoms } from '../terms/atom';
import { Atom, type Term } from '../terms/types';
import type { ExportRef } from './code';
import type { Runtime } from './runtime';
import { defaultErrorInfo } from './error-info';
import { Failure, Reraise } from './failure';

/** The exception to throw when the BIF `module:name(args)` called at `ip` threw `e`. */
export function bifFailure(e: unknown, module: Atom, name: Atom, args: Term[], ip: number): unknown {
  if (!(e instanceof ErlangException) || e instanceof Reraise) return e;
  const info = e.errorInfo === undefined ? defaultErrorInfo(module) : e.errorInfo;
  return new Failure(e.cls, e.reason, { module, fn: name, arityOrArgs: args, locationIp: -1, errorInfo: info }, ip);
}

/** True when a guard BIF's exception should make it jump to its fail label. */
export function isErlangException(e: unknown): boolean {
  return e instanceof ErlangException;
}

// ---- resolving the BIF an instruction calls ----

export type Bif0 = (p: Process) => Term;
export type Bif1 = (a: Term, p: Process) => Term;
export type Bif2 = (a: Term, b: Term, p: Process) => Term;
export type Bif3 = (a: Term, b: Term, c: Term, p: Process) => Term;

/** Module and function atoms of a BIF, for its stack frame. */
export interface BifName {
  module: Atom;
  name: Atom;
}

/**
 * The function a bif/gc_bif instruction calls: the erlang module's direct implementation
 * when there is one (no argument array), otherwise the registered native, looked up late.
 */
export function bifFunction(rt: Runtime, ref: ExportRef): Bif0 | Bif1 | Bif2 | Bif3 {
  if (ref.module.name === 'erlang') {
    const direct = directBifs[`${ref.fn.name}/${ref.arity}`];
    if (direct !== undefined) return direct as Bif0 | Bif1 | Bif2 | Bif3;
  }
  const call = (args: Term[], p: Process): Term => {
    const nat = ref.native ?? rt.resolveNative(ref);
    if (nat === null || nat.kind !== 'plain') throw new ErlangException('error', atoms.undef);
    return (nat.impl as PlainNative)(args, p);
  };
  switch (ref.arity) {
    case 0:
      return (p: Process) => call([], p);
    case 1:
      return (a: Term, p: Process) => call([a], p);
    case 2:
      return (a: Term, b: Term, p: Process) => call([a, b], p);
    default:
      return (a: Term, b: Term, c: Term, p: Process) => call([a, b, c], p);
  }
}
