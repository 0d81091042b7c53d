// The `unicode` module of OTP 26. characters_to_binary/2, characters_to_list/2 and
// bin_is_7bit/1 are BIFs; the rest is library code (unicode.erl) built on them and on
// unicode_util's normalisation.

import type { NativeRegistry } from './registry';
import { badarg } from './exception';
import { Atom, atoms, bool } from '../terms/atom';
import { Bitstring, Cons, NIL, Tuple, type Term } from '../terms/types';
import { binIs7bit, charactersToBinary, charactersToBinary3, charactersToList } from '../unicode/encoding';
import { normalizeFirst, type NormForm } from '../unicode/normalize';
import { isErrorTuple } from '../unicode/unicode-util';
import { binOf, concatBytes, list, tuple, utf8Encode } from '../unicode/terms-util';
import { ErlangException } from './exception';
import { ErlMap } from '../terms/map';
import { frame } from './support/frames';

const A = {
  unicode: Atom.of('unicode'),
  utf8: Atom.of('utf8'),
  utf16: Atom.of('utf16'),
  utf32: Atom.of('utf32'),
  latin1: Atom.of('latin1'),
  big: Atom.of('big'),
  little: Atom.of('little'),
};

const fail = (): never => badarg();

function bin(bytes: number[]): Bitstring {
  return binOf(Uint8Array.from(bytes));
}

/** unicode:bom_to_encoding/1 */
function bomToEncoding(t: Term): Term {
  if (!(t instanceof Bitstring) || (t.bitSize & 7) !== 0) throw new ErlangException('error', atoms.function_clause);
  const b = t.bytes;
  const n = t.byteSize;
  const has = (...xs: number[]): boolean => n >= xs.length && xs.every((x, i) => b[i] === x);
  if (has(239, 187, 191)) return tuple(A.utf8, 3);
  if (has(0, 0, 254, 255)) return tuple(tuple(A.utf32, A.big), 4);
  if (has(255, 254, 0, 0)) return tuple(tuple(A.utf32, A.little), 4);
  if (has(254, 255)) return tuple(tuple(A.utf16, A.big), 2);
  if (has(255, 254)) return tuple(tuple(A.utf16, A.little), 2);
  return tuple(A.latin1, 0);
}

/** unicode:encoding_to_bom/1 */
function encodingToBom(t: Term): Term {
  if (t === A.unicode || t === A.utf8) return bin([239, 187, 191]);
  if (t === A.utf16) return bin([254, 255]);
  if (t === A.utf32) return bin([0, 0, 254, 255]);
  if (t === A.latin1) return bin([]);
  if (t instanceof Tuple && t.elements.length === 2) {
    const [e, end] = t.elements;
    if (e === A.utf16 && end === A.big) return bin([254, 255]);
    if (e === A.utf16 && end === A.little) return bin([255, 254]);
    if (e === A.utf32 && end === A.big) return bin([0, 0, 254, 255]);
    if (e === A.utf32 && end === A.little) return bin([255, 254, 0, 0]);
  }
  throw new ErlangException('error', atoms.function_clause);
}

/** Normalised code points of chardata; {error, Converted, Rest} on invalid UTF-8. Any error is badarg. */
function normalizeAll(cd: Term, form: NormForm): { cps: number[]; rest?: Term } {
  const cps: number[] = [];
  let cur = cd;
  try {
    for (;;) {
      const r = normalizeFirst(cur, form);
      if (r === NIL) return { cps };
      if (isErrorTuple(r)) return { cps, rest: (r as Tuple).elements[1] };
      const c = r as Cons;
      let g: Term = c.head;
      if (typeof g === 'number') cps.push(g);
      else
        while (g instanceof Cons) {
          cps.push(g.head as number);
          g = g.tail;
        }
      cur = c.tail;
    }
  } catch (e) {
    if (e instanceof ErlangException && e.cls === 'error') return badarg();
    throw e;
  }
}

function toNfList(cd: Term, form: NormForm): Term {
  const r = normalizeAll(cd, form);
  if (r.rest !== undefined) return tuple(atoms.error, list(r.cps), r.rest);
  return list(r.cps);
}

function toNfBinary(cd: Term, form: NormForm): Term {
  const r = normalizeAll(cd, form);
  let bytes: Uint8Array;
  try {
    bytes = utf8Encode(r.cps);
  } catch {
    return badarg();
  }
  if (r.rest !== undefined) return tuple(atoms.error, binOf(concatBytes([bytes])), r.rest);
  return binOf(bytes);
}

const STDLIB_ERRORS_INFO = ErlMap.fromEntries([[Atom.of('module'), Atom.of('erl_stdlib_errors')]]);

/**
 * unicode.erl's wrappers catch the error of the work they do and raise it again with
 * erlang:error(Reason, Args, [{error_info, ...}]) from an inlined helper at `line`
 * (895: error_with_info/2, 892: badarg_with_info/1): the frame shows the wrapper with
 * its arguments. `reasonOf` maps the caught reason (error_type/1 keeps system_limit).
 */
function withInfo(name: string, line: number, args: Term[], work: () => Term, reasonOf: (r: Term) => Term): Term {
  try {
    return work();
  } catch (e) {
    if (!(e instanceof ErlangException) || e.cls !== 'error') throw e;
    throw new ErlangException('error', reasonOf(e.reason), undefined, { ...frame('unicode.erl', name, line, args), errorInfo: STDLIB_ERRORS_INFO });
  }
}

const systemLimitAtom = Atom.of('system_limit');
/** error_type/1 of unicode.erl. */
const errorType = (r: Term): Term => (r === systemLimitAtom ? r : atoms.badarg);
const asCaught = (r: Term): Term => r;
const alwaysBadarg = (): Term => atoms.badarg;

export function register(registry: NativeRegistry): void {
  const fn = (name: string, arity: number, impl: (args: Term[]) => Term, isBif = false): void =>
    registry.plain('unicode', name, arity, (args) => impl(args), isBif);
  /** A library function of unicode.erl whose failures are re-raised with error_info. */
  const wrapped = (name: string, arity: number, line: number, reasonOf: (r: Term) => Term, impl: (args: Term[]) => Term): void =>
    fn(name, arity, (args) => withInfo(name, line, args, () => impl(args), reasonOf));

  wrapped('characters_to_binary', 1, 895, errorType, ([d]) => charactersToBinary(d, A.unicode, fail));
  fn('characters_to_binary', 2, ([d, e]) => charactersToBinary(d, e, fail), true);
  wrapped('characters_to_binary', 3, 895, errorType, ([d, i, o]) => charactersToBinary3(d, i, o, fail));
  wrapped('characters_to_list', 1, 895, asCaught, ([d]) => charactersToList(d, A.unicode, fail));
  fn('characters_to_list', 2, ([d, e]) => charactersToList(d, e, fail), true);
  // Exported helpers of unicode.erl the BIFs trap to for UTF-16/UTF-32; same results.
  fn('characters_to_binary_int', 2, ([d, e]) => charactersToBinary3(d, e, A.unicode, fail));
  fn('characters_to_list_int', 2, ([d, e]) => charactersToList(d, e, fail));
  fn('bin_is_7bit', 1, ([b]) => bool(binIs7bit(b)), true);
  fn('bom_to_encoding', 1, ([b]) => bomToEncoding(b));
  fn('encoding_to_bom', 1, ([e]) => encodingToBom(e));
  // The normalisation functions catch any error and raise badarg_with_info([CD]).
  for (const form of ['nfd', 'nfc', 'nfkd', 'nfkc'] as const) {
    wrapped(`characters_to_${form}_list`, 1, 892, alwaysBadarg, ([cd]) => toNfList(cd, form));
    wrapped(`characters_to_${form}_binary`, 1, 892, alwaysBadarg, ([cd]) => toNfBinary(cd, form));
  }
}
