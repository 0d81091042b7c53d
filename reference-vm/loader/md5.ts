// The module checksum that Mod:module_info(md5) returns (the same value as
// beam_lib:md5/1 and the compiler's own): MD5 over the data of AtU8, Code, StrT,
// ImpT, ExpT, FunT (with every OldUniq field zeroed, since old versions derived it
// with an endian-dependent hash), LitT (still compressed) and Meta, in that order.
// Absent chunks contribute nothing.

import { createHash } from 'node:crypto';
import { LoadError } from './errors';
import type { Chunk } from './types';

const MD5_CHUNKS = ['AtU8', 'Code', 'StrT', 'ImpT', 'ExpT', 'FunT', 'LitT', 'Meta'] as const;

export function moduleMd5(bytes: Uint8Array, chunks: Map<string, Chunk>, file: string): Uint8Array {
  const hash = createHash('md5');
  for (const id of MD5_CHUNKS) {
    const chunk = chunks.get(id);
    if (chunk === undefined || chunk.size === 0) continue;
    const data = bytes.subarray(chunk.offset, chunk.offset + chunk.size);
    if (id === 'FunT') {
      hashLambdaTable(hash, data, chunk, file);
    } else {
      hash.update(data);
    }
  }
  return new Uint8Array(hash.digest());
}

function hashLambdaTable(hash: ReturnType<typeof createHash>, data: Uint8Array, chunk: Chunk, file: string): void {
  if (data.length < 4 || (data.length - 4) % 24 !== 0) {
    throw new LoadError(file, 'FunT', chunk.offset, 'bad-table', `lambda table of ${data.length} bytes is not 4 + 24 * N`);
  }
  hash.update(data.subarray(0, 4));
  const zero = new Uint8Array(4);
  for (let at = 4; at < data.length; at += 24) {
    hash.update(data.subarray(at, at + 20)); // function, arity, label, index, free count
    hash.update(zero); // old uniq
  }
}
