// The command adapter's process handling, with plain shell commands standing in for
// a misbehaving VM: hanging, flooding stdout, leaving children behind, dying early.

import { existsSync, readFileSync } from 'node:fs';
import { decodeOutput, expandCommand, runBounded, MARKER, TargetConfigError } from '../../harness/targets/command';

function alive(pid: number): boolean {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return false;
  const state = /State:\s+(\S)/.exec(readFileSync(status, 'utf8'));
  return state !== null && state[1] !== 'Z' && state[1] !== 'X';
}

async function gone(pid: number, ms = 3000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !alive(pid);
}

test('a hanging VM is killed with its whole process tree at the deadline', async () => {
  const p = await runBounded(['sh', '-c', 'sleep 60 & echo $!; sleep 60'], { deadlineMs: 500, outputLimit: 1 << 20 });
  expect(p.timedOut).toBe(true);
  expect(p.durationMs).toBeLessThan(10_000);
  const grandchild = Number(p.stdout.toString().trim());
  expect(grandchild).toBeGreaterThan(0);
  expect(await gone(grandchild)).toBe(true);
  const run = decodeOutput(p, 500);
  expect(run.outcome).toBe('timeout');
  expect(run.message).toMatch(/no result within 500 ms; the process tree was killed/);
});

test('children left behind by a VM that exits are killed too', async () => {
  const p = await runBounded(['sh', '-c', 'sleep 60 & echo $!'], { deadlineMs: 10_000, outputLimit: 1 << 20 });
  expect(p.timedOut).toBe(false);
  expect(await gone(Number(p.stdout.toString().trim()))).toBe(true);
});

test('a VM flooding stdout is cut at the output limit and killed', async () => {
  const p = await runBounded(['sh', '-c', 'yes floodfloodflood'], { deadlineMs: 20_000, outputLimit: 100_000 });
  expect(p.truncated).toBe(true);
  expect(p.timedOut).toBe(false);
  expect(p.stdout.length).toBe(100_000);
  const run = decodeOutput(p, 20_000);
  expect(run.outcome).toBe('error');
  expect(run.message).toMatch(/stdout truncated at the output limit/);
});

test('a VM that dies mid-write is recorded with its exit status and stderr', async () => {
  const p = await runBounded(['sh', '-c', `printf 'partial out'; printf '${MARKER}83'; echo oops >&2; exit 3`], { deadlineMs: 10_000, outputLimit: 1 << 20 });
  const run = decodeOutput(p, 10_000);
  expect(run.outcome).toBe('error');
  expect(Buffer.from(run.stdout).toString()).toBe('partial out');
  expect(run.message).toMatch(/malformed result line/);
  const p2 = await runBounded(['sh', '-c', 'echo hi; echo boom >&2; exit 7'], { deadlineMs: 10_000, outputLimit: 1 << 20 });
  const run2 = decodeOutput(p2, 10_000);
  expect(run2.outcome).toBe('error');
  expect(run2.message).toMatch(/exited with status 7 without reporting a result\nboom/);
});

test('a result line after program output is decoded; the output before it is stdout', async () => {
  // term_to_binary({return, 3}) = 83 68 02 77 06 "return" 61 03
  const p = await runBounded(['sh', '-c', `printf 'hello\\n${MARKER}836802770672657475726e6103\\n'`], { deadlineMs: 10_000, outputLimit: 1 << 20 });
  const run = decodeOutput(p, 10_000);
  expect(run.outcome).toBe('return');
  expect(Buffer.from(run.stdout).toString()).toBe('hello\n');
  expect(run.resultText).toBe('3');
  expect([...run.resultEtf!]).toEqual([0x83, 0x61, 3]);
});

test('command templates expand placeholders; list placeholders become several arguments', () => {
  expect(expandCommand(['vm', '{beams}', '--entry', '{module}:{function}', 'x{beams}'], { beams: ['a.beam', 'b.beam'], module: 'm', function: 'f' })).toEqual(['vm', 'a.beam', 'b.beam', '--entry', 'm:f', 'xa.beam b.beam']);
  expect(() => expandCommand(['{nope}'], {})).toThrow(TargetConfigError);
});

describe('cases marked halts: a VM that ends without a result halted', () => {
  const halts = { halts: true, slogan: 'stderr' as const };

  test('the exit status is the halt status', async () => {
    const p = await runBounded(['sh', '-c', 'printf "BEAMCONF-STARTED\\nout"; exit 3'], { deadlineMs: 10_000, outputLimit: 1 << 20 });
    const run = decodeOutput(p, 10_000, halts);
    expect(run).toMatchObject({ outcome: 'halt', haltStatus: 3, message: 'halt 3' });
    expect(run.haltSlogan).toBeUndefined();
    expect(Buffer.from(run.stdout).toString()).toBe('out');
  });

  test('SIGABRT is halt(abort)', async () => {
    const p = await runBounded(['sh', '-c', 'printf "BEAMCONF-STARTED\\n"; kill -ABRT $$'], { deadlineMs: 10_000, outputLimit: 1 << 20 });
    expect(decodeOutput(p, 10_000, halts)).toMatchObject({ outcome: 'halt', haltStatus: 'abort' });
  });

  test('a VM that dies before the driver says the case started did not halt (it could not load the module, say)', async () => {
    const p = await runBounded(['sh', '-c', 'echo "cannot load" >&2; kill -ABRT $$'], { deadlineMs: 10_000, outputLimit: 1 << 20 });
    const run = decodeOutput(p, 10_000, halts);
    expect(run.outcome).toBe('error');
    expect(run.message).toMatch(/cannot load/);
  });

  test('status 1 with stderr: the last stderr line is the slogan, if the target reads it there', async () => {
    const p = await runBounded(['sh', '-c', 'echo BEAMCONF-STARTED; echo noise >&2; echo "stopped on purpose" >&2; exit 1'], { deadlineMs: 10_000, outputLimit: 1 << 20 });
    expect(decodeOutput(p, 10_000, halts)).toMatchObject({ outcome: 'halt', haltStatus: 1, haltSlogan: 'stopped on purpose' });
    expect(decodeOutput(p, 10_000, { halts: true, slogan: 'none' }).haltSlogan).toBeUndefined();
    const empty = await runBounded(['sh', '-c', 'echo BEAMCONF-STARTED; echo >&2; exit 1'], { deadlineMs: 10_000, outputLimit: 1 << 20 });
    expect(decodeOutput(empty, 10_000, halts)).toMatchObject({ outcome: 'halt', haltSlogan: '' });
  });

  test('a case not marked halts that ends without a result is still an error', async () => {
    const p = await runBounded(['sh', '-c', 'echo BEAMCONF-STARTED; exit 3'], { deadlineMs: 10_000, outputLimit: 1 << 20 });
    expect(decodeOutput(p, 10_000).outcome).toBe('error');
    expect(decodeOutput(p, 10_000, { halts: false, slogan: 'stderr' }).outcome).toBe('error');
  });

  test('a halting VM that floods stdout is an error, not a halt', async () => {
    const p = await runBounded(['sh', '-c', 'echo BEAMCONF-STARTED; yes flood'], { deadlineMs: 20_000, outputLimit: 10_000 });
    expect(decodeOutput(p, 20_000, halts).outcome).toBe('error');
  });
});
