// Reading and writing golden files, and the conversions between a target's CaseRun
// and a golden case.

import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { CaseRun } from '../targets/types';
import type { GoldenCase, GoldenFile } from './types';

export function readGolden(file: string): GoldenFile | null {
  if (!existsSync(file)) return null;
  return parse(readFileSync(file, 'utf8')) as GoldenFile;
}

const HEADER =
  '# Captured from real Erlang/OTP 26 by scripts/capture-golden; never edit by hand.\n' +
  '# Recapture: npm run capture-golden -- --suite <suite>\n';

export function formatGolden(golden: GoldenFile): string {
  return HEADER + stringify(golden, { lineWidth: 0, blockQuote: 'literal' });
}

export function writeGolden(file: string, golden: GoldenFile): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, formatGolden(golden));
}

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

export function unhex(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'hex'));
}

/** The bytes as text if they are valid UTF-8, else null. */
export function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function goldenStdout(g: GoldenCase): Uint8Array {
  if (g.stdout_hex !== undefined) return unhex(g.stdout_hex);
  return new TextEncoder().encode(g.stdout ?? '');
}

/** Outcomes a golden can record. */
export function isGoldenOutcome(outcome: CaseRun['outcome']): outcome is GoldenCase['outcome'] {
  return outcome === 'return' || outcome === 'exception' || outcome === 'exit' || outcome === 'halt';
}

/** A golden case from a run; only return/exception/exit/halt outcomes can be goldens. */
export function goldenFromRun(run: CaseRun): GoldenCase {
  if (!isGoldenOutcome(run.outcome)) {
    throw new Error(`outcome '${run.outcome}' cannot be a golden${run.message ? `: ${run.message}` : ''}`);
  }
  const g: GoldenCase = { outcome: run.outcome };
  const text = utf8OrNull(run.stdout);
  if (text === null) g.stdout_hex = hex(run.stdout);
  else g.stdout = text;
  if (run.outcome === 'halt') {
    g.status = run.haltStatus;
    if (run.haltSlogan !== undefined) g.slogan = run.haltSlogan;
  } else if (run.outcome === 'return') {
    g.result = run.resultText;
    g.result_etf = run.resultEtf && hex(run.resultEtf);
  } else {
    if (run.class) g.class = run.class;
    g.reason = run.reasonText;
    g.reason_etf = run.reasonEtf && hex(run.reasonEtf);
    if (run.stackEtf) {
      g.stacktrace = run.stackText;
      g.stacktrace_etf = hex(run.stackEtf);
    }
  }
  return g;
}
