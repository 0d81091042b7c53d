// The command adapter end to end against an external VM that is always present:
// beamconf's reference VM run as a separate process (`node bin/beamconf.js exec`).
// Two ways in: targets/reference-exec.yaml passes the case as {spec_hex} to
// beamconf_driver:run/1; the second config passes nothing and relies on {case_beam},
// the generated beamconf_case module that the driver's start/0 reads, exactly as
// targets/atomvm.yaml does for AtomVM. Both must reproduce the OTP 26 goldens.
// Needs the compiled CLI in dist/ (npm ci / npm run build), but no Erlang and no AtomVM.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { CommandTarget, readTargetConfig, TargetConfigError, type CommandTargetConfig } from '../../harness/targets/command';
import { runConformance } from '../../harness/run/runner';
import { selectCases } from '../../harness/run/select';
import { loadCorpus } from '../../harness/suite/load';
import { GOLDEN_DIR, REPO_ROOT, SUITES_DIR, TARGETS_DIR } from '../../harness/paths';
import type { RunReport } from '../../harness/run/types';

jest.setTimeout(180_000);

// Cases the reference VM passes: a plain return, a big integer, output plus a return,
// an exception raised by a BIF (class, reason and full stack trace compared), and
// opcodes written without initialisation.
const CASES = ['int_arith/add_small', 'int_arith/mul_into_bignum', 'int_arith/div_rem_sign_table', 'int_arith/raw_div_by_zero', 'int_arith/parse_bad', 'op_noinit/guarded_call_error'];

const START_ONLY: CommandTargetConfig = {
  name: 'reference-start',
  description: 'the reference VM started like AtomVM: driver start/0, case in a generated beamconf_case.beam',
  command: ['${BEAMCONF_TEST_NODE}', '{repo}/bin/beamconf.js', 'exec', '{driver_beam}', '{case_beam}', '{beams}', '--entry', 'beamconf_driver:start'],
  grace_ms: 20_000,
};

async function run(target: CommandTarget): Promise<RunReport> {
  const { suites, errors } = loadCorpus(SUITES_DIR);
  expect(errors.filter((e) => /int_arith|op_noinit/.test(e.message))).toEqual([]);
  const work = selectCases(suites, { cases: CASES });
  expect(work.flatMap((w) => w.cases.map((c) => c.key)).sort()).toEqual([...CASES].sort());
  return runConformance({ target, goldenDir: GOLDEN_DIR, work, expectations: { target: target.name, cases: {} }, jobs: 2, seed: 0, stackLevel: 'full', suiteErrors: [] });
}

function expectAllPass(report: RunReport): void {
  const failed = report.cases.filter((c) => c.status !== 'pass').map((c) => `${c.key}: ${c.message ?? c.mismatches.map((m) => m.diff).join('\n')}`);
  expect(failed).toEqual([]);
  expect(report.totals.pass).toBe(CASES.length);
  expect(report.complete).toBe(true);
}

beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'harness', 'cli.js'))) throw new Error('dist/ is missing: build the CLI first (npm run build)');
});

test('targets/reference-exec.yaml: the case as {spec_hex}, results through term_to_binary, match the goldens', async () => {
  const config = readTargetConfig(path.join(TARGETS_DIR, 'reference-exec.yaml'));
  expectAllPass(await run(new CommandTarget(config, SUITES_DIR)));
});

test('targets/reference-exec.yaml: cases that call erlang:halt end as halts with the status and slogan OTP gives', async () => {
  const config = readTargetConfig(path.join(TARGETS_DIR, 'reference-exec.yaml'));
  const keys = ['proc_halt/halt_status_3', 'proc_halt/halt_abort', 'proc_halt/halt_slogan', 'proc_halt/halt_empty_slogan', 'proc_halt/halt_flushes_output'];
  const { suites } = loadCorpus(SUITES_DIR);
  const work = selectCases(suites, { cases: keys });
  const report = await runConformance({ target: new CommandTarget(config, SUITES_DIR), goldenDir: GOLDEN_DIR, work, expectations: { target: config.name, cases: {} }, jobs: 2, seed: 0, stackLevel: 'full', suiteErrors: [] });
  expect(report.cases.filter((c) => c.status !== 'pass').map((c) => `${c.key}: ${c.message ?? c.mismatches.map((m) => m.diff).join('\n')}`)).toEqual([]);
  expect(report.totals.pass).toBe(keys.length);
});

test('a start/0-only VM: the case baked into {case_beam}, ${VAR} from the environment, match the goldens', async () => {
  process.env.BEAMCONF_TEST_NODE = process.execPath;
  try {
    expectAllPass(await run(new CommandTarget(START_ONLY, SUITES_DIR)));
  } finally {
    delete process.env.BEAMCONF_TEST_NODE;
  }
});

test('an unset ${VAR} in the command is a config error naming the variable', () => {
  delete process.env.BEAMCONF_TEST_NODE;
  expect(() => new CommandTarget(START_ONLY, SUITES_DIR)).toThrow(TargetConfigError);
  expect(() => new CommandTarget(START_ONLY, SUITES_DIR)).toThrow(/BEAMCONF_TEST_NODE is not set/);
});

test('targets/atomvm.yaml is a valid config whose AtomVM paths come from ATOMVM and ATOMVM_LIB', () => {
  const config = readTargetConfig(path.join(TARGETS_DIR, 'atomvm.yaml'));
  expect(config.name).toBe('atomvm');
  expect(config.command).toEqual(['${ATOMVM}', '{driver_beam}', '{case_beam}', '{beams}', '${ATOMVM_LIB}']);
  const saved = { ATOMVM: process.env.ATOMVM, ATOMVM_LIB: process.env.ATOMVM_LIB };
  try {
    delete process.env.ATOMVM;
    expect(() => new CommandTarget(config, SUITES_DIR)).toThrow(/ATOMVM is not set/);
    process.env.ATOMVM = '/nowhere/AtomVM';
    process.env.ATOMVM_LIB = '/nowhere/atomvmlib.avm';
    expect(new CommandTarget(config, SUITES_DIR).name).toBe('atomvm');
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
});
