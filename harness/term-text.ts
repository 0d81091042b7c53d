// Parsing Erlang term text (the `args` of a case, `beamconf exec --args`) into terms,
// accepting what erl_parse:parse_term accepts for literals: integers (incl. Base#Digits
// and $c), floats, atoms (bare and quoted), strings, lists (proper and improper),
// tuples, maps, binaries with integer/string segments (incl. /utf8 /utf16 /utf32 and
// :Size), and `fun M:F/A`.

import { Atom } from '../reference-vm/terms/atom';
import { Bitstring, Cons, ExportFun, Float, NIL, Tuple, normalizeInteger, type Term } from '../reference-vm/terms/types';
import { ErlMap } from '../reference-vm/terms/map';

export class TermSyntaxError extends Error {}

type Token =
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'atom'; v: string }
  | { t: 'var'; v: string }
  | { t: 'string'; v: number[] }
  | { t: 'char'; v: number }
  | { t: 'punct'; v: string }
  | { t: 'eof' };

const PUNCT = ['<<', '>>', '=>', '||', '#{', '{', '}', '[', ']', '(', ')', ',', '|', ':', '/', '-', '+', '.'];
const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, b: 8, f: 12, e: 27, s: 32, d: 127 };

function tokenize(text: string): Token[] {
  const cps = Array.from(text).map((c) => c.codePointAt(0)!);
  const out: Token[] = [];
  let i = 0;
  const ch = (k = 0): string => (i + k < cps.length ? String.fromCodePoint(cps[i + k]) : '');
  const isDigit = (c: string): boolean => c >= '0' && c <= '9';
  const isNameChar = (c: string): boolean => /[\p{L}\p{N}_@]/u.test(c);
  const readEscaped = (): number => {
    // at a backslash
    i++;
    const c = ch();
    if (c === '') throw new TermSyntaxError('unterminated escape');
    if (c >= '0' && c <= '7') {
      let s = '';
      while (s.length < 3 && ch() >= '0' && ch() <= '7') s += ch(), i++;
      return parseInt(s, 8);
    }
    if (c === 'x') {
      i++;
      let s = '';
      if (ch() === '{') {
        i++;
        while (ch() !== '}' && ch() !== '') s += ch(), i++;
        i++;
      } else {
        while (s.length < 2 && /[0-9a-fA-F]/.test(ch())) s += ch(), i++;
      }
      if (!/^[0-9a-fA-F]+$/.test(s)) throw new TermSyntaxError('bad \\x escape');
      return parseInt(s, 16);
    }
    if (c === '^') {
      i++;
      const k = cps[i++];
      return k & 31;
    }
    i++;
    return ESCAPES[c] ?? c.codePointAt(0)!;
  };
  while (i < cps.length) {
    const c = ch();
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '%') {
      while (i < cps.length && ch() !== '\n') i++;
      continue;
    }
    if (isDigit(c)) {
      let s = '';
      while (isDigit(ch()) || (ch() === '_' && isDigit(ch(1)))) s += ch() === '_' ? '' : ch(), i++;
      if (ch() === '#') {
        i++;
        const base = Number(s);
        let d = '';
        while (/[0-9a-zA-Z_]/.test(ch())) d += ch() === '_' ? '' : ch(), i++;
        if (base < 2 || base > 36 || d === '') throw new TermSyntaxError(`bad based integer ${s}#${d}`);
        let v = 0n;
        for (const x of d.toLowerCase()) {
          const dv = parseInt(x, 36);
          if (dv >= base) throw new TermSyntaxError(`digit ${x} out of range for base ${base}`);
          v = v * BigInt(base) + BigInt(dv);
        }
        out.push({ t: 'int', v });
        continue;
      }
      if (ch() === '.' && isDigit(ch(1))) {
        s += '.';
        i++;
        while (isDigit(ch()) || (ch() === '_' && isDigit(ch(1)))) s += ch() === '_' ? '' : ch(), i++;
        if ((ch() === 'e' || ch() === 'E') && (isDigit(ch(1)) || ((ch(1) === '-' || ch(1) === '+') && isDigit(ch(2))))) {
          s += 'e';
          i++;
          if (ch() === '-' || ch() === '+') s += ch(), i++;
          while (isDigit(ch())) s += ch(), i++;
        }
        const v = Number(s);
        if (!Number.isFinite(v)) throw new TermSyntaxError(`float out of range: ${s}`);
        out.push({ t: 'float', v });
        continue;
      }
      out.push({ t: 'int', v: BigInt(s) });
      continue;
    }
    if (c === '$') {
      i++;
      if (ch() === '\\') out.push({ t: 'char', v: readEscaped() });
      else {
        if (i >= cps.length) throw new TermSyntaxError('unterminated character literal');
        out.push({ t: 'char', v: cps[i++] });
      }
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      const v: number[] = [];
      while (ch() !== c) {
        if (i >= cps.length) throw new TermSyntaxError(`unterminated ${c === '"' ? 'string' : 'quoted atom'}`);
        if (ch() === '\\') v.push(readEscaped());
        else v.push(cps[i++]);
      }
      i++;
      if (c === '"') out.push({ t: 'string', v });
      else out.push({ t: 'atom', v: String.fromCodePoint(...v) });
      continue;
    }
    if (/[\p{Ll}]/u.test(c)) {
      let s = '';
      while (isNameChar(ch())) s += ch(), i++;
      out.push({ t: 'atom', v: s });
      continue;
    }
    if (/[\p{Lu}_]/u.test(c)) {
      let s = '';
      while (isNameChar(ch())) s += ch(), i++;
      out.push({ t: 'var', v: s });
      continue;
    }
    const p = PUNCT.find((x) => text.startsWith(x, offsetOf(cps, i)));
    if (p) {
      out.push({ t: 'punct', v: p });
      i += p.length;
      continue;
    }
    throw new TermSyntaxError(`unexpected character '${c}'`);
  }
  out.push({ t: 'eof' });
  return out;
}

function offsetOf(cps: number[], i: number): number {
  let n = 0;
  for (let k = 0; k < i; k++) n += cps[k] > 0xffff ? 2 : 1;
  return n;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos];
  }
  private next(): Token {
    return this.tokens[this.pos++];
  }
  private isPunct(v: string): boolean {
    const t = this.peek();
    return t.t === 'punct' && t.v === v;
  }
  private expect(v: string): void {
    const t = this.next();
    if (t.t !== 'punct' || t.v !== v) throw new TermSyntaxError(`expected '${v}' but found ${describe(t)}`);
  }

  parseAll(): Term {
    const term = this.term();
    if (this.isPunct('.')) this.next();
    if (this.peek().t !== 'eof') throw new TermSyntaxError(`unexpected ${describe(this.peek())} after the term`);
    return term;
  }

  term(): Term {
    const t = this.next();
    switch (t.t) {
      case 'int':
        return normalizeInteger(t.v);
      case 'float':
        return new Float(t.v);
      case 'char':
        return t.v;
      case 'string': {
        let s: number[] = t.v;
        while (this.peek().t === 'string') s = s.concat((this.next() as { v: number[] }).v);
        return listOf(s);
      }
      case 'atom':
        if (t.v === 'fun' && this.peek().t === 'atom') return this.externalFun();
        return Atom.of(t.v);
      case 'var':
        throw new TermSyntaxError(`variables are not terms: ${t.v}`);
      case 'eof':
        throw new TermSyntaxError('unexpected end of input');
      case 'punct':
        return this.compound(t.v);
    }
  }

  private externalFun(): Term {
    const m = this.next() as { t: 'atom'; v: string };
    this.expect(':');
    const f = this.next();
    if (f.t !== 'atom') throw new TermSyntaxError('expected a function name after fun M:');
    this.expect('/');
    const a = this.next();
    if (a.t !== 'int') throw new TermSyntaxError('expected an arity');
    return new ExportFun(Atom.of(m.v), Atom.of(f.v), Number(a.v));
  }

  private compound(p: string): Term {
    switch (p) {
      case '-':
      case '+': {
        const t = this.next();
        const sign = p === '-' ? -1 : 1;
        if (t.t === 'int') return normalizeInteger(p === '-' ? -t.v : t.v);
        if (t.t === 'float') return new Float(sign * t.v);
        if (t.t === 'char') return sign * t.v;
        throw new TermSyntaxError(`expected a number after '${p}'`);
      }
      case '{': {
        const els = this.sequence('}');
        return new Tuple(els);
      }
      case '[': {
        if (this.isPunct(']')) {
          this.next();
          return NIL;
        }
        const items = [this.term()];
        while (this.isPunct(',')) {
          this.next();
          items.push(this.term());
        }
        let tail: Term = NIL;
        if (this.isPunct('|')) {
          this.next();
          tail = this.term();
        }
        this.expect(']');
        let list = tail;
        for (let k = items.length - 1; k >= 0; k--) list = new Cons(items[k], list);
        return list;
      }
      case '#{': {
        const entries: Array<[Term, Term]> = [];
        if (!this.isPunct('}')) {
          for (;;) {
            const k = this.term();
            this.expect('=>');
            entries.push([k, this.term()]);
            if (!this.isPunct(',')) break;
            this.next();
          }
        }
        this.expect('}');
        return ErlMap.fromEntries(entries);
      }
      case '<<':
        return this.binary();
      default:
        throw new TermSyntaxError(`unexpected '${p}'`);
    }
  }

  private sequence(close: string): Term[] {
    const els: Term[] = [];
    if (this.isPunct(close)) {
      this.next();
      return els;
    }
    for (;;) {
      els.push(this.term());
      if (this.isPunct(',')) {
        this.next();
        continue;
      }
      this.expect(close);
      return els;
    }
  }

  private binary(): Term {
    const bits: number[] = []; // one entry per bit, simple and exact
    if (this.isPunct('>>')) {
      this.next();
      return new Bitstring(new Uint8Array(0), 0);
    }
    for (;;) {
      const t = this.next();
      let value: bigint | number[] | number;
      let isString = false;
      if (t.t === 'int') value = t.v;
      else if (t.t === 'char') value = BigInt(t.v);
      else if (t.t === 'string') {
        value = t.v;
        isString = true;
      } else if (t.t === 'float') value = t.v;
      else if (t.t === 'punct' && t.v === '-') {
        const n = this.next();
        if (n.t === 'int') value = -n.v;
        else if (n.t === 'float') value = -n.v;
        else throw new TermSyntaxError('expected a number in binary segment');
      } else throw new TermSyntaxError(`unsupported binary segment ${describe(t)}`);
      let size: number | null = null;
      if (this.isPunct(':')) {
        this.next();
        const s = this.next();
        if (s.t !== 'int') throw new TermSyntaxError('expected a segment size');
        size = Number(s.v);
      }
      const types: string[] = [];
      if (this.isPunct('/')) {
        this.next();
        for (;;) {
          const ty = this.next();
          if (ty.t !== 'atom') throw new TermSyntaxError('expected a segment type');
          types.push(ty.v);
          if (!this.isPunct('-')) break;
          this.next();
        }
      }
      const enc = types.find((x) => x === 'utf8' || x === 'utf16' || x === 'utf32');
      const little = types.includes('little');
      const chars = isString ? (value as number[]) : [value as bigint | number];
      for (const v of chars) {
        if (enc) pushBytes(bits, encodeUtf(Number(v), enc, little));
        else if (types.includes('float') || typeof v === 'number' && !isString && !Number.isInteger(v)) {
          const sz = size ?? 64;
          const buf = Buffer.alloc(sz / 8);
          if (sz === 64) little ? buf.writeDoubleLE(Number(v)) : buf.writeDoubleBE(Number(v));
          else if (sz === 32) little ? buf.writeFloatLE(Number(v)) : buf.writeFloatBE(Number(v));
          else throw new TermSyntaxError('float segments must be 32 or 64 bits');
          pushBytes(bits, [...buf]);
        } else {
          const sz = size ?? 8;
          pushInteger(bits, BigInt(v), sz, little);
        }
      }
      if (this.isPunct(',')) {
        this.next();
        continue;
      }
      this.expect('>>');
      break;
    }
    const bytes = new Uint8Array(Math.ceil(bits.length / 8));
    bits.forEach((b, k) => {
      if (b) bytes[k >> 3] |= 0x80 >> (k & 7);
    });
    return new Bitstring(bytes, bits.length);
  }
}

function pushBytes(bits: number[], bytes: number[]): void {
  for (const b of bytes) for (let k = 7; k >= 0; k--) bits.push((b >> k) & 1);
}

function pushInteger(bits: number[], v: bigint, size: number, little: boolean): void {
  const mod = 1n << BigInt(size);
  let u = ((v % mod) + mod) % mod;
  const seg: number[] = [];
  for (let k = 0; k < size; k++) {
    seg.unshift(Number(u & 1n));
    u >>= 1n;
  }
  if (little && size % 8 === 0) {
    for (let byte = size / 8 - 1; byte >= 0; byte--) bits.push(...seg.slice(byte * 8, byte * 8 + 8));
  } else bits.push(...seg);
}

function encodeUtf(cp: number, enc: string, little: boolean): number[] {
  if (enc === 'utf8') return [...Buffer.from(String.fromCodePoint(cp), 'utf8')];
  if (enc === 'utf16') {
    const units = cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp];
    return units.flatMap((u) => (little ? [u & 255, u >> 8] : [u >> 8, u & 255]));
  }
  const b = [(cp >>> 24) & 255, (cp >>> 16) & 255, (cp >>> 8) & 255, cp & 255];
  return little ? b.reverse() : b;
}

function listOf(items: number[]): Term {
  let list: Term = NIL;
  for (let k = items.length - 1; k >= 0; k--) list = new Cons(items[k], list);
  return list;
}

function describe(t: Token): string {
  if (t.t === 'eof') return 'end of input';
  if (t.t === 'string') return 'a string';
  return `'${String(t.v)}'`;
}

/** Parse one Erlang term from text (a trailing '.' is allowed). */
export function parseTerm(text: string): Term {
  return new Parser(tokenize(text)).parseAll();
}

/** Parse an argument list: the text must be an Erlang list. */
export function parseArgs(text: string): Term[] {
  const t = parseTerm(text);
  const out: Term[] = [];
  let cur: Term = t;
  while (cur instanceof Cons) {
    out.push(cur.head);
    cur = cur.tail;
  }
  if (cur !== NIL) throw new TermSyntaxError('args must be a proper list');
  return out;
}
