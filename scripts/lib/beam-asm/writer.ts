// writeBeam: an AsmModule -> the bytes of an OTP 26 .beam file. Chunks, in order:
// AtU8, Code, StrT (empty), ImpT, ExpT, LocT, LitT (when there are literals), and
// Attr / CInf when the module gives them. No FunT, Line or Type chunk: the writer is
// for hand-written modules (lambdas and line numbers are what erlc is for).
//
// Tables are filled in order of first use while the code is encoded (atom 1 is the
// module's name), so the same module always gives the same bytes.

import { TAG_A, TAG_F, TAG_I, TAG_U, TAG_X, TAG_Y } from '../../../reference-vm/loader/compact';
import { BEAM_FORMAT_NUMBER, OP_INT_CODE_END } from '../../../reference-vm/loader/code';
import { MAX_REG } from '../../../reference-vm/loader/operands';
import { MAX_ARITY } from '../../../reference-vm/loader/tables';
import { opcodeByName } from '../../../reference-vm/opcodes/table';
import { termToBinary } from '../../../reference-vm/etf/encode';
import type { Atom, Term } from '../../../reference-vm/terms/types';
import { ALLOC_KIND, EXT, encodeExtended, encodeTagged } from './compact';
import { beamFile, chunk, u32, zlibStored } from './container';
import { AsmError, type AsmInstruction, type AsmModule, type AsmOperand } from './types';

/** Header bytes after the header-size word: format, max opcode, label count, function count. */
const CODE_HEADER_SIZE = 16;

/** The module's atoms, imports and literals, numbered in order of first use. */
class Tables {
  readonly atoms: Atom[] = [];
  private readonly atomIndex = new Map<Atom, number>();
  readonly imports: Array<{ module: number; function: number; arity: number }> = [];
  private readonly importIndex = new Map<string, number>();
  readonly literals: Uint8Array[] = [];
  private readonly literalIndex = new Map<string, number>();

  /** 1-based atom table index. */
  atom(a: Atom): number {
    let n = this.atomIndex.get(a);
    if (n === undefined) {
      if (Buffer.byteLength(a.name, 'utf8') > 255) throw new AsmError(`atom '${a.name}' is longer than 255 bytes`);
      this.atoms.push(a);
      n = this.atoms.length;
      this.atomIndex.set(a, n);
    }
    return n;
  }

  importOf(module: Atom, fn: Atom, arity: number): number {
    const key = `${module.name}\0${fn.name}\0${arity}`;
    let n = this.importIndex.get(key);
    if (n === undefined) {
      n = this.imports.length;
      this.imports.push({ module: this.atom(module), function: this.atom(fn), arity });
      this.importIndex.set(key, n);
    }
    return n;
  }

  /** Literals are shared by their external format, as erlc shares equal literals. */
  literal(value: Term): number {
    const ext = termToBinary(value);
    const key = Buffer.from(ext).toString('hex');
    let n = this.literalIndex.get(key);
    if (n === undefined) {
      n = this.literals.length;
      this.literals.push(ext);
      this.literalIndex.set(key, n);
    }
    return n;
  }
}

export function writeBeam(m: AsmModule): Uint8Array {
  const tables = new Tables();
  tables.atom(m.name);
  const labels = definedLabels(m);
  const labelCount = labels.size === 0 ? 1 : Math.max(...labels) + 1;

  const code: number[] = [];
  let maxOpcode = OP_INT_CODE_END;
  m.functions.forEach((f, fi) => {
    tables.atom(f.name);
    checkArity(f.arity, { function: fi });
    if (!labels.has(f.entry)) throw new AsmError(`entry label ${f.entry} of ${f.name.name}/${f.arity} is not defined`, { function: fi });
    f.code.forEach((ins, ii) => {
      try {
        maxOpcode = Math.max(maxOpcode, encodeInstruction(ins, tables, labels, code));
      } catch (e) {
        if (e instanceof AsmError) throw new AsmError(e.detail, { function: fi, instruction: ii });
        if (e instanceof RangeError) throw new AsmError(e.message, { function: fi, instruction: ii });
        throw e;
      }
    });
  });
  code.push(OP_INT_CODE_END);

  const header = [...u32(CODE_HEADER_SIZE), ...u32(BEAM_FORMAT_NUMBER), ...u32(maxOpcode), ...u32(labelCount), ...u32(m.functions.length)];
  const exported = new Set<string>();
  const exportEntries: number[] = [];
  m.exports.forEach((e, ei) => {
    const f = m.functions.find((g) => g.name === e.name && g.arity === e.arity);
    if (f === undefined) throw new AsmError(`exported function ${e.name.name}/${e.arity} is not defined`, { export: ei });
    exported.add(`${e.name.name}/${e.arity}`);
    exportEntries.push(...u32(tables.atom(f.name)), ...u32(f.arity), ...u32(f.entry));
  });
  const localEntries: number[] = [];
  let localCount = 0;
  for (const f of m.functions) {
    if (exported.has(`${f.name.name}/${f.arity}`)) continue;
    localEntries.push(...u32(tables.atom(f.name)), ...u32(f.arity), ...u32(f.entry));
    localCount++;
  }

  const chunks = [
    chunk('AtU8', atomTable(tables.atoms)),
    chunk('Code', [...header, ...code]),
    chunk('StrT', []),
    chunk('ImpT', [...u32(tables.imports.length), ...tables.imports.flatMap((i) => [...u32(i.module), ...u32(i.function), ...u32(i.arity)])]),
    chunk('ExpT', [...u32(m.exports.length), ...exportEntries]),
    chunk('LocT', [...u32(localCount), ...localEntries]),
  ];
  if (tables.literals.length > 0) chunks.push(chunk('LitT', literalTable(tables.literals)));
  if (m.attributes !== undefined) chunks.push(chunk('Attr', termToBinary(m.attributes)));
  if (m.compileInfo !== undefined) chunks.push(chunk('CInf', termToBinary(m.compileInfo)));
  return beamFile(chunks);
}

/** Every label a `label` instruction defines; a label defined twice is an error. */
function definedLabels(m: AsmModule): Set<number> {
  const labels = new Set<number>();
  m.functions.forEach((f, fi) =>
    f.code.forEach((ins, ii) => {
      if (ins.op !== 'label') return;
      const arg = ins.args[0];
      if (ins.args.length !== 1 || arg.kind !== 'u' || !Number.isSafeInteger(arg.value) || arg.value < 1) {
        throw new AsmError('label takes one positive untagged integer', { function: fi, instruction: ii });
      }
      if (labels.has(arg.value)) throw new AsmError(`label ${arg.value} is defined twice`, { function: fi, instruction: ii });
      labels.add(arg.value);
    }),
  );
  return labels;
}

/** Appends one instruction's bytes to `out`; returns its opcode number. */
function encodeInstruction(ins: AsmInstruction, tables: Tables, labels: Set<number>, out: number[]): number {
  const info = opcodeByName(ins.op);
  if (info === undefined) throw new AsmError(`unknown opcode '${ins.op}'`);
  if (info.obsolete) throw new AsmError(`opcode '${ins.op}' is obsolete: OTP 26 refuses to load it`);
  if (info.number === OP_INT_CODE_END) throw new AsmError('int_code_end is written by the assembler after the last function');
  if (ins.args.length !== info.arity) {
    throw new AsmError(`${ins.op} takes ${info.arity} operand${info.arity === 1 ? '' : 's'}, got ${ins.args.length}`);
  }
  out.push(info.number);
  ins.args.forEach((arg, k) => encodeOperand(arg, k === ins.args.length - 1, tables, labels, out));
  return info.number;
}

function encodeOperand(op: AsmOperand, isLast: boolean, tables: Tables, labels: Set<number>, out: number[]): void {
  switch (op.kind) {
    case 'u':
      out.push(...encodeTagged(TAG_U, nonNegative(op.value, 'untagged integer')));
      return;
    case 'i':
      out.push(...encodeTagged(TAG_I, op.value));
      return;
    case 'atom':
      out.push(...encodeTagged(TAG_A, tables.atom(op.value)));
      return;
    case 'nil':
      out.push(...encodeTagged(TAG_A, 0));
      return;
    case 'x':
    case 'y':
      out.push(...encodeTagged(op.kind === 'x' ? TAG_X : TAG_Y, register(op.n, op.kind)));
      return;
    case 'fr':
      out.push(...encodeExtended(EXT.floatRegister), ...encodeTagged(TAG_U, register(op.n, 'fr')));
      return;
    case 'f':
      if (op.label !== 0 && !labels.has(op.label)) throw new AsmError(`label ${op.label} is not defined`);
      out.push(...encodeTagged(TAG_F, nonNegative(op.label, 'label')));
      return;
    case 'literal':
      out.push(...encodeExtended(EXT.literal), ...encodeTagged(TAG_U, tables.literal(op.value)));
      return;
    case 'list':
      if (!isLast) throw new AsmError('an extended list must be the last operand');
      out.push(...encodeExtended(EXT.list), ...encodeTagged(TAG_U, op.items.length));
      op.items.forEach((item, k) => encodeOperand(item, k === op.items.length - 1, tables, labels, out));
      return;
    case 'alloc': {
      const entries: Array<[number, number]> = [];
      if (op.words > 0) entries.push([ALLOC_KIND.words, op.words]);
      if (op.floats > 0) entries.push([ALLOC_KIND.floats, op.floats]);
      if (op.funs > 0) entries.push([ALLOC_KIND.funs, op.funs]);
      out.push(...encodeExtended(EXT.allocationList), ...encodeTagged(TAG_U, entries.length));
      for (const [kind, n] of entries) out.push(...encodeTagged(TAG_U, kind), ...encodeTagged(TAG_U, nonNegative(n, 'allocation count')));
      return;
    }
    case 'extfunc':
      checkArity(op.arity, {});
      out.push(...encodeTagged(TAG_U, tables.importOf(op.module, op.function, op.arity)));
      return;
  }
}

function nonNegative(n: number, what: string): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new AsmError(`${what} ${n} must be a non-negative integer`);
  return n;
}

function register(n: number, kind: string): number {
  if (!Number.isSafeInteger(n) || n < 0 || n >= MAX_REG) throw new AsmError(`register ${kind}(${n}) is outside 0..${MAX_REG - 1}`);
  return n;
}

function checkArity(arity: number, at: { function?: number }): void {
  if (!Number.isSafeInteger(arity) || arity < 0 || arity > MAX_ARITY) throw new AsmError(`arity ${arity} is outside 0..${MAX_ARITY}`, at);
}

/** AtU8: atom count, then a length byte and the UTF-8 text of each atom. */
function atomTable(atoms: readonly Atom[]): number[] {
  const out = u32(atoms.length);
  for (const a of atoms) {
    const bytes = Buffer.from(a.name, 'utf8');
    out.push(bytes.length, ...bytes);
  }
  return out;
}

/** LitT: the inflated size, then a zlib stream of (count, then size + external format per literal). */
function literalTable(literals: readonly Uint8Array[]): Uint8Array {
  const parts: Uint8Array[] = [Uint8Array.from(u32(literals.length))];
  for (const ext of literals) parts.push(Uint8Array.from(u32(ext.length)), ext);
  const inflated = Buffer.concat(parts);
  return Buffer.concat([Uint8Array.from(u32(inflated.length)), zlibStored(inflated)]);
}
