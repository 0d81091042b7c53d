// External term format and hashing BIFs: term_to_binary/1,2, term_to_iovec/1,2,
// external_size/1,2, binary_to_term/1,2, phash/2, phash2/1,2, md5/1, crc32/1,2 and
// adler32/1,2. Option parsing follows erts external.c (parse_t2b_opts,
// binary_to_term_2) and the checksums erl_bif_chksum.c.

import { createHash } from 'node:crypto';
import { binaryToTerm, EtfDecodeError, type BinaryToTermOptions } from '../../etf/decode';
import { termToBinary, type TermToBinaryOptions } from '../../etf/encode';
import { Atom } from '../../terms/atom';
import type { Process } from '../../process/process';
import { ErlMap } from '../../terms/map';
import { phash, phash2 } from '../../terms/hash';
import { Bitstring, Cons, NIL, Tuple, type Term } from '../../terms/types';
import { badarg } from '../exception';

const COMPRESSED = Atom.of('compressed');
const MINOR_VERSION = Atom.of('minor_version');
const DETERMINISTIC = Atom.of('deterministic');
const LOCAL = Atom.of('local');
const SAFE = Atom.of('safe');
const USED = Atom.of('used');
/** zlib's Z_DEFAULT_COMPRESSION as erts uses it. */
const DEFAULT_LEVEL = 6;

/** parse_t2b_opts: the encoder options, or badarg. */
function encodeOptions(opts: Term): TermToBinaryOptions {
  const out: TermToBinaryOptions = {};
  let deterministic = false;
  let local = false;
  let l = opts;
  for (; l instanceof Cons; l = l.tail) {
    const o = l.head;
    if (o === COMPRESSED) out.compressed = DEFAULT_LEVEL;
    else if (o === DETERMINISTIC) deterministic = true;
    else if (o === LOCAL) local = true;
    else if (o instanceof Tuple && o.elements.length === 2 && typeof o.elements[1] === 'number') {
      const [k, v] = o.elements as [Term, number];
      if (k === MINOR_VERSION) {
        if (v !== 0 && v !== 1 && v !== 2) return badarg();
        out.minorVersion = v;
      } else if (k === COMPRESSED) {
        if (!(v >= 0 && v <= 9)) return badarg();
        out.compressed = v;
      } else return badarg();
    } else return badarg();
  }
  if (l !== NIL || (deterministic && local)) return badarg();
  // `local` only changes how pids/ports/refs of this node are encoded for a peer that
  // knows it; without distribution the standard encoding is what a decoder here reads.
  if (deterministic) out.deterministic = true;
  return out;
}

export function termToBinary1(t: Term): Term {
  return new Bitstring(termToBinary(t));
}
export function termToBinary2(t: Term, opts: Term): Term {
  return new Bitstring(termToBinary(t, encodeOptions(opts)));
}
/** term_to_iovec: the same bytes as one binary in a list (erts may split large binaries out). */
export function termToIovec(t: Term, opts: Term = NIL): Term {
  return new Cons(termToBinary2(t, opts), NIL);
}
export function externalSize(t: Term, opts: Term = NIL): Term {
  const o = encodeOptions(opts);
  // external_size ignores compression: the size of the uncompressed encoding.
  return termToBinary(t, { ...o, compressed: 0 }).length;
}

const BADOPT_INFO = ErlMap.fromEntries([
  [Atom.of('cause'), Atom.of('badopt')],
  [Atom.of('module'), Atom.of('erl_erts_errors')],
]);

export function binaryToTerm1(b: Term, p: Process): Term {
  return decode(b, {}, p);
}
export function binaryToTerm2(b: Term, opts: Term, p: Process): Term {
  const o: BinaryToTermOptions = {};
  let l = opts;
  for (; l instanceof Cons; l = l.tail) {
    if (l.head === SAFE) o.safe = true;
    else if (l.head === USED) o.used = true;
    else badarg(BADOPT_INFO);
  }
  if (l !== NIL) badarg(BADOPT_INFO);
  return decode(b, o, p);
}

function decode(b: Term, o: BinaryToTermOptions, p: Process): Term {
  if (!(b instanceof Bitstring) || (b.bitSize & 7) !== 0) return badarg();
  if (o.safe) o.exportExists = (m, f, a) => p.rt.isExported(m, f, a);
  try {
    return binaryToTerm(b.bytes.subarray(0, b.bitSize >>> 3), o);
  } catch (e) {
    if (e instanceof EtfDecodeError) return badarg();
    throw e;
  }
}

// ---- hashing ----

const TWO_POW_32 = 4294967296;

function hashRange(r: Term): number {
  if (typeof r !== 'number' || r < 1 || r > TWO_POW_32) return badarg();
  return r;
}
export function phash2Of(t: Term, range?: Term): Term {
  return range === undefined ? phash2(t) : phash2(t, hashRange(range));
}
export function phashOf(t: Term, range: Term): Term {
  return phash(t, hashRange(range));
}

// ---- checksums over iodata ----

/** The bytes of iodata (bytes, binaries, nested lists, binary tails), or badarg. */
export function iodataBytes(t: Term): Uint8Array {
  if (t instanceof Bitstring) {
    if ((t.bitSize & 7) !== 0) return badarg();
    return t.bytes.subarray(0, t.bitSize >>> 3);
  }
  const parts: Uint8Array[] = [];
  const run: number[] = [];
  const flushRun = (): void => {
    if (run.length > 0) {
      parts.push(Uint8Array.from(run));
      run.length = 0;
    }
  };
  // Explicit stack of list tails still to visit.
  const stack: Term[] = [t];
  while (stack.length > 0) {
    let l = stack.pop() as Term;
    for (;;) {
      if (l === NIL) break;
      if (l instanceof Bitstring) {
        if ((l.bitSize & 7) !== 0) return badarg();
        flushRun();
        parts.push(l.bytes.subarray(0, l.bitSize >>> 3));
        break;
      }
      if (!(l instanceof Cons)) return badarg();
      const h = l.head;
      if (typeof h === 'number') {
        if (h < 0 || h > 255) return badarg();
        run.push(h);
        l = l.tail;
      } else if (h instanceof Bitstring) {
        if ((h.bitSize & 7) !== 0) return badarg();
        flushRun();
        parts.push(h.bytes.subarray(0, h.bitSize >>> 3));
        l = l.tail;
      } else if (h instanceof Cons || h === NIL) {
        stack.push(l.tail);
        l = h;
      } else return badarg();
    }
  }
  flushRun();
  let size = 0;
  for (const x of parts) size += x.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const x of parts) {
    out.set(x, at);
    at += x.length;
  }
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32Update(crc: number, bytes: Uint8Array): number {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const ADLER_MOD = 65521;

function adler32Update(adler: number, bytes: Uint8Array): number {
  let a = adler & 0xffff;
  let b = (adler >>> 16) & 0xffff;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + bytes[i]) % ADLER_MOD;
    b = (b + a) % ADLER_MOD;
  }
  return ((b << 16) | a) >>> 0;
}

/** A previous checksum argument: an integer 0..2^32-1. */
function checksum(t: Term): number {
  if (typeof t !== 'number' || t < 0 || t >= TWO_POW_32) return badarg();
  return t;
}

export function crc32(data: Term, prev?: Term): Term {
  const start = prev === undefined ? 0 : checksum(prev);
  return crc32Update(start, iodataBytes(data));
}
export function adler32(data: Term, prev?: Term): Term {
  const start = prev === undefined ? 1 : checksum(prev);
  return adler32Update(start, iodataBytes(data));
}
export function md5(data: Term): Term {
  const bytes = iodataBytes(data);
  return new Bitstring(new Uint8Array(createHash('md5').update(bytes).digest()));
}
