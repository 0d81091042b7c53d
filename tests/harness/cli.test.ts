// The beamconf command line, run as a user runs it (node bin/beamconf.js ...).

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../harness/paths';

const CLI = path.join(REPO_ROOT, 'bin', 'beamconf.js');
const ebin = (area: string, mod: string): string => path.join(REPO_ROOT, 'suites', area, 'ebin', `${mod}.beam`);

function beamconf(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('every subcommand has --help', () => {
  for (const cmd of ['run', 'exec', 'list', 'coverage']) {
    const r = beamconf(cmd, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Usage: beamconf ${cmd}`));
  }
});

test('exec: result printed as ~p, exit 0', () => {
  const r = beamconf('exec', ebin('integers', 'int_arith'), '--pa', path.join(REPO_ROOT, 'suites', '_lib', 'ebin'), '--entry', 'int_arith:add', '--args', '[40, 2]', '--print-result');
  expect(r).toMatchObject({ code: 0, stdout: '42\n' });
});

test('exec: a crash exits 1 and prints the exit reason as OTP prints it', () => {
  const r = beamconf('exec', ebin('integers', 'int_arith'), '--entry', 'int_arith:raw_div', '--args', '[1, 0]');
  expect(r.code).toBe(1);
  expect(r.stderr).toBe(
    "{badarith,[{erlang,'div',[1,0],[{error_info,#{module => erl_erts_errors}}]},\n" +
      '           {int_arith,raw_div,2,[{file,"int_arith.erl"},{line,34}]}]}\n',
  );
});

test('exec: a load error exits 2 with a clear message; so does bad usage', () => {
  const bad = beamconf('exec', path.join(REPO_ROOT, 'README.md'), '--entry', 'x:y');
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/cannot load .*README\.md: .*bad-magic/);
  expect(beamconf('exec', '--entry', 'nocolon').code).toBe(2);
  expect(beamconf('exec', '--entry', 'a:b', '--args', '[1,').stderr).toMatch(/cannot parse --args/);
});

test('list filters by suite and feature', () => {
  const r = beamconf('list', '--suite', 'int_arith');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^int_arith \(integers\)/);
  expect(r.stdout).toMatch(/int_arith\/add_small {2}Adds two small integers/);
  expect(r.stdout).toMatch(/cases in 1 suites\n$/);
});

test('coverage prints every live opcode and enforces a threshold', () => {
  const ok = beamconf('coverage', '--min', '50');
  expect(ok.code).toBe(0);
  expect(ok.stdout).toMatch(/^call_ext_last +\d+/m);
  expect(ok.stdout).toMatch(/live OTP 26 opcodes covered/);
  // The whole corpus covers every live opcode; one area alone does not.
  expect(beamconf('coverage', '--min', '100').code).toBe(0);
  const strict = beamconf('coverage', '--suites', 'suites/integers', '--min', '100');
  expect(strict.code).toBe(1);
  expect(strict.stdout).toMatch(/UNCOVERED/);
});

test('an unknown target is a clear error', () => {
  const r = beamconf('run', '--target', 'nope', '--suite', 'int_arith');
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/unknown target 'nope'/);
});
