// The whole corpus on the reference VM, through the harness, against the OTP 26
// goldens: one jest test per case. expectations/reference.yaml is the ratchet: a
// listed case must still fail (else the entry is stale), any other case must pass.

import { loadCorpus } from '../../harness/suite/load';
import { EXPECTATIONS_DIR, GOLDEN_DIR, SUITES_DIR } from '../../harness/paths';
import { selectCases } from '../../harness/run/select';
import { runConformance } from '../../harness/run/runner';
import { ReferenceTarget } from '../../harness/targets/reference';
import { expectationsPath, readExpectations } from '../../harness/expectations';
import type { CaseResult } from '../../harness/run/types';

const corpus = loadCorpus(SUITES_DIR);
const work = selectCases(corpus.suites, {});
const expectations = readExpectations(expectationsPath(EXPECTATIONS_DIR, 'reference'), 'reference');
const results = new Map<string, CaseResult>();

beforeAll(async () => {
  const report = await runConformance({
    target: new ReferenceTarget({ suitesDir: SUITES_DIR }),
    goldenDir: GOLDEN_DIR,
    work,
    expectations,
    jobs: 2,
    // Timeouts stop runaways; they are not performance targets. CI machines may be
    // slow or busy, so each case gets three times its own timeout here.
    timeoutScale: 3,
    seed: 0,
    stackLevel: 'full',
    suiteErrors: [],
  });
  for (const r of report.cases) results.set(r.key, r);
}, 15 * 60_000);

test('every expectation names a case that exists', () => {
  const keys = new Set(work.flatMap((w) => w.cases.map((c) => c.key)));
  expect(Object.keys(expectations.cases).filter((k) => !keys.has(k))).toEqual([]);
});

describe.each(work.map((w) => [w.suite.id, w.cases] as const))('%s', (_suite, cases) => {
  test.each(cases.map((c) => [c.id, c.key] as const))('%s', (_id, key) => {
    const r = results.get(key);
    if (r === undefined) throw new Error(`no result for ${key}`);
    if (r.status === 'fail') {
      throw new Error(
        [`${key} does not match OTP 26 (${r.outcome})`, r.message ?? '', ...r.mismatches.map((m) => m.diff),
          `if this is a known gap, list it in expectations/reference.yaml (beamconf run --update-expectations)`].filter(Boolean).join('\n'),
      );
    }
    if (r.status === 'unexpected-pass') {
      throw new Error(`${key} now passes: remove it from expectations/reference.yaml (listed as ${r.expectation?.class}: ${r.expectation?.reason})`);
    }
    expect(['pass', 'expected-fail', 'unstable']).toContain(r.status);
  });
});
