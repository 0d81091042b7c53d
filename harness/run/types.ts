import type { Mismatch } from '../compare';
import type { Expectation, Status } from '../expectations';
import type { OutcomeKind } from '../targets/types';

export interface CaseResult {
  key: string;
  suite: string;
  area: string;
  id: string;
  description: string;
  features: string[];
  status: Status;
  /** Whether the run matched the golden (before expectations are applied). */
  passed: boolean;
  outcome: OutcomeKind | 'no-golden';
  mismatches: Mismatch[];
  durationMs: number;
  message?: string;
  expectation?: Expectation;
}

export interface RunTotals {
  cases: number;
  pass: number;
  fail: number;
  expectedFail: number;
  unexpectedPass: number;
  unstable: number;
  skipped: number;
}

export interface RunReport {
  tool: 'beamconf';
  target: string;
  startedAt: string;
  finishedAt: string;
  /** False when the run was interrupted: only the cases listed were run. */
  complete: boolean;
  seed: number;
  totals: RunTotals;
  cases: CaseResult[];
  /** Opcodes executed during the run (dynamic coverage), when the target reports it. */
  opcodeCounts?: Record<string, number>;
  /** Native functions called during the run (`m:f/a` -> suite ids), when the target reports it. */
  nativeCalls?: Record<string, string[]>;
  /** Suite files that could not be loaded. */
  suiteErrors: string[];
}
