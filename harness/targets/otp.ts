// The `otp` target: runs cases on a real Erlang/OTP 26 through the capture driver
// (harness/driver/beamconf_capture.erl). One `erl` per suite; the driver runs each
// case in a fresh process with a capturing group leader and writes a result file.
// A case marked `halts` gets an `erl` of its own (it may end the node with
// erlang:halt): its stdout is the node's, and if it halts, the outcome is `halt` with
// the node's exit status (or `abort` for SIGABRT) and the crash dump's slogan.

import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import execa from 'execa';
import { DRIVER_DIR, LIB_AREA, ebinDir } from '../paths';
import type { ResolvedCase, Suite } from '../suite/types';
import { caseTimeout, type CaseRun, type RunOptions, type Target } from './types';
import type { OtpInstallation } from '../otp';
import { describeHalt } from '../compare';

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
    const together = cases.filter((c) => c.halts !== true);
    const out = together.length > 0 ? await this.runTogether(suite, together, opts) : new Map<string, CaseRun>();
    for (const c of cases) if (c.halts === true) out.set(c.key, await this.runAlone(suite, c, opts));
    return out;
  }

  /** erl's arguments: flags, code paths (the suite's, _lib, extra code, the driver), -eval. */
  private erlArgs(suite: Suite, driverDir: string, evalText: string): string[] {
    const codePaths = [ebinDir(this.opts.suitesDir, suite.area), ebinDir(this.opts.suitesDir, LIB_AREA), ...(this.opts.extraCodePaths ?? []), driverDir];
    const args = ['-noshell', '-noinput'];
    for (const p of codePaths) args.push('-pa', p);
    args.push('-eval', evalText);
    return args;
  }

  /** A `halts` case in a node of its own. */
  private async runAlone(suite: Suite, c: ResolvedCase, opts: RunOptions): Promise<CaseRun> {
    const driverDir = await this.driver();
    const work = mkdtempSync(path.join(os.tmpdir(), 'beamconf-otp-'));
    const requestFile = path.join(work, 'request.eterm');
    const resultFile = path.join(work, 'results.txt');
    const dumpFile = path.join(work, 'erl_crash.dump');
    const timeout = caseTimeout(c.timeoutMs, opts);
    writeFileSync(requestFile, requestText([c], [timeout]));
    const args = this.erlArgs(suite, driverDir, `beamconf_capture:alone(["${erlString(requestFile)}", "${erlString(resultFile)}"])`);
    const started = Date.now();
    // In the scratch directory, so no crash dump or core file lands in the checkout.
    const proc = await execa(this.opts.otp.erl, args, {
      reject: false,
      timeout: timeout + 30_000,
      killSignal: 'SIGKILL',
      stdin: 'ignore',
      cwd: work,
      env: { ERL_CRASH_DUMP: dumpFile },
      encoding: null,
      stripFinalNewline: false,
      maxBuffer: 64 * 1024 * 1024,
    });
    const durationMs = Date.now() - started;
    const text = existsSync(resultFile) ? readFileSync(resultFile, 'utf8') : '';
    const dump = existsSync(dumpFile) ? readFileSync(dumpFile) : null;
    rmSync(work, { recursive: true, force: true });
    const stdout = new Uint8Array(proc.stdout);
    const stderr = Buffer.from(proc.stderr).toString('utf8');
    const finished = parseResults(text).get(c.id);
    if (finished !== undefined) return { ...finished, stdout, durationMs };
    const status: number | 'abort' | null = proc.signal === 'SIGABRT' ? 'abort' : proc.timedOut || proc.signal ? null : proc.exitCode ?? null;
    if (!text.startsWith(`case ${c.id}\nstarted\n`) || status === null) {
      const why = proc.timedOut ? `erl did not finish within ${timeout + 30_000} ms` : `erl ended (${proc.signal ?? `status ${proc.exitCode}`}) before running this case`;
      return { outcome: 'error', stdout, message: `${why}\n${stderr.slice(0, 2000)}`, durationMs };
    }
    const slogan = dump === null ? undefined : crashDumpSlogan(dump);
    return { outcome: 'halt', stdout, haltStatus: status, ...(slogan === undefined ? {} : { haltSlogan: slogan }), message: describeHalt(status, slogan), durationMs };
  }

  /** The other cases of a suite, in one node. */
  private async runTogether(suite: Suite, cases: ResolvedCase[], opts: RunOptions): Promise<Map<string, CaseRun>> {
    const driverDir = await this.driver();
    const work = mkdtempSync(path.join(os.tmpdir(), 'beamconf-otp-'));
    const requestFile = path.join(work, 'requests.eterm');
    const resultFile = path.join(work, 'results.txt');
    const timeouts = cases.map((c) => caseTimeout(c.timeoutMs, opts));
    writeFileSync(requestFile, requestText(cases, timeouts));
    const args = this.erlArgs(suite, driverDir, `beamconf_capture:main(["${erlString(requestFile)}", "${erlString(resultFile)}"])`);
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
        const why = proc.timedOut
          ? `erl did not finish within ${budget} ms`
          : `erl exited with status ${proc.exitCode} before reporting this case (if a case of the suite calls erlang:halt, mark it \`halts: true\`)`;
        out.set(c.key, { outcome: 'error', stdout: new Uint8Array(), message: `${why}\n${proc.stderr.slice(0, 2000)}`, durationMs: perCase });
      }
    }
    return out;
  }
}

/** The slogan line(s) of an OTP crash dump (between `Slogan: ` and `System version:`). */
export function crashDumpSlogan(dump: Uint8Array): string | undefined {
  const text = Buffer.from(dump).toString('utf8');
  const m = /^Slogan: ([\s\S]*?)\nSystem version/m.exec(text);
  return m === null ? undefined : m[1];
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
