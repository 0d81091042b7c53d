// Calling Erlang funs from higher-order natives: every call goes out through a yielded
// CallRequest (see bifs/types.ts) and the result comes back through `next()`.

import { atoms } from '../../terms/atom';
import type { Term } from '../../terms/types';
import type { CallRequest } from '../types';
import { caseClause } from './errors';

export type CallGen<T = Term> = Generator<CallRequest, T, Term>;

/**
 * Fun(Args...) — use with `yield*`. `frames`: the library frames the native occupies
 * during the call (CallRequest.frames), innermost first.
 */
export function* callFun(fun: Term, args: Term[], frames?: CallRequest['frames']): CallGen {
  return yield frames === undefined ? { fun, args } : { fun, args, frames };
}

/**
 * `case Fun(Args...) of true -> ...; false -> ... end`: a boolean result, or
 * `{case_clause, Result}` for anything else, as OTP's Erlang code raises.
 */
export function* callPredicate(fun: Term, args: Term[], frames?: CallRequest['frames']): CallGen<boolean> {
  const result = yield frames === undefined ? { fun, args } : { fun, args, frames };
  if (result === atoms.true) return true;
  if (result === atoms.false) return false;
  return caseClause(result);
}

/**
 * Run a generator-based native to completion without an interpreter, answering each
 * CallRequest with `answer`. Used where a native reuses a higher-order algorithm with
 * a built-in comparison (no Erlang code involved).
 */
export function runSync<T>(gen: Generator<CallRequest, T, Term>, answer: (req: CallRequest) => Term): T {
  let step = gen.next();
  while (!step.done) step = gen.next(answer(step.value));
  return step.value;
}
