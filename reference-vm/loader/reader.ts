// A bounds-checked big-endian cursor over one region of the .beam file. Every read
// checks the remaining bytes first, so no declared size is trusted before it is
// known to fit; failures become LoadErrors carrying the absolute file offset.

import { LoadError, type LoadErrorKind } from './errors';

export class ByteReader {
  /** Absolute offset (in the whole file) of the next byte to read. */
  pos: number;

  constructor(
    readonly bytes: Uint8Array,
    readonly file: string,
    readonly chunk: string | null,
    start: number,
    /** Absolute offset one past the last readable byte. */
    readonly end: number,
  ) {
    this.pos = start;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  atEnd(): boolean {
    return this.pos >= this.end;
  }

  error(kind: LoadErrorKind, detail: string, offset: number = this.pos): LoadError {
    return new LoadError(this.file, this.chunk, offset, kind, detail);
  }

  /** Throws `truncated` (or `kind`) unless `n` more bytes are available. */
  need(n: number, what: string, kind: LoadErrorKind = 'truncated'): void {
    if (n < 0 || n > this.end - this.pos) {
      throw this.error(kind, `${what}: needs ${n} bytes, ${this.end - this.pos} left`);
    }
  }

  u8(what: string): number {
    this.need(1, what);
    return this.bytes[this.pos++];
  }

  u16(what: string): number {
    this.need(2, what);
    const b = this.bytes;
    const v = (b[this.pos] << 8) | b[this.pos + 1];
    this.pos += 2;
    return v;
  }

  /** Signed 32-bit big-endian, as the loader reads every table field. */
  i32(what: string): number {
    this.need(4, what);
    const b = this.bytes;
    const p = this.pos;
    const v = (b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3];
    this.pos += 4;
    return v;
  }

  /** Signed 64-bit big-endian. */
  i64(what: string): bigint {
    this.need(8, what);
    let v = 0n;
    for (let i = 0; i < 8; i++) v = (v << 8n) | BigInt(this.bytes[this.pos + i]);
    this.pos += 8;
    return BigInt.asIntN(64, v);
  }

  /** A view (not a copy) of the next `n` bytes. */
  take(n: number, what: string, kind: LoadErrorKind = 'truncated'): Uint8Array {
    this.need(n, what, kind);
    const view = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return view;
  }

  /** A reader limited to the next `n` bytes (this reader skips past them). */
  sub(n: number, what: string, kind: LoadErrorKind = 'truncated'): ByteReader {
    this.need(n, what, kind);
    const r = new ByteReader(this.bytes, this.file, this.chunk, this.pos, this.pos + n);
    this.pos += n;
    return r;
  }
}

/** A 4-byte IFF id as text ('FOR1', 'AtU8', ...); bytes outside ASCII shown as \xNN. */
export function iffIdText(bytes: Uint8Array, at: number): string {
  let s = '';
  for (let i = 0; i < 4; i++) {
    const c = bytes[at + i];
    s += c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : `\\x${c.toString(16).padStart(2, '0')}`;
  }
  return s;
}
