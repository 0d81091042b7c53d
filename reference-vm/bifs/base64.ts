// The `base64` module of OTP 26 (RFC 4648), all library code in base64.erl: encode/1,2,
// encode_to_string/1,2, decode/1,2, decode_to_string/1,2, mime_decode/1,2,
// mime_decode_to_string/1,2 and format_error/2. Options: #{mode => standard | urlsafe,
// padding => boolean()}; anything else in the map is ignored, as in OTP.
//
// OTP looks every character up in one tuple by `element(X + Offset, Table)`, where the
// urlsafe table follows the standard one. The lookups are kept as that data, so inputs
// outside the alphabet behave as in OTP: a byte of 256..511 in a list reads the urlsafe
// half, other integers are badarg from element/2, non-integers badarith from '+'.
//
// decode* is strict: whitespace (tab, LF, CR, space) is skipped, characters are taken
// four at a time, and a bad character fails where OTP builds bits from it (badarg, or
// badarith under bsl/bsr). mime_decode* skips every non-alphabet character.
// Failures carry OTP's frames (base64.erl lines of OTP 26.2.5); the frames below a
// failure in the body-recursive *_to_string functions show one frame per distinct call
// site, as erts merges equal return addresses.

import { Atom, atoms } from '../terms/atom';
import { ErlMap } from '../terms/map';
import { Bitstring, Cons, Float, NIL, Tuple, type Term } from '../terms/types';
import { charlistFromString } from './support/text';
import { arrayToList, walkList } from './support/lists';
import { bodyCalls, frame, raiseAt } from './support/frames';
import type { LibraryFrame } from './exception';
import type { NativeRegistry } from './registry';
import type { PlainNative } from './types';

const FILE = 'base64.erl';
const at = (fn: string, line: number, argsOrArity: Term[] | number): LibraryFrame => frame(FILE, fn, line, argsOrArity);

const A = {
  ws: Atom.of('ws'),
  eq: Atom.of('eq'),
  bad: Atom.of('bad'),
  mode: Atom.of('mode'),
  padding: Atom.of('padding'),
  standard: Atom.of('standard'),
  urlsafe: Atom.of('urlsafe'),
  missing_padding: Atom.of('missing_padding'),
  general: Atom.of('general'),
  cause: Atom.of('cause'),
  function: Atom.of('function'),
  module: Atom.of('module'),
  integer: Atom.of('integer'),
  type: Atom.of('type'),
  format_bs_fail: Atom.of('format_bs_fail'),
  erl_erts_errors: Atom.of('erl_erts_errors'),
};

// ---- the lookup tables (as data) ----

const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URLSAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const WHITESPACE = [9, 10, 13, 32];
const PAD = 61; // '='

/** b64e's tuple: the standard alphabet, then the urlsafe one (offsets 1 and 65). */
const ENCODE_TABLE: number[] = [...STANDARD, ...URLSAFE].map((c) => c.charCodeAt(0));

/** b64d's tuple: 256 entries per alphabet (offsets 1 and 257). */
function decodeHalf(alphabet: string): Term[] {
  const half: Term[] = new Array<Term>(256).fill(A.bad);
  for (const c of WHITESPACE) half[c] = A.ws;
  half[PAD] = A.eq;
  for (let i = 0; i < 64; i++) half[alphabet.charCodeAt(i)] = i;
  return half;
}
const DECODE_TABLE: Term[] = [...decodeHalf(STANDARD), ...decodeHalf(URLSAFE)];

let encodeTuple: Tuple | undefined;
let decodeTuple: Tuple | undefined;

/** The lookup tuple as a term, for the element/2 frame of a failed lookup. */
function tableTuple(table: 'decode' | 'encode'): Tuple {
  return table === 'decode' ? (decodeTuple ??= new Tuple(DECODE_TABLE)) : (encodeTuple ??= new Tuple(ENCODE_TABLE));
}

// ---- where failures are raised ----

/** The failure site: the base64.erl function running, and the callers OTP shows below it. */
interface Site {
  fn: string;
  arity: number;
  callers: LibraryFrame[];
}

function isInt(t: Term): t is number | bigint {
  return typeof t === 'number' || typeof t === 'bigint';
}

/** A failed guard BIF or operator called at `line` of the site's function. */
/** Sites are built only when something fails (the callers cost a walk of the body calls). */
type SiteOf = () => Site;

function bifFailure(reason: Term, siteOf: SiteOf, line: number, module: string, fn: string, args: Term[]): never {
  const site = siteOf();
  return raiseAt(reason, at(site.fn, line, site.arity), site.callers, { module, function: fn, args });
}

/** element(X + Off, Table), inlined at `line` (b64d at 645, b64e at 689). */
function lookup(x: Term, off: number, table: 'decode' | 'encode', site: SiteOf): Term {
  const line = table === 'decode' ? 645 : 689;
  // A float adds fine and then fails as element/2's index.
  if (x instanceof Float) bifFailure(atoms.badarg, site, line, 'erlang', 'element', [new Float(x.value + off), tableTuple(table)]);
  if (!isInt(x)) bifFailure(atoms.badarith, site, line, 'erlang', '+', [x, off]);
  const index = typeof x === 'bigint' ? x + BigInt(off) : x + off;
  const size = table === 'decode' ? DECODE_TABLE.length : ENCODE_TABLE.length;
  if (typeof index === 'bigint' || index < 1 || index > size) {
    const shown = typeof index === 'bigint' && index <= BigInt(Number.MAX_SAFE_INTEGER) && index >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(index) : index;
    bifFailure(atoms.badarg, site, line, 'erlang', 'element', [shown, tableTuple(table)]);
  }
  return table === 'decode' ? DECODE_TABLE[(index as number) - 1] : ENCODE_TABLE[(index as number) - 1];
}

/** An integer shift or bitwise operator as Erlang evaluates it (badarith on a non-integer). */
function arith(op: 'bsr' | 'bsl' | 'bor' | 'band', a: Term, b: Term, site: SiteOf, line: number): bigint {
  if (!isInt(a) || !isInt(b)) bifFailure(atoms.badarith, site, line, 'erlang', op, [a, b]);
  const x = BigInt(a);
  const y = BigInt(b);
  switch (op) {
    case 'bsr':
      return x >> y;
    case 'bsl':
      return x << y;
    case 'bor':
      return x | y;
    case 'band':
      return x & y;
  }
}

/**
 * Integer segments of a binary construction at `line`; `first` is the number of the first
 * segment shown (2 when an accumulator A/bits leads). A non-integer segment is badarg with
 * the cause erts reports.
 */
function segments(values: Term[], sizes: number[], first: number, siteOf: SiteOf, line: number): number[] {
  values.forEach((v, k) => {
    if (!isInt(v)) {
      const site = siteOf();
      const cause = new Tuple([first + k, A.integer, A.type, v]);
      const info = ErlMap.fromEntries([
        [A.cause, cause],
        [A.function, A.format_bs_fail],
        [A.module, A.erl_erts_errors],
      ]);
      raiseAt(atoms.badarg, { ...at(site.fn, line, site.arity), errorInfo: info }, site.callers);
    }
  });
  // Pack the bits (the values fit their sizes, or are masked as the bit syntax does).
  let acc = 0n;
  let bits = 0;
  values.forEach((v, k) => {
    acc = (acc << BigInt(sizes[k])) | (BigInt(v as number | bigint) & ((1n << BigInt(sizes[k])) - 1n));
    bits += sizes[k];
  });
  const out: number[] = [];
  for (let shift = bits - 8; shift >= 0; shift -= 8) out.push(Number((acc >> BigInt(shift)) & 0xffn));
  return out;
}

function missingPadding(siteOf: SiteOf): never {
  const site = siteOf();
  return raiseAt(A.missing_padding, { ...at(site.fn, 623, site.arity), errorInfo: ErlMap.empty }, site.callers);
}

// ---- options ----

function mapGet(m: Term, k: Atom): Term | undefined {
  return m instanceof ErlMap ? m.get(k) : undefined;
}

/** get_padding/1 then get_*_offset/1 need a map (function_clause otherwise). */
function options(opts: Term, table: 'decode' | 'encode', caller: LibraryFrame): { off: number; padding: boolean } {
  const offsetFn = table === 'decode' ? 'get_decoding_offset' : 'get_encoding_offset';
  if (!(opts instanceof ErlMap)) raiseAt(atoms.function_clause, at(offsetFn, table === 'decode' ? 639 : 683, [opts]), [caller]);
  const mode = mapGet(opts, A.mode);
  const urlsafe = mode === A.urlsafe;
  const off = table === 'decode' ? (urlsafe ? 257 : 1) : urlsafe ? 65 : 1;
  const p = mapGet(opts, A.padding);
  return { off, padding: p === atoms.false ? false : true };
}

// ---- encoding ----

/** encode_binary/4 and encode_list*: 3 bytes to 4 characters. */
function encodeBytes(bytes: Uint8Array, off: number, padding: boolean): number[] {
  const out: number[] = [];
  const e = (x: number): number => ENCODE_TABLE[x + off - 1];
  let i = 0;
  for (; i + 3 <= bytes.length; i += 3) {
    const bb = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out.push(e(bb >> 18), e((bb >> 12) & 63), e((bb >> 6) & 63), e(bb & 63));
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    out.push(e(bytes[i] >> 2), e((bytes[i] & 3) << 4));
    if (padding) out.push(PAD, PAD);
  } else if (rest === 2) {
    out.push(e(bytes[i] >> 2), e(((bytes[i] & 3) << 4) | (bytes[i + 1] >> 4)), e((bytes[i + 1] & 15) << 2));
    if (padding) out.push(PAD);
  }
  return out;
}

/**
 * Encoding a list: OTP computes with whatever integers the list holds (only the table
 * lookup checks the range), so this follows its arithmetic term by term.
 */
function encodeList(list: Term, off: number, padding: boolean, toString: boolean): number[] {
  const fn = toString ? 'encode_list_to_string' : 'encode_list';
  const arity = toString ? 3 : 4;
  const out: number[] = [];
  const sites: LibraryFrame[] = [];
  const site = (): Site => ({ fn, arity, callers: toString ? bodyCalls(sites) : [] });
  const e = (x: bigint | Term): number => lookup(typeof x === 'bigint' ? normalize(x) : x, off, 'encode', site) as number;
  const { items, tail } = walkList(list);
  let i = 0;
  const clauseArgs = (rest: Term): Term[] => (toString ? [off, bool(padding), rest] : [off, bool(padding), rest, new Bitstring(Uint8Array.from(out))]);
  for (; i + 3 <= items.length; i += 3) {
    const [b1, b2, b3] = [items[i], items[i + 1], items[i + 2]];
    const line = toString ? 101 : 165;
    const s = site;
    const bb = arith('bor', normalize(arith('bor', normalize(arith('bsl', b1, 16, s, line)), normalize(arith('bsl', b2, 8, s, line)), s, line)), b3, s, line);
    const lineOf = toString ? 102 : 169;
    out.push(e(arith('bsr', normalize(bb), 18, s, lineOf)), e(arith('band', normalize(arith('bsr', normalize(bb), 12, s, lineOf)), 63, s, lineOf)));
    out.push(e(arith('band', normalize(arith('bsr', normalize(bb), 6, s, lineOf)), 63, s, lineOf)), e(arith('band', normalize(bb), 63, s, lineOf)));
    if (toString) sites.push(at(fn, 105, 3));
  }
  const rest = items.slice(i);
  // An improper list fails where the clauses no longer match.
  if (tail !== NIL) raiseAt(atoms.function_clause, at(fn, toString ? 83 : 147, clauseArgs(arrayToList(rest, tail))), site().callers);
  const s = site;
  if (rest.length === 1) {
    const line = toString ? 86 : 150;
    out.push(e(arith('bsr', rest[0], 2, s, line)), e(arith('bsl', normalize(arith('band', rest[0], 3, s, line + 1)), 4, s, line + 1)));
    if (padding) out.push(PAD, PAD);
  } else if (rest.length === 2) {
    const line = toString ? 93 : 157;
    out.push(e(arith('bsr', rest[0], 2, s, line)));
    const mid = arith('bor', normalize(arith('bsl', normalize(arith('band', rest[0], 3, s, line + 1)), 4, s, line + 1)), normalize(arith('bsr', rest[1], 4, s, line + 1)), s, line + 1);
    out.push(e(mid), e(arith('bsl', normalize(arith('band', rest[1], 15, s, line + 2)), 2, s, line + 2)));
    if (padding) out.push(PAD);
  }
  return out;
}

function normalize(n: bigint): number | bigint {
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

function bool(b: boolean): Atom {
  return b ? atoms.true : atoms.false;
}

function isByteBinary(t: Term): t is Bitstring {
  return t instanceof Bitstring && (t.bitSize & 7) === 0;
}

function bytesOf(b: Bitstring): Uint8Array {
  return b.bytes.subarray(0, b.bitSize >>> 3);
}

function encode(data: Term, opts: Term, toString: boolean): Term {
  const name = toString ? 'encode_to_string' : 'encode';
  if (toString) {
    // encode_to_string/2 needs a map in both clauses; a binary goes through binary_to_list.
    if (!((isByteBinary(data) || data === NIL || data instanceof Cons) && opts instanceof ErlMap)) raiseAt(atoms.function_clause, at(name, 61, [data, opts]));
    const { off, padding } = options(opts, 'encode', at(name, 64, 2));
    const list = isByteBinary(data) ? arrayToList(Array.from(bytesOf(data))) : data;
    return arrayToList(encodeList(list, off, padding, true));
  }
  if (isByteBinary(data) && opts instanceof ErlMap) {
    const { off, padding } = options(opts, 'encode', at(name, 79, 2));
    return new Bitstring(Uint8Array.from(encodeBytes(bytesOf(data), off, padding)));
  }
  if (!(data === NIL || data instanceof Cons)) raiseAt(atoms.function_clause, at(name, 78, [data, opts]));
  const { off, padding } = options(opts, 'encode', at(name, 81, 2));
  return new Bitstring(Uint8Array.from(encodeList(data, off, padding, false)));
}

// ---- decoding ----

type Output = 'binary' | 'string';

/** Names and source lines of one family of decoding functions in base64.erl. */
interface Family {
  fn: string;
  /** Arity with no character held (4 with an accumulator, 3 for *_to_string). */
  baseArity: number;
  /** First-clause line of the function holding 0..3 characters (function_clause). */
  clauseLines: [number, number, number, number];
  /** Lines building bits: after `==` (B1, B2), after `=` (B1..B3), four characters. */
  eqEqLine: number;
  eqLine: number;
  quadLine: number;
  /** Lines of the end-of-input results without padding (B3 = eq, B3 a character). */
  endEqLine: number;
  endLine: number;
  onlyWs: { fn: string; line: number; clauseLine: number };
  /** The body-recursive call site after four characters (to_string only). */
  bodySite?: number;
}

const DECODE_BINARY: Family = {
  fn: 'decode_binary',
  baseArity: 4,
  clauseLines: [473, 524, 530, 541],
  eqEqLine: 544,
  eqLine: 545,
  quadLine: 546,
  endEqLine: 551,
  endLine: 552,
  onlyWs: { fn: 'only_ws_binary', line: 558, clauseLine: 555 },
};
const DECODE_LIST: Family = {
  fn: 'decode_list',
  baseArity: 4,
  clauseLines: [434, 442, 448, 459],
  eqEqLine: 462,
  eqLine: 463,
  quadLine: 464,
  endEqLine: 469,
  endLine: 470,
  onlyWs: { fn: 'only_ws', line: 612, clauseLine: 609 },
};
const DECODE_STRING: Family = {
  fn: 'decode_list_to_string',
  baseArity: 3,
  clauseLines: [562, 570, 576, 587],
  eqEqLine: 592,
  eqLine: 594,
  quadLine: 596,
  endEqLine: 605,
  endLine: 606,
  onlyWs: { fn: 'only_ws', line: 612, clauseLine: 609 },
  bodySite: 600,
};

/** The input characters: a list (any terms, maybe improper) or a binary's bytes. */
interface Input {
  items: Term[];
  tail: Term;
  binary: boolean;
}

function inputOf(data: Term): Input {
  if (data instanceof Bitstring) return { items: Array.from(bytesOf(data)), tail: NIL, binary: true };
  const { items, tail } = walkList(data);
  return { items, tail, binary: false };
}

/** The rest of the input from index i, as the Erlang functions see it. */
function restOf(input: Input, i: number): Term {
  if (input.binary) return new Bitstring(Uint8Array.from(input.items.slice(i) as number[]));
  return arrayToList(input.items.slice(i), input.tail);
}

/** decode*, strict: see the module comment. */
function decodeStrict(input: Input, off: number, padding: boolean, fam: Family, output: Output): Term {
  const out: number[] = [];
  const sites: LibraryFrame[] = [];
  let held: Term[] = [];
  /**
   * decode_binary/4 takes four bytes at once when it can (and they all go, through the
   * dec_bin clauses); four with no whitespace make a quad decided in dec_bin/8.
   */
  let fast = false;
  let groupEnd = 0;
  const site = (fn = fam.fn, arity = fam.baseArity + held.length): Site => ({ fn, arity, callers: bodyCalls(sites) });
  const acc = (): Term[] => (output === 'binary' ? [new Bitstring(Uint8Array.from(out))] : []);
  const clauseFail = (i: number): never =>
    raiseAt(atoms.function_clause, at(fam.fn, fam.clauseLines[held.length], [off, bool(padding), restOf(input, i), ...acc(), ...held]), bodyCalls(sites));
  const n = input.items.length;

  for (let i = 0; i < n; i++) {
    if (held.length === 0 && input.binary && i >= groupEnd) {
      fast = i + 4 <= n && [0, 1, 2, 3].every((k) => lookup(input.items[i + k], off, 'decode', site) !== A.ws);
      if (i + 4 <= n) groupEnd = i + 4;
    } else if (i >= groupEnd) {
      fast = false;
    }
    const d = lookup(input.items[i], off, 'decode', site);
    if (d === A.ws) continue;
    if (held.length < 3) {
      held.push(d);
      continue;
    }
    const [b1, b2, b3] = held;
    const quadSite = fast ? (): Site => site('dec_bin', 8) : (): Site => site();
    if (d === A.eq) {
      const line = b3 === A.eq ? (fast ? 498 : fam.eqEqLine) : fast ? 499 : fam.eqLine;
      const first = output === 'binary' ? 2 : 1;
      const bytes =
        b3 === A.eq
          ? segments([b1, normalize(arith('bsr', b2, 4, quadSite, line))], [6, 2], first, quadSite, line)
          : segments([b1, b2, normalize(arith('bsr', b3, 2, quadSite, line))], [6, 6, 4], first, quadSite, line);
      // only_ws: nothing but whitespace may follow.
      const partial = output === 'binary' ? [...out, ...bytes] : bytes;
      for (let j = i + 1; j < n; j++) {
        const ws = (): Site => ({ fn: fam.onlyWs.fn, arity: 4, callers: bodyCalls(sites) });
        const w = lookup(input.items[j], off, 'decode', ws);
        if (w !== A.ws) raiseAt(new Tuple([atoms.case_clause, w]), at(fam.onlyWs.fn, fam.onlyWs.line, 4), bodyCalls(sites));
      }
      if (input.tail !== NIL) {
        const args = [off, bool(padding), input.tail, output === 'binary' ? new Bitstring(Uint8Array.from(partial)) : arrayToList(partial)];
        raiseAt(atoms.function_clause, at(fam.onlyWs.fn, fam.onlyWs.clauseLine, args), bodyCalls(sites));
      }
      out.push(...bytes);
      return finish(out, output);
    }
    if (output === 'binary') {
      out.push(...segments([b1, b2, b3, d], [6, 6, 6, 6], 2, quadSite, fast ? 500 : fam.quadLine));
    } else {
      const line = fam.quadLine;
      const s = (): Site => site();
      const x = arith('bor', normalize(arith('bor', normalize(arith('bor', normalize(arith('bsl', b1, 18, s, line)), normalize(arith('bsl', b2, 12, s, line)), s, line)), normalize(arith('bsl', b3, 6, s, line)), s, line)), d, s, line);
      out.push(Number((x >> 16n) & 0xffn), Number((x >> 8n) & 0xffn), Number(x & 0xffn));
      sites.push(at(fam.fn, fam.bodySite as number, fam.baseArity + 3));
    }
    held = [];
  }
  if (input.tail !== NIL) clauseFail(n);
  return endOfInput(held, out, padding, output, site, clauseFail, n, fam);
}

/** The end of the characters with 0..3 held (shared by decode and mime_decode). */
function endOfInput(
  held: Term[],
  out: number[],
  padding: boolean,
  output: Output,
  site: () => Site,
  clauseFail: (i: number) => never,
  n: number,
  fam: { endEqLine: number; endLine: number },
): Term {
  if (held.length === 0) return finish(out, output);
  if (held.length === 1) clauseFail(n);
  if (padding) missingPadding(site);
  const [b1, b2, b3] = held;
  const first = output === 'binary' ? 2 : 1;
  // Without padding, two characters end as if a `=` followed (B3 = eq).
  const s = (): Site => ({ ...site(), arity: site().arity + (held.length === 2 ? 1 : 0) });
  if (held.length === 2 || b3 === A.eq) {
    out.push(...segments([b1, normalize(arith('bsr', b2, 4, s, fam.endEqLine))], [6, 2], first, s, fam.endEqLine));
  } else {
    out.push(...segments([b1, b2, normalize(arith('bsr', b3, 2, s, fam.endLine))], [6, 6, 4], first, s, fam.endLine));
  }
  return finish(out, output);
}

function finish(out: number[], output: Output): Term {
  return output === 'binary' ? new Bitstring(Uint8Array.from(out)) : arrayToList(out);
}

interface MimeFamily {
  fn: string;
  baseArity: number;
  clauseLines: [number, number, number, number];
  afterEqClauseLine: number;
  endEqLine: number;
  endLine: number;
  /** Body call sites (to_string): after four characters, and after `=` then a character. */
  bodySites?: [number, number];
}

const MIME_BINARY: MimeFamily = { fn: 'mime_decode_binary', baseArity: 4, clauseLines: [310, 318, 325, 339], afterEqClauseLine: 353, endEqLine: 364, endLine: 366 };
const MIME_LIST: MimeFamily = { fn: 'mime_decode_list', baseArity: 4, clauseLines: [252, 260, 267, 281], afterEqClauseLine: 295, endEqLine: 306, endLine: 308 };
const MIME_STRING: MimeFamily = {
  fn: 'mime_decode_list_to_string',
  baseArity: 3,
  clauseLines: [368, 376, 383, 396],
  afterEqClauseLine: 414,
  endEqLine: 430,
  endLine: 432,
  bodySites: [403, 425],
};

/** mime_decode*: every character outside the alphabet is skipped; see the module comment. */
function decodeMime(input: Input, off: number, padding: boolean, fam: MimeFamily, output: Output): Term {
  const out: number[] = [];
  const sites: LibraryFrame[] = [];
  let held: Term[] = [];
  let afterEq = false;
  const fnNow = (): string => (afterEq ? `${fam.fn}_after_eq` : fam.fn);
  const site = (): Site => ({ fn: fnNow(), arity: fam.baseArity + (afterEq ? 3 : held.length), callers: bodyCalls(sites) });
  const acc = (): Term[] => (output === 'binary' ? [new Bitstring(Uint8Array.from(out))] : []);
  const clauseFail = (i: number): never => {
    const line = afterEq ? fam.afterEqClauseLine : fam.clauseLines[held.length];
    return raiseAt(atoms.function_clause, at(fnNow(), line, [off, bool(padding), restOf(input, i), ...acc(), ...held]), bodyCalls(sites));
  };
  const emit = (quad: number[], bodySite: number | undefined): void => {
    const x = (quad[0] << 18) | (quad[1] << 12) | (quad[2] << 6) | quad[3];
    out.push((x >> 16) & 0xff, (x >> 8) & 0xff, x & 0xff);
    if (fam.bodySites !== undefined && bodySite !== undefined) sites.push(at(fam.fn + (bodySite === fam.bodySites[1] ? '_after_eq' : ''), bodySite, fam.baseArity + 3));
  };
  const n = input.items.length;
  for (let i = 0; i < n; i++) {
    const d = lookup(input.items[i], off, 'decode', site);
    const isChar = typeof d === 'number';
    if (afterEq) {
      if (!isChar) continue;
      afterEq = false;
      if (held[2] === A.eq) {
        held = [held[0], held[1], d];
      } else {
        emit([...(held as number[]), d], fam.bodySites?.[1]);
        held = [];
      }
      continue;
    }
    if (isChar) {
      if (held.length < 3) held.push(d);
      else {
        emit([...(held as number[]), d], fam.bodySites?.[0]);
        held = [];
      }
    } else if (d === A.eq && held.length === 2) {
      held.push(A.eq);
      afterEq = true;
    } else if (d === A.eq && held.length === 3) {
      afterEq = true;
    }
  }
  if (input.tail !== NIL) clauseFail(n);
  if (afterEq) {
    const s = site;
    const bytes =
      held[2] === A.eq
        ? segments([held[0], (held[1] as number) >> 4], [6, 2], output === 'binary' ? 2 : 1, s, fam.endEqLine)
        : segments([held[0], held[1], (held[2] as number) >> 2], [6, 6, 4], output === 'binary' ? 2 : 1, s, fam.endLine);
    out.push(...bytes);
    return finish(out, output);
  }
  return endOfInput(held, out, padding, output, site, clauseFail, n, fam);
}

type Kind = 'decode' | 'mime_decode';

/** decode/2, mime_decode/2 and their *_to_string forms. */
function decode(data: Term, opts: Term, kind: Kind, output: Output): Term {
  const name = output === 'string' ? `${kind}_to_string` : kind;
  const isBin = isByteBinary(data);
  const isList = data === NIL || data instanceof Cons;
  const entryLine = { decode: [189, 227], mime_decode: [206, 244] }[kind][output === 'string' ? 1 : 0];
  if (!isBin && !isList) raiseAt(atoms.function_clause, at(name, entryLine, [data, opts]));
  // The *_to_string forms turn a binary into a list first; the others keep it.
  const input = inputOf(data);
  if (output === 'string') input.binary = false;
  const callLine = output === 'string' ? entryLine + 3 : isBin ? entryLine + 1 : entryLine + 3;
  const { off, padding } = options(opts, 'decode', at(name, callLine, 2));
  if (kind === 'decode') {
    const fam = output === 'string' ? DECODE_STRING : input.binary ? DECODE_BINARY : DECODE_LIST;
    return decodeStrict(input, off, padding, fam, output);
  }
  const fam = output === 'string' ? MIME_STRING : input.binary ? MIME_BINARY : MIME_LIST;
  return decodeMime(input, off, padding, fam, output);
}

/** format_error/2 (for erl_error): only missing_padding has a message. */
const formatError: PlainNative = ([reason]) =>
  reason === A.missing_padding
    ? ErlMap.fromEntries([
        [A.general, charlistFromString('data to decode is missing final = padding characters, if this is intended, use the `padding => false` option')],
      ])
    : ErlMap.empty;

type Entry = [name: string, arity: number, impl: PlainNative];

const PLAIN: Entry[] = [
  ['encode', 1, ([d]) => encode(d, ErlMap.empty, false)],
  ['encode', 2, ([d, o]) => encode(d, o, false)],
  ['encode_to_string', 1, ([d]) => encode(d, ErlMap.empty, true)],
  ['encode_to_string', 2, ([d, o]) => encode(d, o, true)],
  ['decode', 1, ([d]) => decode(d, ErlMap.empty, 'decode', 'binary')],
  ['decode', 2, ([d, o]) => decode(d, o, 'decode', 'binary')],
  ['decode_to_string', 1, ([d]) => decode(d, ErlMap.empty, 'decode', 'string')],
  ['decode_to_string', 2, ([d, o]) => decode(d, o, 'decode', 'string')],
  ['mime_decode', 1, ([d]) => decode(d, ErlMap.empty, 'mime_decode', 'binary')],
  ['mime_decode', 2, ([d, o]) => decode(d, o, 'mime_decode', 'binary')],
  ['mime_decode_to_string', 1, ([d]) => decode(d, ErlMap.empty, 'mime_decode', 'string')],
  ['mime_decode_to_string', 2, ([d, o]) => decode(d, o, 'mime_decode', 'string')],
  ['format_error', 2, formatError],
];

export function register(registry: NativeRegistry): void {
  for (const [name, arity, impl] of PLAIN) registry.plain('base64', name, arity, impl);
}
