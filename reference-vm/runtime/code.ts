// The VM-wide code area: one array of prepared instructions shared by all modules, with
// per-instruction function and source-location tables used to build stack traces.

import type { NativeEntry } from '../bifs/types';
import type { LoadedModule } from '../loader/types';
import { Cons, NIL, type Atom, type Term } from '../terms/types';
import type { Insn } from './insn';

/** One function of a loaded module (func_info). */
export interface FunctionInfo {
  module: Atom;
  name: Atom;
  arity: number;
  /** Index of the func_info instruction; the function body starts at entry. */
  funcInfoIp: number;
  entry: number;
}

/** A source location a `line` instruction names. */
export interface Location {
  /** The file name as a charlist term, exactly as stack traces show it. */
  file: Term;
  line: number;
}

/**
 * A late-bound call target {M, F, A}: imports, apply and export funs all go through one of
 * these, so loading (or reloading) a module redirects every caller at once.
 */
export class ExportRef {
  /** Entry of the loaded Erlang function, -1 when none. */
  ip = -1;
  /** The native implementation, when the function is a native (checked after `ip`). */
  native: NativeEntry | null = null;
  /** True for erlang:error/1,2,3, exit/1 and throw/1: they raise without a BIF frame. */
  readonly raisesPlainly: boolean;
  /** 2 or 3 for erlang:apply/2,3 (the call becomes a call of the applied function), else 0. */
  readonly applyArity: number;
  constructor(
    readonly module: Atom,
    readonly fn: Atom,
    readonly arity: number,
  ) {
    const m = module.name;
    const f = fn.name;
    this.raisesPlainly =
      m === 'erlang' && ((f === 'error' && arity >= 1 && arity <= 3) || (f === 'exit' && arity === 1) || (f === 'throw' && arity === 1));
    this.applyArity = m === 'erlang' && f === 'apply' && (arity === 2 || arity === 3) ? arity : 0;
  }
}

/** One loaded version of a module. */
export class ModuleInstance {
  /** Entry code index of each FunT lambda, by FunT index. */
  lambdaEntries: number[] = [];
  /** All functions, in Code chunk order. */
  functions: FunctionInfo[] = [];
  /** Exported functions with their entry code index (ExpT order). */
  exportEntries: Array<{ name: Atom; arity: number; ip: number }> = [];
  constructor(
    readonly name: Atom,
    readonly loaded: LoadedModule,
  ) {}
}

export class CodeStore {
  readonly insns: Insn[] = [];
  /** Function index (into `functions`) of each instruction, -1 for runtime stubs. */
  readonly funcOf: number[] = [];
  /** Location index (into `locations`) in effect at each instruction, 0 = none. */
  readonly lineOf: number[] = [];
  readonly functions: FunctionInfo[] = [];
  readonly locations: Location[] = [{ file: null as unknown as Term, line: 0 }];

  add(insn: Insn, func: number, line: number): number {
    const ip = this.insns.length;
    this.insns.push(insn);
    this.funcOf.push(func);
    this.lineOf.push(line);
    return ip;
  }

  functionAt(ip: number): FunctionInfo | undefined {
    const f = ip >= 0 && ip < this.funcOf.length ? this.funcOf[ip] : -1;
    return f >= 0 ? this.functions[f] : undefined;
  }

  locationAt(ip: number): Location | undefined {
    const l = ip >= 0 && ip < this.lineOf.length ? this.lineOf[ip] : 0;
    return l > 0 ? this.locations[l] : undefined;
  }
}

/** A JS string as an Erlang charlist (code points). */
export function charlist(s: string): Term {
  const cps = Array.from(s, (c) => c.codePointAt(0) as number);
  let list: Term = NIL;
  for (let i = cps.length - 1; i >= 0; i--) list = new Cons(cps[i], list);
  return list;
}
