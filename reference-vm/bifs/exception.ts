// An Erlang exception in flight, thrown by natives and by the interpreter alike.

import { Atom, atoms } from '../terms/atom';
import { Tuple, type Term } from '../terms/types';

export type ExceptionClass = 'error' | 'exit' | 'throw';

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
export function badarith(): never {
  throw new ErlangException('error', atoms.badarith);
}
export function raiseExit(reason: Term): never {
  throw new ErlangException('exit', reason);
}
export function raiseThrow(reason: Term): never {
  throw new ErlangException('throw', reason);
}
