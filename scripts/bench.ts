// npm run bench: time every benchmark program (bench/suites) on the reference VM
// with benchmark.js and, when an OTP 26 is given, on real erl in the same run.
// Each program runs in a child process of its own, so its peak memory is its own.
// Results are checked against the programs' OTP 26 goldens (a fast wrong answer is
// no result) and appended to bench/history/<package version>.json.

import { Command } from 'commander';
import Benchmark from 'benchmark';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import execa from 'execa';
import { loadCorpus } from '../harness/suite/load';
import { REPO_ROOT } from '../harness/paths';
import { suiteBeams } from '../harness/golden/beams';
import { readGolden } from '../harness/golden/io';
import { goldenFile } from '../harness/paths';
import { compareRun } from '../harness/compare';
import { locateOtp, otpHomeFrom } from '../harness/otp';
import { runReferenceCase } from '../harness/targets/reference-case';
import type { ResolvedCase, Suite } from '../harness/suite/types';
import { formatGcBench, measureGcChurn, V8_OLD_SPACE_MB, withGcStats, type GcBenchResult, type GcStats } from './bench-gc';
import { renderBenchPage, readBenchHistory } from '../harness/report/bench-html';

export const BENCH_SUITES = path.join(REPO_ROOT, 'bench', 'suites');
export const BENCH_GOLDEN = path.join(REPO_ROOT, 'bench', 'golden');
export const HISTORY_DIR = path.join(REPO_ROOT, 'bench', 'history');

/** Targets the issue sets, checked and reported by every bench run (never by tests). */
const TARGETS_MS: Record<string, number> = { fib30: 170, ring: 2500 };

export interface ProgramResult {
  id: string;
  description: string;
  correct: boolean;
  problem?: string;
  meanMs: number;
  /** Relative margin of error of the mean, in percent. */
  rme: number;
  samples: number;
  opsPerSec: number;
  peakRssMb: number;
  /** Collections during the checked first run (every process of the program). */
  gc?: GcStats;
  otpMs?: number;
  ratio?: number;
  targetMs?: number;
  meetsTarget?: boolean;
}

export interface BenchRun {
  version: string;
  date: string;
  machine: { cpus: string; cores: number; memoryGb: number; node: string; platform: string };
  otp?: string;
  programs: ProgramResult[];
  /** The collector benchmark (--gc). */
  gc?: GcBenchResult;
}

function benchCases(only?: string[]): { suite: Suite; cases: ResolvedCase[] } {
  const { suites, errors } = loadCorpus(BENCH_SUITES);
  if (errors.length) throw new Error(errors.map((e) => e.message).join('\n'));
  const suite = suites[0];
  return { suite, cases: suite.cases.filter((c) => !only || only.includes(c.id)) };
}

/** In the child: time one program with benchmark.js and check its answer. */
function measureOne(id: string): ProgramResult {
  const { suite, cases } = benchCases([id]);
  const c = cases[0];
  const beams = suiteBeams(BENCH_SUITES, suite).map((b) => b.path);
  const golden = readGolden(goldenFile(BENCH_GOLDEN, suite.area, suite.id))?.cases[id];
  const req = { key: c.key, beams, module: c.module, function: c.function, argsText: c.argsText, timeoutMs: c.timeoutMs };
  const { result: first, stats: gc } = withGcStats(() => runReferenceCase(req));
  let problem: string | undefined;
  if (!golden) problem = 'no golden';
  else {
    const mism = compareRun(c, golden, first.run, { stackLevel: 'full' });
    if (mism.length) problem = `${first.run.outcome}: ${first.run.message ?? mism.map((m) => `${m.what}: expected ${m.expected}, got ${m.actual}`).join('; ')}`;
  }
  let meanMs = first.run.durationMs;
  let rme = 0;
  let samples = 1;
  if (!problem) {
    const b = new Benchmark(id, () => runReferenceCase(req), { minSamples: 3, maxTime: 2, initCount: 1 });
    b.run();
    meanMs = b.stats.mean * 1000;
    rme = b.stats.rme;
    samples = b.stats.sample.length;
  }
  return {
    id,
    description: c.description,
    correct: !problem,
    problem,
    meanMs,
    rme,
    samples,
    opsPerSec: 1000 / meanMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    gc,
  };
}

async function otpTime(otpErl: string, suite: Suite, c: ResolvedCase): Promise<number> {
  const pa = suiteBeams(BENCH_SUITES, suite).map((b) => path.dirname(b.path));
  const evalText = `{ok, T, _} = erl_scan:string("${c.argsText.replace(/"/g, '\\"')}."), {ok, A} = erl_parse:parse_term(T), ` +
    `Ts = [element(1, timer:tc(${c.module}, ${c.function}, A)) || _ <- [1,2,3]], io:format("~p", [lists:min(Ts)]), halt().`;
  const args = ['-noshell'];
  for (const p of [...new Set(pa)]) args.push('-pa', p);
  const { stdout } = await execa(otpErl, [...args, '-eval', evalText], { timeout: 600_000 });
  return Number(stdout.trim()) / 1000;
}

function machine(): BenchRun['machine'] {
  return { cpus: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.arch()}` };
}

function fmt(n: number, digits = 1): string {
  return n.toFixed(digits);
}

export async function main(argv: string[] = process.argv): Promise<void> {
  const program = new Command('bench')
    .description('time the benchmark programs on the reference VM (and on OTP 26 when given)')
    .option('--only <ids...>', 'only these programs')
    .option('--otp <dir>', 'Erlang/OTP 26 to compare with (default: $BEAMCONF_OTP_HOME, if set)')
    .option('--no-otp', 'do not run OTP even if BEAMCONF_OTP_HOME is set')
    .option('--compare', 'show the change since the previous recorded version')
    .option('--no-record', 'do not append to bench/history')
    .option('--one <id>', '(internal) measure one program in this process and print JSON')
    .option('--gc', 'also run the collector benchmark (bench-gc.ts): peak RSS and GC pauses')
    .option('--gc-one', '(internal) run the collector benchmark in this process and print JSON')
    .option('--html <file>', 'write the recorded history as an HTML page with a chart per program', path.join(REPO_ROOT, 'reports', 'bench.html'))
    .parse(argv);
  const o = program.opts<{ only?: string[]; otp?: string | boolean; compare?: boolean; record: boolean; one?: string; gc?: boolean; gcOne?: boolean; html: string }>();
  if (o.one) {
    process.stdout.write(JSON.stringify(measureOne(o.one)));
    return;
  }
  if (o.gcOne) {
    process.stdout.write(JSON.stringify(measureGcChurn()));
    return;
  }
  const { suite, cases } = benchCases(o.only);
  const otpHome = o.otp === false ? null : otpHomeFrom(typeof o.otp === 'string' ? o.otp : undefined);
  const otp = otpHome ? await locateOtp(otpHome) : null;
  const results: ProgramResult[] = [];
  console.log(`${'program'.padEnd(16)} ${'ref ms'.padStart(10)} ${'±%'.padStart(6)} ${'ops/s'.padStart(8)} ${'peak MB'.padStart(8)}${otp ? ` ${'OTP ms'.padStart(9)} ${'ratio'.padStart(7)}` : ''}  target`);
  for (const c of cases) {
    let r: ProgramResult;
    try {
      const out = execFileSync(process.execPath, ['--max-old-space-size=4096', __filename, '--one', c.id], { encoding: 'utf8', maxBuffer: 1 << 24 });
      r = JSON.parse(out) as ProgramResult;
    } catch (e) {
      r = { id: c.id, description: c.description, correct: false, problem: `crashed: ${(e as Error).message.split('\n')[0]}`, meanMs: NaN, rme: 0, samples: 0, opsPerSec: 0, peakRssMb: 0 };
    }
    if (otp) {
      r.otpMs = await otpTime(otp.erl, suite, c);
      r.ratio = r.meanMs / r.otpMs;
    }
    if (TARGETS_MS[c.id] !== undefined) {
      r.targetMs = TARGETS_MS[c.id];
      r.meetsTarget = r.correct && r.meanMs <= r.targetMs;
    }
    results.push(r);
    const target = r.targetMs !== undefined ? `${r.meetsTarget ? 'MEETS' : 'MISSES'} < ${r.targetMs} ms` : '';
    console.log(
      `${c.id.padEnd(16)} ${fmt(r.meanMs).padStart(10)} ${fmt(r.rme).padStart(6)} ${fmt(r.opsPerSec, 2).padStart(8)} ${fmt(r.peakRssMb, 0).padStart(8)}${otp ? ` ${fmt(r.otpMs ?? NaN).padStart(9)} ${fmt(r.ratio ?? NaN, 1).padStart(7)}` : ''}  ${target}${r.correct ? '' : `  WRONG: ${r.problem}`}`,
    );
  }
  let gc: GcBenchResult | undefined;
  if (o.gc) {
    const out = execFileSync(process.execPath, [`--max-old-space-size=${V8_OLD_SPACE_MB}`, __filename, '--gc-one'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    gc = JSON.parse(out) as GcBenchResult;
    console.log(formatGcBench(gc));
  }
  const version = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const run: BenchRun = { version, date: new Date().toISOString(), machine: machine(), otp: otp?.version, programs: results, gc };
  if (o.compare) console.log(compareWithPrevious(run));
  if (o.record) {
    mkdirSync(HISTORY_DIR, { recursive: true });
    const file = path.join(HISTORY_DIR, `${version}.json`);
    const history: BenchRun[] = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchRun[]) : [];
    history.push(run);
    writeFileSync(file, JSON.stringify(history, null, 2) + '\n');
    console.log(`recorded in ${path.relative(process.cwd(), file)}`);
  }
  // The page plots every recorded run (plus this one when it was not recorded).
  const runs = readBenchHistory(HISTORY_DIR);
  if (!o.record) runs.push(run);
  mkdirSync(path.dirname(o.html), { recursive: true });
  writeFileSync(o.html, renderBenchPage(runs));
  console.log(`history chart: ${path.relative(process.cwd(), o.html)}`);
  if (results.some((r) => !r.correct)) process.exitCode = 1;
}

/** The change since the last run recorded for an earlier version. */
function compareWithPrevious(run: BenchRun): string {
  // The newest run of another version (the history is ordered by date).
  const prev = readBenchHistory(HISTORY_DIR)
    .filter((r) => r.version !== run.version)
    .pop();
  if (prev === undefined) return 'no earlier version recorded to compare with';
  const lines = [`change since ${prev.version} (${prev.date}):`];
  for (const r of run.programs) {
    const p = prev.programs.find((x) => x.id === r.id);
    if (!p) continue;
    const pct = ((r.meanMs - p.meanMs) / p.meanMs) * 100;
    lines.push(`  ${r.id.padEnd(16)} ${fmt(p.meanMs)} ms -> ${fmt(r.meanMs)} ms (${pct >= 0 ? '+' : ''}${fmt(pct)}%)`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(`bench: ${(e as Error).message}`);
    process.exitCode = 1;
  });
}
