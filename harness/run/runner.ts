// A conformance run: every selected case on one target, judged against the goldens
// and the target's known-failure list. Every case gets a result whatever the target
// does; an interrupted run still yields a report, marked incomplete.

import { compareRun, type StackLevel } from '../compare';
import { readGolden } from '../golden/io';
import { goldenFile } from '../paths';
import { statusOf, type ExpectationsFile } from '../expectations';
import type { ResolvedCase, Suite } from '../suite/types';
import type { CaseRun, Target } from '../targets/types';
import type { CaseResult, RunReport, RunTotals } from './types';

export interface RunnerOptions {
  target: Target;
  goldenDir: string;
  work: Array<{ suite: Suite; cases: ResolvedCase[] }>;
  expectations: ExpectationsFile;
  jobs: number;
  timeoutMs?: number;
  timeoutScale?: number;
  seed: number;
  schedulers?: number;
  stackLevel: StackLevel;
  suiteErrors: string[];
  /** Called after each case. */
  onResult?: (r: CaseResult, done: number, total: number) => void;
  /** Polled between suites; when true the run stops and reports what it has. */
  shouldStop?: () => boolean;
  /** Supplies dynamic coverage at the end, if the target has it. */
  opcodeCounts?: () => Map<string, number>;
  /** Supplies dynamic native coverage (`m:f/a` -> suite ids) at the end, if the target has it. */
  nativeCalls?: () => Map<string, Set<string>>;
}

export function judge(suite: Suite, c: ResolvedCase, run: CaseRun | undefined, goldenDir: string, stackLevel: StackLevel, expectations: ExpectationsFile, goldenCache: Map<string, ReturnType<typeof readGolden>>): CaseResult {
  const file = goldenFile(goldenDir, suite.area, suite.id);
  if (!goldenCache.has(file)) goldenCache.set(file, readGolden(file));
  const golden = goldenCache.get(file)?.cases[c.id];
  const base = { key: c.key, suite: suite.id, area: suite.area, id: c.id, description: c.description, features: c.features };
  const expectation = expectations.cases[c.key];
  if (golden === undefined) {
    return { ...base, status: statusOf(false, expectation), passed: false, outcome: 'no-golden', mismatches: [], durationMs: 0, message: `no golden for ${c.key}: capture it with npm run capture-golden -- --suite ${suite.id}`, expectation };
  }
  if (run === undefined) {
    return { ...base, status: statusOf(false, expectation), passed: false, outcome: 'error', mismatches: [], durationMs: 0, message: 'the target returned no result for this case', expectation };
  }
  let mismatches;
  try {
    mismatches = compareRun(c, golden, run, { stackLevel });
  } catch (e) {
    return { ...base, status: statusOf(false, expectation), passed: false, outcome: run.outcome, mismatches: [], durationMs: run.durationMs, message: `comparison failed: ${(e as Error).message}`, expectation };
  }
  const passed = mismatches.length === 0;
  return { ...base, status: statusOf(passed, expectation), passed, outcome: run.outcome, mismatches, durationMs: run.durationMs, message: run.message, expectation };
}

/** The OTP release the goldens come from; a case that requires a later one is skipped. */
export const GOLDEN_OTP_RELEASE = 26;

function skipReason(c: ResolvedCase): string | null {
  if (c.requires.otp !== undefined && c.requires.otp > GOLDEN_OTP_RELEASE) return `requires OTP ${c.requires.otp}; goldens are from OTP ${GOLDEN_OTP_RELEASE}`;
  return null;
}

export async function runConformance(opts: RunnerOptions): Promise<RunReport> {
  const startedAt = new Date().toISOString();
  const total = opts.work.reduce((n, w) => n + w.cases.length, 0);
  const results: CaseResult[] = [];
  const goldenCache = new Map<string, ReturnType<typeof readGolden>>();
  let next = 0;
  let stopped = false;
  const worker = async (): Promise<void> => {
    while (next < opts.work.length) {
      if (opts.shouldStop?.()) {
        stopped = true;
        return;
      }
      const { suite, cases: all } = opts.work[next++];
      for (const c of all) {
        const why = skipReason(c);
        if (why === null) continue;
        const r: CaseResult = { key: c.key, suite: suite.id, area: suite.area, id: c.id, description: c.description, features: c.features, status: 'skipped', passed: false, outcome: 'error', mismatches: [], durationMs: 0, message: why };
        results.push(r);
        opts.onResult?.(r, results.length, total);
      }
      const cases = all.filter((c) => skipReason(c) === null);
      let runs: Map<string, CaseRun>;
      try {
        runs = cases.length === 0 ? new Map() : await opts.target.runSuite(suite, cases, { timeoutMs: opts.timeoutMs, timeoutScale: opts.timeoutScale, seed: opts.seed, schedulers: opts.schedulers });
      } catch (e) {
        const message = `target failed on suite ${suite.id}: ${(e as Error).message}`;
        runs = new Map(cases.map((c) => [c.key, { outcome: 'error', stdout: new Uint8Array(), message, durationMs: 0 } as CaseRun]));
      }
      for (const c of cases) {
        const r = judge(suite, c, runs.get(c.key), opts.goldenDir, opts.stackLevel, opts.expectations, goldenCache);
        results.push(r);
        opts.onResult?.(r, results.length, total);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.jobs) }, worker));
  const order = new Map(opts.work.flatMap((w) => w.cases.map((c) => c.key)).map((k, i) => [k, i]));
  results.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  const counts = opts.opcodeCounts?.();
  const natives = opts.nativeCalls?.();
  return {
    tool: 'beamconf',
    target: opts.target.name,
    startedAt,
    finishedAt: new Date().toISOString(),
    complete: !stopped && results.length === total,
    seed: opts.seed,
    totals: totalsOf(results),
    cases: results,
    ...(counts && counts.size > 0 ? { opcodeCounts: Object.fromEntries([...counts].sort()) } : {}),
    ...(natives && natives.size > 0 ? { nativeCalls: Object.fromEntries([...natives.keys()].sort().map((mfa) => [mfa, [...(natives.get(mfa) as Set<string>)].sort()])) } : {}),
    suiteErrors: opts.suiteErrors,
  };
}

export function totalsOf(results: CaseResult[]): RunTotals {
  const t: RunTotals = { cases: results.length, pass: 0, fail: 0, expectedFail: 0, unexpectedPass: 0, unstable: 0, skipped: 0 };
  for (const r of results) {
    if (r.status === 'pass') t.pass++;
    else if (r.status === 'fail') t.fail++;
    else if (r.status === 'expected-fail') t.expectedFail++;
    else if (r.status === 'unexpected-pass') t.unexpectedPass++;
    else if (r.status === 'unstable') t.unstable++;
    else t.skipped++;
  }
  return t;
}
