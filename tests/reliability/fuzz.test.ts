// Seeded, time-bounded fuzzing of the loader with the corpus's own .beam files:
// every mutated or truncated file either loads or fails with a typed LoadError —
// never another exception, never a hang, never unbounded memory.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { prng } from './prng';
import { loadBeam, LoadError } from '../../reference-vm/loader/load';
import { SUITES_DIR } from '../../harness/paths';

const ITERATIONS = Number(process.env.BEAMCONF_FUZZ_ITERATIONS ?? 10_000);
const SEED = Number(process.env.BEAMCONF_FUZZ_SEED ?? 20261123);

function corpusBeams(): Uint8Array[] {
  const out: Uint8Array[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.beam')) out.push(new Uint8Array(readFileSync(full)));
    }
  };
  walk(SUITES_DIR);
  return out;
}

type Mutation = (b: Uint8Array, r: () => number) => Uint8Array;

const int = (r: () => number, n: number): number => Math.floor(r() * n);

const MUTATIONS: Array<[string, Mutation]> = [
  ['truncate', (b, r) => b.subarray(0, int(r, b.length))],
  ['flip-bytes', (b, r) => {
    const c = b.slice();
    for (let k = 1 + int(r, 8); k > 0; k--) c[int(r, c.length)] ^= 1 << int(r, 8);
    return c;
  }],
  ['random-run', (b, r) => {
    const c = b.slice();
    const at = int(r, c.length);
    for (let k = 0; k < 1 + int(r, 64) && at + k < c.length; k++) c[at + k] = int(r, 256);
    return c;
  }],
  ['size-field', (b, r) => {
    // Overwrite a 32-bit word with an extreme value: chunk sizes, counts, lengths.
    const c = b.slice();
    const at = int(r, Math.max(1, c.length - 4)) & ~3;
    const v = [0, 0xffffffff, 0x7fffffff, 0x80000000, c.length, int(r, 2 ** 32)][int(r, 6)];
    new DataView(c.buffer, c.byteOffset).setUint32(Math.min(at, c.length - 4), v >>> 0);
    return c;
  }],
  ['splice', (b, r) => {
    const at = int(r, b.length);
    const extra = new Uint8Array(1 + int(r, 32)).map(() => int(r, 256));
    const c = new Uint8Array(b.length + extra.length);
    c.set(b.subarray(0, at));
    c.set(extra, at);
    c.set(b.subarray(at), at + extra.length);
    return c;
  }],
];

test(`${ITERATIONS} mutated corpus .beam files load or fail with a typed LoadError`, () => {
  const beams = corpusBeams();
  expect(beams.length).toBeGreaterThan(20);
  const r = prng(SEED);
  const counts = { loaded: 0, rejected: 0 };
  let slowest = 0;
  const heapBefore = process.memoryUsage().heapUsed;
  for (let i = 0; i < ITERATIONS; i++) {
    const original = beams[int(r, beams.length)];
    const [name, mutate] = MUTATIONS[int(r, MUTATIONS.length)];
    const bytes = mutate(original, r);
    const started = performance.now();
    try {
      loadBeam(bytes, `fuzz-${i}.beam`);
      counts.loaded++;
    } catch (e) {
      if (!(e instanceof LoadError)) {
        throw new Error(`iteration ${i} (${name}, seed ${SEED}): ${(e as Error).stack}`);
      }
      expect(e.kind).not.toBe('internal');
      counts.rejected++;
    }
    const took = performance.now() - started;
    slowest = Math.max(slowest, took);
    if (took > 1000) throw new Error(`iteration ${i} (${name}, seed ${SEED}) took ${took.toFixed(0)} ms`);
  }
  expect(counts.loaded + counts.rejected).toBe(ITERATIONS);
  expect(counts.rejected).toBeGreaterThan(ITERATIONS / 2);
  expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(512 * 1024 * 1024);
}, 300_000);
