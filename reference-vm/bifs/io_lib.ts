// io_lib: formatting to character lists. OTP implements it in Erlang (io_lib.erl,
// io_lib_format.erl, io_lib_pretty.erl); here it is native over reference-vm/printing.
// The results are the deep lists OTP builds (their shape is visible to =:=);
// io:format only needs the characters and takes the flat path (formatChars).

import { Atom, atoms, bool } from '../terms/atom';
import { Bitstring, Cons, NIL, Tuple, type Term } from '../terms/types';
import { listFromArray, listToArray } from '../terms/construct';
import { charsLength, escapeChar, isPrintableChar, isReservedWord, atomNeedsQuotesChars, writeAtom, writeString, type Encoding, type StringMode } from '../printing/chars';
import { DeepOut, charsToTerm, flatText, type Chars } from '../printing/deep-chars';
import { formatToChars, formatToDeep, FormatError, indentation, mapsOrderOf, type FormatElem, type FormatOptions } from '../printing/format';
import { writeChars } from '../printing/write';
import { prettyChars } from '../printing/pretty';
import { writeLimitedTo } from '../printing/pretty-limited';
import { ErlangException } from './exception';
import { functionClause } from './support/errors';
import { intListToArray } from '../unicode/terms-util';
import type { NativeRegistry } from './registry';

/**
 * The elements of a format argument as collect/2 sees them: an atom or a
 * binary (taken byte by byte, as binary_to_list/1 does: io:format(<<"λ"/utf8>>)
 * prints two characters) becomes its characters; a list keeps its elements, a
 * nested one as a nested list. Null where OTP's scan fails or where an element
 * is not character data.
 */
export function formatElems(fmt: Term): FormatElem[] | null {
  if (fmt instanceof Atom) return Array.from(fmt.name, (c) => c.codePointAt(0)!);
  if (fmt instanceof Bitstring) return fmt.isBinary ? Array.from(fmt.bytes.subarray(0, fmt.byteSize)) : null;
  const out: FormatElem[] = [];
  let t = fmt;
  while (t instanceof Cons) {
    const h = t.head;
    if (typeof h === 'number') out.push(h);
    else {
      const nested = charsOfTerm(h);
      if (nested === null) return null;
      out.push(nested);
    }
    t = t.tail;
  }
  return t === NIL ? out : null;
}

/** A deep list of characters as a Chars value (same shape), or null. */
export function charsOfTerm(t: Term): Chars | null {
  if (t !== NIL && !(t instanceof Cons)) return null;
  const root: Chars = [];
  const stack: Array<{ t: Term; into: Chars }> = [{ t, into: root }];
  while (stack.length > 0) {
    const f = stack.pop()!;
    let x = f.t;
    let run = '';
    while (x instanceof Cons) {
      const h = x.head;
      if (typeof h === 'number' && h >= 0 && h <= 0x10ffff) {
        run += String.fromCodePoint(h);
      } else if (h === NIL || h instanceof Cons) {
        if (run !== '') f.into.push(run);
        run = '';
        const sub: Chars = [];
        f.into.push(sub);
        // The nested list is filled later; the rest of this list goes on after it.
        stack.push({ t: x.tail, into: f.into }, { t: h, into: sub });
        x = NIL;
        break;
      } else {
        return null;
      }
      x = x.tail;
    }
    if (run !== '') f.into.push(run);
    if (x !== NIL) return null;
  }
  return root;
}

/** Characters of io_lib:format(Format, Args), or null where OTP's io_lib:format fails. */
export function formatChars(fmt: Term, args: Term): number[] | null {
  const elems = formatElems(fmt);
  const list = listToArray(args);
  if (elems === null || list === null) return null;
  try {
    return formatToChars(elems, list);
  } catch (e) {
    if (e instanceof FormatError) return null;
    throw e;
  }
}

/** io_lib:format/2,3 as OTP's deep list, or null where it fails. */
export function formatDeep(fmt: Term, args: Term, opts: FormatOptions = {}): Term | null {
  const elems = formatElems(fmt);
  const list = listToArray(args);
  if (elems === null || list === null) return null;
  try {
    return charsToTerm(formatToDeep(elems, list, opts));
  } catch (e) {
    if (e instanceof FormatError) return null;
    throw e;
  }
}

/** get_option/3: the value of the first {Key, Value} in a proplist, else the default. */
export function getOption(opts: Term, key: string, dflt: Term): Term {
  let t = opts;
  while (t instanceof Cons) {
    const h = t.head;
    if (h instanceof Tuple && h.arity >= 1 && h.elements[0] instanceof Atom && h.elements[0].name === key) {
      return h.arity === 2 ? h.elements[1]! : dflt;
    }
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return dflt;
}

/** The chars_limit option as a number (-1: none). */
export function charsLimitOption(opts: Term): number | null {
  const cl = getOption(opts, 'chars_limit', -1);
  return typeof cl === 'number' ? cl : null;
}

function badargAt(line: number, fn: string, args: Term[]): never {
  // io_lib catches the failure of io_lib_format and calls erlang:error(badarg, Args).
  throw new ErlangException('error', atoms.badarg, null, { function: fn, args, file: 'io_lib.erl', line });
}

function format(args: Term[]): Term {
  const r = formatDeep(args[0], args[1]);
  // fwrite/2 calls format/2 in tail position: the frame is always format's.
  if (r === null) badargAt(189, 'format', [args[0], args[1]]);
  return r;
}

function format3(args: Term[]): Term {
  const cl = charsLimitOption(args[2]);
  const r = cl === null ? null : formatDeep(args[0], args[1], { charsLimit: cl });
  if (r === null) badargAt(204, 'format', [args[0], args[1]]);
  return r;
}

function depthOf(t: Term): number {
  if (typeof t !== 'number') functionClause();
  return t;
}

function encodingOf(t: Term): Encoding {
  return t instanceof Atom && t.name === 'latin1' ? 'latin1' : 'unicode';
}

/** io_lib:write/2 with an options list. */
function writeWithOptions(term: Term, opts: Term): Term {
  const depth = getOption(opts, 'depth', -1);
  // epp:default_encoding() is utf8.
  const enc = encodingOf(getOption(opts, 'encoding', Atom.of('utf8')));
  const cl = getOption(opts, 'chars_limit', -1);
  const order = mapsOrderOf(getOption(opts, 'maps_order', atoms.undefined), {});
  if (depth === 0 || cl === 0) return charsToTerm(['...']);
  if (typeof depth !== 'number' || typeof cl !== 'number') functionClause();
  if (cl < 0) return charsToTerm(writeChars(term, { depth, encoding: enc, mapsOrder: order }));
  // A positive limit: io_lib_pretty:intermediate/7 written on one line.
  const out = new DeepOut();
  writeLimitedTo(out, term, { depth, charsLimit: cl, encoding: enc, mapsOrder: order });
  return charsToTerm(out.result());
}

function write2(term: Term, second: Term): Term {
  if (second === NIL || second instanceof Cons) return writeWithOptions(term, second);
  return charsToTerm(writeChars(term, { depth: depthOf(second), encoding: 'latin1' }));
}

function print4(term: Term, col: Term, ll: Term, depth: Term): Term {
  if (typeof col !== 'number' || typeof ll !== 'number' || typeof depth !== 'number') functionClause();
  return charsToTerm(prettyChars(term, { column: col, lineLength: ll, depth }));
}

/** The code points of a flat list of integers, or a function_clause as write_string1 raises. */
function flatInts(t: Term): number[] {
  const out: number[] = [];
  while (t instanceof Cons) {
    if (typeof t.head !== 'number') functionClause();
    out.push(t.head);
    t = t.tail;
  }
  if (t !== NIL) functionClause();
  return out;
}

function charOf(t: Term, max: number): number {
  if (typeof t !== 'number' || t < 0 || t > max) functionClause();
  return t;
}

/** [Q | write_string1(Mode, S, Q)]: always a flat list. */
function writeStringTerm(s: Term, quote: Term, mode: StringMode): Term {
  const q = charOf(quote, 0x10ffff);
  try {
    return charsToTerm([writeString(flatInts(s), q, mode)]);
  } catch (e) {
    if (e instanceof ErlangException) throw e;
    // latin1 mode has no clause for characters above 255.
    functionClause();
  }
}

/** write_char/1 family: [$$ | string_char(Mode, C, -1, [])]; write_char/1 alone writes $\s for a space. */
function writeCharTerm(c: Term, mode: StringMode, max: number, spaceAsS = false): Term {
  const ch = charOf(c, mode === 'latin1' ? 0xff : max);
  if (ch === 0x20 && spaceAsS) return charsToTerm(['$\\s']);
  return charsToTerm(['$' + escapeChar(ch, -1, mode)]);
}

const DQ = 0x22;


function isCodePoint(c: number): boolean {
  return (c >= 0 && c < 0xd800) || (c > 0xdfff && c < 0xfffe) || (c > 0xffff && c <= 0x10ffff);
}

/** char_list/1 and latin1_char_list/1. */
function charList(t: Term, ok: (c: number) => boolean): boolean {
  const cs = intListToArray(t);
  return cs !== undefined && cs.every(ok);
}

/** deep_char_list/1 and deep_latin1_char_list/1. */
function deepCharList(t: Term, ok: (c: number) => boolean): boolean {
  const stack: Term[] = [t];
  while (stack.length > 0) {
    let x = stack.pop()!;
    while (x instanceof Cons) {
      const h = x.head;
      if (h === NIL || h instanceof Cons) {
        stack.push(x.tail);
        x = h;
        continue;
      }
      if (typeof h !== 'number' || !ok(h)) return false;
      x = x.tail;
    }
    if (x !== NIL) return false;
  }
  return true;
}

function printableList(t: Term, range: 'latin1' | 'unicode'): boolean {
  const cs = intListToArray(t);
  return cs !== undefined && cs.every((c) => isPrintableChar(c, range));
}

/** io_lib:chars_length/1: iolist_size/1 when it is an iolist of bytes, else string:length/1. */
function charsLengthOf(t: Term): number {
  const chars = charsOfTerm(t);
  if (chars === null) functionClause();
  return charsLength(flatText(chars));
}

/** io_lib_format:indentation/2 over a deep list. */
export function indentationOf(t: Term, start: Term): number {
  if (typeof start !== 'number') functionClause();
  const chars = charsOfTerm(t);
  if (chars === null) functionClause();
  return indentation(flatText(chars), start);
}

function quoteAtom(a: Term, cs: Term): Term {
  if (!(a instanceof Atom)) functionClause();
  if (isReservedWord(a.name)) return atoms.true;
  const chars = intListToArray(cs);
  if (chars === undefined) functionClause();
  return bool(atomNeedsQuotesChars(chars));
}

function atomArg(t: Term): Atom {
  if (!(t instanceof Atom)) functionClause();
  return t;
}

export function register(reg: NativeRegistry): void {
  reg.plain('io_lib', 'format', 2, format);
  reg.plain('io_lib', 'fwrite', 2, format);
  reg.plain('io_lib', 'format', 3, format3);
  reg.plain('io_lib', 'fwrite', 3, format3);
  reg.plain('io_lib', 'write', 1, ([t]) => charsToTerm(writeChars(t)));
  reg.plain('io_lib', 'write', 2, ([t, second]) => write2(t, second));
  reg.plain('io_lib', 'write', 3, ([t, d, pretty]) =>
    pretty === atoms.true ? print4(t, 1, 80, d) : pretty === atoms.false ? write2(t, d) : functionClause(),
  );
  reg.plain('io_lib', 'print', 1, ([t]) => charsToTerm(prettyChars(t)));
  reg.plain('io_lib', 'print', 4, ([t, col, ll, d]) => print4(t, col, ll, d));
  reg.plain('io_lib', 'nl', 0, () => listFromArray([10]));
  reg.plain('io_lib', 'indentation', 2, ([s, i]) => indentationOf(s, i));
  reg.plain('io_lib', 'chars_length', 1, ([s]) => charsLengthOf(s));

  reg.plain('io_lib', 'write_atom', 1, ([a]) => charsToTerm([writeAtom(atomArg(a), 'unicode')]));
  reg.plain('io_lib', 'write_atom_as_latin1', 1, ([a]) => charsToTerm([writeAtom(atomArg(a), 'latin1')]));
  reg.plain('io_lib', 'quote_atom', 2, ([a, cs]) => quoteAtom(a, cs));
  for (const [name, mode] of [
    ['write_string', 'unicode'],
    ['write_unicode_string', 'unicode'],
    ['write_latin1_string', 'latin1'],
    ['write_string_as_latin1', 'unicode_as_latin1'],
  ] as const) {
    reg.plain('io_lib', name, 1, ([s]) => writeStringTerm(s, DQ, mode));
    if (name !== 'write_unicode_string') reg.plain('io_lib', name, 2, ([s, q]) => writeStringTerm(s, q, mode));
  }
  reg.plain('io_lib', 'write_char', 1, ([c]) => writeCharTerm(c, 'unicode', Number.MAX_SAFE_INTEGER, true));
  reg.plain('io_lib', 'write_unicode_char', 1, ([c]) => writeCharTerm(c, 'unicode', Number.MAX_SAFE_INTEGER, true));
  reg.plain('io_lib', 'write_latin1_char', 1, ([c]) => writeCharTerm(c, 'latin1', 0xff));
  reg.plain('io_lib', 'write_char_as_latin1', 1, ([c]) => writeCharTerm(c, 'unicode_as_latin1', Number.MAX_SAFE_INTEGER));

  reg.plain('io_lib', 'char_list', 1, ([t]) => bool(charList(t, isCodePoint)));
  reg.plain('io_lib', 'latin1_char_list', 1, ([t]) => bool(charList(t, (c) => c >= 0 && c <= 0xff)));
  reg.plain('io_lib', 'deep_char_list', 1, ([t]) => bool(deepCharList(t, isCodePoint)));
  reg.plain('io_lib', 'deep_unicode_char_list', 1, ([t]) => bool(deepCharList(t, isCodePoint)));
  reg.plain('io_lib', 'deep_latin1_char_list', 1, ([t]) => bool(deepCharList(t, (c) => c >= 0 && c <= 0xff)));
  // io:printable_range() is latin1 on the reference VM (erl's default +pc latin1).
  reg.plain('io_lib', 'printable_list', 1, ([t]) => bool(printableList(t, 'latin1')));
  reg.plain('io_lib', 'printable_latin1_list', 1, ([t]) => bool(printableList(t, 'latin1')));
  reg.plain('io_lib', 'printable_unicode_list', 1, ([t]) => bool(printableList(t, 'unicode')));
}
