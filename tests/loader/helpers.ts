// Test helpers: fixture access, chunk surgery (take a real .beam apart and put it
// back together with one chunk changed) and byte patching at known places.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { LoadError, loadBeam, type LoadErrorKind } from '../../reference-vm/loader/load';
import type { LoadedModule } from '../../reference-vm/loader/types';

export const FIXTURES = join(__dirname, 'fixtures');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export interface RawChunk {
  id: string;
  data: Uint8Array;
}

/** The chunks of a well-formed .beam file, in order. */
export function splitChunks(bytes: Uint8Array): RawChunk[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = 8 + view.getUint32(4);
  const chunks: RawChunk[] = [];
  let at = 12;
  while (at < end) {
    const id = String.fromCharCode(...bytes.subarray(at, at + 4));
    const size = view.getUint32(at + 4);
    chunks.push({ id, data: bytes.slice(at + 8, at + 8 + size) });
    at += 8 + ((size + 3) & ~3);
  }
  return chunks;
}

/** A .beam file from chunks (sizes and padding computed). */
export function joinChunks(chunks: RawChunk[]): Uint8Array {
  const bytes: number[] = [];
  const u32 = (n: number) => bytes.push((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
  const ascii = (s: string) => bytes.push(...Array.from(s, (c) => c.charCodeAt(0)));
  ascii('FOR1');
  u32(0); // form size, filled in below
  ascii('BEAM');
  for (const c of chunks) {
    ascii(c.id);
    u32(c.data.length);
    for (const b of c.data) bytes.push(b);
    while (bytes.length % 4 !== 0) bytes.push(0);
  }
  const out = new Uint8Array(bytes);
  new DataView(out.buffer).setUint32(4, out.length - 8);
  return out;
}

export function getChunk(bytes: Uint8Array, id: string): Uint8Array {
  const c = splitChunks(bytes).find((x) => x.id === id);
  if (c === undefined) throw new Error(`no chunk ${id}`);
  return c.data;
}

/** Replace one chunk's data (or drop it when `data` is null). */
export function withChunk(bytes: Uint8Array, id: string, data: Uint8Array | null): Uint8Array {
  const chunks = splitChunks(bytes);
  const out: RawChunk[] = [];
  for (const c of chunks) {
    if (c.id !== id) out.push(c);
    else if (data !== null) out.push({ id, data });
  }
  return joinChunks(out);
}

/** File offset of a chunk's data. */
export function chunkOffset(bytes: Uint8Array, id: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 12;
  while (at < bytes.length) {
    const name = String.fromCharCode(...bytes.subarray(at, at + 4));
    const size = view.getUint32(at + 4);
    if (name === id) return at + 8;
    at += 8 + ((size + 3) & ~3);
  }
  throw new Error(`no chunk ${id}`);
}

/** File offset of the first instruction (the Code header is 4 + 16 bytes). */
export function codeStart(bytes: Uint8Array): number {
  const at = chunkOffset(bytes, 'Code');
  return at + 4 + new DataView(bytes.buffer, bytes.byteOffset).getUint32(at);
}

/** File offset of the n-th instruction called `name` (n counts from 0). */
export function instructionAt(bytes: Uint8Array, name: string, n = 0): number {
  const m = loadBeam(bytes, 'probe');
  const found = m.code.filter((i) => i.name === name)[n];
  if (found === undefined) throw new Error(`no ${name} #${n}`);
  return codeStart(bytes) + found.offset;
}

export function patched(bytes: Uint8Array, at: number, values: number[]): Uint8Array {
  const out = bytes.slice();
  out.set(values, at);
  return out;
}

export function writeU32(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const out = bytes.slice();
  new DataView(out.buffer).setUint32(at, value >>> 0);
  return out;
}

/** The literal table inflated: [uncompressed size prefix removed]. */
export function inflateLiterals(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(inflateSync(getChunk(bytes, 'LitT').subarray(4)));
}

/** A LitT chunk holding `table` (count + entries), with a declared size (default: exact). */
export function literalChunk(table: Uint8Array, declared = table.length): Uint8Array {
  const z = deflateSync(table);
  const out = new Uint8Array(4 + z.length);
  new DataView(out.buffer).setUint32(0, declared >>> 0);
  out.set(z, 4);
  return out;
}

/** Runs the loader and returns the LoadError it must throw. */
export function loadError(bytes: Uint8Array, file = 'test.beam'): LoadError {
  let result: LoadedModule;
  try {
    result = loadBeam(bytes, file);
  } catch (e) {
    if (e instanceof LoadError) return e;
    throw e;
  }
  throw new Error(`expected a LoadError, loaded ${result.name.name}`);
}

export function expectKind(bytes: Uint8Array, kind: LoadErrorKind): LoadError {
  const e = loadError(bytes);
  if (e.kind !== kind) throw new Error(`expected ${kind}, got ${e.kind}: ${e.message}`);
  return e;
}
