// Per-target known-failure lists (expectations/<target>.yaml): each entry says a case
// is known not to pass on that target, why, and how:
//   fails        it runs and gives the wrong answer (a bug to fix)
//   unsupported  the target does not implement what it needs
//   unstable     it passes or fails from run to run (reported, never fails the run)
// The list is a ratchet: a new failure fails the run, and so does a listed case that
// now passes (fails/unsupported), until the list is updated.

import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse, stringify } from 'yaml';
import schema from './expectations.schema.json';

export type ExpectationClass = 'fails' | 'unsupported' | 'unstable';

export interface Expectation {
  class: ExpectationClass;
  reason: string;
}

export interface ExpectationsFile {
  target: string;
  cases: Record<string, Expectation>;
}

export class ExpectationsError extends Error {}

const validate = new Ajv({ allErrors: true }).compile<ExpectationsFile>(schema);

export function expectationsPath(dir: string, target: string): string {
  return path.join(dir, `${target}.yaml`);
}

export function readExpectations(file: string, target: string): ExpectationsFile {
  if (!existsSync(file)) return { target, cases: {} };
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ExpectationsError(`${file}: invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!validate(data)) {
    const err = validate.errors?.[0];
    throw new ExpectationsError(`${file}: ${err?.instancePath || '(top)'} ${err?.message ?? 'invalid'}`);
  }
  return data;
}

export function writeExpectations(file: string, exp: ExpectationsFile): void {
  const sorted: ExpectationsFile = { target: exp.target, cases: {} };
  for (const k of Object.keys(exp.cases).sort()) sorted.cases[k] = exp.cases[k];
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `# Known failures of target '${exp.target}': see README ("Known failures").\n` +
      `# Update with: beamconf run --target ${exp.target} --update-expectations\n` +
      stringify(sorted, { lineWidth: 0 }),
  );
}

/** The verdict of a case once its expectation is taken into account. */
export type Status =
  | 'pass'
  | 'fail' // unexpected failure
  | 'expected-fail'
  | 'unexpected-pass'
  | 'unstable'
  | 'skipped';

export function statusOf(passed: boolean, exp: Expectation | undefined): Status {
  if (exp === undefined) return passed ? 'pass' : 'fail';
  if (exp.class === 'unstable') return 'unstable';
  return passed ? 'unexpected-pass' : 'expected-fail';
}

/** Statuses that make a run fail. */
export function isBad(status: Status): boolean {
  return status === 'fail' || status === 'unexpected-pass';
}
