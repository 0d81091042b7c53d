// What the loader produces: a module decoded from an OTP 26 .beam file, with every
// chunk turned into plain data. The interpreter prepares its own executable form
// from `code`; the loader knows nothing of execution.

import type { Atom, Term } from '../terms/types';
import type { TypeTable } from './typetable';

export type { TypeTable, BeamType } from './typetable';

/** One operand of a generic instruction, as the compact term encoding gives it. */
export type Operand =
  | { kind: 'u'; value: number } // untagged integer (arities, sizes, flags)
  | { kind: 'i'; value: number | bigint } // integer literal
  | { kind: 'atom'; value: Atom } // atom
  | { kind: 'nil' } // [] (atom index 0)
  | { kind: 'x'; n: number; type?: number } // x register (type: index into the Type chunk, if typed)
  | { kind: 'y'; n: number; type?: number } // y register
  | { kind: 'f'; label: number } // label reference (0 = none / fail raises)
  | { kind: 'char'; value: number }
  | { kind: 'fr'; n: number } // float register
  | { kind: 'list'; items: Operand[] } // extended list
  | { kind: 'alloc'; words: number; floats: number; funs: number } // allocation list
  | { kind: 'literal'; value: Term; index: number }; // from the LitT chunk

export interface Instruction {
  /** Generic opcode number (1–182). */
  op: number;
  name: string;
  args: Operand[];
  /** Byte offset of the instruction within the Code chunk's code area (for error messages). */
  offset: number;
}

export interface ExportEntry {
  function: Atom;
  arity: number;
  label: number;
}

export interface ImportEntry {
  module: Atom;
  function: Atom;
  arity: number;
}

export interface LambdaEntry {
  function: Atom;
  arity: number;
  label: number;
  /** Position in FunT (the index a make_fun3 operand names). */
  index: number;
  numFree: number;
  oldUniq: number;
  /** The index field stored in FunT (equal to `index` in files from OTP 26 compilers). */
  oldIndex: number;
}

/** One function of the module, found from its `label [line] func_info label` prologue. */
export interface FunctionInfo {
  name: Atom;
  arity: number;
  /** Label before func_info (a jump to it raises function_clause). */
  label: number;
  /** Label after func_info: where calls enter the function. */
  entryLabel: number;
  /** Index in `code` of the func_info instruction (the entry label follows it). */
  funcInfoIndex: number;
}

export interface LineTable {
  /** Line-instruction index -> { file index, line number } (index 0: no line info). */
  items: Array<{ file: number; line: number }>;
  /** File names (index 0 is the module's own source file). */
  files: string[];
  /** Number of line instructions the compiler counted (Line chunk header). */
  instructionCount: number;
}

export interface Chunk {
  id: string;
  /** Byte offset of the chunk's data within the file. */
  offset: number;
  size: number;
}

export interface LoadedModule {
  name: Atom;
  /** Source path the file was loaded from, for messages. */
  source: string;
  chunks: Chunk[];
  /** Atom table; index 1 is the module name (index 0 unused). */
  atoms: Atom[];
  code: Instruction[];
  /** Highest label number + 1 (from the Code chunk header). */
  labelCount: number;
  functionCount: number;
  exports: ExportEntry[];
  locals: ExportEntry[];
  imports: ImportEntry[];
  lambdas: LambdaEntry[];
  literals: Term[];
  strings: Uint8Array;
  lines: LineTable | null;
  /** Decoded Attr chunk (a proplist term), or NIL. */
  attributes: Term;
  /** Decoded CInf chunk (a proplist term), or NIL. */
  compileInfo: Term;
  /** The module's MD5 as module_info(md5) reports it. */
  md5: Uint8Array;
  /** Raw Type chunk (typed registers refer into it); null if absent. */
  types: Uint8Array | null;

  // ---- extensions beyond the agreed shape ----
  /** Decoded Type chunk; null if absent or of a version the runtime ignores (then operands carry no `type`). */
  typeTable: TypeTable | null;
  /** Label number -> index in `code` of its label/1 instruction (every referenced label is here). */
  labels: Map<number, number>;
  /** Functions in code order. */
  functions: FunctionInfo[];
  /** Highest opcode the compiler used (Code header). */
  maxOpcode: number;
  /** Raw Meta chunk, or null. */
  meta: Uint8Array | null;
}
