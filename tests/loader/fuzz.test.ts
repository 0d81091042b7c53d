// Seeded mini-fuzz: mutated fixtures must load completely or fail with a LoadError
// (never another exception, never the 'internal' safety-net kind, never a hang).

import { LoadError, loadBeam, type LoadErrorKind } from '../../reference-vm/loader/load';
import type { LoadedModule } from '../../reference-vm/loader/types';
import { Atom } from '../../reference-vm/terms/atom';
import { chunkOffset, fixture, getChunk, inflateLiterals, literalChunk, withChunk } from './helpers';
import { prng } from '../reliability/prng';


const INTERESTING_U32 = [0, 1, 0x7f, 0x80, 0xff, 0x7fffffff, 0x80000000, 0xffffffff, 0xfffffffc, 24, 100000];

function mutate(base: Uint8Array, literalTable: Uint8Array | null, rnd: () => number): Uint8Array {
  const int = (n: number) => Math.floor(rnd() * n);
  const strategy = int(7);
  const out = base.slice();
  switch (strategy) {
    case 0: {
      // a few random bytes anywhere
      const n = 1 + int(4);
      for (let i = 0; i < n; i++) out[int(out.length)] = int(256);
      return out;
    }
    case 1:
      return base.slice(0, int(base.length));
    case 2: {
      // an interesting 32-bit value at a 4-byte boundary (sizes and counts live there)
      const at = 4 * int(base.length >> 2);
      new DataView(out.buffer).setUint32(at, INTERESTING_U32[int(INTERESTING_U32.length)]);
      return out;
    }
    case 3: {
      // random bytes inside the code area, where operands are densest
      const start = chunkOffset(base, 'Code') + 20;
      const size = getChunk(base, 'Code').length - 20;
      const n = 1 + int(3);
      for (let i = 0; i < n; i++) out[start + int(size)] = int(256);
      return out;
    }
    case 4: {
      // insert or delete one byte
      const at = int(base.length);
      if (rnd() < 0.5) return new Uint8Array([...base.subarray(0, at), ...base.subarray(at + 1)]);
      return new Uint8Array([...base.subarray(0, at), int(256), ...base.subarray(at)]);
    }
    case 5: {
      // mutate the inflated literal table and recompress it
      if (literalTable === null) return out;
      const table = literalTable.slice();
      const n = 1 + int(3);
      for (let i = 0; i < n; i++) table[int(table.length)] = int(256);
      return withChunk(base, 'LitT', literalChunk(table));
    }
    default: {
      // flip single bits in table chunks
      const ids = ['AtU8', 'ImpT', 'ExpT', 'LocT', 'FunT', 'Line', 'Type', 'Attr', 'CInf'].filter((id) => {
        try {
          return getChunk(base, id).length > 0;
        } catch {
          return false;
        }
      });
      const id = ids[int(ids.length)];
      const at = chunkOffset(base, id) + int(getChunk(base, id).length);
      out[at] ^= 1 << int(8);
      return out;
    }
  }
}

function checkComplete(m: LoadedModule): void {
  expect(m.name).toBeInstanceOf(Atom);
  expect(m.atoms[1]).toBe(m.name);
  expect(m.code.length).toBeGreaterThan(0);
  expect(m.code[m.code.length - 1].name).toBe('int_code_end');
  expect(m.functions.length).toBe(m.functionCount);
  expect(m.md5.length).toBe(16);
  for (const e of m.exports) expect(m.labels.has(e.label)).toBe(true);
}

test('2,000 seeded mutations: every outcome is a LoadedModule or a LoadError', () => {
  const bases = [fixture('lf_tiny.beam'), fixture('lf_basic.beam')];
  const tables = [null, inflateLiterals(bases[1])];
  const rnd = prng(Number(process.env.LOADER_FUZZ_SEED ?? 0x5eed2026));
  const kinds = new Map<LoadErrorKind, number>();
  let loaded = 0;
  // LOADER_FUZZ_ITERATIONS / LOADER_FUZZ_SEED run a longer or different campaign locally.
  const iterations = Number(process.env.LOADER_FUZZ_ITERATIONS ?? 2000);
  for (let i = 0; i < iterations; i++) {
    const which = i % 2;
    const bytes = mutate(bases[which], tables[which], rnd);
    let outcome: LoadedModule | LoadError;
    try {
      outcome = loadBeam(bytes, `mutant-${i}.beam`);
    } catch (e) {
      if (!(e instanceof LoadError)) {
        throw new Error(`mutation ${i} threw a non-LoadError: ${String(e)}`);
      }
      outcome = e;
    }
    if (outcome instanceof LoadError) {
      if (outcome.kind === 'internal') throw new Error(`mutation ${i}: ${outcome.message}`);
      expect(outcome.file).toBe(`mutant-${i}.beam`);
      expect(outcome.offset).toBeGreaterThanOrEqual(0);
      kinds.set(outcome.kind, (kinds.get(outcome.kind) ?? 0) + 1);
    } else {
      checkComplete(outcome);
      loaded++;
    }
  }
  if (process.env.LOADER_FUZZ_ITERATIONS !== undefined) console.log(loaded, [...kinds.entries()]);
  // The mutations reach deep into the loader, not only the container checks.
  expect(loaded).toBeGreaterThan(50);
  expect(kinds.size).toBeGreaterThanOrEqual(12);
  for (const kind of ['truncated', 'bad-chunk-size', 'zlib', 'bad-literal', 'bad-compact-term', 'unknown-opcode'] as const) {
    expect(kinds.get(kind) ?? 0).toBeGreaterThan(0);
  }
});
