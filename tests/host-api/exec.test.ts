// `beamconf exec` (node bin/beamconf.js exec, from dist/): output streamed as the program
// writes it, and erlang:halt's exit status, abort and slogan as `erl -noshell` shows them.

import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../harness/paths';

const CLI = path.join(REPO_ROOT, 'bin', 'beamconf.js');
const PROC_HALT = path.join(REPO_ROOT, 'suites', 'processes', 'ebin', 'proc_halt.beam');
const HOST_API = path.join(__dirname, 'fixtures', 'host_api.beam');

function exec(...args: string[]): { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'exec', ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

test('halt(Status) from any process exits with that status after the output', () => {
  const r = exec(PROC_HALT, '--entry', 'proc_halt:halt_in_other_process', '--args', '[7]');
  expect(r).toMatchObject({ code: 7, stdout: 'the other process halts\n', stderr: '' });
  expect(exec(PROC_HALT, '--entry', 'proc_halt:print_then_halt', '--args', '[2]')).toMatchObject({ code: 0, stdout: 'line 1\nline 2\nno newline at the end' });
});

test('halt(Slogan) prints the slogan on stderr and exits 1; halt(abort) dies of SIGABRT', () => {
  expect(exec(PROC_HALT, '--entry', 'proc_halt:halt1', '--args', '["out of cheese"]')).toMatchObject({ code: 1, stderr: 'out of cheese\n' });
  expect(exec(PROC_HALT, '--entry', 'proc_halt:halt1', '--args', '[abort]')).toMatchObject({ code: null, signal: 'SIGABRT' });
});

test('output reaches stdout while the program is still running', async () => {
  const child = spawn(process.execPath, [CLI, 'exec', HOST_API, '--entry', 'host_api:print_then_spin', '--timeout', '60000'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let exited = false;
  child.on('exit', () => (exited = true));
  const firstOutput = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(d.toString('utf8')));
    child.once('exit', () => reject(new Error('exec exited before printing')));
  });
  expect(firstOutput).toBe('started\n');
  expect(exited).toBe(false);
  child.kill('SIGKILL');
}, 30_000);
