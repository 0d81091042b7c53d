// The zstream API of OTP 26's zlib.erl over the NIFs of stream.ts: argument mapping,
// input enqueueing, the chunk loops, the stash that carries output across need_dictionary
// and deflateParams/3, and iolist building (append_iolist), in zlib.erl's order, so that
// a failure leaves the stream as OTP leaves it.
//
// Failures carry the frames OTP shows: the raising NIF (with its arguments) or zlib.erl
// function (arity only: the preloaded module has no line information), then the zlib.erl
// functions still on the stack below it (tail calls leave none).

import { Atom, atoms } from '../../terms/atom';
import { Bitstring, Cons, NIL, Pid, Reference, Tuple, type Term } from '../../terms/types';
import { listFromArray } from '../../terms/construct';
import type { Runtime } from '../../runtime/runtime';
import { ErlangException, type LibraryFrame, type NativeFrame } from '../exception';
import type { NativeContext, PlainNative } from '../types';
import { iodataBytes } from '../erlang/external';
import { iovecSegments, iovecTerm } from './iovec';
import { NifRaise, ZlibStream, zlibAtoms as A } from './stream';

const ZLIB = 'zlib';

/** Streams by their reference: the reference is the resource term (a NIF resource in OTP). */
const streams = new WeakMap<Reference, ZlibStream>();

const fr = (fn: string, arity: number): LibraryFrame => ({ module: ZLIB, function: fn, arity });

type Callers = LibraryFrame[];

function raiseIn(reason: Term, frame: NativeFrame): never {
  throw new ErlangException('error', reason, undefined, frame);
}

/** erlang:error(Reason) in zlib.erl function `fn`/`arity`. */
function errorIn(reason: Term, fn: string, arity: number, callers: Callers): never {
  return raiseIn(reason, { ...fr(fn, arity), callers });
}

const self = (ctx: NativeContext): Pid => ctx.self as Pid;

/**
 * Calls NIF `name` on args (args[0] the zstream): badarg when that is no zstream or `check`
 * rejects the other arguments, else the NIF's result or its raised exception.
 */
function nif(name: string, args: Term[], callers: Callers, body: (s: ZlibStream) => Term, check: () => boolean = () => true): Term {
  const z = args[0];
  const s = z instanceof Reference ? streams.get(z) : undefined;
  const frame: NativeFrame = { module: ZLIB, function: name, args, callers };
  if (s === undefined || !check()) return raiseIn(atoms.badarg, frame);
  try {
    return body(s);
  } catch (e) {
    if (e instanceof NifRaise) return raiseIn(e.reason, frame);
    throw e;
  }
}

function isInt(t: Term): t is number {
  return typeof t === 'number';
}

// ---- argument mapping (arg_level/1 and friends) ----

const LEVELS: Record<string, number> = { none: 0, best_speed: 1, best_compression: 9, default: -1 };
const STRATEGIES: Record<string, number> = { filtered: 1, huffman_only: 2, rle: 3, default: 0 };
const FLUSHES: Record<string, number> = { none: 0, sync: 2, full: 3, finish: 4 };
const EOS: Record<string, number> = { error: 0, reset: 1, cut: 2 };

function named(table: Record<string, number>, t: Term): number | undefined {
  return t instanceof Atom && Object.prototype.hasOwnProperty.call(table, t.name) ? table[t.name] : undefined;
}

function argLevel(t: Term, callers: Callers): number {
  const n = named(LEVELS, t);
  if (n !== undefined) return n;
  if (isInt(t) && t >= 0 && t <= 9) return t;
  return errorIn(Atom.of('bad_compression_level'), 'arg_level', 1, callers);
}

function argStrategy(t: Term, callers: Callers): number {
  const n = named(STRATEGIES, t);
  return n !== undefined ? n : errorIn(Atom.of('bad_compression_strategy'), 'arg_strategy', 1, callers);
}

function argMethod(t: Term, callers: Callers): number {
  return t === Atom.of('deflated') ? 8 : errorIn(Atom.of('bad_compression_method'), 'arg_method', 1, callers);
}

function argFlush(t: Term, callers: Callers): number {
  const n = named(FLUSHES, t);
  return n !== undefined ? n : errorIn(Atom.of('bad_flush_mode'), 'arg_flush', 1, callers);
}

function argEos(t: Term, callers: Callers): number {
  const n = named(EOS, t);
  return n !== undefined ? n : errorIn(Atom.of('bad_eos_behavior'), 'arg_eos_behavior', 1, callers);
}

function argBits(t: Term, callers: Callers): number {
  if (isInt(t) && ((t >= 8 && t < 48) || (t >= -15 && t <= -8))) return t;
  return errorIn(Atom.of('bad_windowbits'), 'arg_bitsz', 1, callers);
}

function argMem(t: Term, callers: Callers): number {
  if (isInt(t) && t >= 1 && t <= 9) return t;
  return errorIn(Atom.of('bad_memlevel'), 'arg_mem', 1, callers);
}

// ---- iolists ----

/** append_iolist/2. */
function appendIolist(io: Term, d: Term): Term {
  if (io === NIL) return d === NIL || d instanceof Cons ? d : new Cons(d, NIL);
  if (d === NIL) return io;
  if (d instanceof Cons && d.tail === NIL) return listFromArray([io, d.head]);
  return listFromArray([io, d]);
}

/** lists:flatten/1 of an iolist of binaries. */
function flatten(t: Term): Term {
  const out: Term[] = [];
  const walk = (x: Term): void => {
    for (; x instanceof Cons; x = x.tail) {
      if (x.head instanceof Cons || x.head === NIL) walk(x.head);
      else out.push(x.head);
    }
  };
  walk(t);
  return listFromArray(out);
}

// ---- zlib.erl internals ----

/** enqueue_input/2: iolist_to_iovec/1, then enqueue_nif/2 unless there is nothing. */
function enqueueInput(ctx: NativeContext, z: Term, data: Term, callers: Callers): void {
  let segments: Uint8Array[];
  try {
    segments = iovecSegments(data);
  } catch (e) {
    if (!(e instanceof ErlangException)) throw e;
    raiseIn(atoms.badarg, { ...fr('enqueue_input', 2), callers, failedBif: { module: 'erlang', function: 'iolist_to_iovec', args: [data] } });
  }
  if (segments.length === 0) return;
  nif('enqueue_nif', [z, iovecTerm(segments)], [fr('enqueue_input_1', 2), ...callers], (s) => s.enqueue(self(ctx), segments));
}

/** restore_progress/2: the output stashed by an earlier call of this kind, or []. */
function restoreProgress(ctx: NativeContext, z: Term, kind: Atom, callers: Callers): Term {
  const at = [fr('restore_progress', 2), ...callers];
  const got = nif('getStash_nif', [z], at, (s) => s.getStash(self(ctx)));
  if (got === A.empty) return NIL;
  const stashed = got instanceof Tuple ? got.elements[1] : undefined;
  if (stashed instanceof Tuple && stashed.elements[0] === kind) {
    const cleared = nif('clearStash_nif', [z], at, (s) => s.clearStash(self(ctx)));
    if (cleared !== A.ok) errorIn(new Tuple([Atom.of('badmatch'), cleared]), 'restore_progress', 2, callers);
    return stashed.elements[1];
  }
  return errorIn(new Tuple([Atom.of('case_clause'), got]), 'restore_progress', 2, callers);
}

/** save_progress/3. */
function saveProgress(ctx: NativeContext, z: Term, kind: Atom, output: Term, callers: Callers): void {
  const term = new Tuple([kind, output]);
  nif('setStash_nif', [z, term], [fr('save_progress', 3), ...callers], (s) => s.setStash(self(ctx), term));
}

interface CodecOpts {
  nif: 'deflate_nif' | 'inflate_nif';
  inChunk: number;
  outChunk: number;
  flush: number;
}

const deflateOpts = (flush: number): CodecOpts => ({ nif: 'deflate_nif', inChunk: 8192, outChunk: 8192, flush });
const inflateOpts = (outChunk = 16384): CodecOpts => ({ nif: 'inflate_nif', inChunk: 8192, outChunk, flush: 0 });

/** dequeue_next_chunk/2: one deflate_nif/inflate_nif call. */
function nextChunk(ctx: NativeContext, z: Term, o: CodecOpts, callers: Callers): Term {
  return nif(o.nif, [z, o.inChunk, o.outChunk, o.flush], callers, (s) =>
    o.nif === 'deflate_nif' ? s.deflate(self(ctx), o.inChunk, o.outChunk, o.flush) : s.inflate(self(ctx), o.inChunk, o.outChunk, o.flush),
  );
}

/** dequeue_all_chunks/2: chunks until finished (or need_dictionary, returned as is). */
function allChunks(ctx: NativeContext, z: Term, o: CodecOpts, callers: Callers): Term {
  const at = [fr('dequeue_all_chunks_1', 3), ...callers];
  let output: Term = NIL;
  for (;;) {
    const r = nextChunk(ctx, z, o, at);
    const els = r instanceof Tuple ? r.elements : [];
    if (els[0] === A.need_dictionary && els.length === 3) return r;
    if (els.length === 2 && els[0] === A.continue) output = appendIolist(output, els[1]);
    else if (els.length === 2 && els[0] === A.finished) return appendIolist(output, els[1]);
    else return errorIn(new Tuple([Atom.of('case_clause'), r]), 'dequeue_all_chunks_1', 3, callers);
  }
}

const DEFLATE = Atom.of('deflate');
const INFLATE = Atom.of('inflate');

/** deflate/3. */
function deflate3(ctx: NativeContext, z: Term, data: Term, flush: Term, callers: Callers): Term {
  const at = [fr('deflate', 3), ...callers];
  const progress = restoreProgress(ctx, z, DEFLATE, at);
  enqueueInput(ctx, z, data, at);
  const opts = deflateOpts(argFlush(flush, [fr('deflate_opts', 1), ...at]));
  return appendIolist(progress, allChunks(ctx, z, opts, at));
}

/** exception_on_need_dict/2: prepend stashed output; need_dictionary becomes an error. */
function exceptionOnNeedDict(ctx: NativeContext, z: Term, result: Term, callers: Callers): Term {
  const at = [fr('exception_on_need_dict', 2), ...callers];
  const els = result instanceof Tuple ? result.elements : undefined;
  if (els !== undefined && els.length === 3 && els[0] === A.need_dictionary) {
    const progress = restoreProgress(ctx, z, INFLATE, at);
    saveProgress(ctx, z, INFLATE, appendIolist(progress, els[2]), at);
    return errorIn(new Tuple([A.need_dictionary, els[1]]), 'exception_on_need_dict', 2, callers);
  }
  if (els !== undefined && els.length === 2) {
    const progress = restoreProgress(ctx, z, INFLATE, at);
    return new Tuple([els[0], appendIolist(progress, els[1])]);
  }
  if (result === NIL || result instanceof Cons || result instanceof Bitstring) {
    return appendIolist(restoreProgress(ctx, z, INFLATE, at), result);
  }
  return raiseIn(atoms.function_clause, { module: ZLIB, function: 'exception_on_need_dict', args: [z, result], callers });
}

/** proplist_get_value/3 (zlib.erl's own: proplists is not preloaded). */
function proplistValue(opts: Term, name: Atom, dflt: Term, callers: Callers): Term {
  let l = opts;
  for (;;) {
    if (l === NIL) return dflt;
    if (!(l instanceof Cons)) return raiseIn(atoms.function_clause, { module: ZLIB, function: 'proplist_get_value', args: [l, name, dflt], callers });
    const h = l.head;
    if (h instanceof Tuple && h.elements.length === 2 && h.elements[0] === name) return h.elements[1];
    l = l.tail;
  }
}

// ---- the API ----

type Entry = [name: string, arity: number, impl: PlainNative];

const open: PlainNative = (_args, ctx) => {
  const ref = (ctx.vm as Runtime).makeRef();
  streams.set(ref, new ZlibStream(self(ctx)));
  return ref;
};

function deflateInit6(ctx: NativeContext, a: Term[]): Term {
  const at = [fr('deflateInit', 6)];
  const level = argLevel(a[1], at);
  const method = argMethod(a[2], at);
  const bits = argBits(a[3], at);
  const mem = argMem(a[4], at);
  const strategy = argStrategy(a[5], at);
  return nif('deflateInit_nif', [a[0], level, method, bits, mem, strategy], [], (s) => s.deflateInit(self(ctx), level, method, bits, mem, strategy));
}

function inflateInit3(ctx: NativeContext, z: Term, bitsTerm: Term, eosTerm: Term): Term {
  const at = [fr('inflateInit', 3)];
  const bits = argBits(bitsTerm, at);
  const eos = argEos(eosTerm, at);
  return nif('inflateInit_nif', [z, bits, eos], [], (s) => s.inflateInit(self(ctx), bits, eos));
}

/** The bytes of a dictionary (enif_inspect_iolist_as_binary), or null when not iodata. */
function dictionaryBytes(d: Term): Uint8Array | null {
  try {
    return iodataBytes(d);
  } catch (e) {
    if (e instanceof ErlangException) return null;
    throw e;
  }
}

function setDictionary(kind: 'deflate' | 'inflate'): PlainNative {
  return ([z, d], ctx) => {
    const bytes = dictionaryBytes(d);
    return nif(
      `${kind}SetDictionary_nif`,
      [z, d],
      [],
      (s) => (kind === 'deflate' ? s.deflateSetDictionary(self(ctx), bytes as Uint8Array) : s.inflateSetDictionary(self(ctx), bytes as Uint8Array)),
      () => bytes !== null,
    );
  };
}

function inflate3(ctx: NativeContext, z: Term, data: Term, options: Term): Term {
  const at = [fr('inflate', 3)];
  enqueueInput(ctx, z, data, at);
  const result = allChunks(ctx, z, inflateOpts(), at);
  const flag = proplistValue(options, Atom.of('exception_on_need_dict'), atoms.true, at);
  if (flag === atoms.true) return exceptionOnNeedDict(ctx, z, result, []);
  if (flag === atoms.false) return result;
  return errorIn(new Tuple([Atom.of('case_clause'), flag]), 'inflate', 3, []);
}

function inflateChunk1(ctx: NativeContext, z: Term): Term {
  const at = [fr('inflateChunk', 1)];
  const size = nif('getBufSize_nif', [z], at, (s) => s.getBufSize(self(ctx)));
  const result = exceptionOnNeedDict(ctx, z, nextChunk(ctx, z, inflateOpts(size as number), at), at);
  const els = result instanceof Tuple ? result.elements : [];
  if (els[0] === A.continue) return new Tuple([Atom.of('more'), flatten(els[1])]);
  if (els[0] === A.finished) return flatten(els[1]);
  return raiseIn(atoms.function_clause, { module: ZLIB, function: 'yield_inflateChunk', args: [z, result], callers: at });
}

const simpleNif =
  (name: string, call: (s: ZlibStream, caller: Pid) => Term): PlainNative =>
  ([z], ctx) =>
    nif(name, [z], [], (s) => call(s, self(ctx)));

export const STREAM_API: Entry[] = [
  ['open', 0, open],
  ['close', 1, simpleNif('close_nif', (s, p) => s.close(p))],
  [
    'set_controlling_process',
    2,
    ([z, pid], ctx) =>
      nif('set_controller_nif', [z, pid], [], (s) => s.setController(self(ctx), pid as Pid), () => pid instanceof Pid && pid.node === self(ctx).node),
  ],
  ['deflateInit', 1, ([z], ctx) => deflateInit6(ctx, [z, Atom.of('default'), Atom.of('deflated'), 15, 8, Atom.of('default')])],
  ['deflateInit', 2, ([z, l], ctx) => deflateInit6(ctx, [z, l, Atom.of('deflated'), 15, 8, Atom.of('default')])],
  ['deflateInit', 6, (a, ctx) => deflateInit6(ctx, a)],
  ['deflateSetDictionary', 2, setDictionary('deflate')],
  ['deflateReset', 1, simpleNif('deflateReset_nif', (s, p) => s.deflateReset(p))],
  [
    'deflateParams',
    3,
    ([z, l, st], ctx) => {
      const at = [fr('deflateParams', 3)];
      const level = argLevel(l, at);
      const strategy = argStrategy(st, at);
      const progress = deflate3(ctx, z, new Bitstring(new Uint8Array(0)), Atom.of('sync'), at);
      const r = nif('deflateParams_nif', [z, level, strategy], at, (s) => s.deflateParams(self(ctx), level, strategy));
      if (r !== A.ok) return r;
      saveProgress(ctx, z, DEFLATE, progress, at);
      return A.ok;
    },
  ],
  ['deflate', 2, ([z, d], ctx) => deflate3(ctx, z, d, Atom.of('none'), [])],
  ['deflate', 3, ([z, d, f], ctx) => deflate3(ctx, z, d, f, [])],
  ['deflateEnd', 1, simpleNif('deflateEnd_nif', (s, p) => s.deflateEnd(p))],
  ['inflateInit', 1, ([z], ctx) => inflateInit3(ctx, z, 15, Atom.of('cut'))],
  ['inflateInit', 2, ([z, w], ctx) => inflateInit3(ctx, z, w, Atom.of('cut'))],
  ['inflateInit', 3, ([z, w, e], ctx) => inflateInit3(ctx, z, w, e)],
  ['inflateSetDictionary', 2, setDictionary('inflate')],
  ['inflateGetDictionary', 1, ([z], ctx) => nif('inflateGetDictionary_nif', [z], [fr('inflateGetDictionary', 1)], (s) => s.inflateGetDictionary(self(ctx)))],
  ['inflateReset', 1, simpleNif('inflateReset_nif', (s, p) => s.inflateReset(p))],
  ['inflate', 2, ([z, d], ctx) => inflate3(ctx, z, d, NIL)],
  ['inflate', 3, ([z, d, o], ctx) => inflate3(ctx, z, d, o)],
  ['inflateEnd', 1, simpleNif('inflateEnd_nif', (s, p) => s.inflateEnd(p))],
  [
    'inflateChunk',
    2,
    ([z, d], ctx) => {
      enqueueInput(ctx, z, d, [fr('inflateChunk', 2)]);
      return inflateChunk1(ctx, z);
    },
  ],
  ['inflateChunk', 1, ([z], ctx) => inflateChunk1(ctx, z)],
  [
    'safeInflate',
    2,
    ([z, d], ctx) => {
      enqueueInput(ctx, z, d, [fr('safeInflate', 2)]);
      return nextChunk(ctx, z, inflateOpts(), []);
    },
  ],
  [
    'setBufSize',
    2,
    ([z, size], ctx) => {
      if (!(isInt(size) && size > 16 && size < 1 << 24)) errorIn(atoms.badarg, 'setBufSize', 2, []);
      return nif('setBufSize_nif', [z, size], [], (s) => s.setBufSize(self(ctx), size as number));
    },
  ],
  ['getBufSize', 1, simpleNif('getBufSize_nif', (s, p) => s.getBufSize(p))],
  ['crc32', 1, simpleNif('crc32_nif', (s, p) => s.crc32(p))],
];
