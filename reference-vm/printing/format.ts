// io_lib:format/2,3 (io_lib_format:fwrite/2,3): control sequences
//   ~[Field][.Precision[.PadChar]][Modifiers]Control
// with controls w W p P s e f g b B x X + # c i n ~ and modifiers t l k K.
//
// As in io_lib_format, a format is first scanned into characters and control
// specs (scan/2), then built (build/2): the "small" controls (all but s, w, W,
// p, P; and ~s of an atom) are flattened into the result, each "big" one is
// one nested element, and the chars_limit option is shared among the big ones.
// The result is written to an Out: text only for io:format, the deep list
// io_lib:format returns otherwise.
//
// Wherever OTP's io_lib_format would crash (which io_lib:format turns into
// error:badarg), the functions here throw FormatError instead, so the caller
// can raise badarg at the same point.
//
// Known deviations (all on inputs OTP accepts only to fail later in the io
// server): a pad character that is not an integer, and ~tc / ~ts characters
// that are not valid code points, raise FormatError here.

import { Atom } from '../terms/atom';
import { Bitstring, Cons, Float, NIL, type Term } from '../terms/types';
import { charsLength, codePointsOf, graphemePrefix, stringFromCodePoints, type Encoding, type PrintableRange } from './chars';
import { DeepOut, FlatOut, duplicateChars, flatText, type Chars, type Out } from './deep-chars';
import { floatE, floatF, gStyle } from './float';
import type { MapsOrder } from './maporder';
import { prettyTo } from './pretty';
import { writeLimitedTo } from './pretty-limited';
import { writeTo } from './write';

export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatError';
  }
}

export interface FormatOptions {
  /** io:printable_range() for ~tp; OTP's default is latin1. */
  printableRange?: PrintableRange;
  /**
   * Turns an Erlang ordering fun given to ~K into a JS predicate; without it
   * ~K with a fun raises FormatError.
   */
  orderingFun?: (fun: Term) => ((a: Term, b: Term) => boolean) | undefined;
  /** The chars_limit option of io_lib:format/3; -1 (default) for none. */
  charsLimit?: number;
}

export type Adjust = 'left' | 'right';

/** One control sequence: io_lib:format_spec(). */
export interface Spec {
  control: number;
  args: Term[];
  width: number | null;
  adjust: Adjust;
  precision: number | null;
  pad: Term;
  encoding: Encoding;
  strings: boolean;
  mapsOrder: MapsOrder;
  /** The maps_order value as given: undefined, ordered, or the ~K argument. */
  mapsOrderTerm: Term;
}

/**
 * An element of a format list: a character, or any other element kept as it
 * is (collect/2 passes a nested list through untouched, and build/2 nests it
 * in the result).
 */
export type FormatElem = number | Chars;

/** A scanned format: characters, nested lists and control specs. */
export type FormatItem = FormatElem | Spec;

function isSpec(it: FormatItem): it is Spec {
  return typeof it === 'object' && !Array.isArray(it);
}

function fail(what: string): never {
  throw new FormatError(what);
}

function smallInt(t: Term): number | null {
  if (typeof t === 'number') return t;
  if (typeof t === 'bigint') return Number(t);
  return null;
}

// ---- scanning (collect/2) ----

class Scanner {
  pos = 0;
  constructor(
    readonly fmt: readonly FormatElem[],
    readonly args: Term[],
    readonly opts: FormatOptions,
  ) {}

  /** The character at pos + k; -1 for a nested list, which matches no syntax. */
  private peek(k = 0): number | undefined {
    const e = this.fmt[this.pos + k];
    return typeof e === 'object' ? -1 : e;
  }

  private takeArg(): Term {
    if (this.args.length === 0) fail('too few arguments');
    return this.args.shift()!;
  }

  /** field_value/2: '*' (integer argument), digits, or none. */
  private fieldValue(): number | null {
    if (this.peek() === 0x2a && this.args.length > 0) {
      const n = smallInt(this.args[0]!);
      if (n !== null) {
        this.pos++;
        this.args.shift();
        return n;
      }
    }
    const c = this.peek();
    if (c !== undefined && c >= 0x30 && c <= 0x39) {
      let v = 0;
      for (;;) {
        const d = this.peek();
        if (d === undefined || d < 0x30 || d > 0x39) break;
        v = v * 10 + (d - 0x30);
        this.pos++;
      }
      return v;
    }
    return null;
  }

  /** collect_cseq/2, after the '~'. */
  spec(): Spec {
    let width: number | null;
    let adjust: Adjust = 'right';
    if (this.peek() === 0x2d) {
      this.pos++;
      const f = this.fieldValue();
      if (f === null) fail("'-' without a field width");
      width = -f;
    } else {
      width = this.fieldValue();
    }
    if (width !== null && width < 0) {
      width = -width;
      adjust = 'left';
    }
    let precision: number | null = null;
    if (this.peek() === 0x2e) {
      this.pos++;
      precision = this.fieldValue();
    }
    let pad: Term = 0x20;
    if (this.peek() === 0x2e && this.peek(1) !== undefined) {
      if (this.peek(1) === 0x2a && this.args.length > 0) {
        pad = this.args.shift()!;
      } else {
        pad = this.peek(1)!;
      }
      this.pos += 2;
    }
    let encoding: Encoding = 'latin1';
    let strings = true;
    let mapsOrder: MapsOrder = undefined;
    let mapsOrderTerm: Term = UNDEFINED;
    for (;;) {
      const c = this.peek();
      if (c === 0x74) encoding = 'unicode';
      else if (c === 0x6c) strings = false;
      else if (c === 0x6b) {
        mapsOrder = 'ordered';
        mapsOrderTerm = ORDERED;
      } else if (c === 0x4b && this.args.length > 0) {
        mapsOrderTerm = this.args.shift()!;
        mapsOrder = mapsOrderOf(mapsOrderTerm, this.opts);
      } else break;
      this.pos++;
    }
    const control = this.peek();
    if (control === undefined) fail('format ends inside a control sequence');
    this.pos++;
    const args: Term[] = [];
    const n = CONTROL_ARITY.get(control);
    if (n === undefined) fail(`unknown control ~${String.fromCodePoint(control)}`);
    for (let k = 0; k < n; k++) args.push(this.takeArg());
    return { control, args, width, adjust, precision, pad, encoding, strings, mapsOrder, mapsOrderTerm };
  }
}

const UNDEFINED = Atom.of('undefined');
const ORDERED = Atom.of('ordered');

// collect_cc/2: how many arguments each control character takes.
const CONTROL_ARITY: ReadonlyMap<number, number> = new Map([
  [0x77, 1], [0x70, 1], [0x57, 2], [0x50, 2], [0x73, 1], [0x65, 1], [0x66, 1], [0x67, 1],
  [0x62, 1], [0x42, 1], [0x78, 2], [0x58, 2], [0x2b, 1], [0x23, 1], [0x63, 1], [0x7e, 0],
  [0x6e, 0], [0x69, 1],
]);

/** The printer's map order for a maps_order value (undefined, ordered, reversed or a fun). */
export function mapsOrderOf(t: Term, opts: FormatOptions): MapsOrder {
  if (t instanceof Atom) {
    if (t.name === 'undefined') return undefined;
    if (t.name === 'ordered' || t.name === 'reversed') return t.name;
  }
  const le = opts.orderingFun?.(t);
  if (le === undefined) fail('unsupported maps order for ~K');
  return { lessOrEqual: le };
}

/** io_lib_format:scan/2 over a format given as code points. */
export function scanFormat(format: readonly FormatElem[], args: readonly Term[], opts: FormatOptions = {}): FormatItem[] {
  const scanner = new Scanner(format, args.slice(), opts);
  const items: FormatItem[] = [];
  while (scanner.pos < format.length) {
    const c = format[scanner.pos]!;
    scanner.pos++;
    items.push(c === 0x7e ? scanner.spec() : c);
  }
  if (scanner.args.length > 0) fail('too many arguments');
  return items;
}

// ---- pieces of io_lib_format ----

/** chars(Pad, N) of io_lib_format. */
function padChars(pad: Term, n: number): Chars {
  if (n <= 0) return [];
  if (typeof pad !== 'number' || pad < 0 || pad > 0x10ffff) fail('pad character is not a character');
  return duplicateChars(String.fromCodePoint(pad), n, true);
}

/** adjust/3: [Data|Pad] or [Pad|Data]. */
function adjust(data: Chars, padding: Chars, adj: Adjust): Chars {
  if (padding.length === 0) return data;
  return adj === 'left' ? [data, ...padding] : [padding, ...data];
}

/** term/5: a field of width F holding T, or F asterisks when T does not fit. */
function term(t: Chars, f: number | null, adj: Adjust, p0: number | null, pad: Term): Chars {
  if (f === null && p0 === null) return t;
  if (f === null) return term(t, p0, adj, p0, pad);
  const l = charsLength(flatText(t));
  const p = Math.min(l, p0 === null ? f : Math.min(p0, f));
  if (l > p) return adjust(duplicateChars('*', p, true), padChars(pad, f - p), adj);
  return adjust(t, padChars(pad, f - l), adj);
}

/** flat_trunc/3: the first n characters (latin1) or grapheme clusters (unicode), flat. */
function flatTrunc(s: Chars, n: number, enc: Encoding): Chars {
  const text = flatText(s);
  const cut = enc === 'latin1' ? stringFromCodePoints(codePointsOf(text).slice(0, n)) : graphemePrefix(text, n);
  return cut === '' ? [] : [cut];
}

function stringField(s: Chars, f: number, adj: Adjust, n: number, pad: Term, enc: Encoding): Chars {
  if (n > f) return flatTrunc(s, f, enc);
  if (n < f) return adjust(s, padChars(pad, f - n), adj);
  return s;
}

/** string/6 */
function stringCtl(s: Chars, f: number | null, adj: Adjust, p: number | null, pad: Term, enc: Encoding): Chars {
  if (f === null && p === null) return s;
  const n = charsLength(flatText(s));
  if (p === null) return stringField(s, f!, adj, n, pad, enc);
  if (f === null) return stringField(s, p, 'left', n, pad, enc);
  if (f < p) fail('field width smaller than precision');
  if (f > p) {
    if (n > p) return adjust(flatTrunc(s, p, enc), padChars(pad, f - p), adj);
    if (n < p) return adjust([s, ...padChars(pad, p - n)], padChars(pad, f - p), adj);
    return adjust(s, padChars(pad, f - p), adj);
  }
  return stringField(s, f, adj, n, pad, enc);
}

/** char/5 (only its characters matter: small controls are flattened). */
function charCtl(c: number, f: number | null, adj: Adjust, p: number | null, pad: Term): string {
  if (c < 0 || c > 0x10ffff) fail('not a character');
  const ch = String.fromCodePoint(c);
  if (f === null && p === null) return ch;
  if (p === null) return ch.repeat(Math.max(0, f!));
  if (f === null) return ch.repeat(Math.max(0, p));
  if (f < p) fail('field width smaller than precision');
  return flatText(adjust([ch.repeat(p)], padChars(pad, f - p), adj));
}

/** term/5 over flat text, for the small controls. */
function termText(t: string, f: number | null, adj: Adjust, p0: number | null, pad: Term): string {
  return flatText(term([t], f, adj, p0, pad));
}

function isByte(c: Term): c is number {
  return typeof c === 'number' && c >= 0 && c <= 255;
}

/**
 * Character data as iolist_to_chars/1 (~s) or cdata_to_chars/1 (~ts) build
 * it: characters stay elements, a nested list or binary becomes a nested
 * list, a binary tail is spliced. `char` accepts an element, `binary` decodes
 * a binary.
 */
function charData(
  t: Term,
  out: Out,
  char: (c: Term) => string | null,
  binary: (bytes: Uint8Array) => string,
  what: string,
): void {
  // Each pending entry is a list (or binary) still to write, then how many nested lists it closes.
  const pending: Array<{ t: Term; closes: number }> = [{ t, closes: 0 }];
  while (pending.length > 0) {
    const entry = pending.pop()!;
    let x: Term = entry.t;
    let run = '';
    let descended = false;
    while (x instanceof Cons) {
      const h: Term = x.head;
      const c = char(h);
      if (c !== null) {
        run += c;
        x = x.tail;
        continue;
      }
      if (!(h instanceof Cons || h === NIL || h instanceof Bitstring)) fail(`${what}: bad element`);
      // Finish the nested element before the rest of this list.
      out.text(run);
      run = '';
      pending.push({ t: x.tail, closes: entry.closes });
      out.open();
      pending.push({ t: h, closes: 1 });
      descended = true;
      break;
    }
    if (descended) continue;
    out.text(run);
    if (x instanceof Bitstring) {
      if (!x.isBinary) fail(`${what}: bitstring`);
      out.text(binary(x.bytes.subarray(0, x.byteSize)));
    } else if (x !== NIL) {
      fail(`${what}: bad list tail`);
    }
    for (let k = 0; k < entry.closes; k++) out.close();
  }
}

function latin1Char(c: Term): string | null {
  return isByte(c) ? String.fromCharCode(c) : null;
}

function unicodeChar(c: Term): string | null {
  if (typeof c !== 'number' || c < 0) return null;
  if (c > 0x10ffff) fail('~ts: not a character');
  return String.fromCodePoint(c);
}

function latin1Binary(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

function utf8DecodeStrict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function unicodeBinary(bytes: Uint8Array): string {
  return utf8DecodeStrict(bytes) ?? latin1Binary(bytes);
}

/** io_lib:deep_char_list/1 flattened, or null. */
function deepCharList(t: Term): string | null {
  let out = '';
  const stack: Term[] = [t];
  while (stack.length > 0) {
    let x = stack.pop()!;
    while (x instanceof Cons) {
      const h = x.head;
      if (h instanceof Cons || h === NIL) {
        stack.push(x.tail);
        x = h;
        continue;
      }
      if (
        typeof h !== 'number' ||
        !((h >= 0 && h < 0xd800) || (h > 0xdfff && h < 0xfffe) || (h > 0xffff && h <= 0x10ffff))
      ) {
        return null;
      }
      out += String.fromCodePoint(h);
      x = x.tail;
    }
    if (x !== NIL) return null;
  }
  return out;
}

function integerText(n: number | bigint, base: number, lowercase: boolean): string {
  const s = (typeof n === 'bigint' ? (n < 0n ? -n : n) : Math.abs(n)).toString(base).toUpperCase();
  return lowercase ? s.toLowerCase() : s;
}

function checkBase(p: number | null): number {
  const base = p ?? 10;
  if (base < 2 || base > 36) fail('base out of range');
  return base;
}

function isNegative(n: number | bigint): boolean {
  return typeof n === 'bigint' ? n < 0n : n < 0;
}

function unprefixedInteger(n: number | bigint, s: Spec, lowercase: boolean): string {
  const base = checkBase(s.precision);
  const digits = integerText(n, base, lowercase);
  return termText((isNegative(n) ? '-' : '') + digits, s.width, s.adjust, null, s.pad);
}

function prefixedInteger(n: number | bigint, s: Spec, prefix: string, base: number, lowercase: boolean): string {
  const digits = integerText(n, base, lowercase);
  return termText((isNegative(n) ? '-' : '') + prefix + digits, s.width, s.adjust, null, s.pad);
}

function floatArg(t: Term): number {
  if (!(t instanceof Float)) fail('not a float');
  return t.value;
}

function intArg(t: Term): number | bigint {
  if (typeof t !== 'number' && typeof t !== 'bigint') fail('not an integer');
  return t;
}

function fwriteE(x: number, f: number | null, adj: Adjust, p: number | null, pad: Term): string {
  const prec = p ?? 6;
  if (prec < 2) fail('~e precision below 2');
  const s = floatE(x, prec);
  return f === null ? s : termText(s, f, adj, f, pad);
}

function fwriteF(x: number, f: number | null, adj: Adjust, p: number | null, pad: Term): string {
  const prec = p ?? 6;
  if (prec < 1) fail('~f precision below 1');
  const s = floatF(x, prec);
  return f === null ? s : termText(s, f, adj, f, pad);
}

function fwriteG(x: number, f: number | null, adj: Adjust, p: number | null, pad: Term): string {
  const prec = p ?? 6;
  if (prec < 1) fail('~g precision below 1');
  const g = gStyle(x, prec);
  return g.style === 'f' ? fwriteF(x, f, adj, g.precision, pad) : fwriteE(x, f, adj, g.precision, pad);
}

/** Column after printing s from column i (io_lib_format:indentation/2). */
export function indentation(s: string, i: number): number {
  let col = i;
  for (const ch of s) {
    if (ch === '\n') col = 0;
    else if (ch === '\t') col = (Math.floor(col / 8) + 1) * 8;
    else col++;
  }
  return col;
}

function depthArg(t: Term): number {
  const d = smallInt(t);
  if (d === null) fail('depth is not an integer');
  return d;
}

/** control_small/7: the text of a small control, or null for a big one. */
function controlSmall(s: Spec): string | null {
  const { width: f, adjust: adj, precision: p, pad, encoding: enc } = s;
  const a = s.args[0]!;
  switch (s.control) {
    case 0x73: {
      // ~s of an atom
      if (!(a instanceof Atom)) return null;
      const chars = a.name;
      if (enc === 'latin1' && !/^[\u0000-\u00ff]*$/.test(chars)) fail('~s: atom with characters above 255');
      return flatText(stringCtl([chars], f, adj, p, pad, enc));
    }
    case 0x65:
      return fwriteE(floatArg(a), f, adj, p, pad);
    case 0x66:
      return fwriteF(floatArg(a), f, adj, p, pad);
    case 0x67:
      return fwriteG(floatArg(a), f, adj, p, pad);
    case 0x62:
      return unprefixedInteger(intArg(a), s, true);
    case 0x42:
      return unprefixedInteger(intArg(a), s, false);
    case 0x78: // ~x
    case 0x58: {
      // ~X
      const n = intArg(a);
      const pre = s.args[1]!;
      let prefix: string;
      if (pre instanceof Atom) prefix = pre.name;
      else {
        const chars = deepCharList(pre);
        if (chars === null) fail('~x prefix is not a character list');
        prefix = chars;
      }
      return prefixedInteger(n, s, prefix, checkBase(p), s.control === 0x78);
    }
    case 0x2b: // ~+
    case 0x23: {
      // ~#
      const n = intArg(a);
      const base = checkBase(p);
      return prefixedInteger(n, s, `${base}#`, base, s.control === 0x2b);
    }
    case 0x63: {
      // ~c
      const n = intArg(a);
      let c: number;
      if (enc === 'unicode') {
        if (typeof n === 'bigint') fail('~tc: not a character');
        c = n;
      } else {
        c = typeof n === 'bigint' ? Number(n & 255n) : n & 255;
      }
      return charCtl(c, f, adj, p, pad);
    }
    case 0x7e:
      return charCtl(0x7e, f, adj, p, pad);
    case 0x6e:
      if (f === null) return '\n';
      if (adj === 'left') fail('~n cannot be left-adjusted');
      return '\n'.repeat(Math.max(0, f));
    case 0x69:
      return '';
    default:
      return null;
  }
}

/** sub/2: subtracts without changing sign (a negative limit means none). */
function sub(t: number, e: number): number {
  if (t < 0) return t;
  return t >= e ? t - e : 0;
}

/** A value written by fn to an Out of the same kind as `like`. */
function capture(like: Out, fn: (out: Out) => void): Chars {
  if (like.deep) {
    const d = new DeepOut();
    fn(d);
    return d.result();
  }
  const f = new FlatOut();
  fn(f);
  return [f.result()];
}

/** control_limited/11: a big control as the value OTP nests in the result. */
function controlLimited(s: Spec, cl: number, column: number, opts: FormatOptions, like: Out): Chars {
  const { width: f, adjust: adj, precision: p, pad, encoding: enc } = s;
  const a = s.args[0]!;
  switch (s.control) {
    case 0x73: {
      // ~s of character data; the limit applies when it is below the field width.
      const limited = cl >= 0 && !(f !== null && cl >= f);
      const chars = limited
        ? limitedCharData(a, sub(cl, 3), enc)
        : capture(like, (out) =>
            enc === 'latin1'
              ? charData(a, out, latin1Char, latin1Binary, '~s')
              : charData(a, out, unicodeChar, unicodeBinary, '~ts'),
          );
      const field = cl < 0 || f === null ? f : Math.max(3, Math.min(f, cl));
      return stringCtl(chars, field, adj, p, pad, enc);
    }
    case 0x77: // ~w
    case 0x57: {
      // ~W
      // io_lib:write/2 with the depth and the chars limit as options.
      const depth = s.control === 0x57 ? depthArg(s.args[1]!) : -1;
      const text =
        depth === 0 || cl === 0
          ? ['...']
          : capture(like, (out) =>
              cl < 0
                ? writeTo(out, a, { depth, encoding: enc, mapsOrder: s.mapsOrder })
                : writeLimitedTo(out, a, { depth, charsLimit: cl, encoding: enc, mapsOrder: s.mapsOrder }),
            );
      return term(text, f, adj, p, pad);
    }
    case 0x70: // ~p
    case 0x50: {
      // ~P
      const depth = s.control === 0x50 ? depthArg(s.args[1]!) : -1;
      if (adj === 'left') fail('~p cannot be left-adjusted');
      return capture(like, (out) =>
        prettyTo(out, a, {
          depth,
          charsLimit: cl,
          lineLength: f ?? 80,
          column: p ?? column + 1,
          encoding: enc,
          strings: s.strings,
          mapsOrder: s.mapsOrder,
          printableRange: opts.printableRange,
        }),
      );
    }
    default:
      fail('unknown control');
  }
}

/**
 * limit_iolist_to_chars/4 (~s) and limit_cdata_to_chars/3 (~ts): at most
 * `limit` characters, then up to three more, or "..." when more remain.
 */
function limitedCharData(t: Term, limit: number, enc: Encoding): Chars {
  return enc === 'latin1' ? limitIolist(t, limit) : limitUnits(graphemeUnits(t), limit);
}

function limitUnits(units: Elem1[], limit: number): Chars {
  const out: Chars = units.slice(0, limit);
  if (units.length > limit) {
    // "final" mode takes four more; a fourth means there is more than fits.
    const rest = units.slice(limit, limit + 4);
    if (rest.length < 4) out.push(...rest);
    else out.push('...');
  }
  return out;
}

/** limit_iolist_to_chars/4: bytes are elements, each binary piece one nested list. */
function limitIolist(t: Term, limit0: number): Chars {
  const run = (start: Term, pending: Term[], limit: number, final: boolean, res: Chars): void => {
    let x = start;
    for (;;) {
      if (limit === 0) {
        if (final) return;
        const rest: Chars = [];
        run(x, pending, 4, true, rest);
        if (charsLength(flatText(rest)) < 4) res.push(...rest);
        else res.push('...');
        return;
      }
      if (x instanceof Cons) {
        const h = x.head;
        if (isByte(h)) {
          res.push(String.fromCharCode(h));
          limit--;
          x = x.tail;
        } else {
          pending.push(x.tail);
          x = h;
        }
      } else if (x === NIL) {
        if (pending.length === 0) return;
        x = pending.pop()!;
      } else if (x instanceof Bitstring && x.isBinary) {
        const bytes = x.bytes.subarray(0, x.byteSize);
        const take = Math.min(limit, bytes.length);
        res.push([latin1Binary(bytes.subarray(0, take))]);
        limit -= take;
        x = take < bytes.length ? new Bitstring(bytes.subarray(take), (bytes.length - take) * 8) : NIL;
      } else {
        fail('~s: bad character data');
      }
    }
  };
  const res: Chars = [];
  run(t, [], limit0, false, res);
  return res;
}

type Elem1 = string | Chars;

/** The grapheme clusters limit_cdata_to_chars takes one by one; a cluster of several code points is nested. */
function graphemeUnits(t: Term): Elem1[] {
  const text = flatText(capture(new FlatOut(), (out) => charData(t, out, unicodeChar, unicodeBinary, '~ts')));
  const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const units: Elem1[] = [];
  for (const g of seg.segment(text)) units.push(codePointsOf(g.segment).length === 1 ? g.segment : [g.segment]);
  return units;
}

/**
 * io_lib_format:build/2: writes the result of a scanned format to out. The
 * characters of plain text and small controls are elements; each big
 * control's value is one nested element.
 */
export function buildFormat(items: readonly FormatItem[], out: Out, opts: FormatOptions = {}): void {
  // build_small/1 first: every small control is done before any big one.
  const small: Array<number | string | Chars | Spec> = [];
  let bigP = 0;
  let bigOther = 0;
  let other = 0;
  for (const it of items) {
    if (typeof it === 'number') {
      if (it < 0 || it > 0x10ffff) fail('format character is not a character');
      small.push(it);
      other++;
      continue;
    }
    if (!isSpec(it)) {
      small.push(it);
      other += charsLength(flatText(it));
      continue;
    }
    const text = controlSmall(it);
    if (text === null) {
      small.push(it);
      if (it.control === 0x70 || it.control === 0x50) bigP++;
      else bigOther++;
    } else {
      small.push(text);
      other += codePointsOf(text).length;
    }
  }
  let count = bigP + bigOther;
  if (count === 0) {
    for (const it of small) {
      if (typeof it === 'number') out.text(String.fromCodePoint(it));
      else if (typeof it === 'string') out.text(it);
      else out.nested(it as Chars);
    }
    return;
  }
  // build_limited/5: the chars limit is shared among the big controls still to come.
  let maxLen = sub(opts.charsLimit ?? -1, other);
  let psLeft = bigP;
  let column = 0;
  for (const it of small) {
    if (typeof it === 'number') {
      const ch = String.fromCodePoint(it);
      out.text(ch);
      column = indentation(ch, column);
      continue;
    }
    if (typeof it === 'string') {
      out.text(it);
      column = indentation(it, column);
      continue;
    }
    if (!isSpec(it)) {
      out.nested(it);
      column++;
      continue;
    }
    const maxChars = maxLen < 0 ? maxLen : Math.floor(maxLen / count);
    const value = controlLimited(it, maxChars, column, opts, out);
    out.nested(value);
    if (it.control === 0x70 || it.control === 0x50) psLeft--;
    count--;
    const needText = maxLen >= 0 || psLeft > 0;
    const text = needText ? flatText(value) : '';
    if (maxLen >= 0) maxLen = sub(maxLen, charsLength(text));
    if (psLeft > 0) column = indentation(text, column);
  }
}

/** io_lib:format/2,3 over a format given as code points, written to out. */
export function formatTo(out: Out, format: readonly FormatElem[], args: readonly Term[], opts: FormatOptions = {}): void {
  buildFormat(scanFormat(format, args, opts), out, opts);
}

/** io_lib:format/2 over a format given as code points; the result as a JS string. */
export function formatToString(format: readonly FormatElem[], args: readonly Term[], opts: FormatOptions = {}): string {
  const out = new FlatOut();
  formatTo(out, format, args, opts);
  return out.result();
}

/** io_lib:format/2,3 as the deep list OTP returns. */
export function formatToDeep(format: readonly FormatElem[], args: readonly Term[], opts: FormatOptions = {}): Chars {
  const out = new DeepOut();
  formatTo(out, format, args, opts);
  return out.result();
}

/** io_lib:format/2 over a format given as code points; the result as code points. */
export function formatToChars(format: readonly FormatElem[], args: readonly Term[], opts: FormatOptions = {}): number[] {
  return codePointsOf(formatToString(format, args, opts));
}
