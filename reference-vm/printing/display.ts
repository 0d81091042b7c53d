// The emulator's own term printer (erl_printf_term.c), used by erlang:display/1
// and by the *_to_list BIFs of funs, pids, ports and references. It differs
// from io_lib: floats as C "%.6e", strings only for printable ASCII-ish lists,
// binaries as text when all bytes are printable ASCII, `=>` without spaces,
// and its own atom-quoting rule.
//
// The emulator writes bytes: atom names go out as their UTF-8 bytes and list
// characters 128-255 as single bytes. Results here are therefore "byte
// strings": JS strings whose every char code is one byte (0-255).

import { Atom } from '../terms/atom';
import { ErlMap } from '../terms/map';
import {
  Bitstring,
  Cons,
  ExportFun,
  Float,
  Fun,
  NIL,
  Pid,
  Port,
  Reference,
  Tuple,
  type Term,
} from '../terms/types';
import { formatScientificC } from './float';

function utf8Bytes(s: string): string {
  return Buffer.from(s, 'utf8').toString('latin1');
}

// erl_printf_term.c treats Latin-1 letters as letters (its LATIN1 ctype).
function ertsIsLower(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}
function ertsIsUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
function ertsIsAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ertsIsLower(c) || ertsIsUpper(c);
}

/**
 * Character the quoting test sees at a byte position of the UTF-8 name: the
 * code point for 1- and 2-byte sequences, 'a' for continuation bytes, 0 for
 * starts of 3- and 4-byte sequences (always quoted).
 */
function quotingChar(bytes: Uint8Array, i: number): number {
  const c1 = bytes[i]!;
  if ((c1 & 0x80) === 0) return c1;
  if ((c1 & 0xe0) === 0xc0) return ((c1 & 0x1f) << 6) | ((bytes[i + 1] ?? 0) & 0x3f);
  if ((c1 & 0xc0) === 0x80) return 0x61;
  return 0;
}

const ERTS_ATOM_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x27, "\\'"],
  [0x5c, '\\\\'],
  [0x0a, '\\n'],
  [0x0c, '\\f'],
  [0x09, '\\t'],
  [0x0d, '\\r'],
  [0x08, '\\b'],
  [0x0b, '\\v'],
]);

function octal3(c: number): string {
  return c.toString(8).padStart(3, '0');
}

/** print_atom_name(): the atom as the emulator prints it (byte string). */
export function ertsAtomText(atom: Atom): string {
  const bytes = Buffer.from(atom.name, 'utf8');
  const n = bytes.length;
  if (n === 0) return "''";
  let needQuote = false;
  if (!ertsIsLower(quotingChar(bytes, 0))) {
    needQuote = true;
  } else {
    for (let i = 1; i < n; i++) {
      const lc = quotingChar(bytes, i);
      if (!ertsIsAlnum(lc) && lc !== 0x5f) {
        needQuote = true;
        break;
      }
    }
  }
  let out = needQuote ? "'" : '';
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    const esc = ERTS_ATOM_ESCAPES.get(c);
    if (esc !== undefined) {
      out += esc;
    } else if (c < 0x20) {
      out += '\\' + octal3(c);
    } else if (c >= 0x80) {
      const len = (c & 0xe0) === 0xc0 ? 2 : (c & 0xf0) === 0xe0 ? 3 : 4;
      if (c === 0xc2 && bytes[i + 1]! < 0xa0) {
        // U+0080..U+009F: printed as an octal escape of the code point.
        out += '\\' + octal3(bytes[i + 1]!);
        i++;
      } else {
        for (let k = 0; k < len; k++) out += String.fromCharCode(bytes[i + k]!);
        i += len - 1;
      }
    } else {
      out += String.fromCharCode(c);
    }
  }
  return needQuote ? out + "'" : out;
}

/** pid_to_list/1. Remote pids are shown with channel 0: this VM has no distribution. */
export function pidToList(p: Pid): string {
  return `<0.${p.id}.${p.serial}>`;
}

/** port_to_list/1 */
export function portToList(p: Port): string {
  return `#Port<0.${p.id}>`;
}

/** ref_to_list/1: the words most significant first. */
export function refToList(r: Reference): string {
  let s = '#Ref<0';
  for (let i = r.ids.length - 1; i >= 0; i--) s += '.' + (r.ids[i]! >>> 0);
  return s + '>';
}

/** fun_to_list/1 (byte string). */
export function funToList(f: Fun | ExportFun): string {
  if (f instanceof ExportFun) {
    return `fun ${ertsAtomText(f.module)}:${ertsAtomText(f.functionName)}/${f.arity}`;
  }
  // Local funs: the module name is written raw, then old_index and old_uniq (a C int).
  return `#Fun<${utf8Bytes(f.module.name)}.${f.oldIndex}.${f.uniq | 0}>`;
}

/** %.6e as the emulator prints floats. */
function ertsFloat(x: number): string {
  return formatScientificC(x, 6);
}

function isErtsCntrl(c: number): boolean {
  return c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0);
}
function isErtsSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** is_printable_string(): a non-empty proper list of bytes that are not controls (spaces allowed). */
function ertsPrintableString(t: Cons): boolean {
  let l: Term = t;
  while (l instanceof Cons) {
    const c = l.head;
    if (typeof c !== 'number' || c < 0 || c > 255) return false;
    if (isErtsCntrl(c) && !isErtsSpace(c)) return false;
    l = l.tail;
  }
  return l === NIL;
}

function bitstringByte(b: Bitstring, i: number): number {
  return b.bytes[i]!;
}

function ertsBinary(b: Bitstring): string {
  const byteSize = b.byteSize;
  const restBits = b.bitSize & 7;
  let printable = restBits === 0 && byteSize > 0;
  if (printable) {
    for (let i = 0; i < byteSize; i++) {
      const c = bitstringByte(b, i);
      if (c < 0x20 || c >= 0x7f) {
        printable = false;
        break;
      }
    }
  }
  if (printable) {
    let s = '<<"';
    for (let i = 0; i < byteSize; i++) {
      const c = bitstringByte(b, i);
      if (c === 0x22) s += '\\';
      s += String.fromCharCode(c);
    }
    return s + '">>';
  }
  const parts: string[] = [];
  for (let i = 0; i < byteSize; i++) parts.push(String(bitstringByte(b, i)));
  if (restBits !== 0) {
    const last = bitstringByte(b, byteSize) >> (8 - restBits);
    parts.push(`${last}:${restBits}`);
  }
  return '<<' + parts.join(',') + '>>';
}

/** Punctuation waiting on the work stack between terms. */
class Piece {
  constructor(readonly text: string) {}
}
type Work = Term | Piece;

function text(s: string): Piece {
  return new Piece(s);
}

const COMMA = text(',');
const BAR = text('|');
const CLOSE_LIST = text(']');
const CLOSE_TUPLE = text('}');
const CLOSE_MAP = text('}');
const ASSOC = text('=>');

/** The text erlang:display/1 writes for a term, without the newline (byte string). */
export function displayTerm(term: Term): string {
  const out: string[] = [];
  const stack: Work[] = [term];
  while (stack.length > 0) {
    const w = stack.pop()!;
    if (w instanceof Piece) {
      out.push(w.text);
      continue;
    }
    const t = w;
    if (typeof t === 'number' || typeof t === 'bigint') {
      out.push(String(t));
    } else if (t instanceof Float) {
      out.push(ertsFloat(t.value));
    } else if (t instanceof Atom) {
      out.push(ertsAtomText(t));
    } else if (t === NIL) {
      out.push('[]');
    } else if (t instanceof Cons) {
      if (ertsPrintableString(t)) {
        let s = '"';
        let l: Term = t;
        while (l instanceof Cons) {
          const c = l.head as number;
          if (c === 0x0a) s += '\\n';
          else s += (c === 0x22 ? '\\' : '') + String.fromCharCode(c);
          l = l.tail;
        }
        out.push(s + '"');
      } else {
        out.push('[');
        stack.push(CLOSE_LIST);
        // Elements pushed in reverse so they pop in order.
        const items: Work[] = [];
        let l: Term = t;
        while (l instanceof Cons) {
          if (items.length > 0) items.push(COMMA);
          items.push(l.head);
          l = l.tail;
        }
        if (l !== NIL) items.push(BAR, l);
        for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]!);
      }
    } else if (t instanceof Tuple) {
      out.push('{');
      stack.push(CLOSE_TUPLE);
      const els = t.elements;
      for (let i = els.length - 1; i >= 0; i--) {
        stack.push(els[i]!);
        if (i > 0) stack.push(COMMA);
      }
    } else if (t instanceof ErlMap) {
      out.push('#{');
      stack.push(CLOSE_MAP);
      const entries = t.iterationEntries();
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, v] = entries[i]!;
        stack.push(v, ASSOC, k);
        if (i > 0) stack.push(COMMA);
      }
    } else if (t instanceof Bitstring) {
      out.push(ertsBinary(t));
    } else if (t instanceof Fun || t instanceof ExportFun) {
      out.push(funToList(t));
    } else if (t instanceof Pid) {
      out.push(pidToList(t));
    } else if (t instanceof Port) {
      out.push(portToList(t));
    } else if (t instanceof Reference) {
      out.push(refToList(t));
    } else {
      throw new Error('displayTerm: not a term');
    }
  }
  return out.join('');
}

/**
 * The bytes erlang:display/1 writes to stdout. On Unix the emulator's printf
 * puts a CR before every LF it writes to stdout, so the line ends in "\r\n"
 * (the term text itself never contains a raw LF).
 */
export function displayBytes(term: Term): Uint8Array {
  return Buffer.from(displayTerm(term) + '\r\n', 'latin1');
}
