// The runner with a fake target: verdicts, missing goldens, a target that throws,
// requires-based skips, and expectations.

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runConformance } from '../../harness/run/runner';
import { writeGolden } from '../../harness/golden/io';
import type { ResolvedCase, Suite } from '../../harness/suite/types';
import type { CaseRun, Target } from '../../harness/targets/types';

const kase = (id: string, over: Partial<ResolvedCase> = {}): ResolvedCase => ({
  suite: 's', id, key: `s/${id}`, description: id, module: 'm', function: 'f', argsText: '[]',
  compare: ['stdout', 'result', 'exit'], stdoutMode: 'exact', timeoutMs: 1000, features: [], requires: {}, ...over,
});

const suite = (id: string, cases: ResolvedCase[]): Suite => ({ id, area: 'a', file: `${id}.yaml`, dir: '.', description: id, features: [], modules: [], cases });

const ret = (etf: number[], stdout = ''): CaseRun => ({ outcome: 'return', stdout: new Uint8Array(Buffer.from(stdout)), resultEtf: new Uint8Array(etf), resultText: String(etf[2]), durationMs: 1 });

function goldenDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'runner-'));
  writeGolden(path.join(dir, 'a', 's.yaml'), {
    suite: 's', otp: { release: '26', version: '26.2.5', erts: '14.2.5', compiler: '8.4.3' }, captured_at: 'x', runs: 3, beams: {},
    cases: {
      same: { outcome: 'return', stdout: 'hi\n', result: '1', result_etf: '836101' },
      differs: { outcome: 'return', stdout: '', result: '1', result_etf: '836101' },
      listed: { outcome: 'return', stdout: '', result: '1', result_etf: '836101' },
      later: { outcome: 'return', stdout: '', result: '1', result_etf: '836101' },
      noresult: { outcome: 'return', stdout: '', result: '1', result_etf: '836101' },
    },
  });
  writeGolden(path.join(dir, 'a', 't.yaml'), {
    suite: 't', otp: { release: '26', version: '26.2.5', erts: '14.2.5', compiler: '8.4.3' }, captured_at: 'x', runs: 3, beams: {},
    cases: { differs: { outcome: 'return', stdout: '', result: '1', result_etf: '836101' } },
  });
  return dir;
}

class FakeTarget implements Target {
  readonly name = 'fake';
  readonly ran: string[] = [];
  constructor(private readonly runs: Record<string, CaseRun>, private readonly throwFor?: string) {}
  async runSuite(s: Suite, cases: ResolvedCase[]): Promise<Map<string, CaseRun>> {
    if (s.id === this.throwFor) throw new Error('boom');
    this.ran.push(...cases.map((c) => c.key));
    return new Map(cases.filter((c) => this.runs[c.key]).map((c) => [c.key, this.runs[c.key]]));
  }
}

test('verdicts, missing results and goldens, skips and expectations', async () => {
  const cases = [kase('same'), kase('differs'), kase('listed'), kase('nogolden'), kase('later', { requires: { otp: 27 } }), kase('noresult')];
  const target = new FakeTarget({ 's/same': ret([131, 97, 1], 'hi\n'), 's/differs': ret([131, 97, 2]), 's/listed': ret([131, 97, 1]), 's/nogolden': ret([131, 97, 1]) });
  const report = await runConformance({
    target, goldenDir: goldenDir(), work: [{ suite: suite('s', cases), cases }],
    expectations: { target: 'fake', cases: { 's/listed': { class: 'fails', reason: 'was broken' } } },
    jobs: 2, seed: 0, stackLevel: 'full', suiteErrors: [],
  });
  const by = Object.fromEntries(report.cases.map((c) => [c.id, c]));
  expect(report.cases.map((c) => c.id)).toEqual(['same', 'differs', 'listed', 'nogolden', 'later', 'noresult']);
  expect(by.same.status).toBe('pass');
  expect(by.differs.status).toBe('fail');
  expect(by.differs.mismatches.map((m) => m.what)).toEqual(['result']);
  expect(by.differs.mismatches[0].diff).toContain('-1');
  expect(by.listed.status).toBe('unexpected-pass');
  expect(by.nogolden).toMatchObject({ status: 'fail', outcome: 'no-golden' });
  expect(by.later).toMatchObject({ status: 'skipped', message: 'requires OTP 27; goldens are from OTP 26' });
  expect(target.ran).not.toContain('s/later');
  expect(by.noresult).toMatchObject({ status: 'fail', outcome: 'error', message: 'the target returned no result for this case' });
  expect(report.totals).toMatchObject({ cases: 6, pass: 1, fail: 3, unexpectedPass: 1, skipped: 1 });
  expect(report.complete).toBe(true);
});

test('a target that throws on a suite yields an error result per case, and the run goes on', async () => {
  const a = [kase('same')];
  const b = [kase('differs', { suite: 't', key: 't/differs' })];
  const report = await runConformance({
    target: new FakeTarget({ 's/same': ret([131, 97, 1], 'hi\n') }, 't'), goldenDir: goldenDir(),
    work: [{ suite: suite('t', b), cases: b }, { suite: suite('s', a), cases: a }],
    expectations: { target: 'fake', cases: {} }, jobs: 1, seed: 0, stackLevel: 'full', suiteErrors: [],
  });
  expect(report.cases.map((c) => [c.key, c.status])).toEqual([['t/differs', 'fail'], ['s/same', 'pass']]);
  expect(report.cases[0].message).toMatch(/target failed on suite t: boom/);
});

test('stopping between suites gives an incomplete report', async () => {
  const a = [kase('same')];
  const report = await runConformance({
    target: new FakeTarget({}), goldenDir: goldenDir(), work: [{ suite: suite('s', a), cases: a }],
    expectations: { target: 'fake', cases: {} }, jobs: 1, seed: 0, stackLevel: 'full', suiteErrors: [], shouldStop: () => true,
  });
  expect(report.complete).toBe(false);
  expect(report.cases).toEqual([]);
});
