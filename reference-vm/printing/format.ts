// io_lib:format/2 (io_lib_format:fwrite/2): control sequences
//   ~[Field][.Precision[.PadChar]][Modifiers]Control
// with controls w W p P s e f g b B x X + # c i n ~ and modifiers t l k K.
//
// Wherever OTP's io_lib_format would crash (which io_lib:format turns into
// error:badarg), formatToChars throws FormatError instead, so the caller can
// raise badarg at the same point.
//
// Known deviations (all on inputs OTP accepts only to fail later in the io
// server): a pad character that is not an integer, and ~tc / ~ts characters
// that are not valid code points, raise FormatError here.
//
// The result is the flat character sequence; OTP's io_lib:format/2 returns a
// deep list with the same characters (equal after lists:flatten/1). The
// chars_limit option of io_lib:format/3 is not implemented.

import { Atom } from '../terms/atom';
import { Bitstring, Cons, Float, NIL, type Term } from '../terms/types';
import { charsLength, codePointsOf, graphemePrefix, stringFromCodePoints, type Encoding, type PrintableRange } from './chars';
import { floatE, floatF, gStyle } from './float';
import type { MapsOrder } from './maporder';
import { prettyTerm } from './pretty';
import { writeTerm } from './write';

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
}

type Adjust = 'left' | 'right';

interface Spec {
  control: number;
  args: Term[];
  width: number | null;
  adjust: Adjust;
  precision: number | null;
  pad: Term;
  encoding: Encoding;
  strings: boolean;
  mapsOrder: MapsOrder;
}

function fail(what: string): never {
  throw new FormatError(what);
}

function smallInt(t: Term): number | null {
  if (typeof t === 'number') return t;
  if (typeof t === 'bigint') return Number(t);
  return null;
}

// ---- scanning ----

class Scanner {
  pos = 0;
  constructor(
    readonly fmt: readonly number[],
    readonly args: Term[],
    readonly opts: FormatOptions,
  ) {}

  private peek(k = 0): number | undefined {
    return this.fmt[this.pos + k];
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
    for (;;) {
      const c = this.peek();
      if (c === 0x74) encoding = 'unicode';
      else if (c === 0x6c) strings = false;
      else if (c === 0x6b) mapsOrder = 'ordered';
      else if (c === 0x4b && this.args.length > 0) mapsOrder = this.mapsOrderArg(this.args.shift()!);
      else break;
      this.pos++;
    }
    const control = this.peek();
    if (control === undefined) fail('format ends inside a control sequence');
    this.pos++;
    const args: Term[] = [];
    switch (control) {
      case 0x77: // w
      case 0x70: // p
      case 0x73: // s
      case 0x65: // e
      case 0x66: // f
      case 0x67: // g
      case 0x62: // b
      case 0x42: // B
      case 0x2b: // +
      case 0x23: // #
      case 0x63: // c
      case 0x69: // i
        args.push(this.takeArg());
        break;
      case 0x57: // W
      case 0x50: // P
      case 0x78: // x
      case 0x58: // X
        args.push(this.takeArg(), this.takeArg());
        break;
      case 0x7e: // ~
      case 0x6e: // n
        break;
      default:
        fail(`unknown control ~${String.fromCodePoint(control)}`);
    }
    return { control, args, width, adjust, precision, pad, encoding, strings, mapsOrder };
  }

  private mapsOrderArg(t: Term): MapsOrder {
    if (t instanceof Atom) {
      if (t.name === 'undefined') return undefined;
      if (t.name === 'ordered' || t.name === 'reversed') return t.name;
    }
    const le = this.opts.orderingFun?.(t);
    if (le === undefined) fail('unsupported maps order for ~K');
    return { lessOrEqual: le };
  }
}

// ---- pieces of io_lib_format ----

function padText(pad: Term, n: number): string {
  if (n <= 0) return '';
  if (typeof pad !== 'number' || pad < 0 || pad > 0x10ffff) fail('pad character is not a character');
  return String.fromCodePoint(pad).repeat(n);
}

function adjust(data: string, padding: string, adj: Adjust): string {
  if (padding === '') return data;
  return adj === 'left' ? data + padding : padding + data;
}

/** term/5: a field of width F holding T, or F asterisks when T does not fit. */
function term(t: string, f: number | null, adj: Adjust, p0: number | null, pad: Term): string {
  if (f === null && p0 === null) return t;
  if (f === null) return term(t, p0, adj, p0, pad);
  const l = charsLength(t);
  const p = Math.min(l, p0 === null ? f : Math.min(p0, f));
  if (l > p) return adjust('*'.repeat(p), padText(pad, f - p), adj);
  return adjust(t, padText(pad, f - l), adj);
}

function flatTrunc(s: string, n: number, enc: Encoding): string {
  if (enc === 'latin1') return stringFromCodePoints(codePointsOf(s).slice(0, n));
  return graphemePrefix(s, n);
}

function stringField(s: string, f: number, adj: Adjust, n: number, pad: Term, enc: Encoding): string {
  if (n > f) return flatTrunc(s, f, enc);
  if (n < f) return adjust(s, padText(pad, f - n), adj);
  return s;
}

/** string/6 */
function stringCtl(s: string, f: number | null, adj: Adjust, p: number | null, pad: Term, enc: Encoding): string {
  if (f === null && p === null) return s;
  if (p === null) return stringField(s, f!, adj, charsLength(s), pad, enc);
  if (f === null) return stringField(s, p, 'left', charsLength(s), pad, enc);
  if (f < p) fail('field width smaller than precision');
  const n = charsLength(s);
  if (f > p) {
    if (n > p) return adjust(flatTrunc(s, p, enc), padText(pad, f - p), adj);
    if (n < p) return adjust(s + padText(pad, p - n), padText(pad, f - p), adj);
    return adjust(s, padText(pad, f - p), adj);
  }
  return stringField(s, f, adj, n, pad, enc);
}

/** char/5 */
function charCtl(c: number, f: number | null, adj: Adjust, p: number | null, pad: Term): string {
  if (c < 0 || c > 0x10ffff) fail('not a character');
  const ch = String.fromCodePoint(c);
  if (f === null && p === null) return ch;
  if (p === null) return ch.repeat(Math.max(0, f!));
  if (f === null) return ch.repeat(Math.max(0, p));
  if (f < p) fail('field width smaller than precision');
  return adjust(ch.repeat(p), padText(pad, f - p), adj);
}

function isByte(c: Term): c is number {
  return typeof c === 'number' && c >= 0 && c <= 255;
}

/**
 * Flattens character data: lists (any nesting, with a binary allowed as a
 * tail) of characters accepted by `char` and of binaries decoded by `binary`.
 */
function flattenChars(
  t: Term,
  char: (c: Term) => string | null,
  binary: (bytes: Uint8Array) => string,
  what: string,
): string {
  const parts: string[] = [];
  const pending: Term[] = [t];
  while (pending.length > 0) {
    let x: Term | undefined = pending.pop()!;
    if (x instanceof Bitstring) {
      if (!x.isBinary) fail(`${what}: bitstring`);
      parts.push(binary(x.bytes.subarray(0, x.byteSize)));
      continue;
    }
    let run = '';
    while (x instanceof Cons) {
      const h: Term = x.head;
      const c = char(h);
      if (c !== null) {
        run += c;
        x = x.tail;
      } else if (h instanceof Cons || h === NIL || h instanceof Bitstring) {
        // Finish the nested element before the rest of this list.
        pending.push(x.tail, h);
        x = undefined;
      } else {
        fail(`${what}: bad element`);
      }
    }
    parts.push(run);
    if (x === undefined || x === NIL) continue;
    if (x instanceof Bitstring) pending.push(x);
    else fail(`${what}: bad list tail`);
  }
  return parts.join('');
}

/** iolist_to_chars/1 for ~s: bytes and binaries. */
function iolistToChars(t: Term): string {
  return flattenChars(
    t,
    (c) => (isByte(c) ? String.fromCharCode(c) : null),
    (bytes) => Buffer.from(bytes).toString('latin1'),
    '~s',
  );
}

function utf8DecodeStrict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** cdata_to_chars/1 for ~ts: characters and binaries (UTF-8, else bytes). */
function cdataToChars(t: Term): string {
  return flattenChars(
    t,
    (c) => {
      if (typeof c !== 'number' || c < 0) return null;
      if (c > 0x10ffff) fail('~ts: not a character');
      return String.fromCodePoint(c);
    },
    (bytes) => utf8DecodeStrict(bytes) ?? Buffer.from(bytes).toString('latin1'),
    '~ts',
  );
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
  return term((isNegative(n) ? '-' : '') + digits, s.width, s.adjust, null, s.pad);
}

function prefixedInteger(n: number | bigint, s: Spec, prefix: string, base: number, lowercase: boolean): string {
  const digits = integerText(n, base, lowercase);
  return term((isNegative(n) ? '-' : '') + prefix + digits, s.width, s.adjust, null, s.pad);
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
  return f === null ? s : term(s, f, adj, f, pad);
}

function fwriteF(x: number, f: number | null, adj: Adjust, p: number | null, pad: Term): string {
  const prec = p ?? 6;
  if (prec < 1) fail('~f precision below 1');
  const s = floatF(x, prec);
  return f === null ? s : term(s, f, adj, f, pad);
}

function fwriteG(x: number, f: number | null, adj: Adjust, p: number | null, pad: Term): string {
  const prec = p ?? 6;
  if (prec < 1) fail('~g precision below 1');
  const g = gStyle(x, prec);
  return g.style === 'f' ? fwriteF(x, f, adj, g.precision, pad) : fwriteE(x, f, adj, g.precision, pad);
}

/** Column after printing s from column i (io_lib_format:indentation/2). */
function indentation(s: string, i: number): number {
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

function control(s: Spec, column: number, opts: FormatOptions): string {
  const { width: f, adjust: adj, precision: p, pad, encoding: enc } = s;
  const a = s.args[0]!;
  switch (s.control) {
    case 0x73: {
      // ~s
      let chars: string;
      if (a instanceof Atom) {
        chars = a.name;
        if (enc === 'latin1' && !/^[\u0000-\u00ff]*$/.test(chars)) fail('~s: atom with characters above 255');
      } else {
        chars = enc === 'latin1' ? iolistToChars(a) : cdataToChars(a);
      }
      return stringCtl(chars, f, adj, p, pad, enc);
    }
    case 0x77: // ~w
    case 0x57: {
      // ~W
      const depth = s.control === 0x57 ? depthArg(s.args[1]!) : -1;
      const text = writeTerm(a, { depth, encoding: enc, mapsOrder: s.mapsOrder });
      return term(text, f, adj, p, pad);
    }
    case 0x70: // ~p
    case 0x50: {
      // ~P
      const depth = s.control === 0x50 ? depthArg(s.args[1]!) : -1;
      if (adj === 'left') fail('~p cannot be left-adjusted');
      return prettyTerm(a, {
        depth,
        lineLength: f ?? 80,
        column: p ?? column + 1,
        encoding: enc,
        strings: s.strings,
        mapsOrder: s.mapsOrder,
        printableRange: opts.printableRange,
      });
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
      fail('unknown control');
  }
}

/** io_lib:format/2 over a format given as code points; the result as a JS string. */
export function formatToString(format: readonly number[], args: readonly Term[], opts: FormatOptions = {}): string {
  const scanner = new Scanner(format, args.slice(), opts);
  const out: string[] = [];
  let column = 0;
  while (scanner.pos < format.length) {
    const c = format[scanner.pos]!;
    scanner.pos++;
    let piece: string;
    if (c === 0x7e) {
      piece = control(scanner.spec(), column, opts);
    } else {
      if (c < 0 || c > 0x10ffff) fail('format character is not a character');
      piece = String.fromCodePoint(c);
    }
    out.push(piece);
    column = indentation(piece, column);
  }
  if (scanner.args.length > 0) fail('too many arguments');
  return out.join('');
}

/** io_lib:format/2 over a format given as code points; the result as code points. */
export function formatToChars(format: readonly number[], args: readonly Term[], opts: FormatOptions = {}): number[] {
  return codePointsOf(formatToString(format, args, opts));
}
