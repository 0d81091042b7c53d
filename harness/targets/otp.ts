// The `otp` target: runs cases on a real Erlang/OTP 26 through the capture driver
// (harness/driver/beamconf_capture.erl). One `erl` per suite; the driver runs each
// case in a fresh process with a capturing group leader and writes a result file.

import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import execa from 'execa';
import { DRIVER_DIR, LIB_AREA, ebinDir } from '../paths';
import type { ResolvedCase, Suite } from '../suite/types';
import { caseTimeout, type CaseRun, type RunOptions, type Target } from './types';
import type { OtpInstallation } from '../otp';

export interface OtpTargetOptions {
  otp: OtpInstallation;
  suitesDir: string;
  /** Extra code directories (-pa), e.g. compiled Gleam FFI modules for capture. */
  extraCodePaths?: string[];
}

export class OtpTarget implements Target {
  readonly name = 'otp';
  private driverDir: string | null = null;

  constructor(private readonly opts: OtpTargetOptions) {}

  /** Compile the driver once per target into a private scratch directory. */
  private async driver(): Promise<string> {
    if (this.driverDir) return this.driverDir;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'beamconf-driver-'));
    await execa(this.opts.otp.erlc, ['-o', dir, path.join(DRIVER_DIR, 'beamconf_capture.erl')]);
    this.driverDir = dir;
    return dir;
  }

  async runSuite(suite: Suite, cases: ResolvedCase[], opts: RunOptions): Promise<Map<string, CaseRun>> {
    const driverDir = await this.driver();
    const work = mkdtempSync(path.join(os.tmpdir(), 'beamconf-otp-'));
    const requestFile = path.join(work, 'requests.eterm');
    const resultFile = path.join(work, 'results.txt');
    const timeouts = cases.map((c) => caseTimeout(c.timeoutMs, opts));
    writeFileSync(requestFile, requestText(cases, timeouts));
    const codePaths = [ebinDir(this.opts.suitesDir, suite.area), ebinDir(this.opts.suitesDir, LIB_AREA), ...(this.opts.extraCodePaths ?? []), driverDir];
    const args = ['-noshell', '-noinput'];
    for (const p of codePaths) args.push('-pa', p);
    args.push('-eval', `beamconf_capture:main(["${erlString(requestFile)}", "${erlString(resultFile)}"])`);
    const budget = timeouts.reduce((a, b) => a + b, 0) + 30_000;
    const started = Date.now();
    const proc = await execa(this.opts.otp.erl, args, { reject: false, timeout: budget, killSignal: 'SIGKILL', stdin: 'ignore', maxBuffer: 64 * 1024 * 1024 });
    const elapsed = Date.now() - started;
    const text = existsSync(resultFile) ? readFileSync(resultFile, 'utf8') : '';
    rmSync(work, { recursive: true, force: true });
    const parsed = parseResults(text);
    const out = new Map<string, CaseRun>();
    const perCase = Math.round(elapsed / Math.max(1, cases.length));
    for (const c of cases) {
      const run = parsed.get(c.id);
      if (run) out.set(c.key, { ...run, durationMs: perCase });
      else {
        const why = proc.timedOut ? `erl did not finish within ${budget} ms` : `erl exited with status ${proc.exitCode} before reporting this case`;
        out.set(c.key, { outcome: 'error', stdout: new Uint8Array(), message: `${why}\n${proc.stderr.slice(0, 2000)}`, durationMs: perCase });
      }
    }
    return out;
  }
}

function erlString(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

function erlAtom(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function requestText(cases: ResolvedCase[], timeouts: number[]): string {
  const lines = ['%% -*- coding: utf-8 -*-'];
  cases.forEach((c, i) => {
    lines.push(`{'case', ${erlAtom(c.id)}, ${erlAtom(c.module)}, ${erlAtom(c.function)}, "${erlString(c.argsText)}", ${timeouts[i]}}.`);
  });
  return lines.join('\n') + '\n';
}

/** Parse the driver's result file (see beamconf_capture.erl for the format). */
export function parseResults(text: string): Map<string, Omit<CaseRun, 'durationMs'>> {
  const out = new Map<string, Omit<CaseRun, 'durationMs'>>();
  let id: string | null = null;
  let fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const sp = line.indexOf(' ');
    const key = sp < 0 ? line : line.slice(0, sp);
    const value = sp < 0 ? '' : line.slice(sp + 1);
    if (key === 'case') {
      id = value;
      fields = new Map();
    } else if (key === 'end' && id !== null) {
      out.set(id, fromFields(fields));
      id = null;
    } else if (id !== null && key) {
      fields.set(key, value);
    }
  }
  return out;
}

function fromFields(f: Map<string, string>): Omit<CaseRun, 'durationMs'> {
  const bytes = (k: string): Uint8Array | undefined => (f.has(k) ? new Uint8Array(Buffer.from(f.get(k)!, 'hex')) : undefined);
  const text = (k: string): string | undefined => (f.has(k) ? Buffer.from(f.get(k)!, 'hex').toString('utf8') : undefined);
  const outcome = f.get('outcome') as CaseRun['outcome'];
  const run: Omit<CaseRun, 'durationMs'> = { outcome, stdout: bytes('stdout') ?? new Uint8Array() };
  if (f.has('result_etf')) {
    run.resultText = text('result_text');
    run.resultEtf = bytes('result_etf');
  }
  if (f.has('class')) run.class = f.get('class') as CaseRun['class'];
  if (f.has('reason_etf') || f.has('reason_text')) {
    run.reasonText = text('reason_text');
    run.reasonEtf = bytes('reason_etf');
  }
  if (f.has('stack_etf')) {
    run.stackText = text('stack_text');
    run.stackEtf = bytes('stack_etf');
  }
  if (outcome === 'timeout') run.message = 'the case did not finish within its timeout';
  if (outcome === 'bad_args') run.message = `cannot parse args: ${run.reasonText ?? ''}`;
  return run;
}
