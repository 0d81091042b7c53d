// build-suites: Gleam -> .erl (in-process, WASM compiler), then .erl / .S -> .beam
// with a real OTP 26 `erlc +deterministic`, and .beamasm -> .beam with beamconf's own
// BEAM writer (scripts/lib/beam-asm). Outputs, all committed:
//   suites/<area>/gen/<module>.erl   Erlang generated from Gleam
//   suites/<area>/ebin/<module>.beam
// `--check` rebuilds into a scratch directory and fails unless every committed file
// is reproduced byte for byte.

import { Command } from 'commander';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import execa from 'execa';
import { loadCorpus } from '../harness/suite/load';
import { SUITES_DIR, LIB_AREA, DRIVER_DIR, ebinDir, genDir } from '../harness/paths';
import { compileGleam } from './lib/gleam';
import { assembleFile } from './lib/beam-asm';
import type { ModuleKind } from '../harness/suite/types';
import { locateOtp, otpHomeFrom, OtpError, type OtpInstallation } from '../harness/otp';

interface SourceModule {
  area: string;
  name: string;
  kind: ModuleKind;
  path: string;
}

/** Every module of the corpus: the shared _lib area plus each suite's modules. */
export function corpusModules(suitesDir: string): SourceModule[] {
  const { suites, errors } = loadCorpus(suitesDir);
  if (errors.length > 0) throw new Error(`invalid suite files:\n${errors.map((e) => '  ' + e.message).join('\n')}`);
  const byName = new Map<string, SourceModule>();
  const libDir = path.join(suitesDir, LIB_AREA);
  if (existsSync(libDir)) {
    for (const f of readdirSync(libDir).sort()) {
      const m = /^(.+)\.(gleam|erl|S|beamasm)$/.exec(f);
      if (m) byName.set(m[1], { area: LIB_AREA, name: m[1], kind: m[2] as SourceModule['kind'], path: path.join(libDir, f) });
    }
  }
  for (const s of suites) {
    for (const m of s.modules) {
      const prev = byName.get(m.name);
      if (prev && prev.path !== m.path) throw new Error(`module ${m.name} is defined twice: ${prev.path} and ${m.path}`);
      byName.set(m.name, { area: s.area, name: m.name, kind: m.kind, path: m.path });
    }
  }
  return [...byName.values()];
}

/**
 * Gleam -> Erlang, one compiler call per suite (its modules plus the shared _lib) and
 * one for _lib alone. The compiler numbers type variables across a whole call, so a
 * shared call would make one suite's generated Erlang depend on the others.
 */
async function compileGleamPerSuite(suitesDir: string, modules: SourceModule[]): Promise<Map<string, string>> {
  const { suites } = loadCorpus(suitesDir);
  const source = (m: SourceModule): [string, string] => [m.name, readFileSync(m.path, 'utf8')];
  const lib = modules.filter((m) => m.area === LIB_AREA && m.kind === 'gleam');
  const out = new Map<string, string>();
  const libOnly = new Map(lib.map(source));
  if (libOnly.size > 0) for (const [name, erl] of await compileGleam(libOnly)) out.set(name, erl);
  for (const suite of suites) {
    const own = suite.modules.filter((m) => m.kind === 'gleam').map((m) => m.name);
    if (own.length === 0) continue;
    const inputs = new Map([...lib.map(source), ...modules.filter((m) => own.includes(m.name)).map(source)]);
    const erl = await compileGleam(inputs);
    for (const name of own) out.set(name, erl.get(name)!);
  }
  return out;
}

/** Build everything into outDir (which mirrors suites/: <area>/gen, <area>/ebin). */
export async function buildCorpus(suitesDir: string, outDir: string, otp: OtpInstallation, log: (s: string) => void): Promise<number> {
  const modules = corpusModules(suitesDir);
  const erlangOf = await compileGleamPerSuite(suitesDir, modules);
  log(`gleam: ${erlangOf.size} modules compiled to Erlang`);

  // Group compiler inputs by area; erlc runs in the source directory on bare file
  // names, so nothing about the build machine's paths ends up in a .beam.
  const jobs = new Map<string, Array<{ dir: string; file: string }>>();
  let count = 0;
  for (const m of modules) {
    let dir: string;
    let file: string;
    if (m.kind === 'beamasm') {
      // Our own writer: no erlc, the same bytes on every machine. Errors name the
      // source with line and column.
      const out = ebinDir(outDir, m.area);
      mkdirSync(out, { recursive: true });
      writeFileSync(path.join(out, `${m.name}.beam`), assembleFile(m.path, path.relative(process.cwd(), m.path)));
      log(`${m.area}: ${m.name} assembled`);
      count++;
      continue;
    }
    if (m.kind === 'gleam') {
      dir = genDir(outDir, m.area);
      file = `${m.name}.erl`;
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, file), erlangOf.get(m.name)!);
    } else {
      dir = path.dirname(m.path);
      file = path.basename(m.path);
    }
    const list = jobs.get(m.area) ?? [];
    list.push({ dir, file });
    jobs.set(m.area, list);
  }
  for (const [area, inputs] of jobs) {
    const out = ebinDir(outDir, area);
    mkdirSync(out, { recursive: true });
    const byDir = new Map<string, string[]>();
    for (const i of inputs) byDir.set(i.dir, [...(byDir.get(i.dir) ?? []), i.file]);
    for (const [dir, files] of byDir) {
      const asm = files.filter((f) => f.endsWith('.S'));
      const erl = files.filter((f) => f.endsWith('.erl'));
      for (const group of [erl, asm]) {
        if (group.length === 0) continue;
        const result = await execa(otp.erlc, ['+deterministic', '-o', out, ...group.sort()], { cwd: dir, reject: false });
        if (result.exitCode !== 0) {
          throw new Error(`erlc failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
        }
      }
      count += files.length;
    }
    log(`${area}: ${inputs.length} modules`);
  }
  return count;
}

/** The portable driver for external VMs, shipped as a committed .beam (harness/driver/ebin). */
export const PORTABLE_DRIVER = 'beamconf_driver.erl';

async function buildDriver(otp: OtpInstallation, outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const r = await execa(otp.erlc, ['+deterministic', '-o', outDir, PORTABLE_DRIVER], { cwd: DRIVER_DIR, reject: false });
  if (r.exitCode !== 0) throw new Error(`erlc failed on ${PORTABLE_DRIVER}:\n${r.stdout}\n${r.stderr}`);
}

/** Names of generated files a build of the corpus owns (relative to suitesDir). */
function ownedFiles(root: string): string[] {
  const out: string[] = [];
  if (!existsSync(root)) return out;
  for (const area of readdirSync(root).sort()) {
    for (const sub of ['gen', 'ebin']) {
      const d = path.join(root, area, sub);
      if (!existsSync(d)) continue;
      for (const f of readdirSync(d).sort()) out.push(path.join(area, sub, f));
    }
  }
  return out;
}

export async function main(argv: string[] = process.argv): Promise<void> {
  const program = new Command('build-suites')
    .description('Compile the corpus: Gleam -> Erlang (WASM compiler), Erlang/.S -> .beam (OTP 26 erlc +deterministic)')
    .option('--otp <dir>', 'Erlang/OTP 26 installation (default: $BEAMCONF_OTP_HOME)')
    .option('--suites <dir>', 'suites directory', SUITES_DIR)
    .option('--check', 'rebuild into a scratch directory and verify the committed outputs are reproduced byte for byte')
    .parse(argv);
  const opts = program.opts<{ otp?: string; suites: string; check?: boolean }>();
  const suitesDir = path.resolve(opts.suites);
  const otp = await locateOtp(otpHomeFrom(opts.otp));
  console.log(`using Erlang/OTP ${otp.version} (ERTS ${otp.ertsVersion}, compiler ${otp.compilerVersion}) from ${otp.home}`);

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'beamconf-build-'));
  try {
    const count = await buildCorpus(suitesDir, scratch, otp, (s) => console.log('  ' + s));
    const driverScratch = path.join(scratch, '.driver');
    await buildDriver(otp, driverScratch);
    const driverBeam = PORTABLE_DRIVER.replace(/\.erl$/, '.beam');
    const driverTarget = path.join(DRIVER_DIR, 'ebin', driverBeam);
    const driverBuilt = path.join(driverScratch, driverBeam);
    const built = ownedFiles(scratch).filter((f) => !f.startsWith('.driver'));
    const committed = ownedFiles(suitesDir);
    if (opts.check) {
      const problems: string[] = [];
      for (const f of built) {
        const target = path.join(suitesDir, f);
        if (!existsSync(target)) problems.push(`missing: suites/${f}`);
        else if (!readFileSync(target).equals(readFileSync(path.join(scratch, f)))) problems.push(`differs: suites/${f}`);
      }
      for (const f of committed) if (!built.includes(f)) problems.push(`stale (no source): suites/${f}`);
      if (!existsSync(driverTarget) || !readFileSync(driverTarget).equals(readFileSync(driverBuilt))) problems.push(`differs: ${path.relative(process.cwd(), driverTarget)}`);
      if (problems.length > 0) {
        console.error(`build is not reproduced:\n${problems.map((p) => '  ' + p).join('\n')}\nrun: npm run build-suites`);
        process.exitCode = 1;
        return;
      }
      console.log(`reproduced ${built.length} committed files byte for byte`);
      return;
    }
    for (const f of committed) if (!built.includes(f)) rmSync(path.join(suitesDir, f));
    for (const f of built) {
      mkdirSync(path.dirname(path.join(suitesDir, f)), { recursive: true });
      cpSync(path.join(scratch, f), path.join(suitesDir, f));
    }
    mkdirSync(path.dirname(driverTarget), { recursive: true });
    cpSync(driverBuilt, driverTarget);
    console.log(`built ${count} modules into ${suitesDir}, and the portable driver ${path.relative(process.cwd(), driverTarget)}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof OtpError ? `build-suites: ${e.message}` : `build-suites: ${(e as Error).message}`);
    process.exitCode = 1;
  });
}
