// The objects the interpreter throws and catches besides ErlangException (bifs/exception.ts).

import type { ExceptionClass } from '../bifs/exception';
import { ErlangException } from '../bifs/exception';
import type { Atom, Term } from '../terms/types';
import type { RawTrace } from './stacktrace';

/** A bug in the VM (not an Erlang exception): aborts the run. */
export class VmBug extends Error {
  override name = 'VmBug';
}

/** A stack frame given explicitly rather than found from a code address. */
export interface ExplicitFrame {
  module: Atom;
  fn: Atom;
  /** The arity, or the argument list (BIF and function_clause frames). */
  arityOrArgs: number | Term[];
  /** Code index whose source location to show, or -1 for none. */
  locationIp: number;
  /** The error_info map, or null. */
  errorInfo: Term | null;
  /** An explicit source location (a native standing in for OTP library code); wins over locationIp. */
  location?: { file: string; line: number };
  /** A prebuilt frame term (e.g. {Fun, Args, []} for an undefined lambda); overrides the rest. */
  raw?: Term;
}

/**
 * An Erlang exception with the information OTP's save_stacktrace uses:
 *  - top:    explicit first frame(s), innermost first (BIF, undefined function,
 *            function_clause, a native and the library frames it stands in for)
 *  - pcIp:   a code index whose function and line give the next frame (-1: none)
 *  - pcArgs / pcErrorInfo: arguments and error_info for that frame (error/2, error/3)
 *  - trace:  an existing trace to keep (re-raise), which makes the rest irrelevant.
 * After these come the continuation pointers on the process's stack.
 */
export class Failure {
  constructor(
    readonly cls: ExceptionClass,
    readonly reason: Term,
    readonly top: ExplicitFrame | readonly ExplicitFrame[] | null,
    readonly pcIp: number,
    readonly pcArgs: Term[] | null = null,
    readonly pcErrorInfo: Term | null = null,
    readonly trace: RawTrace | null = null,
  ) {}
}

/**
 * erlang:error/2,3 raise this so the current function's frame shows the given arguments
 * (and error_info).
 */
export class ErrorWithArgs extends ErlangException {
  constructor(
    reason: Term,
    readonly args: Term[],
    readonly extraInfo: Term | null,
  ) {
    super('error', reason);
  }
}

/** Re-raise with an existing stack trace (raise/2, raw_raise/0, erlang:raise/3). */
export class Reraise extends ErlangException {
  constructor(
    cls: ExceptionClass,
    reason: Term,
    readonly trace: RawTrace,
  ) {
    super(cls, reason);
  }
}

/** The running process must terminate now with this reason (an exit signal to itself). */
export class ProcessExit {
  constructor(readonly reason: Term) {}
}
