// capture-atom-table: records the beginning of Erlang/OTP 26's atom table, in index
// order, as reference-vm/terms/otp26-atoms.json. OTP orders the atom keys of small
// maps by atom index and hashes atoms by index in large maps, so the reference VM
// creates these atoms first, at the same indices. Only the prefix that is identical
// in every run is kept: past it, boot-time code loading races make the table vary.

import { Command } from 'commander';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import execa from 'execa';
import { REPO_ROOT } from '../harness/paths';
import { locateOtp, otpHomeFrom, OtpError } from '../harness/otp';

const DUMP_MODULE = `-module(beamconf_atom_dump).
-export([main/1]).
main([Out]) ->
    N = erlang:system_info(atom_count),
    %% 'K' (ATOM_INTERNAL_REF3) names an atom by its index.
    Names = [atom_to_binary(binary_to_term(<<131, $K, I:24>>)) || I <- lists:seq(0, N - 1)],
    ok = file:write_file(Out, [[B, $\\n] || B <- Names]),
    halt().
`;

export const ATOM_TABLE_FILE = path.join(REPO_ROOT, 'reference-vm', 'terms', 'otp26-atoms.json');

export async function main(argv: string[] = process.argv): Promise<void> {
  const o = new Command('capture-atom-table')
    .description("record the stable beginning of Erlang/OTP 26's atom table")
    .option('--otp <dir>', 'Erlang/OTP 26 installation (default: $BEAMCONF_OTP_HOME)')
    .option('--runs <n>', 'boots to compare', '5')
    .parse(argv)
    .opts<{ otp?: string; runs: string }>();
  const otp = await locateOtp(otpHomeFrom(o.otp));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beamconf-atoms-'));
  try {
    writeFileSync(path.join(dir, 'beamconf_atom_dump.erl'), DUMP_MODULE);
    await execa(otp.erlc, ['-o', dir, path.join(dir, 'beamconf_atom_dump.erl')]);
    const tables: string[][] = [];
    for (let i = 0; i < Number(o.runs); i++) {
      const out = path.join(dir, `atoms-${i}.txt`);
      // The same command-line shape as golden capture (-noshell -noinput -pa ... -eval).
      await execa(otp.erl, ['-noshell', '-noinput', '-pa', dir, '-eval', `beamconf_atom_dump:main(["${out}"])`]);
      tables.push(readFileSync(out, 'utf8').split('\n').slice(0, -1));
    }
    let n = 0;
    while (tables.every((t) => n < t.length && t[n] === tables[0][n])) n++;
    const prefix = tables[0].slice(0, n);
    writeFileSync(ATOM_TABLE_FILE, JSON.stringify({ otp: otp.version, note: 'atom table prefix identical over every boot; index = position', atoms: prefix }, null, 0) + '\n');
    console.log(`${n} atoms (of ${tables.map((t) => t.length).join('/')}) are identical over ${tables.length} boots of OTP ${otp.version}; wrote ${path.relative(process.cwd(), ATOM_TABLE_FILE)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(`capture-atom-table: ${e instanceof OtpError ? e.message : (e as Error).message}`);
    process.exitCode = 1;
  });
}
