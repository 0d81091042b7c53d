// An Erlang exception in flight, thrown by natives and by the interpreter alike.

import { Atom, atoms } from '../terms/atom';
import { Tuple, type Term } from '../terms/types';

export type ExceptionClass = 'error' | 'exit' | 'throw';

/**
 * One stack frame of OTP's own library code (lists.erl, io_lib.erl, ...) that a native
 * stands in for. Unset fields default to the native itself: its module, its function
 * name, its arity.
 */
export interface LibraryFrame {
  /** Module shown, when not the native's (e.g. a helper module the library calls). */
  module?: string;
  /** Function shown, when not the native's (e.g. nth_1 for lists:nth/2). */
  function?: string;
  /** Arguments shown instead of the arity (function_clause, error/2,3). */
  args?: Term[];
  /** Arity shown when the frame is another function than the native (and no args). */
  arity?: number;
  /** Source location in OTP 26.2.5's library source (both or neither). */
  file?: string;
  line?: number;
  /** An error_info map the frame carries (erlang:error/3 in library code). */
  errorInfo?: Term;
}

/**
 * Where OTP raises an exception that a native raises in its place, when that place is
 * Erlang code of OTP's own library: the trace shows, innermost first,
 *   `failedBif` (a BIF the library code called that raised, e.g. erlang:'+'/2 in
 *   lists:sum/2), then this frame, then `callers` (the library functions below it on
 *   OTP's stack, as OTP shows them: consecutive identical frames already merged),
 * then the frames of the Erlang code that called the native. A native throwing with a
 * NativeFrame is treated like Erlang code: called in tail position it leaves no frame of
 * its caller.
 */
export interface NativeFrame extends LibraryFrame {
  callers?: LibraryFrame[];
  failedBif?: { module: string; function: string; args: Term[]; errorInfo?: Term | null };
}

export class ErlangException extends Error {
  constructor(
    readonly cls: ExceptionClass,
    readonly reason: Term,
    /**
     * For errors raised by a BIF: extra `error_info` map term for the stack frame
     * (e.g. #{module => erl_erts_errors, cause => ...}); undefined = the default
     * error_info the interpreter attaches for that module, null = none.
     */
    readonly errorInfo?: Term | null,
    /**
     * See NativeFrame; undefined for BIFs and for natives whose frame needs nothing
     * special. When set, `errorInfo` (if not null/undefined) goes into that frame unless
     * the frame names its own.
     */
    readonly frame?: NativeFrame,
  ) {
    super(`${cls}: ${describe(reason)}`);
  }
}

function describe(t: Term): string {
  if (t instanceof Atom) return t.name;
  if (t instanceof Tuple && t.elements[0] instanceof Atom) return `{${(t.elements[0] as Atom).name}, ...}`;
  return typeof t;
}

export function raiseError(reason: Term, errorInfo?: Term | null): never {
  throw new ErlangException('error', reason, errorInfo);
}
export function badarg(errorInfo?: Term | null): never {
  throw new ErlangException('error', atoms.badarg, errorInfo);
}
/** Raise from a native standing in for library code (see NativeFrame). */
export function raiseFromLibrary(frame: NativeFrame, reason: Term, cls: ExceptionClass = 'error'): never {
  throw new ErlangException(cls, reason, undefined, frame);
}
export function badarith(): never {
  throw new ErlangException('error', atoms.badarith);
}
export function raiseExit(reason: Term): never {
  throw new ErlangException('exit', reason);
}
export function raiseThrow(reason: Term): never {
  throw new ErlangException('throw', reason);
}
