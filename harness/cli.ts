// beamconf: the command-line interface (commander). Subcommands: run, exec, list,
// coverage, build, capture, bench.

import { Command, Option } from 'commander';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from './suite/load';
import { EXPECTATIONS_DIR, GOLDEN_DIR, SUITES_DIR, TARGETS_DIR } from './paths';
import { selectCases, type Selection } from './run/select';
import { runConformance } from './run/runner';
import { expectationsPath, readExpectations, writeExpectations, isBad, ExpectationsError } from './expectations';
import { progress, summary } from './report/console';
import { writeJsonReport, readJsonReport } from './report/json';
import { writeJunitReport } from './report/junit';
import { writeHtmlReport } from './report/html';
import { readBenchHistory } from './report/bench-html';
import { coverageTable, isCovered, nativeCoverage, suiteCoverage } from './coverage';
import { nativesMarkdown } from './natives-table';
import { compareReports } from './report/compare-runs';
import { ReferenceTarget } from './targets/reference';
import { OtpTarget } from './targets/otp';
import { CommandTarget, findTargetConfig, readTargetConfig, TargetConfigError } from './targets/command';
import { locateOtp, otpHomeFrom } from './otp';
import type { Target } from './targets/types';
import type { StackLevel } from './compare';
import type { RunReport } from './run/types';
import { execBeams } from './exec';
import { main as buildMain } from '../scripts/build-suites';
import { main as captureMain } from '../scripts/capture-golden';
import { HISTORY_DIR, main as benchMain } from '../scripts/bench';

interface RunOpts {
  target: string;
  suite?: string[];
  case?: string[];
  feature?: string[];
  tag?: string[];
  opcode?: string[];
  jobs: string;
  timeout?: string;
  timeoutScale: string;
  seed: string;
  schedulers: string;
  suites: string;
  golden: string;
  expectations: string;
  reportDir?: string;
  json?: string;
  junit?: string;
  html?: string;
  stack: StackLevel;
  updateExpectations?: boolean;
  compare?: string;
  otp?: string;
  extraCode?: string[];
  targets: string;
}

const collect = (v: string, prev: string[] = []): string[] => [...prev, ...v.split(',').filter(Boolean)];

function selectionFrom(o: RunOpts): Selection {
  const features = [...(o.feature ?? []), ...(o.tag ?? [])];
  return { suites: o.suite, cases: o.case, features: features.length ? features : undefined, opcodes: o.opcode };
}

async function makeTarget(o: RunOpts, suitesDir: string): Promise<Target> {
  if (o.target === 'reference') return new ReferenceTarget({ suitesDir });
  if (o.target === 'otp') {
    return new OtpTarget({ otp: await locateOtp(otpHomeFrom(o.otp)), suitesDir, extraCodePaths: (o.extraCode ?? []).map((p) => path.resolve(p)) });
  }
  const config = findTargetConfig(path.resolve(o.targets), o.target);
  if (config) return new CommandTarget(readTargetConfig(config), suitesDir);
  throw new Error(`unknown target '${o.target}': not reference or otp, and no ${path.join(o.targets, o.target)}.yaml`);
}

async function runCommand(o: RunOpts): Promise<number> {
  const suitesDir = path.resolve(o.suites);
  const goldenDir = path.resolve(o.golden);
  const { suites, errors } = loadCorpus(suitesDir);
  for (const e of errors) console.error(`suite error: ${e.message}`);
  const work = selectCases(suites, selectionFrom(o), (s) => new Set(suiteCoverage(suitesDir, s).opcodes.keys()));
  const expFile = expectationsPath(path.resolve(o.expectations), o.target);
  const expectations = readExpectations(expFile, o.target);
  const target = await makeTarget(o, suitesDir);
  const total = work.reduce((n, w) => n + w.cases.length, 0);
  console.error(`beamconf: ${total} cases in ${work.length} suites on target '${target.name}'`);
  let interrupted = 0;
  const onSigint = (): void => {
    interrupted++;
    if (interrupted === 1) console.error('\ninterrupted: finishing the suites under way, then writing a partial report (Ctrl-C again to stop now)');
    else process.exit(130);
  };
  process.on('SIGINT', onSigint);
  const bar = progress(total, target.name);
  let report: RunReport;
  try {
    report = await runConformance({
      target,
      goldenDir,
      work,
      expectations,
      jobs: Math.max(1, Number(o.jobs)),
      timeoutMs: o.timeout ? Number(o.timeout) : undefined,
      timeoutScale: Number(o.timeoutScale),
      seed: Number(o.seed),
      schedulers: Math.max(1, Number(o.schedulers)),
      stackLevel: o.stack,
      suiteErrors: errors.map((e) => e.message),
      onResult: (r, done, all) => bar.update(r, done, all),
      shouldStop: () => interrupted > 0,
      opcodeCounts: target instanceof ReferenceTarget ? () => target.opcodeCounts : undefined,
      nativeCalls: target instanceof ReferenceTarget ? () => target.nativeCalls : undefined,
    });
  } finally {
    bar.stop();
    process.off('SIGINT', onSigint);
    await target.close?.();
  }
  const reportDir = o.reportDir ? path.resolve(o.reportDir) : null;
  const jsonFile = o.json ?? (reportDir ? path.join(reportDir, `${target.name}.json`) : undefined);
  const junitFile = o.junit ?? (reportDir ? path.join(reportDir, `${target.name}.junit.xml`) : undefined);
  const htmlFile = o.html ?? (reportDir ? path.join(reportDir, `${target.name}.html`) : undefined);
  if (jsonFile) writeJsonReport(jsonFile, report);
  if (junitFile) writeJunitReport(junitFile, report);
  if (htmlFile) {
    let cov = null;
    try {
      cov = coverageTable(suitesDir, work.map((w) => w.suite), report);
    } catch (e) {
      console.error(`coverage unavailable: ${(e as Error).message}`);
    }
    // Only the reference VM has benchmark figures worth plotting beside its conformance.
    writeHtmlReport(htmlFile, report, cov, target.name === 'reference' ? readBenchHistory(HISTORY_DIR) : []);
  }
  console.log(summary(report));
  for (const [what, f] of [['JSON', jsonFile], ['JUnit', junitFile], ['HTML', htmlFile]] as const) if (f) console.log(`${what} report: ${f}`);
  if (o.compare) console.log(compareReports(readJsonReport(path.resolve(o.compare)), report));
  if (o.updateExpectations) {
    const next = { target: target.name, cases: { ...expectations.cases } };
    for (const r of report.cases) {
      if (r.status === 'fail') next.cases[r.key] = { class: classFor(r), reason: reasonFor(r) };
      if (r.status === 'unexpected-pass') delete next.cases[r.key];
    }
    writeExpectations(expFile, next);
    console.log(`updated ${expFile}`);
    return report.complete ? 0 : 1;
  }
  const bad = report.cases.some((r) => isBad(r.status)) || errors.length > 0;
  return bad || !report.complete ? 1 : 0;
}

/** unsupported: the target lacks what the case needs (a function, a module); fails: it gives another answer. */
export function classFor(r: RunReport['cases'][number]): 'fails' | 'unsupported' {
  if (r.outcome === 'error') return 'unsupported';
  return r.mismatches.some((m) => /\bundef\b/.test(m.actual) && !/\bundef\b/.test(m.expected)) ? 'unsupported' : 'fails';
}

/** A one-line reason for an automatically recorded failure: what differs, and how. */
export function reasonFor(r: RunReport['cases'][number]): string {
  const line = (t: string): string => t.replace(/\s+/g, ' ').trim();
  const clip = (t: string, n: number): string => (t.length > n ? t.slice(0, n - 1) + '…' : t);
  if (r.outcome === 'no-golden') return 'no golden captured from OTP 26 yet';
  if (r.mismatches.length === 0) return clip(line(r.message ?? r.outcome), 200);
  const m = r.mismatches[0];
  const more = r.mismatches.length > 1 ? ` (+ ${r.mismatches.slice(1).map((x) => x.what).join(', ')})` : '';
  return clip(`${m.what}: OTP 26 gives ${clip(line(m.expected), 80)}; reference gives ${clip(line(m.actual), 80)}${more}`, 240);
}

function main(argv: string[]): void {
  const program = new Command('beamconf').description('BEAM conformance suites against Erlang/OTP 26 goldens, and a reference interpreter').showHelpAfterError();

  program
    .command('run')
    .description('run suites on a target and compare with the OTP 26 goldens')
    .option('-t, --target <name>', 'reference | otp | a command adapter in --targets (e.g. reference-exec)', 'reference')
    .option('--targets <dir>', 'command-adapter configs directory', TARGETS_DIR)
    .option('--suite <ids>', 'only these suites (repeatable, comma-separated)', collect)
    .option('--case <keys>', 'only these cases: suite/id or id, * wildcards (repeatable)', collect)
    .option('--feature <tags>', 'only cases with any of these feature tags (repeatable)', collect)
    .option('--tag <tags>', 'alias of --feature', collect)
    .option('--opcode <names>', 'only suites whose .beam files contain any of these opcodes', collect)
    .option('-j, --jobs <n>', 'suites run in parallel', '2')
    .option('--timeout <ms>', 'override every case timeout')
    .option('--timeout-scale <x>', "multiply every case's own timeout (slow or loaded machines)", '1')
    .option('--seed <n>', 'scheduler seed for the reference VM: 0 is plain round-robin, others explore other legal interleavings', '0')
    .option('--schedulers <n>', 'simulated schedulers of the reference VM', '1')
    .option('--suites <dir>', 'suites directory', SUITES_DIR)
    .option('--golden <dir>', 'golden directory', GOLDEN_DIR)
    .option('--expectations <dir>', 'known-failure lists directory', EXPECTATIONS_DIR)
    .option('--report-dir <dir>', 'write <target>.json, .junit.xml and .html there')
    .option('--json <file>', 'JSON report file')
    .option('--junit <file>', 'JUnit XML report file')
    .option('--html <file>', 'HTML report file')
    .addOption(new Option('--stack <level>', 'stack trace comparison').choices(['full', 'no-lines', 'none']).default('full'))
    .option('--update-expectations', 'record new failures and drop passing entries in expectations/<target>.yaml')
    .option('--compare <baseline.json>', 'show what changed since an earlier JSON report')
    .option('--otp <dir>', 'Erlang/OTP 26 for --target otp (default: $BEAMCONF_OTP_HOME)')
    .option('--extra-code <dir>', 'extra code directory for --target otp, e.g. the compiled Gleam FFI modules the gleam_ffi goldens were captured with (repeatable)', collect)
    .action(async (o: RunOpts) => {
      process.exitCode = await runCommand(o);
    });

  program
    .command('exec')
    .description('run .beam files on the reference VM like erl -noshell -pa DIR -eval "mod:fun(...)"')
    .argument('[beams...]', '.beam files to load')
    .option('--pa <dir>', 'also load every .beam in this directory (repeatable)', collect)
    .requiredOption('--entry <mod:fun>', 'function to call')
    .option('--args <terms>', 'Erlang term text of the argument list', '[]')
    .option('--print-result', 'print the return value as ~p')
    .option('--timeout <ms>', 'stop after this long', '60000')
    .action((beams: string[], o: { pa?: string[]; entry: string; args: string; printResult?: boolean; timeout: string }) => {
      process.exitCode = execBeams(beams, o.pa ?? [], o.entry, o.args, Boolean(o.printResult), Number(o.timeout));
    });

  program
    .command('list')
    .description('list suites and cases')
    .option('--suite <ids>', 'only these suites', collect)
    .option('--case <keys>', 'only these cases', collect)
    .option('--feature <tags>', 'only these features', collect)
    .option('--suites <dir>', 'suites directory', SUITES_DIR)
    .action((o: { suite?: string[]; case?: string[]; feature?: string[]; suites: string }) => {
      const { suites, errors } = loadCorpus(path.resolve(o.suites));
      for (const e of errors) console.error(`suite error: ${e.message}`);
      const work = selectCases(suites, { suites: o.suite, cases: o.case, features: o.feature });
      for (const w of work) {
        console.log(`${w.suite.id} (${w.suite.area}) — ${w.suite.description}`);
        for (const c of w.cases) console.log(`  ${c.key}  ${c.description}  [${c.features.join(', ')}]`);
      }
      console.log(`${work.reduce((n, w) => n + w.cases.length, 0)} cases in ${work.length} suites`);
      if (errors.length) process.exitCode = 1;
    });

  program
    .command('coverage')
    .description('opcode and BIF coverage of the corpus (static; dynamic from a JSON run report)')
    .option('--suites <dir>', 'suites directory', SUITES_DIR)
    .option('--report <run.json>', 'add dynamic coverage from a reference run report')
    .option('--min <percent>', 'fail if fewer than this percentage of live opcodes are covered')
    .option('--bifs', 'also list every imported function with the suites using it')
    .option('--natives', 'also list every native function of the reference VM and every OTP 26 BIF: implemented? covered by a suite?')
    .option('--markdown', 'with --natives: print only the per-module table of native functions, as Markdown (docs/natives.md)')
    .action((o: { suites: string; report?: string; min?: string; bifs?: boolean; natives?: boolean; markdown?: boolean }) => {
      const { suites } = loadCorpus(path.resolve(o.suites));
      const run = o.report && existsSync(o.report) ? readJsonReport(o.report) : undefined;
      const cov = coverageTable(path.resolve(o.suites), suites, run);
      const dyn = cov.dynamic;
      if (o.natives && o.markdown) {
        process.stdout.write(nativesMarkdown(nativeCoverage(cov)));
        return;
      }
      let covered = 0;
      console.log(`${'opcode'.padEnd(24)} ${'static'.padStart(7)}${dyn ? ' executed'.padStart(10) : ''}  suites`);
      for (const op of cov.liveOpcodes) {
        const n = cov.staticTotals.get(op) ?? 0;
        if (n > 0) covered++;
        const users = [...cov.bySuite].filter(([, c]) => c.opcodes.has(op)).map(([s]) => s);
        const flag = n === 0 ? '  UNCOVERED' : '';
        console.log(`${op.padEnd(24)} ${String(n).padStart(7)}${dyn ? String(dyn.get(op) ?? 0).padStart(10) : ''}  ${users.slice(0, 6).join(', ')}${users.length > 6 ? ', …' : ''}${flag}`);
      }
      const pct = (100 * covered) / cov.liveOpcodes.length;
      if (o.bifs) {
        const users = new Map<string, string[]>();
        for (const [s, c] of cov.bySuite) for (const i of c.imports) users.set(i, [...(users.get(i) ?? []), s]);
        console.log('\nimported functions:');
        for (const [i, s] of [...users].sort()) console.log(`${i.padEnd(40)} ${s.length} suites`);
      }
      if (o.natives) {
        const rows = nativeCoverage(cov);
        const called = cov.nativeCalls !== undefined;
        console.log(`\n${'function'.padEnd(44)} ${'native'.padEnd(7)} ${'OTP BIF'.padEnd(8)} importing${called ? '  calling' : ''}`);
        for (const r of rows)
          console.log(`${r.mfa.padEnd(44)} ${(r.implemented ? 'yes' : '-').padEnd(7)} ${(r.otpBif ? 'yes' : '-').padEnd(8)} ${String(r.suites.length).padStart(9)}${called ? String(r.calledBy.length).padStart(9) : ''}`);
        const impl = rows.filter((r) => r.implemented);
        const how = called ? 'imported or called by a suite' : 'imported by a suite (add --report for calls)';
        console.log(`\n${impl.length} native functions, ${impl.filter(isCovered).length} ${how}; ${rows.filter((r) => r.otpBif && r.implemented).length} of ${rows.filter((r) => r.otpBif).length} OTP 26 BIFs implemented`);
      }
      console.log(`\n${covered}/${cov.liveOpcodes.length} live OTP 26 opcodes covered (${pct.toFixed(1)}%)`);
      if (o.min && pct < Number(o.min)) {
        console.error(`coverage ${pct.toFixed(1)}% is below the threshold ${o.min}%`);
        process.exitCode = 1;
      }
    });

  program
    .command('build')
    .description('compile the corpus (needs Erlang/OTP 26; see build-suites --help)')
    .allowUnknownOption()
    .helpOption(false)
    .argument('[args...]')
    .action(async (args: string[]) => {
      await buildMain(['node', 'build-suites', ...args]);
    });

  program
    .command('capture')
    .description('capture goldens from Erlang/OTP 26 (see capture-golden --help)')
    .allowUnknownOption()
    .helpOption(false)
    .argument('[args...]')
    .action(async (args: string[]) => {
      await captureMain(['node', 'capture-golden', ...args]);
    });

  program
    .command('bench')
    .description('run the benchmarks (see npm run bench)')
    .allowUnknownOption()
    .helpOption(false)
    .argument('[args...]')
    .action(async (args: string[]) => {
      await benchMain(['node', 'bench', ...args]);
    });

  program.parseAsync(argv).catch((e: unknown) => {
    const msg = e instanceof ExpectationsError || e instanceof TargetConfigError ? e.message : (e as Error).message;
    console.error(`beamconf: ${msg}`);
    process.exitCode = 2;
  });
}

if (require.main === module) main(process.argv);

export { main };
