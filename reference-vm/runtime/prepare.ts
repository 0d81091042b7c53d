// Turning a LoadedModule into executable code: labels resolved to code indices, constants
// moved to the constant pool, imports bound to late-bound ExportRefs, and each instruction
// given to its opcode file's `prepare` (see opcodes/README.md).
// `label`, `line` and `int_code_end` produce no executable instruction: jumps go straight to
// the instruction after a label, and line information is kept in CodeStore.lineOf.

import type { Instruction, LoadedModule, Operand } from '../loader/types';
import { opcodeHandlers } from '../opcodes/index';
import { Atom, NIL, type Term } from '../terms/types';
import { charlist, ExportRef, ModuleInstance, type FunctionInfo } from './code';

export { charlist };
import { Insn } from './insn';
import { constCode, xCode, yCode } from './operands';
import type { Runtime } from './runtime';
import { VmBug } from './failure';
import { hotKind } from './interpreter';

/** What an opcode file's `prepare` gets besides the operands. */
export interface PrepareContext {
  readonly rt: Runtime;
  readonly module: ModuleInstance;
  readonly loaded: LoadedModule;
  /** The code index this instruction gets. */
  readonly ip: number;
  /** Operand code of a source operand (register or constant). */
  src(o: Operand): number;
  /** Operand code of a destination register. */
  dst(o: Operand): number;
  /** Code index a label operand jumps to; -1 for {f,0} (no fail label: raise instead). */
  label(o: Operand): number;
  /** The constant term of a non-register operand. */
  term(o: Operand): Term;
  /** An untagged integer operand. */
  u(o: Operand): number;
  /** The items of an extended list operand. */
  list(o: Operand): Operand[];
  /** A float register number. */
  fr(o: Operand): number;
  /** The late-bound call target an import-table index names. */
  importRef(o: Operand): ExportRef;
  /** The loader instruction `k` places after this one (labels and lines included). */
  following(k: number): Instruction | undefined;
}

/**
 * True when the instruction is followed by `deallocate` and `return`: the OTP loader turns
 * such a call into a tail call (i_call_fun_last), which changes what stack traces show.
 */
export function isTailPosition(ctx: PrepareContext): boolean {
  return ctx.following(1)?.name === 'deallocate' && ctx.following(2)?.name === 'return';
}

const SKIPPED = new Set(['label', 'line', 'int_code_end']);

function describe(o: Operand): string {
  return JSON.stringify(o, (_k, v) => (typeof v === 'bigint' ? v.toString() : v instanceof Atom ? v.name : v));
}

export function operandTerm(o: Operand): Term {
  switch (o.kind) {
    case 'i':
    case 'char':
      return o.value;
    case 'atom':
      return o.value;
    case 'nil':
      return NIL;
    case 'literal':
      return o.value;
    default:
      throw new VmBug(`operand ${describe(o)} is not a constant`);
  }
}

class Context implements PrepareContext {
  ip = 0;
  /** Index of the instruction being prepared in loaded.code. */
  at = 0;
  constructor(
    readonly rt: Runtime,
    readonly module: ModuleInstance,
    readonly loaded: LoadedModule,
    private readonly labels: Int32Array,
  ) {}
  src(o: Operand): number {
    if (o.kind === 'x') return xCode(o.n);
    if (o.kind === 'y') return yCode(o.n);
    return constCode(operandTerm(o));
  }
  dst(o: Operand): number {
    if (o.kind === 'x') return xCode(o.n);
    if (o.kind === 'y') return yCode(o.n);
    throw new VmBug(`operand ${describe(o)} is not a register`);
  }
  label(o: Operand): number {
    if (o.kind !== 'f') throw new VmBug(`operand ${describe(o)} is not a label`);
    if (o.label === 0) return -1;
    const at = this.labels[o.label];
    if (at < 0) throw new VmBug(`label ${o.label} is not defined`);
    return at;
  }
  term(o: Operand): Term {
    return operandTerm(o);
  }
  u(o: Operand): number {
    if (o.kind === 'u' || o.kind === 'i') return Number(o.value);
    throw new VmBug(`operand ${describe(o)} is not an untagged integer`);
  }
  list(o: Operand): Operand[] {
    if (o.kind !== 'list') throw new VmBug(`operand ${describe(o)} is not a list`);
    return o.items;
  }
  fr(o: Operand): number {
    if (o.kind !== 'fr') throw new VmBug(`operand ${describe(o)} is not a float register`);
    return o.n;
  }
  following(k: number): Instruction | undefined {
    return this.loaded.code[this.at + k];
  }
  importRef(o: Operand): ExportRef {
    const imp = this.loaded.imports[this.u(o)];
    if (imp === undefined) throw new VmBug(`import ${describe(o)} out of range`);
    return this.rt.exportRef(imp.module, imp.function, imp.arity);
  }
}

/** An instruction whose opcode has no handler: fails loudly if it is ever executed. */
function unimplemented(name: string): Insn['exec'] {
  return () => {
    throw new VmBug(`opcode ${name} is not implemented`);
  };
}

/** Prepare a module's code into the runtime's code store; returns the module instance. */
export function prepareModule(rt: Runtime, loaded: LoadedModule): ModuleInstance {
  const code = rt.code;
  const mod = new ModuleInstance(loaded.name, loaded);
  const base = code.insns.length;

  // Pass 1: where each label lands in the compacted code.
  const labels = new Int32Array(Math.max(loaded.labelCount, 1) + 1).fill(-1);
  let n = 0;
  for (const ins of loaded.code) {
    if (ins.name === 'label') {
      const l = ins.args[0];
      const num = l.kind === 'u' ? l.value : l.kind === 'f' ? l.label : -1;
      if (num >= labels.length || num < 0) throw new VmBug(`label number ${num} out of range`);
      labels[num] = base + n;
    } else if (!SKIPPED.has(ins.name)) {
      n++;
    }
  }

  // File names as the charlists stack traces show.
  const fileTerms: Term[] = (loaded.lines?.files ?? []).map((f) => charlist(f));
  const locationBase = code.locations.length;
  if (loaded.lines !== null) {
    for (const item of loaded.lines.items.slice(1)) {
      code.locations.push({ file: fileTerms[item.file] ?? NIL, line: item.line });
    }
  }
  const locationIndex = (lineOperand: number): number =>
    lineOperand > 0 && loaded.lines !== null && lineOperand < loaded.lines.items.length ? locationBase + lineOperand - 1 : 0;

  // Pass 2: prepare.
  const ctx = new Context(rt, mod, loaded, labels);
  let func = -1;
  let line = 0;
  let lastWasLine = false;
  for (let at = 0; at < loaded.code.length; at++) {
    const ins = loaded.code[at];
    ctx.at = at;
    if (ins.name === 'label') continue;
    if (ins.name === 'line') {
      const o = ins.args[0];
      line = o.kind === 'u' || o.kind === 'i' ? locationIndex(Number(o.value)) : 0;
      lastWasLine = true;
      continue;
    }
    if (ins.name === 'int_code_end') continue;
    if (ins.name === 'func_info') {
      // A `line` right before func_info is the function's own location (func_line).
      if (!lastWasLine) line = 0;
      const [m, f, a] = ins.args;
      const info: FunctionInfo = {
        module: m.kind === 'atom' ? m.value : loaded.name,
        name: f.kind === 'atom' ? f.value : Atom.of('?'),
        arity: ctx.u(a),
        funcInfoIp: code.insns.length,
        entry: code.insns.length + 1,
      };
      func = code.functions.length;
      code.functions.push(info);
      mod.functions.push(info);
    }
    lastWasLine = false;
    const insn = new Insn(ins.op, unimplemented(ins.name));
    ctx.ip = code.insns.length;
    code.add(insn, func, line);
    const prepareOp = opcodeHandlers[ins.name];
    if (prepareOp !== undefined) prepareOp(insn, ins.args, ctx);
    insn.k = hotKind(insn.exec);
  }

  // Function entries are the instruction after func_info (the entry label).
  const entryOfLabel = (label: number): number => {
    const at = labels[label];
    if (at === undefined || at < 0) throw new VmBug(`label ${label} is not defined`);
    return at;
  };
  for (const fi of mod.functions) {
    fi.entry = fi.funcInfoIp + 1;
  }
  mod.lambdaEntries = loaded.lambdas.map((l) => entryOfLabel(l.label));
  // Keep the exported entry labels authoritative (they point after func_info).
  mod.exportEntries = loaded.exports.map((e) => ({ name: e.function, arity: e.arity, ip: entryOfLabel(e.label) }));
  return mod;
}
