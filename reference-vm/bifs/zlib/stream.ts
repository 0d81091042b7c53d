// The zstream resource of OTP 26 (erts zlib_nif.c): one zlib stream, its owner (the
// controlling process), an input queue of iovec segments, a stash term for zlib.erl, and
// the NIFs over them. Each method is one NIF; zlib.erl's logic above them is in api.ts.
//
// NIF outcomes: a returned term, or a NifRaise (enif_raise_exception / enif_make_badarg)
// that the caller turns into an error with the NIF's frame.

import { Atom } from '../../terms/atom';
import { Bitstring, Cons, NIL, Pid, Tuple, type Term } from '../../terms/types';
import { equals } from '../../terms/compare';
import * as z from './pako-zlib';

export class NifRaise {
  constructor(readonly reason: Term) {}
}

const A = {
  ok: Atom.of('ok'),
  empty: Atom.of('empty'),
  error: Atom.of('error'),
  continue: Atom.of('continue'),
  finished: Atom.of('finished'),
  need_dictionary: Atom.of('need_dictionary'),
  not_on_controlling_process: Atom.of('not_on_controlling_process'),
  not_initialized: Atom.of('not_initialized'),
  already_initialized: Atom.of('already_initialized'),
  stream_end: Atom.of('stream_end'),
  stream_error: Atom.of('stream_error'),
  data_error: Atom.of('data_error'),
  mem_error: Atom.of('mem_error'),
  buf_error: Atom.of('buf_error'),
  unknown_error: Atom.of('unknown_error'),
};

const raise = (reason: Term): never => {
  throw new NifRaise(reason);
};

/** zlib_return: a zlib code as the NIF's result; stream and data errors are raised. */
function zlibReturn(code: number): Term {
  switch (code) {
    case z.Z_OK:
      return A.ok;
    case z.Z_STREAM_END:
      return A.stream_end;
    case z.Z_STREAM_ERROR:
      return raise(A.stream_error);
    case z.Z_DATA_ERROR:
      return raise(A.data_error);
    case z.Z_MEM_ERROR:
      return A.mem_error;
    case z.Z_BUF_ERROR:
      return A.buf_error;
    default:
      return A.unknown_error;
  }
}

type StreamState = 'none' | 'deflate' | 'inflate' | 'closed';

/** What to do with input after the end of an inflated stream (inflateInit/3). */
export const EOS_ERROR = 0;
export const EOS_RESET = 1;
export const EOS_CUT = 2;

const EMPTY = new Uint8Array(0);

/** The FIFO of input segments (ErlNifIOQueue): bytes leave from the front. */
class InputQueue {
  segments: Uint8Array[] = [];
  size = 0;
  enqueue(segments: Uint8Array[]): void {
    for (const s of segments) {
      if (s.length === 0) continue;
      this.segments.push(s);
      this.size += s.length;
    }
  }
  dequeue(n: number): void {
    this.size -= n;
    while (n > 0) {
      const head = this.segments[0];
      if (head.length <= n) {
        n -= head.length;
        this.segments.shift();
      } else {
        this.segments[0] = head.subarray(n);
        n = 0;
      }
    }
  }
}

/** A NIF call's result in zlib.erl's protocol: {finished|continue, Out} or need_dictionary. */
function codecResult(mark: Atom, produced: Uint8Array | null, adler?: number): Term {
  const out: Term = produced === null ? NIL : new Cons(new Bitstring(produced), NIL);
  return adler === undefined ? new Tuple([mark, out]) : new Tuple([A.need_dictionary, adler, out]);
}

export class ZlibStream {
  private state: StreamState = 'none';
  private strm: z.ZStream = z.newZStream();
  private owner: Pid;
  private eosBehavior = EOS_CUT;
  private eosSeen = false;
  private isRaw = false;
  private wantInputCrc = false;
  private wantOutputCrc = false;
  private inputCrc = 0;
  private outputCrc = 0;
  /** inflateChunk's output size (deprecated getBufSize/setBufSize). */
  private bufSize = 4000;
  private readonly queue = new InputQueue();
  private stash: Term | undefined;

  constructor(owner: Pid) {
    this.owner = owner;
  }

  /** zlib_process_check: only the controlling process may use the stream. */
  private checkOwner(caller: Pid): void {
    if (!equals(caller, this.owner)) raise(A.not_on_controlling_process);
  }

  private need(caller: Pid, state: 'deflate' | 'inflate'): void {
    this.checkOwner(caller);
    if (this.state !== state) raise(A.not_initialized);
  }

  private resetInput(): void {
    this.queue.segments = [];
    this.queue.size = 0;
    this.stash = undefined;
  }

  /** zlib_internal_close. */
  private closeInternal(): void {
    this.strm = z.newZStream();
    this.stash = undefined;
    this.state = 'closed';
  }

  close(caller: Pid): Term {
    this.checkOwner(caller);
    if (this.state === 'closed') raise(A.not_initialized);
    this.closeInternal();
    return A.ok;
  }

  setController(caller: Pid, pid: Pid): Term {
    this.checkOwner(caller);
    this.owner = pid;
    return A.ok;
  }

  getStash(caller: Pid): Term {
    this.checkOwner(caller);
    return this.stash === undefined ? A.empty : new Tuple([A.ok, this.stash]);
  }

  clearStash(caller: Pid): Term {
    this.checkOwner(caller);
    if (this.stash === undefined) raise(A.error);
    this.stash = undefined;
    return A.ok;
  }

  setStash(caller: Pid, term: Term): Term {
    this.checkOwner(caller);
    if (this.stash !== undefined) raise(A.error);
    this.stash = term;
    return A.ok;
  }

  getBufSize(caller: Pid): Term {
    this.checkOwner(caller);
    return this.bufSize;
  }

  setBufSize(caller: Pid, size: number): Term {
    this.checkOwner(caller);
    this.bufSize = size;
    return A.ok;
  }

  enqueue(caller: Pid, segments: Uint8Array[]): Term {
    this.checkOwner(caller);
    if (this.state !== 'deflate' && this.state !== 'inflate') raise(A.not_initialized);
    this.queue.enqueue(segments);
    return A.ok;
  }

  crc32(caller: Pid): Term {
    this.checkOwner(caller);
    if (this.state === 'deflate') return this.inputCrc;
    if (this.state === 'inflate') return this.outputCrc;
    return raise(A.not_initialized);
  }

  // ---- deflate ----

  deflateInit(caller: Pid, level: number, method: number, windowBits: number, memLevel: number, strategy: number): Term {
    this.checkOwner(caller);
    if (this.state !== 'none') raise(A.already_initialized);
    const strm = z.newZStream();
    const res = z.deflateInit2(strm, level, method, windowBits, memLevel, strategy);
    if (res === z.Z_OK) {
      this.strm = strm;
      this.state = 'deflate';
      this.eosSeen = false;
      this.isRaw = windowBits < 0;
      this.wantOutputCrc = false;
      this.wantInputCrc = this.isRaw;
      this.inputCrc = 0;
      this.outputCrc = 0;
    }
    return zlibReturn(res);
  }

  deflateSetDictionary(caller: Pid, dict: Uint8Array): Term {
    this.need(caller, 'deflate');
    const res = z.deflateSetDictionary(this.strm, dict);
    if (res !== z.Z_OK) return zlibReturn(res);
    // A raw stream has no adler in the z_stream; the NIF sums the dictionary from 0.
    return this.isRaw ? z.adler32(0, dict) : this.strm.adler >>> 0;
  }

  deflateReset(caller: Pid): Term {
    this.need(caller, 'deflate');
    const res = z.deflateReset(this.strm);
    this.inputCrc = 0;
    this.eosSeen = false;
    this.resetInput();
    return zlibReturn(res);
  }

  deflateEnd(caller: Pid): Term {
    this.need(caller, 'deflate');
    let res = z.deflateEnd(this.strm);
    if (res === z.Z_OK && this.queue.size > 0) res = z.Z_DATA_ERROR;
    this.resetInput();
    this.state = 'none';
    return zlibReturn(res);
  }

  deflateParams(caller: Pid, level: number, strategy: number): Term {
    this.need(caller, 'deflate');
    // The NIF offers one byte of output: the flush before it must have left nothing.
    const strm = this.strm;
    strm.output = new Uint8Array(1);
    strm.next_out = 0;
    strm.avail_out = 1;
    const res = z.deflateParams(strm, level, strategy);
    if (strm.avail_out === 0) return zlibReturn(z.Z_STREAM_ERROR);
    return zlibReturn(res);
  }

  deflate(caller: Pid, inChunk: number, outChunk: number, flush: number): Term {
    this.need(caller, 'deflate');
    return this.codec(z.deflate, inChunk, outChunk, flush);
  }

  // ---- inflate ----

  inflateInit(caller: Pid, windowBits: number, eosBehavior: number): Term {
    this.checkOwner(caller);
    if (this.state !== 'none') raise(A.already_initialized);
    const strm = z.newZStream();
    const res = z.inflateInit2(strm, windowBits);
    if (res === z.Z_OK) {
      this.strm = strm;
      this.state = 'inflate';
      this.eosBehavior = eosBehavior;
      this.eosSeen = false;
      this.isRaw = windowBits < 0;
      this.wantOutputCrc = this.isRaw;
      this.wantInputCrc = false;
      this.inputCrc = 0;
      this.outputCrc = 0;
    }
    return zlibReturn(res);
  }

  inflateSetDictionary(caller: Pid, dict: Uint8Array): Term {
    this.need(caller, 'inflate');
    return zlibReturn(z.inflateSetDictionary(this.strm, dict));
  }

  inflateGetDictionary(caller: Pid): Term {
    this.need(caller, 'inflate');
    return new Bitstring(z.inflateGetDictionary(this.strm));
  }

  inflateReset(caller: Pid): Term {
    this.need(caller, 'inflate');
    const res = z.inflateReset(this.strm);
    this.outputCrc = 0;
    this.eosSeen = false;
    this.resetInput();
    return zlibReturn(res);
  }

  inflateEnd(caller: Pid): Term {
    this.need(caller, 'inflate');
    let res = z.inflateEnd(this.strm);
    if (res === z.Z_OK && (!this.eosSeen || this.queue.size > 0)) res = z.Z_DATA_ERROR;
    this.resetInput();
    this.state = 'none';
    return zlibReturn(res);
  }

  inflate(caller: Pid, inChunk: number, outChunk: number, flush: number): Term {
    this.need(caller, 'inflate');
    if (this.eosSeen && this.queue.size > 0) {
      if (this.eosBehavior === EOS_ERROR) return zlibReturn(z.Z_DATA_ERROR);
      if (this.eosBehavior === EOS_RESET) {
        const res = z.inflateReset(this.strm);
        if (res !== z.Z_OK) return zlibReturn(res);
        this.eosSeen = false;
      } else if (this.eosBehavior === EOS_CUT) {
        this.resetInput();
      }
    }
    return this.codec(z.inflate, inChunk, outChunk, flush);
  }

  /**
   * zlib_codec / zlib_flush_queue: run the codec over the queue's segments (at most inChunk
   * bytes of each, while under inChunk consumed in all) into one outChunk-byte buffer with
   * Z_NO_FLUSH, then, when the queue is empty and there is room, once more with `flush`.
   */
  private codec(run: (s: z.ZStream, flush: number) => number, inChunk: number, outChunk: number, flush: number): Term {
    const strm = this.strm;
    const out = new Uint8Array(outChunk);
    strm.output = out;
    strm.next_out = 0;
    strm.avail_out = outChunk;
    let res = z.Z_OK;
    let consumed = 0;
    const segments = this.queue.segments.slice();
    for (let k = 0; res === z.Z_OK && k < segments.length && consumed < inChunk; k++) {
      const seg = segments[k];
      const block = Math.min(seg.length, inChunk);
      strm.input = seg;
      strm.next_in = 0;
      strm.avail_in = block;
      res = run(strm, z.Z_NO_FLUSH);
      const used = block - strm.avail_in;
      consumed += used;
      if (this.wantInputCrc) this.inputCrc = z.crc32(this.inputCrc, seg.subarray(0, used));
    }
    this.queue.dequeue(consumed);
    const remaining = this.queue.size;
    if (res === z.Z_OK && remaining === 0 && strm.avail_out > 0) {
      strm.input = EMPTY;
      strm.next_in = 0;
      strm.avail_in = 0;
      res = run(strm, flush);
    }
    const produced = outChunk - strm.avail_out;
    strm.input = null;
    strm.output = null;
    if (res < 0 && res !== z.Z_BUF_ERROR) return zlibReturn(res);
    if (res === z.Z_STREAM_END) this.eosSeen = true;
    const bytes = produced > 0 ? out.slice(0, produced) : null;
    if (this.wantOutputCrc && bytes !== null) this.outputCrc = z.crc32(this.outputCrc, bytes);
    // No progress at all on pending input: not a stream zlib can read.
    if (consumed === 0 && produced === 0 && remaining !== 0) return zlibReturn(z.Z_DATA_ERROR);
    if (remaining === 0 && produced < outChunk) return codecResult(A.finished, bytes);
    if (res !== z.Z_NEED_DICT) return codecResult(A.continue, bytes);
    return codecResult(A.need_dictionary, bytes, strm.adler >>> 0);
  }
}

export { A as zlibAtoms };
