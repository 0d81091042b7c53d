// capture-golden: runs every case on real Erlang/OTP 26 (3 times by default) and
// records what happened in golden/otp-26/<area>/<suite>.yaml. A case whose runs
// disagree, time out or crash the driver is rejected with a message saying what
// varied; it gets no golden. A golden whose content is unchanged is left untouched
// (capture date included), so a recapture of unchanged code reproduces the tree.

import { Command } from 'commander';
import path from 'node:path';
import { loadCorpus } from '../harness/suite/load';
import { SUITES_DIR, GOLDEN_DIR, goldenFile } from '../harness/paths';
import { locateOtp, otpHomeFrom, OtpError } from '../harness/otp';
import { OtpTarget } from '../harness/targets/otp';
import { beamHashes, suiteBeams } from '../harness/golden/beams';
import { formatGolden, goldenFromRun, isGoldenOutcome, readGolden, writeGolden, utf8OrNull } from '../harness/golden/io';
import type { GoldenCase, GoldenFile } from '../harness/golden/types';
import type { CaseRun } from '../harness/targets/types';
import type { ResolvedCase } from '../harness/suite/types';
import { existsSync } from 'node:fs';

/** Why two runs of a case disagree, or null if they agree (under the case's stdout mode). */
export function runDifference(c: ResolvedCase, a: CaseRun, b: CaseRun): string | null {
  if (a.outcome !== b.outcome) return `outcome varied: ${a.outcome} vs ${b.outcome}`;
  const sa = stdoutKey(c, a.stdout);
  const sb = stdoutKey(c, b.stdout);
  if (sa !== sb) return `stdout varied${c.stdoutMode === 'unordered-lines' ? ' (as a set of lines)' : ''}:\n--- run A\n${sa}\n--- run B\n${sb}`;
  const fields: Array<[keyof CaseRun, string]> = [
    ['resultEtf', 'return value'],
    ['class', 'exception class'],
    ['reasonEtf', 'reason'],
    ['stackEtf', 'stack trace'],
    ['haltStatus', 'halt status'],
    ['haltSlogan', 'halt slogan'],
  ];
  for (const [k, what] of fields) {
    const va = a[k];
    const vb = b[k];
    const same = va instanceof Uint8Array && vb instanceof Uint8Array ? Buffer.from(va).equals(Buffer.from(vb)) : va === vb;
    if (!same) {
      const ta = k === 'resultEtf' ? a.resultText : k === 'stackEtf' ? a.stackText : k === 'reasonEtf' ? a.reasonText : String(va);
      const tb = k === 'resultEtf' ? b.resultText : k === 'stackEtf' ? b.stackText : k === 'reasonEtf' ? b.reasonText : String(vb);
      return `${what} varied: ${ta} vs ${tb}`;
    }
  }
  return null;
}

function stdoutKey(c: ResolvedCase, bytes: Uint8Array): string {
  const text = utf8OrNull(bytes) ?? Buffer.from(bytes).toString('hex');
  return c.stdoutMode === 'unordered-lines' ? text.split('\n').sort().join('\n') : text;
}

export async function main(argv: string[] = process.argv): Promise<void> {
  const program = new Command('capture-golden')
    .description('Capture goldens from real Erlang/OTP 26 for every case (or the selected suites)')
    .option('--otp <dir>', 'Erlang/OTP 26 installation (default: $BEAMCONF_OTP_HOME)')
    .option('--suites <dir>', 'suites directory', SUITES_DIR)
    .option('--golden <dir>', 'golden directory', GOLDEN_DIR)
    .option('--suite <id...>', 'only these suites')
    .option('--runs <n>', 'runs per case; all must agree', '3')
    .option('--extra-code <dir...>', 'extra code directories for erl -pa (e.g. compiled Gleam FFI modules)')
    .option('--extra-code-version <name=version...>', 'versions of the extra code, recorded in the goldens')
    .option('--check', 'capture and compare with the committed goldens without writing')
    .parse(argv);
  const o = program.opts<{ otp?: string; suites: string; golden: string; suite?: string[]; runs: string; extraCode?: string[]; extraCodeVersion?: string[]; check?: boolean }>();
  const suitesDir = path.resolve(o.suites);
  const goldenDir = path.resolve(o.golden);
  const runs = Math.max(1, Number(o.runs));
  const otp = await locateOtp(otpHomeFrom(o.otp));
  console.log(`capturing on Erlang/OTP ${otp.version} (ERTS ${otp.ertsVersion}, compiler ${otp.compilerVersion}), ${runs} runs per case`);
  const { suites, errors } = loadCorpus(suitesDir);
  for (const e of errors) console.error(`invalid suite: ${e.message}`);
  const selected = o.suite ? suites.filter((s) => o.suite!.includes(s.id)) : suites;
  if (o.suite) for (const id of o.suite) if (!suites.some((s) => s.id === id)) console.error(`no such suite: ${id}`);
  const extraCode: Record<string, string> = {};
  for (const kv of o.extraCodeVersion ?? []) {
    const [k, v] = kv.split('=');
    extraCode[k] = v ?? '';
  }
  const target = new OtpTarget({ otp, suitesDir, extraCodePaths: (o.extraCode ?? []).map((p) => path.resolve(p)) });
  let rejected = 0;
  let changed = 0;
  for (const suite of selected) {
    const beams = suiteBeams(suitesDir, suite);
    const missing = beams.filter((b) => !existsSync(b.path));
    if (missing.length > 0) {
      console.error(`${suite.id}: not built (${missing.map((m) => m.module).join(', ')}); run npm run build-suites first`);
      rejected += suite.cases.length;
      continue;
    }
    const all: Array<Map<string, CaseRun>> = [];
    for (let i = 0; i < runs; i++) all.push(await target.runSuite(suite, suite.cases, {}));
    const cases: Record<string, GoldenCase> = {};
    for (const c of suite.cases) {
      const first = all[0].get(c.key)!;
      let problem: string | null = null;
      if (!isGoldenOutcome(first.outcome)) {
        problem = `outcome ${first.outcome}${first.message ? `: ${first.message}` : ''}`;
      }
      for (let i = 1; i < runs && problem === null; i++) problem = runDifference(c, first, all[i].get(c.key)!);
      if (problem !== null) {
        rejected++;
        console.error(`REJECTED ${c.key}: ${problem}`);
        continue;
      }
      cases[c.id] = goldenFromRun(first);
    }
    const file = goldenFile(goldenDir, suite.area, suite.id);
    const previous = readGolden(file);
    const golden: GoldenFile = {
      suite: suite.id,
      otp: { release: otp.release, version: otp.version, erts: otp.ertsVersion, compiler: otp.compilerVersion },
      captured_at: new Date().toISOString(),
      runs,
      beams: beamHashes(beams),
      ...(Object.keys(extraCode).length > 0 ? { extra_code: extraCode } : {}),
      cases,
    };
    const same = previous !== null && formatGolden({ ...previous, captured_at: '' }) === formatGolden({ ...golden, captured_at: '' });
    if (o.check) {
      if (!same) {
        changed++;
        console.error(`${suite.id}: the capture differs from ${path.relative(process.cwd(), file)}`);
      } else console.log(`${suite.id}: reproduced (${Object.keys(cases).length} cases)`);
      continue;
    }
    if (same) console.log(`${suite.id}: unchanged (${Object.keys(cases).length} cases)`);
    else {
      writeGolden(file, golden);
      changed++;
      console.log(`${suite.id}: wrote ${Object.keys(cases).length} cases to ${path.relative(process.cwd(), file)}`);
    }
  }
  console.log(`${selected.length} suites, ${changed} ${o.check ? 'differing' : 'golden files written'}, ${rejected} cases rejected`);
  if (rejected > 0 || (o.check && changed > 0)) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(`capture-golden: ${e instanceof OtpError ? e.message : (e as Error).stack}`);
    process.exitCode = 1;
  });
}
