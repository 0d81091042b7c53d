// Test support for the text BIFs: a minimal NativeContext, a reader for Erlang term
// syntax (the subset the case files use) and a canonical printer whose output matches
// the Erlang printer in gen-expected.erl, so results can be compared as text.

import { NativeRegistry } from '../../reference-vm/bifs/registry';
import type { NativeContext, PlainNative } from '../../reference-vm/bifs/types';
import { ErlangException } from '../../reference-vm/bifs/exception';
import { Atom } from '../../reference-vm/terms/atom';
import { Bitstring, Cons, Float, NIL, Reference, Tuple, type Term } from '../../reference-vm/terms/types';
import { register as registerString } from '../../reference-vm/bifs/string';
import { register as registerUnicode } from '../../reference-vm/bifs/unicode';
import { register as registerBinary } from '../../reference-vm/bifs/binary';

export const ctx: NativeContext = {
  self: Atom.of('test_self'),
  writeOutput: () => undefined,
  bumpReductions: () => undefined,
  vm: undefined,
  process: undefined,
};

export const registry = new NativeRegistry();
registerString(registry);
registerUnicode(registry);
registerBinary(registry);

export type Outcome = { ok: Term } | { cls: string; reason: Term };

export function call(mod: string, fn: string, args: Term[]): Outcome {
  const e = registry.lookup(mod, fn, args.length);
  if (e === undefined) return { cls: 'error', reason: Atom.of('undef') };
  try {
    return { ok: (e.impl as PlainNative)(args, ctx) };
  } catch (x) {
    if (x instanceof ErlangException) return { cls: x.cls, reason: x.reason };
    throw x;
  }
}

// ---- canonical printer (same format as gen-expected.erl) ----

function atomText(a: Atom): string {
  const n = a.name;
  if (/^[a-z][a-zA-Z0-9_@]*$/.test(n) && !RESERVED.has(n)) return n;
  return `'${n.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
const RESERVED = new Set(
  'after and andalso band begin bnot bor bsl bsr bxor case catch cond div end fun if let not of or orelse receive rem try when xor maybe else'.split(
    ' ',
  ),
);

export function show(t: Term): string {
  if (typeof t === 'number' || typeof t === 'bigint') return t.toString();
  if (t instanceof Float) return floatText(t.value);
  if (t instanceof Atom) return atomText(t);
  if (t instanceof Bitstring) {
    const full = t.bitSize >>> 3;
    const parts = Array.from(t.bytes.subarray(0, full), (b) => String(b));
    const rem = t.bitSize & 7;
    if (rem !== 0) parts.push(`${t.bytes[full] >> (8 - rem)}:${rem}`);
    return `<<${parts.join(',')}>>`;
  }
  if (t instanceof Tuple) return `{${t.elements.map(show).join(',')}}`;
  if (t === NIL) return '[]';
  if (t instanceof Cons) {
    const items: string[] = [];
    let c: Term = t;
    while (c instanceof Cons) {
      items.push(show(c.head));
      c = c.tail;
    }
    return c === NIL ? `[${items.join(',')}]` : `[${items.join(',')}|${show(c)}]`;
  }
  if (t instanceof Reference) return '#ref';
  return '#other';
}

/** float_to_list(F, [short]): shortest digits, fixed or exponent form, whichever is shorter. */
function floatText(v: number): string {
  if (Object.is(v, -0)) return '-0.0';
  const sign = v < 0 ? '-' : '';
  const [mant, expPart] = Math.abs(v).toExponential().split('e');
  const digits = mant.replace('.', '');
  const exp = Number(expPart);
  const sci = `${sign}${digits[0]}.${digits.length > 1 ? digits.slice(1) : '0'}e${exp}`;
  let fixed: string;
  if (exp >= 0) {
    const intPart = digits.length > exp + 1 ? digits.slice(0, exp + 1) : digits.padEnd(exp + 1, '0');
    const frac = digits.length > exp + 1 ? digits.slice(exp + 1) : '0';
    fixed = `${sign}${intPart}.${frac}`;
  } else {
    fixed = `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  }
  return fixed.length <= sci.length ? fixed : sci;
}

export function showOutcome(o: Outcome): string {
  return 'ok' in o ? show(o.ok) : `${o.cls}:${show(o.reason)}`;
}

// ---- reader for Erlang terms ----

class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  private ws(): void {
    for (;;) {
      while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
      if (this.s[this.i] === '%') {
        while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
        continue;
      }
      return;
    }
  }

  private peek(): string {
    this.ws();
    return this.s[this.i];
  }

  private expect(tok: string): void {
    this.ws();
    if (!this.s.startsWith(tok, this.i)) throw new Error(`expected ${tok} at ${this.i}: ${this.s.slice(this.i, this.i + 30)}`);
    this.i += tok.length;
  }

  atEnd(): boolean {
    this.ws();
    return this.i >= this.s.length;
  }

  /** A term followed by a full stop. */
  form(): Term {
    const t = this.term();
    this.expect('.');
    return t;
  }

  term(): Term {
    const c = this.peek();
    if (c === '{') {
      this.i++;
      const els = this.seq('}');
      return new Tuple(els);
    }
    if (c === '[') {
      this.i++;
      if (this.peek() === ']') {
        this.i++;
        return NIL;
      }
      const items: Term[] = [this.term()];
      while (this.peek() === ',') {
        this.i++;
        items.push(this.term());
      }
      let tail: Term = NIL;
      if (this.peek() === '|') {
        this.i++;
        tail = this.term();
      }
      this.expect(']');
      let out = tail;
      for (let k = items.length - 1; k >= 0; k--) out = new Cons(items[k], out);
      return out;
    }
    if (this.s.startsWith('<<', this.i)) return this.binary();
    if (c === '"') return listOf(this.str('"'));
    if (c === "'") return Atom.of(String.fromCodePoint(...this.str("'")));
    if (c === '$') {
      this.i++;
      return this.charLit();
    }
    if (/[-0-9]/.test(c)) return this.number();
    const m = /^[a-z][a-zA-Z0-9_@]*/.exec(this.s.slice(this.i));
    if (m) {
      this.i += m[0].length;
      return Atom.of(m[0]);
    }
    throw new Error(`bad term at ${this.i}: ${this.s.slice(this.i, this.i + 30)}`);
  }

  private seq(close: string): Term[] {
    const out: Term[] = [];
    if (this.peek() === close) {
      this.i++;
      return out;
    }
    out.push(this.term());
    while (this.peek() === ',') {
      this.i++;
      out.push(this.term());
    }
    this.expect(close);
    return out;
  }

  private number(): Term {
    const m = /^-?(\d+#[0-9a-zA-Z]+|\d+\.\d+(e[-+]?\d+)?|\d+)/.exec(this.s.slice(this.i));
    if (!m) throw new Error(`bad number at ${this.i}`);
    this.i += m[0].length;
    const txt = m[0];
    if (txt.includes('#')) {
      const neg = txt.startsWith('-');
      const [base, digits] = txt.replace('-', '').split('#');
      let v = 0n;
      for (const d of digits.toLowerCase()) v = v * BigInt(base) + BigInt(parseInt(d, 36));
      return norm(neg ? -v : v);
    }
    if (txt.includes('.')) return new Float(Number(txt));
    return norm(BigInt(txt));
  }

  private charLit(): number {
    const ch = this.s.codePointAt(this.i)!;
    if (ch === 92) return this.escape();
    this.i += ch > 0xffff ? 2 : 1;
    return ch;
  }

  private escape(): number {
    this.i++; // backslash
    const e = this.s[this.i++];
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, s: 32, e: 27, b: 8, f: 12, v: 11, d: 127, '\\': 92, '"': 34, "'": 39 };
    if (e in simple) return simple[e];
    if (e === 'x') {
      if (this.s[this.i] === '{') {
        const end = this.s.indexOf('}', this.i);
        const v = parseInt(this.s.slice(this.i + 1, end), 16);
        this.i = end + 1;
        return v;
      }
      const v = parseInt(this.s.slice(this.i, this.i + 2), 16);
      this.i += 2;
      return v;
    }
    if (/[0-7]/.test(e)) {
      let oct = e;
      while (oct.length < 3 && /[0-7]/.test(this.s[this.i])) oct += this.s[this.i++];
      return parseInt(oct, 8);
    }
    throw new Error(`bad escape \\${e}`);
  }

  private str(q: string): number[] {
    this.expect(q);
    const out: number[] = [];
    while (this.s[this.i] !== q) {
      if (this.s[this.i] === '\\') out.push(this.escape());
      else {
        const ch = this.s.codePointAt(this.i)!;
        out.push(ch);
        this.i += ch > 0xffff ? 2 : 1;
      }
    }
    this.i++;
    return out;
  }

  private binary(): Term {
    this.expect('<<');
    const bytes: number[] = [];
    let bits = 0;
    let extraBits = 0;
    if (this.s.startsWith('>>', (this.ws(), this.i))) {
      this.i += 2;
      return new Bitstring(new Uint8Array(0));
    }
    for (;;) {
      let values: number[];
      let isStr = false;
      if (this.peek() === '"') {
        values = this.str('"');
        isStr = true;
      } else {
        const v = this.term();
        values = [Number(v as number | bigint)];
      }
      let size = 8;
      let type = 'integer';
      if (this.peek() === ':') {
        this.i++;
        size = Number(this.number() as number);
      }
      if (this.peek() === '/') {
        this.i++;
        const m = /^[a-z0-9-]+/.exec(this.s.slice(this.i))!;
        this.i += m[0].length;
        type = m[0];
      }
      for (const v of values) {
        if (type === 'utf8') bytes.push(...Buffer.from(String.fromCodePoint(v), 'utf8'));
        else if (size === 8) bytes.push(v & 255);
        else if (size % 8 === 0) {
          for (let k = size / 8 - 1; k >= 0; k--) bytes.push(Math.floor(v / 2 ** (8 * k)) & 255);
        } else {
          // a trailing bit field (only used last)
          extraBits = size;
          bits = v;
        }
      }
      void isStr;
      if (this.peek() === ',') {
        this.i++;
        continue;
      }
      this.expect('>>');
      break;
    }
    if (extraBits > 0) {
      bytes.push((bits << (8 - extraBits)) & 255);
      return new Bitstring(Uint8Array.from(bytes), (bytes.length - 1) * 8 + extraBits);
    }
    return new Bitstring(Uint8Array.from(bytes));
  }
}

function norm(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

function listOf(cps: number[]): Term {
  let out: Term = NIL;
  for (let k = cps.length - 1; k >= 0; k--) out = new Cons(cps[k], out);
  return out;
}

export function parseTerm(s: string): Term {
  return new Reader(s).term();
}

/** All `Term.` forms in a file's text. */
export function parseForms(s: string): Term[] {
  const r = new Reader(s);
  const out: Term[] = [];
  while (!r.atEnd()) out.push(r.form());
  return out;
}
