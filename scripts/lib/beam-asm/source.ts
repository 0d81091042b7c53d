// The .beamasm source format: the shape of the `.S` files erlc writes (Erlang terms,
// each ending with '.'), read with harness/term-text.ts:
//
//   {module, op_legacy_asm}.
//   {exports, [{float_sum, 2}]}.
//   {attributes, []}.                        % optional: the Attr chunk
//   {labels, 3}.                             % optional: checked when given
//
//   {function, float_sum, 2, 2}.             % name, arity, entry label; its instructions follow
//     {label, 1}.
//     {func_info, {atom, op_legacy_asm}, {atom, float_sum}, 2}.
//     {label, 2}.
//     fclearerror.
//     ...
//
// Unlike erlc's `.S`, every instruction is a generic instruction of genop.tab written as
// it is stored: an atom for no operands, else {Name, Operand...}, operands in genop.tab's
// order. No pseudo-instructions ({test, ...}, {bif, ...}, {line, ...}) and no rewriting.
// Operands:
//   N                      untagged integer ('u')        {integer, N}   integer ('i')
//   {x, N} {y, N} {fr, N}  registers                     {f, L}         label (0: none)
//   {atom, A}              atom                          nil or []      []
//   {literal, T}           any term, from LitT           {float, F}     a float, from LitT
//   {list, [Op...]}        extended list (last operand)  {extfunc, M, F, A}  an import
//   {alloc, [{words, N}, {floats, N}, {funs, N}]}        allocation list

import { parseTerm, TermSyntaxError } from '../../../harness/term-text';
import { Atom, Cons, Float, NIL, Tuple, type Term } from '../../../reference-vm/terms/types';
import { writeTerm } from '../../../reference-vm/printing/write';
import { AsmError, type AsmFunction, type AsmInstruction, type AsmModule, type AsmOperand } from './types';
import { writeBeam } from './writer';

/** A problem in a source file, with its 1-based line and column. */
export class AsmSourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = 'AsmSourceError';
  }
}

/** One top-level form: its text, where it starts, and where each element of its list starts. */
interface Form {
  text: string;
  start: number;
  /** Offsets of the elements of a list directly inside the form's tuple (the exports). */
  items: number[];
}

/**
 * Splits the text into forms at a '.' outside any bracket, string or comment. While
 * scanning it notes where each element of a list inside the form's tuple starts, so an
 * error in one export can name that export's line.
 */
function splitForms(text: string, file: string): Form[] {
  const forms: Form[] = [];
  const stack: string[] = [];
  let start = -1;
  let items: number[] = [];
  let expectItem = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '%') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (start < 0) start = i;
    const inFormList = stack.length === 2 && stack[0] === '{' && stack[1] === '[';
    if (inFormList && expectItem && c !== ']') items.push(i);
    expectItem = false;
    if (c === '"' || c === "'") {
      i = skipQuoted(text, i, file);
    } else if (c === '$') {
      i += text[i + 1] === '\\' ? 2 : 1; // the character (an escape's first character) is skipped too
    } else if (c === '{' || c === '[') {
      stack.push(c);
      expectItem = stack.length === 2 && stack[0] === '{' && c === '[';
    } else if (c === '<' && text[i + 1] === '<') {
      stack.push('<');
      i++;
    } else if (c === '}' || c === ']' || (c === '>' && text[i + 1] === '>' && stack[stack.length - 1] === '<')) {
      if (stack.length === 0) throw errorAt(text, file, i, `unbalanced '${c}'`);
      stack.pop();
      if (c === '>') i++;
    } else if (c === ',' && inFormList) {
      expectItem = true;
    } else if (c === '.' && stack.length === 0) {
      forms.push({ text: text.slice(start, i + 1), start, items });
      start = -1;
      items = [];
    }
  }
  if (start >= 0) throw errorAt(text, file, start, "form does not end with '.'");
  return forms;
}

function skipQuoted(text: string, i: number, file: string): number {
  const quote = text[i];
  for (let k = i + 1; k < text.length; k++) {
    if (text[k] === '\\') k++;
    else if (text[k] === quote) return k;
  }
  throw errorAt(text, file, i, `unterminated ${quote === '"' ? 'string' : 'quoted atom'}`);
}

function errorAt(text: string, file: string, offset: number, detail: string): AsmSourceError {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return new AsmSourceError(file, line, column, detail);
}

/** A problem with one term of a form (the reader adds the position). */
class FormError extends Error {
  constructor(
    readonly detail: string,
    /** Index into Form.items, when the problem is in one list element. */
    readonly item?: number,
  ) {
    super(detail);
  }
}

/** Reads a .beamasm text into an AsmModule; throws AsmSourceError. */
export function parseAsmSource(text: string, file: string): { module: AsmModule; positions: SourcePositions } {
  const forms = splitForms(text, file);
  let module: AsmModule | null = null;
  let labelsGiven: { count: number; form: Form } | null = null;
  const positions: SourcePositions = { functions: [], exports: null, text, file };
  let current: AsmFunction | null = null;
  for (const form of forms) {
    let term: Term;
    try {
      term = parseTerm(form.text);
    } catch (e) {
      if (e instanceof TermSyntaxError) throw errorAt(text, file, form.start, `syntax error: ${e.message}`);
      throw e;
    }
    try {
      const key = term instanceof Tuple && term.arity > 0 ? term.elements[0] : term;
      const kind = key instanceof Atom ? key.name : '';
      const rest = term instanceof Tuple ? term.elements.slice(1) : [];
      if (module === null && kind !== 'module') throw new FormError('the first form must be {module, Name}');
      if (!HEADER_FORMS.has(kind) && !(term instanceof Tuple && kind === 'function')) {
        if (current === null) throw new FormError(`an instruction before the first {function, Name, Arity, Entry}: ${show(term)}`);
        current.code.push(instruction(term));
        positions.functions[positions.functions.length - 1].push(form.start);
        continue;
      }
      if (current !== null && kind !== 'function') throw new FormError(`{${kind}, ...} must come before the first function`);
      switch (kind) {
        case 'module':
          if (module !== null) throw new FormError('{module, ...} is given twice');
          module = { name: atomArg(rest, 1, 'module name'), exports: [], functions: [], attributes: NIL, compileInfo: NIL };
          break;
        case 'exports':
          module!.exports = listItems(one(rest, 'exports'), 'exports').map((e, k) => exportEntry(e, k));
          positions.exports = form;
          break;
        case 'attributes':
          module!.attributes = one(rest, 'attributes');
          break;
        case 'labels': {
          const n = one(rest, 'labels');
          if (typeof n !== 'number' || n < 1) throw new FormError(`{labels, N} needs a positive integer, got ${show(n)}`);
          labelsGiven = { count: n, form };
          break;
        }
        case 'function':
          current = functionHeader(rest);
          module!.functions.push(current);
          positions.functions.push([form.start]);
          break;
      }
    } catch (e) {
      if (e instanceof FormError) throw errorAt(text, file, e.item !== undefined ? form.items[e.item] ?? form.start : form.start, e.detail);
      throw e;
    }
  }
  if (module === null) throw new AsmSourceError(file, 1, 1, 'no {module, Name} form');
  if (labelsGiven !== null) {
    const defined = module.functions.flatMap((f) => f.code.flatMap((i) => (i.op === 'label' && i.args[0]?.kind === 'u' ? [i.args[0].value] : [])));
    const highest = Math.max(0, ...defined);
    if (highest + 1 !== labelsGiven.count) {
      throw errorAt(text, file, labelsGiven.form.start, `{labels, ${labelsGiven.count}} does not match the highest label ${highest} (expected {labels, ${highest + 1}})`);
    }
  }
  return { module, positions };
}

/** Where the parts of a module came from, to turn a writer's AsmError into a file position. */
export interface SourcePositions {
  text: string;
  file: string;
  /** Per function: the offset of its {function, ...} form, then of each instruction. */
  functions: number[][];
  exports: Form | null;
}

/** Forms that describe the module rather than an instruction. */
const HEADER_FORMS = new Set(['module', 'exports', 'attributes', 'labels']);

/** Assembles a .beamasm text into .beam bytes; every problem is an AsmSourceError with file:line:column. */
export function assembleSource(text: string, file: string): Uint8Array {
  const { module, positions } = parseAsmSource(text, file);
  try {
    return writeBeam(module);
  } catch (e) {
    if (!(e instanceof AsmError)) throw e;
    throw errorAt(text, file, offsetOf(positions, e), e.detail);
  }
}

function offsetOf(p: SourcePositions, e: AsmError): number {
  if (e.at.export !== undefined && p.exports !== null) return p.exports.items[e.at.export] ?? p.exports.start;
  if (e.at.function !== undefined) {
    const offsets = p.functions[e.at.function];
    return e.at.instruction !== undefined ? offsets[e.at.instruction + 1] : offsets[0];
  }
  return 0;
}

// ---- terms -> AsmModule ----

function show(t: Term): string {
  const s = writeTerm(t);
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

function one(rest: Term[], what: string): Term {
  if (rest.length !== 1) throw new FormError(`{${what}, ...} takes one element`);
  return rest[0];
}

function atomArg(rest: Term[], count: number, what: string): Atom {
  if (rest.length !== count || !(rest[0] instanceof Atom)) throw new FormError(`expected an atom as the ${what}`);
  return rest[0];
}

function listItems(t: Term, what: string): Term[] {
  const out: Term[] = [];
  let cur = t;
  while (cur instanceof Cons) {
    out.push(cur.head);
    cur = cur.tail;
  }
  if (cur !== NIL) throw new FormError(`${what} must be a proper list, got ${show(t)}`);
  return out;
}

function isTuple(t: Term, tag: string, arity: number): t is Tuple {
  return t instanceof Tuple && t.arity === arity && t.elements[0] === Atom.of(tag);
}

function smallInt(t: Term, what: string): number {
  if (typeof t !== 'number' || !Number.isInteger(t)) throw new FormError(`${what} must be an integer, got ${show(t)}`);
  return t;
}

function exportEntry(e: Term, k: number): { name: Atom; arity: number } {
  if (!(e instanceof Tuple) || e.arity !== 2 || !(e.elements[0] instanceof Atom) || typeof e.elements[1] !== 'number') {
    throw new FormError(`an export is {Name, Arity}, got ${show(e)}`, k);
  }
  return { name: e.elements[0], arity: e.elements[1] };
}

function functionHeader(rest: Term[]): AsmFunction {
  if (rest.length !== 3 || !(rest[0] instanceof Atom)) throw new FormError('a function starts with {function, Name, Arity, EntryLabel}');
  return { name: rest[0], arity: smallInt(rest[1], 'function arity'), entry: smallInt(rest[2], 'entry label'), code: [] };
}

function instruction(t: Term): AsmInstruction {
  if (t instanceof Atom) return { op: t.name, args: [] };
  if (t instanceof Tuple && t.arity > 0 && t.elements[0] instanceof Atom) {
    return { op: t.elements[0].name, args: t.elements.slice(1).map(operand) };
  }
  throw new FormError(`an instruction is an atom or {Opcode, Operand...}, got ${show(t)}`);
}

function operand(t: Term): AsmOperand {
  if (typeof t === 'number' || typeof t === 'bigint') {
    if (typeof t === 'bigint' || t < 0) throw new FormError(`untagged operand ${show(t)} must be a non-negative small integer (write {integer, N} for an integer)`);
    return { kind: 'u', value: t };
  }
  if (t === NIL || t === Atom.of('nil')) return { kind: 'nil' };
  if (t instanceof Tuple && t.arity >= 2 && t.elements[0] instanceof Atom) {
    const [tag, a, b, c] = t.elements;
    switch ((tag as Atom).name) {
      case 'x':
      case 'y':
      case 'fr':
        if (t.arity === 2) return { kind: (tag as Atom).name as 'x' | 'y' | 'fr', n: smallInt(a, 'register number') };
        break;
      case 'f':
        if (t.arity === 2) return { kind: 'f', label: smallInt(a, 'label') };
        break;
      case 'atom':
        if (t.arity === 2 && a instanceof Atom) return { kind: 'atom', value: a };
        break;
      case 'integer':
        if (t.arity === 2 && (typeof a === 'number' || typeof a === 'bigint')) return { kind: 'i', value: a };
        break;
      case 'literal':
        if (t.arity === 2) return { kind: 'literal', value: a };
        break;
      case 'float':
        if (t.arity === 2 && a instanceof Float) return { kind: 'literal', value: a };
        break;
      case 'list':
        if (t.arity === 2) return { kind: 'list', items: listItems(a, 'an extended list').map(operand) };
        break;
      case 'extfunc':
        if (t.arity === 4 && a instanceof Atom && b instanceof Atom) return { kind: 'extfunc', module: a, function: b, arity: smallInt(c, 'arity') };
        break;
      case 'alloc':
        if (t.arity === 2) return allocList(a);
        break;
    }
  }
  throw new FormError(`unknown operand ${show(t)}`);
}

function allocList(t: Term): AsmOperand {
  const alloc = { kind: 'alloc' as const, words: 0, floats: 0, funs: 0 };
  for (const e of listItems(t, 'an allocation list')) {
    if (e instanceof Tuple && e.arity === 2 && e.elements[0] instanceof Atom && ['words', 'floats', 'funs'].includes(e.elements[0].name)) {
      alloc[e.elements[0].name as 'words' | 'floats' | 'funs'] += smallInt(e.elements[1], 'allocation count');
    } else throw new FormError(`an allocation list entry is {words | floats | funs, N}, got ${show(e)}`);
  }
  return alloc;
}
