// LitT: a 4-byte uncompressed size, then a zlib stream that inflates to
// (count, then per literal: 4-byte size + external term format blob).

import { inflateSync } from 'node:zlib';
import type { Term } from '../terms/types';
import { LoadError } from './errors';
import { ByteReader } from './reader';

/** Decodes one external-term-format blob (version byte included); throws on malformed input. */
export type TermDecoder = (bytes: Uint8Array) => Term;

// Deflate cannot expand data by more than about 1032:1, so no stream can legitimately
// inflate past this many bytes per compressed byte (plus a little slack).
const MAX_DEFLATE_RATIO = 1032;

export function readLiteralTable(r: ByteReader, decode: TermDecoder): Term[] {
  const sizeAt = r.pos;
  const declared = r.i32('uncompressed literal table size');
  if (declared < 0) {
    throw r.error('zlib', `negative uncompressed size ${declared}`, sizeAt);
  }
  const compressed = r.take(r.remaining, 'compressed literals');
  // Output is capped at the declared size (one extra byte detects overflow), and
  // never more than the input could produce: a zlib bomb cannot grow memory.
  const cap = Math.min(declared, compressed.length * MAX_DEFLATE_RATIO + 64) + 1;
  let data: Buffer;
  try {
    data = inflateSync(compressed, { maxOutputLength: cap });
  } catch (e) {
    if ((e as NodeJS.ErrnoException | null)?.code === 'ERR_BUFFER_TOO_LARGE') {
      throw r.error('zlib', `literal table inflates past its declared size ${declared}`, sizeAt + 4);
    }
    const why = e instanceof Error ? e.message : String(e);
    throw r.error('zlib', `literal table does not inflate: ${why}`, sizeAt + 4);
  }
  if (data.length > declared) {
    throw r.error('zlib', `literal table inflates past its declared size ${declared}`, sizeAt + 4);
  }

  // Offsets inside the inflated data are not file offsets; errors point at the
  // compressed stream and say where in the inflated data the fault is.
  const inner = new ByteReader(new Uint8Array(data.buffer, data.byteOffset, data.length), r.file, r.chunk, 0, data.length);
  try {
    const count = inner.i32('literal count');
    if (count < 0 || count * 4 > inner.remaining) {
      throw inner.error('bad-literal', `literal count ${count} does not fit the ${inner.remaining} inflated bytes`, 0);
    }
    const literals: Term[] = [];
    for (let i = 0; i < count; i++) {
      const at = inner.pos;
      const size = inner.i32(`size of literal ${i}`);
      const blob = inner.take(size, `literal ${i}`, 'bad-literal');
      try {
        literals.push(decode(blob));
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        throw inner.error('bad-literal', `literal ${i} is not a valid external term: ${why}`, at);
      }
    }
    return literals;
  } catch (e) {
    if (e instanceof LoadError) {
      const kind = e.kind === 'truncated' ? 'bad-literal' : e.kind;
      throw r.error(kind, `${e.detail} (at byte ${e.offset} of the inflated table)`, sizeAt + 4);
    }
    throw e;
  }
}
