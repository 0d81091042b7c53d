// Things that live in stack slots besides terms and continuation pointers, and the fixed
// code indices of the runtime's own stub instructions (installed first in every code store).

import type { CallRequest, NativeEntry } from '../bifs/types';
import type { Atom, Term } from '../terms/types';
import type { LibraryFrame } from '../bifs/exception';

/** Code index of the stub a process's outermost continuation points to: normal exit. */
export const EXIT_IP = 0;
/** Code index callees of a higher-order native return to: resumes the native's generator. */
export const NATIVE_RESUME_IP = 1;
/** Code index a new process starts at: calls its initial function. */
export const INITIAL_CALL_IP = 2;
/** Number of stub instructions. */
export const STUB_COUNT = 3;

/** A catch or try tag in a y register: where to continue when an exception is caught. */
export class CatchTag {
  constructor(readonly handler: number) {}
}

/** The y0 slot of a higher-order native's stack frame. */
export class NativeFrame {
  constructor(
    readonly gen: Generator<CallRequest, Term, Term>,
    readonly module: Atom,
    readonly fn: Atom,
    readonly arity: number,
    readonly args: Term[],
    readonly entry: NativeEntry,
  ) {}
  /**
   * The frames the native shows while suspended in its current call (CallRequest.frames),
   * turned into trace entries only when a trace is taken.
   */
  suspended: LibraryFrame[] | (() => LibraryFrame[]) | null = null;
}
