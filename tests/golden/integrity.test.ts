// Golden integrity: every case has a golden captured from OTP 26, every golden was
// captured from exactly the committed .beam files, and no golden is orphaned.

import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../../harness/suite/load';
import { GOLDEN_DIR, SUITES_DIR, goldenFile } from '../../harness/paths';
import { readGolden } from '../../harness/golden/io';
import { beamHashes, suiteBeams } from '../../harness/golden/beams';

const RECAPTURE = (suite: string): string =>
  `rebuild and recapture with OTP 26: npm run build-suites && npm run capture-golden -- --suite ${suite}`;

const corpus = loadCorpus(SUITES_DIR);

test('every suite file is valid', () => {
  expect(corpus.errors.map((e) => e.message)).toEqual([]);
  expect(corpus.suites.length).toBeGreaterThan(0);
});

describe.each(corpus.suites.map((s) => [s.id, s] as const))('suite %s', (_id, suite) => {
  const file = goldenFile(GOLDEN_DIR, suite.area, suite.id);
  const golden = readGolden(file);

  test('has a golden file from OTP 26', () => {
    if (golden === null) throw new Error(`${path.relative(process.cwd(), file)} is missing; ${RECAPTURE(suite.id)}`);
    expect(golden.suite).toBe(suite.id);
    expect(golden.otp.release).toBe('26');
    expect(golden.runs).toBeGreaterThanOrEqual(3);
  });

  test('golden beam hashes match the committed .beam files', () => {
    if (golden === null) return; // reported above
    const actual = beamHashes(suiteBeams(SUITES_DIR, suite));
    const stale = Object.keys({ ...actual, ...golden.beams }).filter((m) => actual[m] !== golden.beams[m]);
    if (stale.length > 0) {
      throw new Error(`golden ${suite.id} was captured from other code for modules ${stale.join(', ')}; ${RECAPTURE(suite.id)}`);
    }
  });

  test('every case has a golden and every golden a case', () => {
    if (golden === null) return;
    const caseIds = suite.cases.map((c) => c.id);
    const missing = caseIds.filter((id) => !(id in golden.cases));
    const orphans = Object.keys(golden.cases).filter((id) => !caseIds.includes(id));
    if (missing.length > 0) throw new Error(`cases without golden: ${missing.join(', ')}; ${RECAPTURE(suite.id)}`);
    if (orphans.length > 0) throw new Error(`goldens without case: ${orphans.join(', ')}; ${RECAPTURE(suite.id)}`);
  });
});

test('no golden file without a suite', () => {
  const known = new Set(corpus.suites.map((s) => goldenFile(GOLDEN_DIR, s.area, s.id)));
  const orphans: string[] = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!known.has(full)) orphans.push(path.relative(GOLDEN_DIR, full));
    }
  };
  walk(GOLDEN_DIR);
  expect(orphans).toEqual([]);
});
