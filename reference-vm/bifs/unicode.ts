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

export function register(registry: NativeRegistry): void {
  const fn = (name: string, arity: number, impl: (args: Term[]) => Term, isBif = false): void =>
    registry.plain('unicode', name, arity, (args) => impl(args), isBif);

  fn('characters_to_binary', 1, ([d]) => charactersToBinary(d, A.unicode, fail));
  fn('characters_to_binary', 2, ([d, e]) => charactersToBinary(d, e, fail), true);
  fn('characters_to_binary', 3, ([d, i, o]) => charactersToBinary3(d, i, o, fail));
  fn('characters_to_list', 1, ([d]) => charactersToList(d, A.unicode, fail));
  fn('characters_to_list', 2, ([d, e]) => charactersToList(d, e, fail), true);
  // Exported helpers of unicode.erl the BIFs trap to for UTF-16/UTF-32; same results.
  fn('characters_to_binary_int', 2, ([d, e]) => charactersToBinary3(d, e, A.unicode, fail));
  fn('characters_to_list_int', 2, ([d, e]) => charactersToList(d, e, fail));
  fn('bin_is_7bit', 1, ([b]) => bool(binIs7bit(b)), true);
  fn('bom_to_encoding', 1, ([b]) => bomToEncoding(b));
  fn('encoding_to_bom', 1, ([e]) => encodingToBom(e));
  fn('characters_to_nfd_list', 1, ([cd]) => toNfList(cd, 'nfd'));
  fn('characters_to_nfc_list', 1, ([cd]) => toNfList(cd, 'nfc'));
  fn('characters_to_nfkd_list', 1, ([cd]) => toNfList(cd, 'nfkd'));
  fn('characters_to_nfkc_list', 1, ([cd]) => toNfList(cd, 'nfkc'));
  fn('characters_to_nfd_binary', 1, ([cd]) => toNfBinary(cd, 'nfd'));
  fn('characters_to_nfc_binary', 1, ([cd]) => toNfBinary(cd, 'nfc'));
  fn('characters_to_nfkd_binary', 1, ([cd]) => toNfBinary(cd, 'nfkd'));
  fn('characters_to_nfkc_binary', 1, ([cd]) => toNfBinary(cd, 'nfkc'));
}
