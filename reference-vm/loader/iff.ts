// The IFF container of a .beam file: 'FOR1', form size, 'BEAM', then chunks of
// (4-byte id, 4-byte size, data padded to a multiple of 4 bytes).

import { LoadError } from './errors';
import { ByteReader, iffIdText } from './reader';
import type { Chunk } from './types';

export interface ChunkDirectory {
  /** Every chunk in file order (duplicates included). */
  all: Chunk[];
  /** Chunk by id; like OTP, a later chunk with the same id replaces an earlier one. */
  byId: Map<string, Chunk>;
}

export function readChunkDirectory(bytes: Uint8Array, file: string): ChunkDirectory {
  const top = new ByteReader(bytes, file, null, 0, bytes.length);
  if (!startsWith(bytes, 0, 'FOR1')) {
    if (bytes.length < 4 && isPrefixOf(bytes, 'FOR1')) {
      throw top.error('truncated', `file is ${bytes.length} bytes, shorter than an IFF header`);
    }
    throw top.error('bad-magic', `not an IFF file: starts with '${iffIdText(padded(bytes), 0)}', expected 'FOR1'`, 0);
  }
  top.pos = 4;
  const formSize = top.i32('IFF form size');
  if (formSize < 0 || formSize > top.remaining) {
    throw top.error('truncated', `IFF form size ${formSize >>> 0} exceeds the ${top.remaining} bytes that follow`, 4);
  }
  // Bytes after the form are ignored, as the runtime does.
  const form = new ByteReader(bytes, file, null, 8, 8 + formSize);
  if (formSize < 4) {
    throw form.error('truncated', `IFF form of ${formSize} bytes has no form type`);
  }
  if (!startsWith(bytes, 8, 'BEAM')) {
    throw form.error('bad-magic', `not a BEAM file: IFF form type is '${iffIdText(bytes, 8)}'`);
  }
  form.pos = 12;

  const all: Chunk[] = [];
  const byId = new Map<string, Chunk>();
  while (!form.atEnd()) {
    const headerAt = form.pos;
    if (form.remaining < 8) {
      throw form.error('truncated', `${form.remaining} stray bytes where a chunk header (8 bytes) should be`);
    }
    const id = iffIdText(bytes, headerAt);
    form.pos += 4;
    const size = form.i32(`size of chunk '${id}'`);
    // Chunk data is padded to 4 bytes; the padding must be inside the form too.
    const stored = size < 0 ? -1 : size + ((4 - (size & 3)) & 3);
    if (stored < 0 || stored > form.remaining) {
      throw new LoadError(
        file,
        id,
        headerAt + 4,
        'bad-chunk-size',
        `chunk size ${size >>> 0} (padded ${stored}) exceeds the ${form.remaining} bytes left in the form`,
      );
    }
    const chunk: Chunk = { id, offset: form.pos, size };
    form.pos += stored;
    all.push(chunk);
    byId.set(id, chunk);
  }
  return { all, byId };
}

function startsWith(bytes: Uint8Array, at: number, text: string): boolean {
  if (at + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) {
    if (bytes[at + i] !== text.charCodeAt(i)) return false;
  }
  return true;
}

function isPrefixOf(bytes: Uint8Array, text: string): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== text.charCodeAt(i)) return false;
  }
  return true;
}

function padded(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(4);
  out.set(bytes.subarray(0, 4));
  return out;
}
