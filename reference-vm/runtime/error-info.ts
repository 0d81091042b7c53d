// The error_info map OTP attaches to a failing BIF's stack frame, by the BIF's module
// (save_stacktrace in erts beam_common.c): which module's format_error/2 explains it.

import { Atom } from '../terms/atom';
import { ErlMap } from '../terms/map';
import type { Term } from '../terms/types';

const FORMAT_MODULE: Record<string, string> = {
  atomics: 'erl_erts_errors',
  counters: 'erl_erts_errors',
  erlang: 'erl_erts_errors',
  erts_internal: 'erl_erts_errors',
  persistent_term: 'erl_erts_errors',
  os: 'erl_kernel_errors',
  binary: 'erl_stdlib_errors',
  ets: 'erl_stdlib_errors',
  lists: 'erl_stdlib_errors',
  maps: 'erl_stdlib_errors',
  math: 'erl_stdlib_errors',
  re: 'erl_stdlib_errors',
  unicode: 'erl_stdlib_errors',
};

const cache = new Map<string, Term>();

/** #{module => FormatModule} for a BIF of `module`, or null when OTP attaches none. */
export function defaultErrorInfo(module: Atom): Term | null {
  const fm = FORMAT_MODULE[module.name];
  if (fm === undefined) return null;
  let m = cache.get(fm);
  if (m === undefined) {
    m = ErlMap.fromEntries([[Atom.of('module'), Atom.of(fm)]]);
    cache.set(fm, m);
  }
  return m;
}
