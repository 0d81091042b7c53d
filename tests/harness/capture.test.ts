// The pieces of golden capture that need no Erlang: parsing the driver's result
// file and rejecting cases whose runs disagree.

import { parseResults } from '../../harness/targets/otp';
import { runDifference } from '../../scripts/capture-golden';
import { goldenFromRun } from '../../harness/golden/io';
import type { ResolvedCase } from '../../harness/suite/types';
import type { CaseRun } from '../../harness/targets/types';

const hex = (s: string | Uint8Array): string => Buffer.from(s as string).toString('hex');

const RESULT_FILE = [
  'case add',
  `stdout ${hex('hi\n')}`,
  'outcome return',
  `result_text ${hex('3')}`,
  'result_etf 836103',
  'end',
  'case boom',
  'stdout ',
  'outcome exception',
  'class error',
  `reason_text ${hex('badarith')}`,
  'reason_etf 8377086261646172697468',
  `stack_text ${hex('[]')}`,
  'stack_etf 836a',
  'end',
  'case slow',
  'stdout ',
  'outcome timeout',
  'end',
  'case half',
  'stdout ',
].join('\n');

test('the driver result file is parsed per case; an unfinished block is dropped', () => {
  const r = parseResults(RESULT_FILE);
  expect([...r.keys()]).toEqual(['add', 'boom', 'slow']);
  expect(Buffer.from(r.get('add')!.stdout).toString()).toBe('hi\n');
  expect(r.get('add')).toMatchObject({ outcome: 'return', resultText: '3' });
  expect([...r.get('add')!.resultEtf!]).toEqual([0x83, 0x61, 3]);
  expect(r.get('boom')).toMatchObject({ outcome: 'exception', class: 'error', reasonText: 'badarith', stackText: '[]' });
  expect(r.get('slow')!.outcome).toBe('timeout');
});

const kase = (stdout: ResolvedCase['stdoutMode'] = 'exact'): ResolvedCase => ({
  suite: 's', id: 'c', key: 's/c', description: 'd', module: 'm', function: 'f', argsText: '[]',
  compare: ['stdout', 'result', 'exit'], stdoutMode: stdout, timeoutMs: 1000, features: [], requires: {},
});
const run = (over: Partial<CaseRun>): CaseRun => ({ outcome: 'return', stdout: new Uint8Array(Buffer.from('a\nb\n')), resultText: '1', resultEtf: new Uint8Array([131, 97, 1]), durationMs: 1, ...over });

test('identical runs agree', () => {
  expect(runDifference(kase(), run({}), run({}))).toBeNull();
});

test('a varying return value is rejected, saying what varied', () => {
  expect(runDifference(kase(), run({}), run({ resultText: '2', resultEtf: new Uint8Array([131, 97, 2]) }))).toBe('return value varied: 1 vs 2');
});

test('varying stdout is rejected unless the case compares lines unordered', () => {
  const other = run({ stdout: new Uint8Array(Buffer.from('b\na\n')) });
  expect(runDifference(kase(), run({}), other)).toMatch(/^stdout varied/);
  expect(runDifference(kase('unordered-lines'), run({}), other)).toBeNull();
});

test('a varying outcome or stack trace is rejected', () => {
  expect(runDifference(kase(), run({}), run({ outcome: 'exception' }))).toBe('outcome varied: return vs exception');
  const exc = (stack: number[]): CaseRun => run({ outcome: 'exception', class: 'error', reasonEtf: new Uint8Array([1]), stackEtf: new Uint8Array(stack), stackText: String(stack) });
  expect(runDifference(kase(), exc([1]), exc([2]))).toBe('stack trace varied: 1 vs 2');
});

test('timeouts cannot become goldens; non-UTF-8 stdout is kept as hex', () => {
  expect(() => goldenFromRun(run({ outcome: 'timeout', message: 'slow' }))).toThrow(/cannot be a golden: slow/);
  const g = goldenFromRun(run({ stdout: new Uint8Array([0xff, 0x41]) }));
  expect(g.stdout_hex).toBe('ff41');
  expect(g.stdout).toBeUndefined();
  expect(goldenFromRun(run({})).stdout).toBe('a\nb\n');
});
