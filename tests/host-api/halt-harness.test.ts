// The harness's halting-case path, on the reference target: the `halts` suite field, the
// 'halt' outcome of a run, its golden form, comparison and reports. (The otp target's
// side, a node per halting case, is exercised by capturing proc_halt's golden.)

import { loadCorpus } from '../../harness/suite/load';
import { GOLDEN_DIR, SUITES_DIR, goldenFile } from '../../harness/paths';
import { runReferenceCase } from '../../harness/targets/reference-case';
import { suiteBeams } from '../../harness/golden/beams';
import { goldenFromRun, readGolden } from '../../harness/golden/io';
import { compareRun } from '../../harness/compare';
import { runConformance } from '../../harness/run/runner';
import { ReferenceTarget } from '../../harness/targets/reference';
import { summary } from '../../harness/report/console';
import { crashDumpSlogan } from '../../harness/targets/otp';
import { runDifference } from '../../scripts/capture-golden';
import type { ResolvedCase, Suite } from '../../harness/suite/types';
import type { CaseRun } from '../../harness/targets/types';

const corpus = loadCorpus(SUITES_DIR);
const suite: Suite = corpus.suites.find((s) => s.id === 'proc_halt')!;
const golden = readGolden(goldenFile(GOLDEN_DIR, suite.area, suite.id))!;
const kase = (id: string): ResolvedCase => suite.cases.find((c) => c.id === id)!;

function runCase(id: string): CaseRun {
  const c = kase(id);
  const beams = suiteBeams(SUITES_DIR, suite).map((b) => b.path);
  return runReferenceCase({ key: c.key, beams, module: c.module, function: c.function, argsText: c.argsText, timeoutMs: c.timeoutMs }).run;
}

test('the suite loader reads `halts`; it is false when absent', () => {
  expect(kase('halt_status_3').halts).toBe(true);
  expect(kase('badopt_unknown_option').halts).toBe(false);
});

test('a halting case runs to a halt outcome with status, slogan and output', () => {
  const run = runCase('halt_slogan');
  expect(run).toMatchObject({ outcome: 'halt', haltStatus: 1, haltSlogan: 'stopped on purpose', message: 'halt 1 (slogan "stopped on purpose")' });
  expect(goldenFromRun(run)).toEqual({ outcome: 'halt', stdout: '', status: 1, slogan: 'stopped on purpose' });
  const flushed = runCase('halt_flushes_output');
  expect(goldenFromRun(flushed)).toEqual(golden.cases.halt_flushes_output);
  expect(goldenFromRun(runCase('halt_abort'))).toEqual({ outcome: 'halt', stdout: '', status: 'abort' });
});

test('a halt compares by exit status and slogan; a different outcome names the halt', () => {
  const c = kase('halt_status_3');
  const g = golden.cases.halt_status_3;
  const run = runCase('halt_status_3');
  expect(compareRun(c, g, run, { stackLevel: 'full' })).toEqual([]);
  const wrongStatus = compareRun(c, g, { ...run, haltStatus: 4 }, { stackLevel: 'full' });
  expect(wrongStatus.map((m) => [m.what, m.expected, m.actual])).toEqual([['halt', 'halt 3', 'halt 4']]);
  const returned: CaseRun = { outcome: 'return', stdout: new Uint8Array(), resultText: 'ok', resultEtf: new Uint8Array([131, 100, 0, 2, 111, 107]), durationMs: 1 };
  const wrongOutcome = compareRun(c, g, returned, { stackLevel: 'full' });
  expect(wrongOutcome.map((m) => [m.what, m.expected, m.actual])).toEqual([['outcome', 'halt 3', 'return ok']]);
  const slogan = compareRun(kase('halt_slogan'), golden.cases.halt_slogan, { ...runCase('halt_slogan'), haltSlogan: 'other' }, { stackLevel: 'full' });
  expect(slogan.map((m) => m.what)).toEqual(['halt']);
});

test('capture rejects halting runs that disagree on the status', () => {
  const run = runCase('halt_status_3');
  expect(runDifference(kase('halt_status_3'), run, { ...run })).toBeNull();
  expect(runDifference(kase('halt_status_3'), run, { ...run, haltStatus: 'abort' })).toMatch(/^halt status varied: 3 vs abort/);
});

test("the slogan is read from an OTP crash dump's header", () => {
  const dump = Buffer.from('=erl_crash_dump:0.5\nSun Nov 24 01:10:59 2026\nSlogan: two\nlines\nSystem version: Erlang/OTP 26\n');
  expect(crashDumpSlogan(dump)).toBe('two\nlines');
  expect(crashDumpSlogan(Buffer.from('not a dump'))).toBeUndefined();
});

test('the whole suite passes on the reference target and the report shows halts', async () => {
  const report = await runConformance({
    target: new ReferenceTarget({ suitesDir: SUITES_DIR }),
    goldenDir: GOLDEN_DIR,
    work: [{ suite, cases: suite.cases }],
    expectations: { target: 'reference', cases: {} },
    jobs: 1,
    seed: 0,
    stackLevel: 'full',
    suiteErrors: [],
  });
  expect(report.cases.filter((r) => r.status !== 'pass').map((r) => r.key)).toEqual([]);
  const byId = Object.fromEntries(report.cases.map((r) => [r.id, r]));
  expect(byId.halt_from_other_process).toMatchObject({ outcome: 'halt', message: 'halt 4' });
  // A failing halt shows its diff in the console summary.
  const failing = { ...byId.halt_status_3, status: 'fail' as const, passed: false, mismatches: compareRun(kase('halt_status_3'), golden.cases.halt_status_3, { ...runCase('halt_status_3'), haltStatus: 7 }, { stackLevel: 'full' }) };
  const text = summary({ ...report, cases: [failing] });
  expect(text).toMatch(/FAIL proc_halt\/halt_status_3/);
  expect(text).toMatch(/-halt 3\n\s*\+halt 7/);
}, 60_000);
