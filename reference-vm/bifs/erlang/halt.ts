// erlang:halt/0,1,2 (OTP 26): stop the whole runtime system. halt/2 is the BIF; halt/0
// and halt/1 are Erlang code of erlang.erl calling it with [] (halt/1 re-raises a badarg
// with its own frame). The run ends with the run loop's 'halt' status (runtime/halt.ts).
//
// Status: a non-negative integer (OTP masks it, and the OS keeps the low 8 bits), the
// atom `abort`, or a string: the crash dump slogan, of which OTP keeps the first 1023
// characters. Options: [{flush, boolean()}], checked before the status.

import { Atom, atoms } from '../../terms/atom';
import { ErlMap } from '../../terms/map';
import { Cons, NIL, Tuple, type Term } from '../../terms/types';
import { HaltRequest, type HaltHow } from '../../runtime/halt';
import { badarg } from '../exception';
import type { NativeRegistry } from '../registry';
import { registerErlangCode } from './erlang-code';

const FLUSH = Atom.of('flush');
const ABORT = Atom.of('abort');
/** OTP's HALT_MSG_SIZE: characters of a slogan kept. */
const SLOGAN_MAX_CHARS = 1023;
const BADOPT_INFO = ErlMap.fromEntries([
  [Atom.of('cause'), Atom.of('badopt')],
  [Atom.of('module'), Atom.of('erl_erts_errors')],
]);

/** The {flush, Bool} setting of an option list; badarg (cause badopt) for anything else. */
function flushOption(options: Term): boolean {
  let flush = true;
  let l = options;
  for (; l instanceof Cons; l = l.tail) {
    const opt = l.head;
    if (!(opt instanceof Tuple) || opt.arity !== 2 || opt.elements[0] !== FLUSH) badarg(BADOPT_INFO);
    const v = opt.elements[1];
    if (v === atoms.true) flush = true;
    else if (v === atoms.false) flush = false;
    else badarg(BADOPT_INFO);
  }
  if (l !== NIL) badarg(BADOPT_INFO);
  return flush;
}

/** The slogan of halt(String): characters up to the limit, or null if it is no string. */
function slogan(s: Term): string | null {
  let text = '';
  let n = 0;
  for (let l = s; ; l = (l as Cons).tail) {
    if (l === NIL) return text;
    if (!(l instanceof Cons)) return null;
    // Longer slogans are cut; what lies beyond the cut is not looked at.
    if (n++ >= SLOGAN_MAX_CHARS) return text;
    const c = l.head;
    if (typeof c !== 'number' || c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return null;
    text += String.fromCodePoint(c);
  }
}

function haltHow(status: Term): HaltHow | null {
  if (typeof status === 'number' && status >= 0) return { status: status % 256 };
  if (typeof status === 'bigint' && status >= 0n) return { status: Number(status % 256n) };
  if (status === ABORT) return { status: 'abort' };
  const text = slogan(status);
  return text === null ? null : { status: 1, slogan: text };
}

function halt(status: Term, options: Term): never {
  const flush = flushOption(options);
  const how = haltHow(status);
  if (how === null) badarg();
  // abort and a slogan never flush, whatever the options say.
  throw new HaltRequest(how, flush && typeof how.status === 'number' && !('slogan' in how));
}

export function registerHalt(reg: NativeRegistry): void {
  reg.register({ module: 'erlang', function: 'halt', arity: 2, kind: 'plain', impl: ([s, o]) => halt(s, o), bif: true });
  registerErlangCode(reg, 'halt', 1, ([s]) => halt(s, NIL));
  registerErlangCode(reg, 'halt', 0, () => halt(0, NIL));
}
