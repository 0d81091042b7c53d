// The IFF container of a .beam file ("FOR1", size, "BEAM", then chunks), and a zlib
// stream for LitT made of stored (uncompressed) deflate blocks: every zlib inflates it,
// and unlike compressed output it is the same bytes on every machine and Node version,
// so a build reproduces byte for byte.

export function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

/** One chunk: 4-character id, big-endian data size, data, zero padding to a 4-byte boundary. */
export function chunk(id: string, data: Uint8Array | number[]): Uint8Array {
  if (id.length !== 4) throw new RangeError(`chunk id '${id}' is not 4 characters`);
  const body = data instanceof Uint8Array ? data : Uint8Array.from(data);
  const out = new Uint8Array(8 + ((body.length + 3) & ~3));
  out.set(Buffer.from(id, 'latin1'), 0);
  out.set(u32(body.length), 4);
  out.set(body, 8);
  return out;
}

/** The whole file: FOR1 header and the chunks in the order given. */
export function beamFile(chunks: readonly Uint8Array[]): Uint8Array {
  const bodySize = 4 + chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(8 + bodySize);
  out.set(Buffer.from('FOR1', 'latin1'), 0);
  out.set(u32(bodySize), 4);
  out.set(Buffer.from('BEAM', 'latin1'), 8);
  let at = 12;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const MAX_STORED_BLOCK = 0xffff;

/** A zlib stream (RFC 1950) holding `data` in stored deflate blocks (RFC 1951, BTYPE 00). */
export function zlibStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / MAX_STORED_BLOCK));
  const out = new Uint8Array(2 + blocks * 5 + data.length + 4);
  // CMF 0x78: deflate, 32K window; FLG 0x01: no dictionary, and (CMF * 256 + FLG) % 31 == 0.
  out[0] = 0x78;
  out[1] = 0x01;
  let at = 2;
  for (let k = 0; k < blocks; k++) {
    const part = data.subarray(k * MAX_STORED_BLOCK, (k + 1) * MAX_STORED_BLOCK);
    out[at] = k === blocks - 1 ? 1 : 0; // BFINAL on the last block, BTYPE 00
    out[at + 1] = part.length & 0xff; // LEN, little-endian
    out[at + 2] = part.length >>> 8;
    out[at + 3] = ~part.length & 0xff; // NLEN: one's complement of LEN
    out[at + 4] = (~part.length >>> 8) & 0xff;
    out.set(part, at + 5);
    at += 5 + part.length;
  }
  out.set(u32(adler32(data)), at);
  return out;
}

function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}
