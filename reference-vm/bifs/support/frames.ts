// Stack frames of OTP's library code for natives that stand in for it (see NativeFrame in
// bifs/exception.ts). Line numbers are those of OTP 26.2.5's lib/stdlib/src sources.

import { atoms } from '../../terms/atom';
import type { Term } from '../../terms/types';
import { ErlangException, type LibraryFrame, type NativeFrame } from '../exception';
import { MAX_BACKTRACE_DEPTH } from '../../runtime/stacktrace';

/** A frame of `fn` in `file` at `line`, showing `argsOrArity`. */
export function frame(file: string, fn: string, line: number, argsOrArity: Term[] | number): LibraryFrame {
  return typeof argsOrArity === 'number' ? { function: fn, arity: argsOrArity, file, line } : { function: fn, args: argsOrArity, file, line };
}

/** Raise `reason` (class error) from library code: `top` then `callers`. */
export function raiseAt(reason: Term, top: LibraryFrame, callers: LibraryFrame[] = [], failedBif?: NativeFrame['failedBif']): never {
  throw new ErlangException('error', reason, undefined, { ...top, callers, failedBif });
}

/** function_clause of `fn`/`args.length` whose first clause is at `line`. */
export function clauseAt(file: string, fn: string, line: number, args: Term[], callers: LibraryFrame[] = []): never {
  return raiseAt(atoms.function_clause, frame(file, fn, line, args), callers);
}

/**
 * The frames OTP shows for a chain of body calls (outermost first in `calls`), innermost
 * first, with consecutive identical frames merged as erts merges equal return addresses.
 */
export function bodyCalls(calls: readonly LibraryFrame[]): LibraryFrame[] {
  const out: LibraryFrame[] = [];
  // No trace shows more than MAX_BACKTRACE_DEPTH frames.
  for (let i = calls.length - 1; i >= 0 && out.length < MAX_BACKTRACE_DEPTH; i--) {
    const f = calls[i];
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.function === f.function && prev.line === f.line && prev.arity === f.arity && prev.file === f.file) continue;
    out.push(f);
  }
  return out;
}

/**
 * Callers for a self-recursive body call repeated `depth` times at one call site, below
 * which `outer` frames follow: OTP shows the site once (merged) when depth > 0.
 */
export function recursion(site: LibraryFrame, depth: number, outer: LibraryFrame[] = []): LibraryFrame[] {
  return depth > 0 ? [site, ...outer] : outer;
}
