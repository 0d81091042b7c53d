// io_lib: formatting to character lists. OTP implements it in Erlang (io_lib.erl,
// io_lib_format.erl, io_lib_pretty.erl); here it is native over reference-vm/printing.

import { Atom, atoms } from '../terms/atom';
import { Bitstring, Cons, NIL, type Term } from '../terms/types';
import { listFromArray, listToArray } from '../terms/construct';
import { formatToChars, FormatError } from '../printing/format';
import { writeTerm } from '../printing/write';
import { prettyTerm } from '../printing/pretty';
import { ErlangException } from './exception';
import type { NativeRegistry } from './registry';

/** Code points of a format argument: a string (flat or deep list), a binary (latin1) or an atom. */
export function formatCodePoints(fmt: Term): number[] | null {
  if (fmt instanceof Atom) return Array.from(fmt.name, (c) => c.codePointAt(0)!);
  // A binary format is taken byte by byte (as latin1), as io_lib_format does with
  // binary_to_list/1: io:format(<<"λ"/utf8>>) prints two characters.
  if (fmt instanceof Bitstring) return fmt.isBinary ? Array.from(fmt.bytes.subarray(0, fmt.byteSize)) : null;
  const out: number[] = [];
  const stack: Term[] = [fmt];
  while (stack.length > 0) {
    let t = stack.pop()!;
    while (t instanceof Cons) {
      const h = t.head;
      if (typeof h === 'number' && h >= 0 && h <= 0x10ffff) out.push(h);
      else if (h instanceof Cons || h === NIL) {
        // a deep list: finish the rest after the sublist
        stack.push(t.tail);
        t = h;
        continue;
      } else return null;
      t = t.tail;
    }
    if (t !== NIL) return null;
  }
  return out;
}

/** Characters of io_lib:format(Format, Args), or null where OTP's io_lib:format fails. */
export function formatChars(fmt: Term, args: Term): number[] | null {
  const cps = formatCodePoints(fmt);
  const list = listToArray(args);
  if (cps === null || list === null) return null;
  try {
    return formatToChars(cps, list);
  } catch (e) {
    if (e instanceof FormatError) return null;
    throw e;
  }
}

function charsTerm(chars: readonly number[]): Term {
  return listFromArray(chars);
}

function format(args: Term[]): Term {
  const chars = formatChars(args[0], args[1]);
  // io_lib:format/2 catches the failure and calls erlang:error(badarg, [Format, Args])
  // at line 189 of OTP 26.2.5's io_lib.erl.
  // fwrite/2 calls format/2 in tail position: the frame is always format's.
  if (chars === null) throw new ErlangException('error', atoms.badarg, null, { function: 'format', args: [args[0], args[1]], file: 'io_lib.erl', line: 189 });
  return charsTerm(chars);
}

function codePoints(s: string): number[] {
  return Array.from(s, (c) => c.codePointAt(0)!);
}

export function register(reg: NativeRegistry): void {
  reg.plain('io_lib', 'format', 2, format);
  reg.plain('io_lib', 'fwrite', 2, format);
  reg.plain('io_lib', 'write', 1, ([t]) => charsTerm(codePoints(writeTerm(t))));
  reg.plain('io_lib', 'write', 2, ([t, depth]) => charsTerm(codePoints(writeTerm(t, { depth: typeof depth === 'number' ? depth : -1 }))));
  reg.plain('io_lib', 'print', 1, ([t]) => charsTerm(codePoints(prettyTerm(t))));
  reg.plain('io_lib', 'nl', 0, () => listFromArray([10]));
}
