// Random and mutated bytes given to binary_to_term/1,2 inside the VM: the Erlang code
// sees a term or badarg, never anything else, and no JS exception reaches the host.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prng } from './prng';
import { VM } from '../../reference-vm/vm';
import { termToBinary } from '../../reference-vm/etf/encode';
import { parseTerm } from '../../harness/term-text';
import { Atom } from '../../reference-vm/terms/atom';
import { Bitstring, Tuple, type Term } from '../../reference-vm/terms/types';

const ITERATIONS = Number(process.env.BEAMCONF_FUZZ_ITERATIONS ?? 3000);
const BEAM = path.join(__dirname, 'suites', 'decode', 'ebin', 'etf_fuzz.beam');

const SEEDS = [
  '{ok, [1, 2.5, <<"bin">>, "str", #{a => [b]}], -123456789012345678901234567890}',
  '[{tag, <<1:3>>}, fun lists:map/2, 3.0e300, \'unicode_λ\', []]',
  '#{1 => 2, <<"k">> => {x, y, z}, [nested, [list]] => 1.5}',
];

test(`${ITERATIONS} random or mutated binaries: binary_to_term returns a term or raises badarg`, () => {
  const vm = new VM({});
  vm.loadModule(new Uint8Array(readFileSync(BEAM)), BEAM);
  const r = prng(7);
  const valid = SEEDS.map((s) => termToBinary(parseTerm(s)));
  const seen = { ok: 0, badarg: 0 };
  for (let i = 0; i < ITERATIONS; i++) {
    let bytes: Uint8Array;
    if (i % 3 === 0) {
      bytes = new Uint8Array(Math.floor(r() * 40)).map(() => Math.floor(r() * 256));
      if (bytes.length > 0 && r() < 0.7) bytes[0] = 131;
    } else {
      bytes = valid[i % valid.length].slice();
      for (let k = 1 + Math.floor(r() * 4); k > 0; k--) bytes[1 + Math.floor(r() * (bytes.length - 1))] = Math.floor(r() * 256);
      if (r() < 0.3) bytes = bytes.subarray(0, Math.floor(r() * bytes.length));
    }
    const fn = i % 2 === 0 ? 'decode' : 'decode_safe';
    const res = vm.runEntry('etf_fuzz', fn, [new Bitstring(bytes)], { timeoutMs: 5000 });
    if (res.outcome !== 'return') throw new Error(`iteration ${i}: ${res.outcome} for bytes ${Buffer.from(bytes).toString('hex')}`);
    const v: Term = res.value;
    if (v === Atom.of('badarg')) seen.badarg++;
    else if (v instanceof Tuple && v.elements[0] === Atom.of('ok')) seen.ok++;
    else throw new Error(`iteration ${i}: unexpected ${String(v)}`);
  }
  expect(seen.ok + seen.badarg).toBe(ITERATIONS);
  expect(seen.badarg).toBeGreaterThan(ITERATIONS / 3);
  expect(seen.ok).toBeGreaterThan(0);
}, 120_000);
