// The generated beamconf_case module: our loader reads it, the reference VM runs it
// under the portable driver's start/0, and (when an OTP 26 is installed) real OTP
// loads it too.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { caseBeam, literalModuleBeam, CASE_BEAM_FILE } from '../../harness/targets/atomvm/case-beam';
import { DRIVER_BEAM, MARKER, STARTED } from '../../harness/targets/command';
import { loadBeam } from '../../reference-vm/loader/load';
import { binaryToTerm } from '../../reference-vm/etf/decode';
import { termToBinary } from '../../reference-vm/etf/encode';
import { Atom } from '../../reference-vm/terms/atom';
import { Bitstring, Tuple, type Term } from '../../reference-vm/terms/types';
import { list, tuple } from '../../reference-vm/terms/construct';
import { VM } from '../../reference-vm/vm';

const hexOf = (t: Term): string => Buffer.from(termToBinary(t)).toString('hex');
// {erlang, abs, [-5]}: a BIF, so no suite module is needed to run it.
const SPEC = tuple(Atom.of('erlang'), Atom.of('abs'), list(-5));

test('the generated module loads in our loader with one export and the spec hex as its literal', () => {
  const hex = hexOf(SPEC);
  const m = loadBeam(caseBeam(hex), CASE_BEAM_FILE);
  expect(m.name.name).toBe('beamconf_case');
  expect(m.exports.map((e) => [e.function.name, e.arity, e.label])).toEqual([['spec', 0, 2]]);
  expect(m.imports).toEqual([]);
  expect(m.functions.map((f) => [f.name.name, f.arity, f.entryLabel])).toEqual([['spec', 0, 2]]);
  expect(m.code.map((i) => i.name)).toEqual(['label', 'func_info', 'label', 'move', 'return', 'int_code_end']);
  expect(m.literals).toHaveLength(1);
  const lit = m.literals[0] as Bitstring;
  expect(lit).toBeInstanceOf(Bitstring);
  expect(Buffer.from(lit.bytes).toString('latin1')).toBe(hex);
  // term_to_binary({erlang, abs, [-5]}) as OTP 26 writes it.
  expect(hex).toBe('836803770665726c616e6777036162736c0000000162fffffffb6a');
});

test('any literal term survives the round trip through LitT', () => {
  const big = 2n ** 100n;
  const value = tuple(Atom.of('ok'), list(1, big, new Bitstring(Uint8Array.of(1, 2, 3), 20)), Atom.of('λ'));
  const m = loadBeam(literalModuleBeam(value, 'some_mod', 'value'), 'some_mod.beam');
  expect(m.name.name).toBe('some_mod');
  expect(m.exports[0].function.name).toBe('value');
  expect(Buffer.from(termToBinary(m.literals[0])).toString('hex')).toBe(hexOf(value));
});

test('the reference VM runs the driver start/0 on the generated module and reports the case', () => {
  const vm = new VM({});
  vm.loadModule(new Uint8Array(readFileSync(DRIVER_BEAM)), DRIVER_BEAM);
  vm.loadModule(caseBeam(hexOf(SPEC)), CASE_BEAM_FILE);
  const r = vm.runEntry('beamconf_driver', 'start', []);
  expect(r.outcome).toBe('return');
  if (r.outcome !== 'return') return;
  expect(r.value).toBe(Atom.of('ok'));
  const text = Buffer.from(r.stdout).toString('latin1');
  // The driver's started line, then (the case prints nothing) the result line.
  expect(text.startsWith(STARTED + MARKER)).toBe(true);
  const outcome = binaryToTerm(new Uint8Array(Buffer.from(text.slice(STARTED.length + MARKER.length).trim(), 'hex')));
  expect(outcome).toBeInstanceOf(Tuple);
  expect(hexOf(outcome)).toBe(hexOf(tuple(Atom.of('return'), 5)));
});

// Real OTP is optional: beamconf's tests never need Erlang.
const OTP_HOME = process.env.BEAMCONF_OTP_HOME ?? '/opt/otp26';
const ERL = path.join(OTP_HOME, 'bin', 'erl');
const withOtp = existsSync(ERL) ? test : test.skip;

withOtp(`real OTP loads the generated module (skipped when ${ERL} is absent: no Erlang installed)`, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beamconf-casebeam-'));
  try {
    const hex = hexOf(SPEC);
    writeFileSync(path.join(dir, CASE_BEAM_FILE), caseBeam(hex));
    const out = execFileSync(ERL, ['-noshell', '-pa', dir, '-eval', 'io:format("~s|~w", [beamconf_case:spec(), erlang:get_module_info(beamconf_case, exports)]), halt().'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(out).toBe(`${hex}|[{spec,0}]`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
