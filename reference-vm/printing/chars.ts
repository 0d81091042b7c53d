// Character-level helpers shared by the printers: string/atom escaping as
// io_lib does it, printable-list tests, and io_lib:chars_length/1.
//
// Printed text is kept as JS strings (UTF-16); a code point above 0xFFFF is a
// surrogate pair. Lengths that OTP measures in list elements are measured here
// in code points, never in UTF-16 units.

import { Atom } from '../terms/atom';
import { Cons, NIL, type Term } from '../terms/types';

/** How string_char/4 treats characters >= 160 (io_lib's three writers). */
export type StringMode = 'latin1' | 'unicode' | 'unicode_as_latin1';

/** io_lib:printable_range(): which characters ~p/~tp consider printable in lists. */
export type PrintableRange = 'latin1' | 'unicode';

/** Erlang's `none`-or-`unicode` encoding argument of the printers. */
export type Encoding = 'latin1' | 'unicode';

// erl_scan:f_reserved_word/1 (the fixed keyword set; OTP 26 enables no keyword
// features by default, so `maybe`/`else` are plain atoms).
const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'after', 'begin', 'case', 'try', 'cond', 'catch', 'andalso', 'orelse', 'end', 'fun',
  'if', 'let', 'of', 'receive', 'when', 'bnot', 'not', 'div', 'rem', 'band', 'and',
  'bor', 'bxor', 'bsl', 'bsr', 'or', 'xor',
]);

// Named escapes of io_lib:string_char/4 for control characters.
const NAMED_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x0a, '\\n'],
  [0x0d, '\\r'],
  [0x09, '\\t'],
  [0x0b, '\\v'],
  [0x08, '\\b'],
  [0x0c, '\\f'],
  [0x1b, '\\e'],
  [0x7f, '\\d'],
]);

export function codePointsOf(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/** String.fromCodePoint over an array without spreading (large inputs). */
export function stringFromCodePoints(cps: readonly number[]): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < cps.length; i += CHUNK) {
    parts.push(String.fromCodePoint(...cps.slice(i, i + CHUNK)));
  }
  return parts.join('');
}

/** Escaped form of one character, io_lib:string_char/4 with quote `quote` (-1: none). */
export function escapeChar(c: number, quote: number, mode: StringMode): string {
  if (c === quote) return '\\' + String.fromCodePoint(c);
  if (c === 0x5c) return '\\\\';
  if (c >= 0x20 && c <= 0x7e) return String.fromCharCode(c);
  if (c >= 0xa0) {
    if (mode === 'unicode') return String.fromCodePoint(c);
    if (c <= 0xff) return String.fromCharCode(c);
    if (mode === 'unicode_as_latin1') return '\\x{' + c.toString(16).toUpperCase() + '}';
    // latin1 mode has no clause for characters above 255 (callers never pass them).
    throw new Error('escapeChar: character above 255 in latin1 mode');
  }
  const named = NAMED_ESCAPES.get(c);
  if (named !== undefined) return named;
  // Remaining controls (0-31 and 128-159) as three octal digits.
  return '\\' + ((c >> 6) & 7) + ((c >> 3) & 7) + (c & 7);
}

/** io_lib:write_string/2 family: the quoted, escaped text of a character list. */
export function writeString(chars: Iterable<number>, quote: number, mode: StringMode): string {
  let s = String.fromCodePoint(quote);
  for (const c of chars) s += escapeChar(c, quote, mode);
  return s + String.fromCodePoint(quote);
}

function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

function isNameChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xdf && c <= 0xff && c !== 0xf7) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0xde && c !== 0xd7) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x40
  );
}

/** erl_scan:reserved_word/1 */
export function isReservedWord(name: string): boolean {
  return RESERVED_WORDS.has(name);
}

/** The character test of io_lib:quote_atom/2: whether these characters need quotes. */
export function atomNeedsQuotesChars(chars: Iterable<number>): boolean {
  let first = true;
  for (const c of chars) {
    if (first) {
      if (!isNameStart(c)) return true;
      first = false;
    } else if (!isNameChar(c)) {
      return true;
    }
  }
  return first; // '' needs quotes
}

/** io_lib:quote_atom/2: whether the atom must be written inside single quotes. */
export function atomNeedsQuotes(name: string): boolean {
  if (RESERVED_WORDS.has(name)) return true;
  // Most atoms are plain ASCII names: no need to split them into code points.
  if (PLAIN_ASCII_ATOM.test(name)) return false;
  return atomNeedsQuotesChars(codePointsOf(name));
}

const PLAIN_ASCII_ATOM = /^[a-z][a-zA-Z0-9_@]*$/;

/**
 * io_lib:write_atom/1 (encoding unicode) or io_lib:write_atom_as_latin1/1
 * (encoding latin1: characters above 255 become \x{...}).
 */
export function writeAtom(atom: Atom, encoding: Encoding): string {
  const name = atom.name;
  if (!atomNeedsQuotes(name)) return name;
  return writeString(codePointsOf(name), 0x27, encoding === 'latin1' ? 'unicode_as_latin1' : 'unicode');
}

// ---- printable tests (io_lib.erl) ----

function isLatin1Printable(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0xff) ||
    (c >= 0x08 && c <= 0x0d) || // \b \t \n \v \f \r
    c === 0x1b
  );
}

function isUnicodePrintable(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c < 0xd800) ||
    (c > 0xdfff && c < 0xfffe) ||
    (c > 0xffff && c <= 0x10ffff) ||
    (c >= 0x08 && c <= 0x0d) ||
    c === 0x1b
  );
}

export function isPrintableChar(c: number, range: PrintableRange): boolean {
  return range === 'latin1' ? isLatin1Printable(c) : isUnicodePrintable(c);
}

/**
 * io_lib:printable_latin1_list/1 or printable_unicode_list/1 over a term:
 * returns the characters when the term is a proper list of printable
 * characters ([] counts), otherwise null.
 */
export function printableList(t: Term, range: PrintableRange): number[] | null {
  const out: number[] = [];
  while (t instanceof Cons) {
    const c = t.head;
    if (typeof c !== 'number' || !isPrintableChar(c, range)) return null;
    out.push(c);
    t = t.tail;
  }
  return t === NIL ? out : null;
}

// ---- lengths ----

let segmenter: Intl.Segmenter | undefined;

/** Number of grapheme clusters (string:length/1). */
export function graphemeCount(s: string): number {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let n = 0;
  for (const _ of segmenter.segment(s)) n++;
  return n;
}

/** The first n grapheme clusters of s (string:slice(S, 0, N)). */
export function graphemePrefix(s: string, n: number): string {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let out = '';
  let i = 0;
  for (const seg of segmenter.segment(s)) {
    if (i++ >= n) break;
    out += seg.segment;
  }
  return out;
}

function allLatin1(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return false;
  return true;
}

/**
 * io_lib:chars_length/1: the element count when every character is below 256
 * (iolist_size), otherwise the number of grapheme clusters.
 */
export function charsLength(s: string): number {
  return allLatin1(s) ? s.length : graphemeCount(s);
}

/** Number of code points in s (Erlang length/1 of the character list). */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < s.length) {
      const v = s.charCodeAt(i + 1);
      if (v >= 0xdc00 && v <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
