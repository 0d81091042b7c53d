// Checks on the decoded instruction stream that need the whole module: labels
// defined once and every referenced label defined, function boundaries
// (label [line] func_info label) matching the header's count, import / lambda /
// string / line indices in range, and table entries pointing at real functions.

import type { Atom } from '../terms/types';
import { OP_FUNC_INFO, OP_INT_CODE_END, OP_LABEL, OP_LINE, type CodeHeader } from './code';
import { LoadError, type LoadErrorKind } from './errors';
import { MAX_ARITY } from './tables';
import type { ExportEntry, FunctionInfo, ImportEntry, Instruction, LambdaEntry, LineTable, Operand } from './types';

/** Operand position holding an import index, per opcode name. */
const IMPORT_OPERAND: Readonly<Record<string, number>> = {
  call_ext: 1,
  call_ext_last: 1,
  call_ext_only: 1,
  bif0: 0,
  bif1: 1,
  bif2: 1,
  gc_bif1: 2,
  gc_bif2: 2,
  gc_bif3: 2,
};

/** Operand position holding a FunT index, per opcode name. */
const LAMBDA_OPERAND: Readonly<Record<string, number>> = {
  make_fun2: 0,
  make_fun3: 0,
};

export interface ModuleParts {
  file: string;
  module: Atom;
  header: CodeHeader;
  code: Instruction[];
  imports: ImportEntry[];
  exports: ExportEntry[];
  locals: ExportEntry[];
  lambdas: LambdaEntry[];
  strings: Uint8Array;
  lines: LineTable | null;
  /** File offsets of the ExpT / LocT / FunT chunks' data, for messages (-1 if absent). */
  tableOffsets: { ExpT: number; LocT: number; FunT: number };
}

export interface CodeStructure {
  /** Label number -> index in `code` of its label/1 instruction. */
  labels: Map<number, number>;
  functions: FunctionInfo[];
}

export function validateModule(m: ModuleParts): CodeStructure {
  const fail = (kind: LoadErrorKind, insn: Instruction, detail: string): never => {
    throw new LoadError(m.file, 'Code', m.header.codeStart + insn.offset, kind, `${insn.name}: ${detail}`);
  };
  const untagged = (insn: Instruction, i: number, what: string): number => {
    const a = insn.args[i];
    if (a.kind !== 'u') fail('bad-operand', insn, `${what} operand is '${a.kind}', expected 'u'`);
    return (a as Operand & { kind: 'u' }).value;
  };

  const labels = new Map<number, number>();
  const functions: FunctionInfo[] = [];
  const code = m.code;

  for (let i = 0; i < code.length; i++) {
    const insn = code[i];
    switch (insn.op) {
      case OP_LABEL: {
        const label = untagged(insn, 0, 'label');
        if (label < 1 || label >= m.header.labelCount) {
          fail('label', insn, `label ${label} is outside 1..${m.header.labelCount - 1}`);
        }
        if (labels.has(label)) fail('label', insn, `label ${label} defined more than once`);
        labels.set(label, i);
        // A label must not be the last thing before the end of the code.
        const next = code[i + 1].op === OP_LINE ? code[i + 2] : code[i + 1];
        if (next === undefined || next.op === OP_INT_CODE_END) fail('bad-function', insn, 'code ends right after a label');
        break;
      }
      case OP_FUNC_INFO:
        functions.push(functionAt(m, code, i, fail, untagged));
        break;
      case OP_LINE: {
        const index = untagged(insn, 0, 'line');
        if (m.lines !== null && index >= m.lines.items.length) {
          fail('line-index', insn, `line item ${index} is outside 0..${m.lines.items.length - 1}`);
        }
        break;
      }
      case 92: {
        // bs_put_string Length Offset
        const length = untagged(insn, 0, 'length');
        const offset = untagged(insn, 1, 'string offset');
        if (offset + length > m.strings.length) {
          fail('string-range', insn, `bytes ${offset}..${offset + length} exceed the ${m.strings.length}-byte string table`);
        }
        break;
      }
      case 132: {
        // bs_match_string Fail Ctx Bits Offset
        const bits = untagged(insn, 2, 'bit count');
        const offset = untagged(insn, 3, 'string offset');
        if (offset + Math.ceil(bits / 8) > m.strings.length) {
          fail('string-range', insn, `${bits} bits at ${offset} exceed the ${m.strings.length}-byte string table`);
        }
        break;
      }
    }
    const importAt = IMPORT_OPERAND[insn.name];
    if (importAt !== undefined) {
      const index = untagged(insn, importAt, 'import');
      if (index >= m.imports.length) {
        fail('import-index', insn, `import index ${index} is outside 0..${m.imports.length - 1}`);
      }
    }
    const lambdaAt = LAMBDA_OPERAND[insn.name];
    if (lambdaAt !== undefined) {
      const index = untagged(insn, lambdaAt, 'lambda');
      if (index >= m.lambdas.length) {
        fail('lambda-index', insn, `lambda index ${index} is outside 0..${m.lambdas.length - 1}`);
      }
    }
  }

  if (functions.length !== m.header.functionCount) {
    const last = code[code.length - 1];
    fail('bad-function', last, `${functions.length} functions in the code, header says ${m.header.functionCount}`);
  }

  // Every label an operand refers to must be defined somewhere.
  for (const insn of code) {
    for (const arg of insn.args) checkLabelRefs(arg, labels, insn, fail);
  }

  const byEntry = new Map<number, FunctionInfo>(functions.map((f) => [f.entryLabel, f]));
  checkEntries(m, 'ExpT', m.exports, byEntry);
  checkEntries(m, 'LocT', m.locals, byEntry);
  for (const lambda of m.lambdas) {
    const fn = byEntry.get(lambda.label);
    if (fn === undefined || fn.name !== lambda.function || fn.arity !== lambda.arity) {
      throw new LoadError(
        m.file,
        'FunT',
        m.tableOffsets.FunT + 4 + 24 * lambda.index,
        'label',
        `lambda ${lambda.index} (${lambda.function.name}/${lambda.arity}) label ${lambda.label} is not the entry of that function`,
      );
    }
  }
  return { labels, functions };
}

function functionAt(
  m: ModuleParts,
  code: Instruction[],
  i: number,
  fail: (kind: LoadErrorKind, insn: Instruction, detail: string) => never,
  untagged: (insn: Instruction, i: number, what: string) => number,
): FunctionInfo {
  const insn = code[i];
  const [mod, fn, ar] = insn.args;
  if (mod.kind !== 'atom' || fn.kind !== 'atom' || ar.kind !== 'u') {
    return fail('bad-operand', insn, 'operands must be an atom, an atom and an arity');
  }
  if (mod.value !== m.module) {
    fail('bad-function', insn, `module '${mod.value.name}' differs from the module name '${m.module.name}'`);
  }
  if (ar.value > MAX_ARITY) fail('bad-function', insn, `arity ${ar.value} exceeds ${MAX_ARITY}`);
  // label L1 [line] func_info M F A, label L2
  let before = i - 1;
  if (before >= 0 && code[before].op === OP_LINE) before--;
  if (before < 0 || code[before].op !== OP_LABEL) fail('bad-function', insn, 'not preceded by its label');
  const entry = code[i + 1];
  if (entry.op !== OP_LABEL) fail('bad-function', insn, 'not followed by the entry label');
  return {
    name: fn.value,
    arity: ar.value,
    label: untagged(code[before], 0, 'label'),
    entryLabel: untagged(entry, 0, 'label'),
    funcInfoIndex: i,
  };
}

function checkLabelRefs(
  arg: Operand,
  labels: Map<number, number>,
  insn: Instruction,
  fail: (kind: LoadErrorKind, insn: Instruction, detail: string) => never,
): void {
  if (arg.kind === 'f') {
    if (arg.label !== 0 && !labels.has(arg.label)) fail('label', insn, `label ${arg.label} is never defined`);
  } else if (arg.kind === 'list') {
    for (const item of arg.items) checkLabelRefs(item, labels, insn, fail);
  }
}

function checkEntries(
  m: ModuleParts,
  chunk: 'ExpT' | 'LocT',
  entries: ExportEntry[],
  byEntry: Map<number, FunctionInfo>,
): void {
  entries.forEach((e, n) => {
    const fn = byEntry.get(e.label);
    if (fn === undefined || fn.name !== e.function || fn.arity !== e.arity) {
      throw new LoadError(
        m.file,
        chunk,
        m.tableOffsets[chunk] + 4 + 12 * n,
        'bad-export',
        `entry ${n} (${e.function.name}/${e.arity}) label ${e.label} is not the entry of that function`,
      );
    }
  });
}
