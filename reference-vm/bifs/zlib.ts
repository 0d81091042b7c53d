// The one-shot functions of OTP 26's `zlib` module: compress/uncompress (zlib format),
// zip/unzip (raw deflate), gzip/gunzip (gzip format, concatenated members accepted), and
// the deprecated checksum wrappers that take a zstream only to check it is a reference.
//
// Compression must give OTP's bytes exactly: pako is a port of the reference zlib and
// makes the same stream at the same settings (level 6, windowBits 15, memLevel 8, gzip
// header with mtime 0 and OS 3). Node's own zlib may be a fork that compresses
// differently, so it is used only to inflate, where every correct inflater agrees.
//
// zlib.erl is preloaded and compiled without line information: its frames have no
// location. The failures show the frames OTP shows: badarg from iolist_to_iovec under
// the deflate path, data_error from inflate_nif (corrupt data) or inflateEnd_nif (data
// that ends early).
//
// The zstream API (open/0, deflateInit, inflate, safeInflate, ...) is in zlib/api.ts.

import { deflate, deflateRaw, gzip } from 'pako';
import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { Atom, atoms } from '../terms/atom';
import { Bitstring, Reference, type Term } from '../terms/types';
import type { Runtime } from '../runtime/runtime';
import { ErlangException, type LibraryFrame } from './exception';
import type { NativeRegistry } from './registry';
import type { NativeContext, PlainNative } from './types';
import { adler32, crc32, iodataBytes } from './erlang/external';
import { adler32Combine, crc32Combine } from './erlang/misc';
import { STREAM_API } from './zlib/api';

const ZLIB = 'zlib';
const dataErrorAtom = Atom.of('data_error');

/** A frame of zlib.erl (no location: the module is compiled without line numbers). */
const at = (fn: string, argsOrArity: Term[] | number): LibraryFrame =>
  typeof argsOrArity === 'number' ? { module: ZLIB, function: fn, arity: argsOrArity } : { module: ZLIB, function: fn, args: argsOrArity };

type Deflater = (bytes: Uint8Array) => Uint8Array;
type Inflater = (bytes: Uint8Array) => Buffer;

/** compress/zip/gzip: deflate(Z, Data, finish) enqueues Data with iolist_to_iovec/1 first. */
function deflateWith(name: string, impl: Deflater): PlainNative {
  return ([data]) => new Bitstring(impl(enqueuedBytes(data, 'deflate', name)));
}

/**
 * The bytes of Data as enqueue_input/2 takes them (iolist_to_iovec/1), or badarg raised from
 * there with `via` (deflate/3 or inflate/3) and the API function as callers.
 */
function enqueuedBytes(data: Term, via: string, name: string): Uint8Array {
  try {
    return iodataBytes(data);
  } catch (e) {
    if (!(e instanceof ErlangException)) throw e;
    throw new ErlangException('error', atoms.badarg, undefined, {
      ...at('enqueue_input', 2),
      callers: [at(via, 3), at(name, 1)],
      failedBif: { module: 'erlang', function: 'iolist_to_iovec', args: [data] },
    });
  }
}

/** Node's zlib error codes: Z_BUF_ERROR when the data ended before the stream did. */
function isTruncation(e: unknown): boolean {
  return (e as { code?: unknown }).code === 'Z_BUF_ERROR';
}

/** The data_error OTP raises, from the NIF call that noticed it (a fresh zstream ref). */
function dataError(name: string, truncated: boolean, ctx: NativeContext): never {
  const z: Reference = (ctx.vm as Runtime).makeRef();
  const frame = truncated
    ? { ...at('inflateEnd_nif', [z]), callers: [at(name, 1)] }
    : { ...at('inflate_nif', [z, 8192, 16384, 0]), callers: [at('dequeue_all_chunks_1', 3), at('inflate', 3), at(name, 1)] };
  throw new ErlangException('error', dataErrorAtom, undefined, frame);
}

function inflateWith(name: string, impl: Inflater, data: Term, ctx: NativeContext): Term {
  // inflate/2 enqueues the input like deflate/3 does.
  const bytes = enqueuedBytes(data, 'inflate', name);
  try {
    return new Bitstring(new Uint8Array(impl(bytes)));
  } catch (e) {
    return dataError(name, isTruncation(e), ctx);
  }
}

/** uncompress/1 checks the size first: not iodata is badarg, under 8 bytes data_error. */
const uncompress: PlainNative = ([data], ctx) => {
  let size: number;
  try {
    size = iodataBytes(data).length;
  } catch (e) {
    if (!(e instanceof ErlangException)) throw e;
    throw new ErlangException('error', atoms.badarg, undefined, at('uncompress', 1));
  }
  if (size < 8) throw new ErlangException('error', dataErrorAtom, undefined, at('uncompress', 1));
  return inflateWith('uncompress', (b) => inflateSync(b), data, ctx);
};

/** The zstream argument of the checksum wrappers: any reference, else badarg in zlib. */
function checkStream(z: Term, name: string, arity: number): void {
  if (!(z instanceof Reference)) throw new ErlangException('error', atoms.badarg, undefined, at(name, arity));
}

/**
 * The checksum wrappers pass Data (and the previous value) on to erlang:crc32 and friends;
 * their badarg shows that BIF above the wrapper's frame.
 */
function checksum(name: string, args: Term[], bif: string, bifArgs: Term[], impl: () => Term): Term {
  checkStream(args[0], name, args.length);
  try {
    return impl();
  } catch (e) {
    if (!(e instanceof ErlangException)) throw e;
    throw new ErlangException(e.cls, e.reason, undefined, { ...at(name, args.length), failedBif: { module: 'erlang', function: bif, args: bifArgs } });
  }
}

type Entry = [name: string, arity: number, impl: PlainNative];

const PLAIN: Entry[] = [
  ['compress', 1, deflateWith('compress', (b) => deflate(b))],
  ['zip', 1, deflateWith('zip', (b) => deflateRaw(b))],
  ['gzip', 1, deflateWith('gzip', (b) => gzip(b))],
  ['uncompress', 1, uncompress],
  ['unzip', 1, ([d], ctx) => inflateWith('unzip', (b) => inflateRawSync(b), d, ctx)],
  ['gunzip', 1, ([d], ctx) => inflateWith('gunzip', (b) => gunzipSync(b), d, ctx)],
  ['crc32', 2, (a) => checksum('crc32', a, 'crc32', [a[1]], () => crc32(a[1]))],
  ['crc32', 3, (a) => checksum('crc32', a, 'crc32', [a[1], a[2]], () => crc32(a[2], a[1]))],
  ['adler32', 2, (a) => checksum('adler32', a, 'adler32', [a[1]], () => adler32(a[1]))],
  ['adler32', 3, (a) => checksum('adler32', a, 'adler32', [a[1], a[2]], () => adler32(a[2], a[1]))],
  ['crc32_combine', 4, (a) => checksum('crc32_combine', a, 'crc32_combine', a.slice(1), () => crc32Combine(a[1], a[2], a[3]))],
  ['adler32_combine', 4, (a) => checksum('adler32_combine', a, 'adler32_combine', a.slice(1), () => adler32Combine(a[1], a[2], a[3]))],
];

export function register(registry: NativeRegistry): void {
  for (const [name, arity, impl] of [...PLAIN, ...STREAM_API]) registry.plain(ZLIB, name, arity, impl);
}
