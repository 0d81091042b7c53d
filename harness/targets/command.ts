// Command-adapter targets: any external VM, run once per case through a command
// template from a config file (targets/<name>.yaml). The case reaches the VM as
// term_to_binary hex of {Module, Function, Args}, given to the portable driver
// (harness/driver/ebin/beamconf_driver.beam), which prints the outcome as
// `BEAMCONF-RESULT:<hex of term_to_binary(Outcome)>`. So no VM needs an Erlang
// parser or OTP-identical printing to be judged.
// Each case runs in its own process group; at the deadline, or when stdout passes
// the output limit, the whole group is killed, so nothing is left behind.
// VMs that take no arguments get the case as a generated module instead: {case_beam}
// is a per-case beamconf_case.beam whose spec/0 returns the spec hex (the driver's
// start/0 runs it). ${NAME} in the command or cwd is taken from the environment.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import Ajv from 'ajv';
import execa from 'execa';
import { parse } from 'yaml';
import schema from './command.schema.json';
import { DRIVER_DIR, REPO_ROOT } from '../paths';
import { suiteBeams } from '../golden/beams';
import { caseBeam, CASE_BEAM_FILE } from './atomvm/case-beam';
import { parseArgs, TermSyntaxError } from '../term-text';
import { binaryToTerm } from '../../reference-vm/etf/decode';
import { termToBinary } from '../../reference-vm/etf/encode';
import { formatTerm } from '../../reference-vm/printing/pretty';
import { Atom } from '../../reference-vm/terms/atom';
import { Tuple, type Term } from '../../reference-vm/terms/types';
import { listFromArray } from '../../reference-vm/terms/construct';
import type { ResolvedCase, Suite } from '../suite/types';
import { caseTimeout, type CaseRun, type RunOptions, type Target } from './types';
import { describeHalt } from '../compare';

export interface CommandTargetConfig {
  name: string;
  description: string;
  command: string[];
  cwd?: string;
  env?: Record<string, string>;
  grace_ms?: number;
  output_limit_bytes?: number;
  /** Where a `halts` case's erlang:halt(Slogan) slogan is read from: 'stderr' (its last line) or nowhere (default). */
  halt_slogan?: 'stderr' | 'none';
}

export class TargetConfigError extends Error {}

const validate = new Ajv({ allErrors: true }).compile<CommandTargetConfig>(schema);

export const MARKER = 'BEAMCONF-RESULT:';
/** The driver's line once the case's module is loaded and the case starts. */
export const STARTED = 'BEAMCONF-STARTED\n';
export const DRIVER_BEAM = path.join(DRIVER_DIR, 'ebin', 'beamconf_driver.beam');

export function readTargetConfig(file: string): CommandTargetConfig {
  let data: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    data = file.endsWith('.json') ? JSON.parse(text) : parse(text);
  } catch (e) {
    throw new TargetConfigError(`${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!validate(data)) {
    const err = validate.errors?.[0];
    throw new TargetConfigError(`${file}: ${err?.instancePath || '(top)'} ${err?.message ?? 'invalid'}`);
  }
  return data;
}

/** The config file of a named target in the targets directory, if there is one. */
export function findTargetConfig(dir: string, name: string): string | null {
  for (const ext of ['.yaml', '.yml', '.json']) {
    const f = path.join(dir, name + ext);
    if (existsSync(f)) return f;
  }
  return null;
}

export function expandCommand(template: string[], values: Record<string, string | string[]>): string[] {
  const out: string[] = [];
  for (const part of template) {
    const whole = /^\{([a-z_]+)\}$/.exec(part);
    if (whole && Array.isArray(values[whole[1]])) {
      out.push(...(values[whole[1]] as string[]));
      continue;
    }
    out.push(
      part.replace(/\{([a-z_]+)\}/g, (m, key: string) => {
        const v = values[key];
        if (v === undefined) throw new TargetConfigError(`unknown placeholder ${m} in command`);
        return Array.isArray(v) ? v.join(' ') : v;
      }),
    );
  }
  return out;
}

/** Replace ${NAME} with the environment variable NAME; an unset one is a config error. */
export function expandEnv(text: string, env: Record<string, string | undefined>, where: string): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) => {
    const v = env[name];
    if (v === undefined || v === '') throw new TargetConfigError(`${where} uses \${${name}}, but the environment variable ${name} is not set`);
    return v;
  });
}

interface ProcessResult {
  stdout: Buffer;
  stderr: string;
  exitCode: number | null;
  /** The signal that ended the VM (SIGABRT for halt(abort)), if any. */
  signal: string | null;
  timedOut: boolean;
  truncated: boolean;
  durationMs: number;
}

/** Run a command in its own process group with a deadline and an output cap. */
export async function runBounded(argv: string[], opts: { cwd?: string; env?: Record<string, string>; deadlineMs: number; outputLimit: number }): Promise<ProcessResult> {
  const started = Date.now();
  const child = execa(argv[0], argv.slice(1), { cwd: opts.cwd, env: opts.env, detached: true, buffer: false, stdin: 'ignore', reject: false });
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  let timedOut = false;
  let stderr = '';
  const killGroup = (): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  child.stdout?.on('data', (b: Buffer) => {
    if (truncated) return;
    if (size + b.length > opts.outputLimit) {
      chunks.push(b.subarray(0, opts.outputLimit - size));
      size = opts.outputLimit;
      truncated = true;
      killGroup();
      return;
    }
    chunks.push(b);
    size += b.length;
  });
  child.stderr?.on('data', (b: Buffer) => {
    if (stderr.length < 64 * 1024) stderr += b.toString('utf8');
  });
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup();
  }, opts.deadlineMs);
  const result = await child;
  clearTimeout(timer);
  // The direct child may have exited while its own children live on: end the group.
  killGroup();
  // execa (buffer: false) settles at the child's exit, possibly before its pipes are
  // read to the end; under load that loses the result line. The group is dead now,
  // so the pipes close; wait for that, but not forever (a setsid'd orphan may hold them).
  await drained([child.stdout, child.stderr], 2000);
  return { stdout: Buffer.concat(chunks), stderr, exitCode: result.exitCode ?? null, signal: result.signal ?? null, timedOut, truncated, durationMs: Date.now() - started };
}

/** Resolves when every stream has closed, or after maxMs. */
async function drained(streams: Array<Readable | null | undefined>, maxMs: number): Promise<void> {
  const closed = (s: Readable | null | undefined): Promise<void> =>
    !s || s.closed ? Promise.resolve() : new Promise((resolve) => s.once('close', () => resolve()));
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, maxMs);
  });
  await Promise.race([Promise.all(streams.map(closed)), limit]);
  clearTimeout(timer);
}

const atom = (s: string): Atom => Atom.of(s);

function printed(t: Term): string {
  try {
    return formatTerm(t);
  } catch {
    return '<unprintable>';
  }
}

/** How a case that may call erlang:halt is read when the VM ends without a result line. */
export interface HaltReading {
  /** The case is marked `halts: true`. */
  halts: boolean;
  slogan: 'stderr' | 'none';
}

/**
 * A `halts` case whose VM ended by itself without a result: erlang:halt(Status) ends the
 * VM with exit status Status, halt(abort) with SIGABRT, and halt(Slogan) with status 1
 * (the slogan read from stderr if the target says so).
 */
function haltRun(p: ProcessResult, stdout: Uint8Array, started: boolean, reading: HaltReading): CaseRun | null {
  // Ending before the case started (a VM that cannot load the module) is no halt.
  if (!reading.halts || !started || p.truncated) return null;
  const status: number | 'abort' | null = p.signal === 'SIGABRT' ? 'abort' : p.signal !== null ? null : p.exitCode;
  if (status === null) return null;
  // The last line, possibly empty (halt("")); no stderr at all means no slogan (halt(1)).
  const err = p.stderr.endsWith('\n') ? p.stderr.slice(0, -1) : p.stderr;
  const slogan = reading.slogan === 'stderr' && status === 1 && p.stderr !== '' ? err.slice(err.lastIndexOf('\n') + 1) : undefined;
  return { outcome: 'halt', stdout, haltStatus: status, ...(slogan === undefined ? {} : { haltSlogan: slogan }), message: describeHalt(status, slogan), durationMs: p.durationMs };
}

/** Turn the VM's stdout into a CaseRun: the program's output, then the marked outcome line. */
export function decodeOutput(p: ProcessResult, deadlineMs: number, reading: HaltReading = { halts: false, slogan: 'none' }): CaseRun {
  // The case's own output is what follows the driver's started line (all of it for a
  // driver that writes none).
  const from = p.stdout.indexOf(STARTED);
  const started = from >= 0;
  const text = started ? p.stdout.subarray(from + STARTED.length) : p.stdout;
  const at = text.lastIndexOf(MARKER);
  const base = { durationMs: p.durationMs };
  const note = p.truncated ? ' (stdout truncated at the output limit; the VM was killed)' : '';
  if (p.timedOut) return { ...base, outcome: 'timeout', stdout: new Uint8Array(text), message: `no result within ${deadlineMs} ms; the process tree was killed${note}` };
  if (at < 0) {
    const halted = haltRun(p, new Uint8Array(text), started, reading);
    if (halted !== null) return halted;
    return { ...base, outcome: 'error', stdout: new Uint8Array(text), message: `the VM exited with status ${p.exitCode} without reporting a result${note}\n${p.stderr.slice(-2000)}` };
  }
  const stdout = new Uint8Array(text.subarray(0, at));
  const hexText = text.subarray(at + MARKER.length).toString('latin1').split('\n')[0].trim();
  let outcome: Term;
  try {
    outcome = binaryToTerm(new Uint8Array(Buffer.from(hexText, 'hex')));
  } catch (e) {
    return { ...base, outcome: 'error', stdout, message: `malformed result line: ${(e as Error).message}` };
  }
  if (outcome instanceof Tuple && outcome.elements[0] === atom('return') && outcome.arity === 2) {
    const v = outcome.elements[1];
    return { ...base, outcome: 'return', stdout, resultText: printed(v), resultEtf: termToBinary(v) };
  }
  if (outcome instanceof Tuple && outcome.elements[0] === atom('exception') && outcome.arity === 4) {
    const [, cls, reason, stack] = outcome.elements;
    const c = (cls as Atom).name as 'error' | 'exit' | 'throw';
    return { ...base, outcome: 'exception', stdout, class: c, reasonText: printed(reason), reasonEtf: termToBinary(reason), stackText: printed(stack), stackEtf: termToBinary(stack) };
  }
  return { ...base, outcome: 'error', stdout, message: `unexpected result term: ${printed(outcome)}` };
}

export class CommandTarget implements Target {
  readonly name: string;
  private readonly command: string[];
  private readonly cwd: string | undefined;
  private readonly perCaseDir: boolean;

  constructor(
    private readonly config: CommandTargetConfig,
    private readonly suitesDir: string,
  ) {
    this.name = config.name;
    const env = { ...process.env, ...config.env };
    const where = `target ${config.name}`;
    this.command = config.command.map((part) => expandEnv(part, env, `${where}: command`));
    this.cwd = config.cwd === undefined ? undefined : path.resolve(REPO_ROOT, expandEnv(config.cwd, env, `${where}: cwd`));
    this.perCaseDir = this.command.some((part) => part.includes('{case_dir}') || part.includes('{case_beam}'));
  }

  async runSuite(suite: Suite, cases: ResolvedCase[], opts: RunOptions): Promise<Map<string, CaseRun>> {
    const beams = suiteBeams(this.suitesDir, suite).map((b) => b.path);
    const out = new Map<string, CaseRun>();
    for (const c of cases) out.set(c.key, await this.runCase(c, beams, opts));
    return out;
  }

  private async runCase(c: ResolvedCase, beams: string[], opts: RunOptions): Promise<CaseRun> {
    let args: Term[];
    try {
      args = parseArgs(c.argsText);
    } catch (e) {
      if (e instanceof TermSyntaxError) return { outcome: 'bad_args', stdout: new Uint8Array(), message: e.message, durationMs: 0 };
      throw e;
    }
    const spec = new Tuple([atom(c.module), atom(c.function), listFromArray(args)]);
    const specHex = Buffer.from(termToBinary(spec)).toString('hex');
    const caseDir = this.perCaseDir ? mkdtempSync(path.join(os.tmpdir(), 'beamconf-case-')) : '';
    try {
      if (caseDir) writeFileSync(path.join(caseDir, CASE_BEAM_FILE), caseBeam(specHex));
      return await this.runProcess(c, beams, specHex, caseDir, opts);
    } finally {
      if (caseDir) rmSync(caseDir, { recursive: true, force: true });
    }
  }

  private async runProcess(c: ResolvedCase, beams: string[], specHex: string, caseDir: string, opts: RunOptions): Promise<CaseRun> {
    const values: Record<string, string | string[]> = {
      repo: REPO_ROOT,
      beams,
      beam_dirs: [...new Set(beams.map((b) => path.dirname(b)))],
      driver_beam: DRIVER_BEAM,
      driver_dir: path.dirname(DRIVER_BEAM),
      spec_hex: specHex,
      case_dir: caseDir,
      case_beam: path.join(caseDir, CASE_BEAM_FILE),
      module: c.module,
      function: c.function,
    };
    const timeout = caseTimeout(c.timeoutMs, opts);
    const deadline = timeout + (this.config.grace_ms ?? 5000);
    let argv: string[];
    try {
      argv = expandCommand(this.command, values);
    } catch (e) {
      return { outcome: 'error', stdout: new Uint8Array(), message: (e as Error).message, durationMs: 0 };
    }
    const env = this.config.env ? { ...process.env, ...this.config.env } as Record<string, string> : undefined;
    const p = await runBounded(argv, { cwd: this.cwd, env, deadlineMs: deadline, outputLimit: this.config.output_limit_bytes ?? 16 * 1024 * 1024 });
    return decodeOutput(p, deadline, { halts: c.halts === true, slogan: this.config.halt_slogan ?? 'none' });
  }
}
