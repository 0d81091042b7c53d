// The input of the BEAM writer: a module as plain data, one generic instruction per
// entry, operands already in the compact term encoding's vocabulary. Nothing is
// transformed: what is written here is what the Code chunk holds.

import type { Atom, Term } from '../../../reference-vm/terms/types';

export type AsmOperand =
  | { kind: 'u'; value: number } // untagged integer (arities, sizes, counts)
  | { kind: 'i'; value: number | bigint } // integer
  | { kind: 'atom'; value: Atom }
  | { kind: 'nil' } // [] (atom index 0)
  | { kind: 'x'; n: number }
  | { kind: 'y'; n: number }
  | { kind: 'fr'; n: number } // float register
  | { kind: 'f'; label: number } // label reference; 0 = no fail label
  | { kind: 'literal'; value: Term } // an entry of LitT (added on first use)
  | { kind: 'list'; items: AsmOperand[] } // extended list: only as an instruction's last operand
  | { kind: 'alloc'; words: number; floats: number; funs: number } // allocation list
  | { kind: 'extfunc'; module: Atom; function: Atom; arity: number }; // an ImpT index (added on first use)

export interface AsmInstruction {
  /** Generic opcode name, as in genop.tab (`move`, `fclearerror`, …). */
  op: string;
  args: AsmOperand[];
}

export interface AsmFunction {
  name: Atom;
  arity: number;
  /** The label calls enter at (the one after func_info). */
  entry: number;
  /** The function's instructions, its `label` / `func_info` prologue included. */
  code: AsmInstruction[];
}

export interface AsmModule {
  name: Atom;
  /** Exported functions; every other function goes to LocT. */
  exports: Array<{ name: Atom; arity: number }>;
  functions: AsmFunction[];
  /** Attr chunk (a proplist); no Attr chunk when absent. */
  attributes?: Term;
  /** CInf chunk (a proplist); no CInf chunk when absent. */
  compileInfo?: Term;
}

/** Where in an AsmModule a problem is: function index, and instruction / operand index within it. */
export interface AsmLocation {
  function?: number;
  instruction?: number;
  /** Index into AsmModule.exports. */
  export?: number;
}

/** A module the writer cannot encode; `at` says where, so a source reader can name the line. */
export class AsmError extends Error {
  constructor(
    readonly detail: string,
    readonly at: AsmLocation = {},
  ) {
    super(detail);
    this.name = 'AsmError';
  }
}
