// Typed access to pako's port of the reference zlib (pako 2.1.0 follows zlib 1.2.12; OTP 26
// here links zlib 1.2.13, whose deflate and inflate make and accept the same streams).
// The zstream NIFs need zlib's own call-level interface (avail_in/avail_out, flush modes,
// dictionaries), which pako keeps in lib/zlib; only the fields this VM reads are typed.
//
// zlib functions pako leaves out are written here on pako's state: deflateParams (1.2.12
// semantics) and inflateGetDictionary. Three pako deviations from zlib 1.2.13 are corrected,
// as each shows in how OTP's fixed-size output chunks split a stream:
//  - zlib's flush_pending() first moves the whole bytes of the bit buffer to the pending
//    output (_tr_flush_bits); pako skips that, so its output lags by a byte now and then.
//    A private instance of pako's deflate.js is loaded whose block-emitting functions do
//    that move as they finish (flush_pending always follows them), which is equivalent.
//  - zlib's deflate() refuses to run with no output space (Z_BUF_ERROR) where pako would go
//    on consuming input.
//  - zlib starts a raw stream in INIT_STATE like the others (deflateEnd() of an unused raw
//    stream is Z_OK); pako starts it busy (Z_DATA_ERROR).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { compileFunction } from 'node:vm';

export const Z_OK = 0;
export const Z_STREAM_END = 1;
export const Z_NEED_DICT = 2;
export const Z_STREAM_ERROR = -2;
export const Z_DATA_ERROR = -3;
export const Z_MEM_ERROR = -4;
export const Z_BUF_ERROR = -5;

export const Z_NO_FLUSH = 0;
export const Z_FINISH = 4;
export const Z_BLOCK = 5;

/** deflate_state.status once the trailer has been started (pako's FINISH_STATE). */
const FINISH_STATE = 666;

export interface DeflateState {
  status: number;
  level: number;
  strategy: number;
  last_flush: number;
  strstart: number;
  block_start: number;
  lookahead: number;
  matches: number;
  w_size: number;
  hash_size: number;
  head: Uint16Array;
  prev: Uint16Array;
  max_lazy_match: number;
  good_match: number;
  nice_match: number;
  max_chain_length: number;
}

export interface InflateState {
  window: Uint8Array | null;
  whave: number;
  wnext: number;
}

/** zlib's z_stream as pako models it (input/output arrays with indices for pointers). */
export interface ZStream {
  input: Uint8Array | null;
  next_in: number;
  avail_in: number;
  output: Uint8Array | null;
  next_out: number;
  avail_out: number;
  adler: number;
  state: unknown;
}

interface DeflateLib {
  deflateInit2(s: ZStream, level: number, method: number, windowBits: number, memLevel: number, strategy: number): number;
  deflate(s: ZStream, flush: number): number;
  deflateReset(s: ZStream): number;
  deflateEnd(s: ZStream): number;
  deflateSetDictionary(s: ZStream, dict: Uint8Array): number;
}

interface InflateLib {
  inflateInit2(s: ZStream, windowBits: number): number;
  inflate(s: ZStream, flush: number): number;
  inflateReset(s: ZStream): number;
  inflateEnd(s: ZStream): number;
  inflateSetDictionary(s: ZStream, dict: Uint8Array): number;
}

/** The bit buffer of pako's deflate state, as trees.js keeps it (16 bits, like zlib 1.2.13). */
interface BitState {
  bi_buf: number;
  bi_valid: number;
  pending_buf: Uint8Array;
  pending: number;
}

/** zlib's bi_flush(): whole bytes of the bit buffer go to the pending output. */
function flushBits(s: BitState): void {
  while (s.bi_valid >= 8) {
    s.pending_buf[s.pending++] = s.bi_buf & 0xff;
    s.bi_buf >>>= 8;
    s.bi_valid -= 8;
  }
}

type TreesLib = Record<string, (s: BitState, ...rest: unknown[]) => void>;

/**
 * pako's deflate.js, instantiated privately with trees.js functions that flush the bit
 * buffer when they finish (pako's shared instance, used by compress/zip/gzip, is untouched).
 */
function loadDeflate(): DeflateLib {
  const file = require.resolve('pako/lib/zlib/deflate.js');
  const pakoRequire = createRequire(file);
  const trees = pakoRequire('./trees') as TreesLib;
  const flushing = (name: string) => (s: BitState, ...rest: unknown[]) => {
    trees[name](s, ...rest);
    flushBits(s);
  };
  const patched = { ...trees, _tr_flush_block: flushing('_tr_flush_block'), _tr_align: flushing('_tr_align'), _tr_stored_block: flushing('_tr_stored_block') };
  const body = compileFunction(readFileSync(file, 'utf8'), ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file });
  const mod = { exports: {} as DeflateLib };
  body(mod.exports, (id: string) => (id === './trees' ? patched : pakoRequire(id)), mod, file, dirname(file));
  return mod.exports;
}

const ZStreamCtor = require('pako/lib/zlib/zstream.js') as new () => ZStream;
const deflateLib = loadDeflate();
const inflateLib = require('pako/lib/zlib/inflate.js') as InflateLib;
const adler32Raw = require('pako/lib/zlib/adler32.js') as (adler: number, buf: Uint8Array, len: number, pos: number) => number;
const crc32Raw = require('pako/lib/zlib/crc32.js') as (crc: number, buf: Uint8Array, len: number, pos: number) => number;

export function newZStream(): ZStream {
  return new ZStreamCtor();
}

/** zlib's adler32(adler, buf, len), unsigned. */
export function adler32(adler: number, bytes: Uint8Array): number {
  return adler32Raw(adler, bytes, bytes.length, 0) >>> 0;
}

/** zlib's crc32(crc, buf, len), unsigned. */
export function crc32(crc: number, bytes: Uint8Array): number {
  return crc32Raw(crc, bytes, bytes.length, 0) >>> 0;
}

/** deflate_state.status before the header is written (pako's INIT_STATE). */
const INIT_STATE = 42;

/** zlib 1.2.13's deflateReset() ending: every stream starts in INIT_STATE. */
function initStatus(s: ZStream, res: number): number {
  if (res === Z_OK && (s.state as { wrap: number }).wrap === 0) deflateState(s).status = INIT_STATE;
  return res;
}

export function deflateInit2(s: ZStream, level: number, method: number, windowBits: number, memLevel: number, strategy: number): number {
  return initStatus(s, deflateLib.deflateInit2(s, level, method, windowBits, memLevel, strategy));
}

export function deflateReset(s: ZStream): number {
  return initStatus(s, deflateLib.deflateReset(s));
}

export const deflateEnd = deflateLib.deflateEnd;
export const deflateSetDictionary = deflateLib.deflateSetDictionary;
export const inflateInit2 = inflateLib.inflateInit2;
export const inflate = inflateLib.inflate;
export const inflateReset = inflateLib.inflateReset;
export const inflateEnd = inflateLib.inflateEnd;
export const inflateSetDictionary = inflateLib.inflateSetDictionary;

const deflateState = (s: ZStream): DeflateState => s.state as DeflateState;

/** zlib's deflate(): as pako's, but with zlib's refusal to work without output space. */
export function deflate(s: ZStream, flush: number): number {
  if (s.avail_out === 0 && s.state !== null) {
    return deflateState(s).status === FINISH_STATE && flush !== Z_FINISH ? Z_STREAM_ERROR : Z_BUF_ERROR;
  }
  return deflateLib.deflate(s, flush);
}

/** Which of zlib's three compressors a level uses (stored, fast, lazy): switching flushes. */
function compressorOf(level: number): number {
  return level === 0 ? 0 : level <= 3 ? 1 : 2;
}

/** The four tuning parameters zlib's configuration table gives `level`, read from pako. */
function levelParameters(level: number): Pick<DeflateState, 'max_lazy_match' | 'good_match' | 'nice_match' | 'max_chain_length'> {
  const scratch = newZStream();
  // The smallest window and hash table: only lm_init's parameter lookup is wanted.
  deflateLib.deflateInit2(scratch, level, 8, 9, 1, 0);
  const st = deflateState(scratch);
  const p = { max_lazy_match: st.max_lazy_match, good_match: st.good_match, nice_match: st.nice_match, max_chain_length: st.max_chain_length };
  deflateLib.deflateEnd(scratch);
  return p;
}

/** Moves every hash chain entry down by a window (an entry that falls off becomes NIL). */
function slideHash(st: DeflateState): void {
  const w = st.w_size;
  for (let k = 0; k < st.hash_size; k++) st.head[k] = st.head[k] >= w ? st.head[k] - w : 0;
  for (let k = 0; k < w; k++) st.prev[k] = st.prev[k] >= w ? st.prev[k] - w : 0;
}

/** zlib 1.2.12's deflateParams(): a Z_BLOCK flush when the compressor or strategy changes. */
export function deflateParams(s: ZStream, level: number, strategy: number): number {
  if (s.state === null) return Z_STREAM_ERROR;
  let st = deflateState(s);
  if (level === -1) level = 6;
  if (level < 0 || level > 9 || strategy < 0 || strategy > 4) return Z_STREAM_ERROR;
  if ((strategy !== st.strategy || compressorOf(st.level) !== compressorOf(level)) && st.last_flush !== -2) {
    const err = deflate(s, Z_BLOCK);
    if (err === Z_STREAM_ERROR) return err;
    st = deflateState(s);
    if (s.avail_in !== 0 || st.strstart - st.block_start + st.lookahead !== 0) return Z_BUF_ERROR;
  }
  if (st.level !== level) {
    // Storing (level 0) leaves the hash to be slid (matches == 1) or cleared (2).
    if (st.level === 0 && st.matches !== 0) {
      if (st.matches === 1) slideHash(st);
      else st.head.fill(0);
      st.matches = 0;
    }
    st.level = level;
    Object.assign(st, levelParameters(level));
  }
  st.strategy = strategy;
  return Z_OK;
}

/** zlib's inflateGetDictionary(): the sliding window's contents, oldest byte first. */
export function inflateGetDictionary(s: ZStream): Uint8Array {
  const st = s.state as InflateState;
  const out = new Uint8Array(st.whave);
  if (st.whave !== 0 && st.window !== null) {
    out.set(st.window.subarray(st.wnext, st.whave), 0);
    out.set(st.window.subarray(0, st.wnext), st.whave - st.wnext);
  }
  return out;
}
