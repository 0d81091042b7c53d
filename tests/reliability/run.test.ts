// The harness under stress: parallel runs agree with serial ones, and an
// interrupted run still writes its report, marked incomplete.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCorpus } from '../../harness/suite/load';
import { GOLDEN_DIR, REPO_ROOT, SUITES_DIR } from '../../harness/paths';
import { selectCases } from '../../harness/run/select';
import { runConformance } from '../../harness/run/runner';
import { ReferenceTarget } from '../../harness/targets/reference';
import type { RunReport } from '../../harness/run/types';

const SUITES = ['int_arith', 'lst_ops', 'exc_raise', 'recv_sel'];

async function run(jobs: number, schedulers = 1, seed = 0): Promise<RunReport> {
  const { suites } = loadCorpus(SUITES_DIR);
  return runConformance({
    target: new ReferenceTarget({ suitesDir: SUITES_DIR }),
    goldenDir: GOLDEN_DIR,
    work: selectCases(suites, { suites: SUITES }),
    expectations: { target: 'reference', cases: {} },
    jobs,
    seed,
    schedulers,
    stackLevel: 'full',
    suiteErrors: [],
    // lst_ops/big_list takes about 3 s of its 10 s alone; on a busy machine it must not
    // time out in one run and pass in the other (the comparison is of verdicts, not speed).
    timeoutScale: 3,
  });
}

test('--jobs 3 gives the same results as a serial run', async () => {
  const serial = await run(1);
  const parallel = await run(3);
  const digest = (r: RunReport) => r.cases.map((c) => `${c.key} ${c.status} ${c.outcome} ${c.mismatches.map((m) => m.what).join(',')}`);
  expect(serial.cases.length).toBeGreaterThan(50);
  expect(digest(parallel)).toEqual(digest(serial));
  expect(parallel.complete && serial.complete).toBe(true);
}, 300_000);

test('another legal interleaving (4 schedulers, seed 7) gives the same verdicts', async () => {
  const canonical = await run(2);
  const explored = await run(2, 4, 7);
  const verdicts = (r: RunReport) => r.cases.map((c) => `${c.key} ${c.status}`);
  expect(verdicts(explored)).toEqual(verdicts(canonical));
}, 300_000);

test('SIGINT writes a partial report marked incomplete', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beamconf-sigint-'));
  const json = path.join(dir, 'partial.json');
  const cli = path.join(REPO_ROOT, 'bin', 'beamconf.js');
  const child = spawn(process.execPath, [cli, 'run', '--jobs', '1', '--json', json], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
  let err = '';
  child.stderr.on('data', (b: Buffer) => {
    err += b.toString();
  });
  // Interrupt once the run is under way.
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (/cases in \d+ suites/.test(err)) {
        clearInterval(poll);
        setTimeout(resolve, 1500);
      }
    }, 50);
  });
  child.kill('SIGINT');
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).toBe(1);
  expect(err).toMatch(/interrupted: finishing the suites under way/);
  expect(existsSync(json)).toBe(true);
  const report = JSON.parse(readFileSync(json, 'utf8')) as RunReport;
  expect(report.complete).toBe(false);
  const total = selectCases(loadCorpus(SUITES_DIR).suites, {}).reduce((n, w) => n + w.cases.length, 0);
  expect(report.cases.length).toBeGreaterThan(0);
  expect(report.cases.length).toBeLessThan(total);
}, 120_000);
