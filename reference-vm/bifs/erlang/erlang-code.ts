// Functions of the erlang module that OTP 26 writes in Erlang (erlang.erl) rather than as
// BIFs: binary_to_integer/1,2, list_to_integer/1,2, binary_to_atom/1, atom_to_binary/1,
// spawn/1, fun_info/1, halt/0,1 ... They fail through erlang:error/3
// (badarg_with_info / error_with_info), so the frame shows the arguments and
// #{module => erl_erts_errors} but no source location, and - being ordinary Erlang
// functions - a tail call to them leaves no frame of the caller.

import { Atom } from '../../terms/atom';
import { ErlMap } from '../../terms/map';
import type { Term } from '../../terms/types';
import { ErlangException } from '../exception';
import type { NativeRegistry } from '../registry';
import type { PlainNative } from '../types';

const ERTS_ERRORS_INFO = ErlMap.fromEntries([[Atom.of('module'), Atom.of('erl_erts_errors')]]);

/** Re-throw an error of the implementation as error_with_info(Reason, Args) does. */
export function withErlangCodeFrame(e: unknown, args: Term[]): unknown {
  if (!(e instanceof ErlangException) || e.frame !== undefined || e.cls !== 'error') return e;
  const info = e.errorInfo === undefined || e.errorInfo === null ? ERTS_ERRORS_INFO : e.errorInfo;
  return new ErlangException('error', e.reason, undefined, { args, errorInfo: info });
}

/** Register `erlang:name/arity`, implemented by `impl`, as Erlang code of erlang.erl. */
export function registerErlangCode(reg: NativeRegistry, name: string, arity: number, impl: PlainNative): void {
  const wrapped: PlainNative = (args, ctx) => {
    try {
      return impl(args, ctx);
    } catch (e) {
      throw withErlangCodeFrame(e, args);
    }
  };
  reg.register({ module: 'erlang', function: name, arity, kind: 'plain', impl: wrapped, bif: false });
}
