// Opcode and BIF coverage. Static: what the .beam files of each suite contain
// (instructions and imported functions). Dynamic: what the reference VM executed.

import { readFileSync } from 'node:fs';
import { loadBeam } from '../reference-vm/loader/load';
import { allOpcodes } from '../reference-vm/opcodes/table';
import { suiteBeams } from './golden/beams';
import type { Suite } from './suite/types';

export interface BeamCoverage {
  /** Opcode name -> occurrences in the code. */
  opcodes: Map<string, number>;
  /** `m:f/a` of every imported function. */
  imports: Set<string>;
}

const cache = new Map<string, BeamCoverage>();

export function beamCoverage(file: string): BeamCoverage {
  const hit = cache.get(file);
  if (hit) return hit;
  const mod = loadBeam(new Uint8Array(readFileSync(file)), file);
  const opcodes = new Map<string, number>();
  for (const ins of mod.code) opcodes.set(ins.name, (opcodes.get(ins.name) ?? 0) + 1);
  const imports = new Set(mod.imports.map((i) => `${i.module.name}:${i.function.name}/${i.arity}`));
  const cov = { opcodes, imports };
  cache.set(file, cov);
  return cov;
}

/** Static coverage of a suite: only its own modules (the shared _lib is counted once, under _lib). */
export function suiteCoverage(suitesDir: string, suite: Suite): BeamCoverage {
  const own = new Set(suite.modules.map((m) => m.name));
  const opcodes = new Map<string, number>();
  const imports = new Set<string>();
  for (const b of suiteBeams(suitesDir, suite)) {
    if (!own.has(b.module)) continue;
    const c = beamCoverage(b.path);
    for (const [op, n] of c.opcodes) opcodes.set(op, (opcodes.get(op) ?? 0) + n);
    for (const i of c.imports) imports.add(i);
  }
  return { opcodes, imports };
}

export interface CoverageTable {
  /** Every live (non-obsolete) OTP 26 opcode. */
  liveOpcodes: string[];
  /** suite id -> its static coverage. */
  bySuite: Map<string, BeamCoverage>;
  /** Opcode -> static occurrences over the corpus. */
  staticTotals: Map<string, number>;
  /** Opcode -> executions in a run (if known). */
  dynamic?: Map<string, number>;
  /** `m:f/a` -> suites whose cases called that native in a run (if known). */
  nativeCalls?: Map<string, string[]>;
}

/** What a reference run report adds to the static coverage. */
export interface DynamicCoverage {
  opcodeCounts?: Record<string, number>;
  nativeCalls?: Record<string, string[]>;
}

export function coverageTable(suitesDir: string, suites: Suite[], run?: DynamicCoverage): CoverageTable {
  const dynamic = run?.opcodeCounts ? new Map(Object.entries(run.opcodeCounts)) : undefined;
  const nativeCalls = run?.nativeCalls ? new Map(Object.entries(run.nativeCalls)) : undefined;
  const liveOpcodes = allOpcodes().filter((o) => !o.obsolete).map((o) => o.name);
  const bySuite = new Map<string, BeamCoverage>();
  const staticTotals = new Map<string, number>();
  for (const s of suites) {
    let cov: BeamCoverage;
    try {
      cov = suiteCoverage(suitesDir, s);
    } catch {
      cov = { opcodes: new Map(), imports: new Set() };
    }
    bySuite.set(s.id, cov);
    for (const [op, n] of cov.opcodes) staticTotals.set(op, (staticTotals.get(op) ?? 0) + n);
  }
  return { liveOpcodes, bySuite, staticTotals, dynamic, nativeCalls };
}

// ---- native functions ----

import bifTable from '../reference-vm/bifs/bif-table.json';
import { NativeRegistry } from '../reference-vm/bifs/registry';
import { registerAllNatives } from '../reference-vm/bifs/index';

export interface NativeRow {
  mfa: string;
  module: string;
  /** Implemented natively by the reference VM. */
  implemented: boolean;
  /** A real BIF in OTP 26's bif.tab (otherwise OTP implements it in Erlang). */
  otpBif: boolean;
  /** Suites whose .beam files import it. */
  suites: string[];
  /** Suites whose cases called it in the reference run given (through apply and funs too). */
  calledBy: string[];
}

/** Covered: imported by a suite's code, or called by one of its cases in a reference run. */
export function isCovered(r: NativeRow): boolean {
  return r.suites.length > 0 || r.calledBy.length > 0;
}

/** Every suite that imports or called the function, each once. */
export function coveringSuites(r: NativeRow): string[] {
  return [...new Set([...r.suites, ...r.calledBy])];
}

/** Every function the reference VM implements natively, plus every OTP 26 BIF, with their coverage. */
export function nativeCoverage(cov: CoverageTable): NativeRow[] {
  const reg = new NativeRegistry();
  registerAllNatives(reg);
  const users = new Map<string, string[]>();
  for (const [suite, c] of cov.bySuite) for (const i of c.imports) users.set(i, [...(users.get(i) ?? []), suite]);
  const rows = new Map<string, NativeRow>();
  const row = (module: string, fn: string, arity: number): NativeRow => {
    const mfa = `${module}:${fn}/${arity}`;
    let r = rows.get(mfa);
    if (!r) {
      r = { mfa, module, implemented: false, otpBif: false, suites: users.get(mfa) ?? [], calledBy: cov.nativeCalls?.get(mfa) ?? [] };
      rows.set(mfa, r);
    }
    return r;
  };
  for (const e of reg.all()) row(e.module, e.function, e.arity).implemented = true;
  for (const b of bifTable as Array<{ module: string; function: string; arity: number }>) row(b.module, b.function, b.arity).otpBif = true;
  return [...rows.values()].sort((a, b) => (a.module === b.module ? a.mfa.localeCompare(b.mfa) : a.module.localeCompare(b.module)));
}
