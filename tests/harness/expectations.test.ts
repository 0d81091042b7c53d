import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isBad, readExpectations, statusOf, writeExpectations, ExpectationsError } from '../../harness/expectations';

test('the ratchet: unlisted failures and listed passes are both bad', () => {
  expect(statusOf(true, undefined)).toBe('pass');
  expect(statusOf(false, undefined)).toBe('fail');
  expect(statusOf(false, { class: 'fails', reason: 'x' })).toBe('expected-fail');
  expect(statusOf(true, { class: 'unsupported', reason: 'x' })).toBe('unexpected-pass');
  expect(statusOf(true, { class: 'unstable', reason: 'x' })).toBe('unstable');
  expect(statusOf(false, { class: 'unstable', reason: 'x' })).toBe('unstable');
  expect(['pass', 'fail', 'expected-fail', 'unexpected-pass', 'unstable'].filter((s) => isBad(s as never))).toEqual(['fail', 'unexpected-pass']);
});

test('expectations round-trip, sorted; a missing file means none', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'exp-'));
  const file = path.join(dir, 't.yaml');
  expect(readExpectations(file, 't')).toEqual({ target: 't', cases: {} });
  writeExpectations(file, { target: 't', cases: { 'b/x': { class: 'fails', reason: 'why' }, 'a/y': { class: 'unsupported', reason: 'no' } } });
  const back = readExpectations(file, 't');
  expect(Object.keys(back.cases)).toEqual(['a/y', 'b/x']);
  expect(back.cases['b/x']).toEqual({ class: 'fails', reason: 'why' });
});

test('an invalid expectations file is a clear error', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'exp-'));
  const file = path.join(dir, 't.yaml');
  writeFileSync(file, 'target: t\ncases:\n  a/b: { class: broken, reason: x }\n');
  expect(() => readExpectations(file, 't')).toThrow(ExpectationsError);
  expect(() => readExpectations(file, 't')).toThrow(/t\.yaml: \/cases\/a~1b\/class must be equal to one of the allowed values/);
});
