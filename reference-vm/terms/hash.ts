// The BEAM's term hash functions, bit-exact with OTP 26 on a 64-bit build:
//
//   makeHash          erlang:phash/2       (erts make_hash)
//   makeHash2         erlang:phash2/1,2    (erts make_hash2; Bob Jenkins' mix)
//   makeInternalHash  map HAMT placement   (erts make_internal_hash, salt 0)
//
// All three walk the term with an explicit stack, so deep terms cannot overflow
// the JS stack. Arithmetic is unsigned 32-bit: Math.imul and `| 0` / `>>> 0`.
//
// make_internal_hash hashes immediates by their raw 64-bit tagged word, so it
// depends on the atom table index of atoms (see atomWord). That is why maps with
// more than 32 atom keys (or keys containing atoms, or local funs, whose module
// atom is hashed the same way) iterate in an order that depends on when each atom
// was created: on OTP the index comes from boot and code loading order; here it is
// this VM's own atom creation order, so such orders can differ from OTP's.
// Local pids and ports are also immediates; their words hold the number with the
// process/port-table index bits permuted (see tableWordNumber).
// External pids, ports and references and `fun M:F/A` are hashed by OTP from C
// pointers (not reproducible even between two OTP runs); here a deterministic
// stand-in built from their fields is used instead.
//
// The Jenkins mix is what OTP uses unless erts was compiled with SSE4.2 (or ARM
// CRC32) enabled, in which case make_internal_hash uses CRC32C instead; a default
// x86-64 build (as /opt/otp26) uses the Jenkins mix.

import { Atom } from './atom';
import { magnitudeWords } from './bignum';
import { ErlMap } from './map';
import { isLocalNode } from './node';
import {
  Bitstring,
  Cons,
  ExportFun,
  Float,
  Fun,
  NIL,
  Pid,
  Port,
  Reference,
  Tuple,
  type Term,
} from './types';

// ---------------------------------------------------------------------------
// Shared helpers

const HCONST = 0x9e3779b9;
const HCONST_2 = 0x3c6ef372;
const HCONST_3 = 0xdaa66d2b;
const HCONST_4 = 0x78dde6e4;
const HCONST_5 = 0x1715609d;
const HCONST_6 = 0xb54cda56;
const HCONST_7 = 0x5384540f;
const HCONST_8 = 0xf1bbcdc8;
const HCONST_9 = 0x8ff34781;
const HCONST_10 = 0x2e2ac13a;
const HCONST_11 = 0xcc623af3;
const HCONST_12 = 0x6a99b4ac;
const HCONST_13 = 0x08d12e65;
const HCONST_14 = 0xa708a81e;
const HCONST_15 = 0x454021d7;
const HCONST_16 = 0xe3779b90;
const HCONST_17 = 0x81af1549;
const HCONST_18 = 0x1fe68f02;
const HCONST_19 = 0xbe1e08bb;
const HCONST_20 = 0x5c558274;
const HCONST_21 = 0xfa8cfc2d;
const HCONST_22 = 0x98c475e6;

/** make_internal_hash starts from this salt (xor the caller's salt). */
const INTERNAL_HASH_SALT = 3432918353;

const TWO_26 = 67108864;
const TWO_28 = 268435456;

/**
 * Mixes x and y (each offset by aConst) into hash with Bob Jenkins' mix and
 * returns the new hash (erts UINT32_HASH_2).
 */
function mix2(x: number, y: number, aConst: number, hash: number): number {
  let a = (aConst + x) | 0;
  let b = (aConst + y) | 0;
  let c = hash | 0;
  a = (a - b - c) | 0; a ^= c >>> 13;
  b = (b - c - a) | 0; b ^= a << 8;
  c = (c - a - b) | 0; c ^= b >>> 13;
  a = (a - b - c) | 0; a ^= c >>> 12;
  b = (b - c - a) | 0; b ^= a << 16;
  c = (c - a - b) | 0; c ^= b >>> 5;
  a = (a - b - c) | 0; a ^= c >>> 3;
  b = (b - c - a) | 0; b ^= a << 10;
  c = (c - a - b) | 0; c ^= b >>> 15;
  return c >>> 0;
}

/** Bob Jenkins' block hash over the first `length` bytes (erts block_hash). */
function blockHash(k: Uint8Array, length: number, initval: number): number {
  let a = HCONST | 0;
  let b = HCONST | 0;
  let c = initval | 0;
  let i = 0;
  const mix = (): void => {
    a = (a - b - c) | 0; a ^= c >>> 13;
    b = (b - c - a) | 0; b ^= a << 8;
    c = (c - a - b) | 0; c ^= b >>> 13;
    a = (a - b - c) | 0; a ^= c >>> 12;
    b = (b - c - a) | 0; b ^= a << 16;
    c = (c - a - b) | 0; c ^= b >>> 5;
    a = (a - b - c) | 0; a ^= c >>> 3;
    b = (b - c - a) | 0; b ^= a << 10;
    c = (c - a - b) | 0; c ^= b >>> 15;
  };
  while (length - i >= 12) {
    a = (a + (k[i] | (k[i + 1] << 8) | (k[i + 2] << 16) | (k[i + 3] << 24))) | 0;
    b = (b + (k[i + 4] | (k[i + 5] << 8) | (k[i + 6] << 16) | (k[i + 7] << 24))) | 0;
    c = (c + (k[i + 8] | (k[i + 9] << 8) | (k[i + 10] << 16) | (k[i + 11] << 24))) | 0;
    mix();
    i += 12;
  }
  c = (c + length) | 0;
  const rest = length - i;
  // The first byte of c is reserved for the length.
  if (rest >= 11) c = (c + (k[i + 10] << 24)) | 0;
  if (rest >= 10) c = (c + (k[i + 9] << 16)) | 0;
  if (rest >= 9) c = (c + (k[i + 8] << 8)) | 0;
  if (rest >= 8) b = (b + (k[i + 7] << 24)) | 0;
  if (rest >= 7) b = (b + (k[i + 6] << 16)) | 0;
  if (rest >= 6) b = (b + (k[i + 5] << 8)) | 0;
  if (rest >= 5) b = (b + k[i + 4]) | 0;
  if (rest >= 4) a = (a + (k[i + 3] << 24)) | 0;
  if (rest >= 3) a = (a + (k[i + 2] << 16)) | 0;
  if (rest >= 2) a = (a + (k[i + 1] << 8)) | 0;
  if (rest >= 1) a = (a + k[i]) | 0;
  mix();
  return c >>> 0;
}

const floatView = new DataView(new ArrayBuffer(8));

/** [low word, high word] of the IEEE double; -0.0 is hashed as 0.0 by OTP. */
function floatWords(value: number): [number, number] {
  floatView.setFloat64(0, value === 0 ? 0 : value, true);
  return [floatView.getUint32(0, true), floatView.getUint32(4, true)];
}

const utf8 = new TextEncoder();
const atomHashCache = new Map<Atom, number>();

/**
 * The atom's hash value in the atom table (erts atom_hash: hashpjw over the
 * UTF-8 text, where a two-byte sequence for U+0080..U+00FF counts as its latin-1 byte).
 */
export function atomHashValue(atom: Atom): number {
  const cached = atomHashCache.get(atom);
  if (cached !== undefined) return cached;
  const p = utf8.encode(atom.name);
  let h = 0;
  let i = 0;
  while (i < p.length) {
    let v = p[i++];
    if (i < p.length && (v & 0xfe) === 0xc2 && (p[i] & 0xc0) === 0x80) {
      v = ((v << 6) | (p[i] & 0x3f)) & 0xff;
      i++;
    }
    h = ((h << 4) + v) >>> 0;
    const g = h & 0xf0000000;
    if (g !== 0) {
      h = (h ^ (g >>> 24)) >>> 0;
      h = (h ^ g) >>> 0;
    }
  }
  atomHashCache.set(atom, h);
  return h;
}

function isByte(t: Term): t is number {
  return typeof t === 'number' && t >= 0 && t <= 255 && Number.isInteger(t);
}

function refWord(ref: Reference, i: number): number {
  return i < ref.ids.length ? ref.ids[i] >>> 0 : 0;
}

function numberOfPort(port: Port): [number, number] {
  return [port.id % 4294967296 >>> 0, Math.floor(port.id / 4294967296) >>> 0];
}

/** Markers pushed on the work stacks; never confused with terms. */
class Marker {
  constructor(readonly name: string) {}
}

// ---------------------------------------------------------------------------
// make_hash2 (erlang:phash2)

const MAP_TAIL = new Marker('map_tail');
const MAP_PAIR = new Marker('map_pair');

function hashInteger2(n: number | bigint, hash: number): number {
  if (typeof n === 'number' && n >= -134217728 && n < 134217728) {
    // Fits in 28 signed bits: hashed as a signed 32-bit value.
    if (n < 0) hash = mix2(-n, 0, HCONST, hash);
    return mix2(n >>> 0, 0, HCONST, hash);
  }
  const negative = n < 0;
  const words = magnitudeWords(n);
  const con = negative ? HCONST_10 : HCONST_11;
  for (let i = 0; i < words.length; i += 2) {
    hash = mix2(words[i], i + 1 < words.length ? words[i + 1] : 0, con, hash);
  }
  return hash;
}

function hashBitstring(bin: Bitstring, hash: number): number {
  const size = bin.bitSize >>> 3;
  const bits = bin.bitSize & 7;
  const con = (HCONST_13 + hash) >>> 0;
  if (size === 0 && bits === 0) return con;
  let h = blockHash(bin.bytes, size, con);
  if (bits > 0) h = mix2(bits, bin.bytes[size] >>> (8 - bits), HCONST_15, h);
  return h;
}

/** erts make_hash2: the raw 32-bit value behind erlang:phash2. */
export function makeHash2(term: Term): number {
  if (term instanceof Atom) return atomHashValue(term);
  const stack: unknown[] = [];
  let hash = 0;
  let xorPairs = 0;
  let t: Term = term;
  for (;;) {
    // Hash `t`; compound terms either continue with a sub-term (continue) or
    // fall through to popping the next work item.
    if (typeof t === 'number' || typeof t === 'bigint') {
      hash = hashInteger2(t, hash);
    } else if (t instanceof Atom) {
      hash = hash === 0 ? atomHashValue(t) : mix2(atomHashValue(t), 0, HCONST_3, hash);
    } else if (t === NIL) {
      hash = hash === 0 ? 3468870702 : mix2(2 /* NIL_DEF */, 0, HCONST_2, hash);
    } else if (t instanceof Cons) {
      let cell: Cons = t;
      let c = 0;
      let sh = 0;
      let rest: Term = t;
      while (isByte(cell.head)) {
        sh = ((sh * 256) % 4294967296) + cell.head;
        if (c === 3) {
          hash = mix2(sh, 0, HCONST_4, hash);
          c = 0;
          sh = 0;
        } else {
          c++;
        }
        rest = cell.tail;
        if (!(rest instanceof Cons)) break;
        cell = rest;
      }
      if (c > 0) hash = mix2(sh, 0, HCONST_4, hash);
      if (rest instanceof Cons) {
        stack.push(cell.tail);
        t = cell.head;
      } else {
        t = rest;
      }
      continue;
    } else if (t instanceof Tuple) {
      const arity = t.elements.length;
      hash = mix2(arity, 0, HCONST_9, hash);
      if (arity > 0) {
        for (let i = arity - 1; i >= 1; i--) stack.push(t.elements[i]);
        t = t.elements[0];
        continue;
      }
    } else if (t instanceof Float) {
      const [lo, hi] = floatWords(t.value);
      hash = mix2(hi, lo, HCONST_12, hash);
    } else if (t instanceof Bitstring) {
      hash = hashBitstring(t, hash);
    } else if (t instanceof ErlMap) {
      hash = mix2(t.size, 0, HCONST_16, hash);
      if (t.size > 0) {
        stack.push(xorPairs, hash, MAP_TAIL);
        hash = 0;
        xorPairs = 0;
        const keys = t.keys();
        const values = t.values();
        for (let i = keys.length - 1; i >= 0; i--) stack.push(MAP_PAIR, values[i], keys[i]);
      }
    } else if (t instanceof Fun) {
      const numFree = t.env.length;
      hash = mix2(numFree, atomHashValue(t.module), HCONST, hash);
      hash = mix2(t.index >>> 0, t.uniq >>> 0, HCONST, hash);
      if (numFree > 0) {
        for (let i = numFree - 1; i >= 1; i--) stack.push(t.env[i]);
        t = t.env[0];
        continue;
      }
    } else if (t instanceof ExportFun) {
      hash = mix2(t.arity, atomHashValue(t.module), HCONST, hash);
      hash = mix2(atomHashValue(t.functionName), 0, HCONST_14, hash);
    } else if (t instanceof Pid) {
      // Only the pid number is hashed (not serial or node).
      hash = mix2(t.id >>> 0, 0, HCONST_5, hash);
    } else if (t instanceof Port) {
      const [lo, hi] = numberOfPort(t);
      hash = mix2(lo, hi, HCONST_6, hash);
    } else if (t instanceof Reference) {
      hash = mix2(refWord(t, 0), 0, HCONST_7, hash);
    } else {
      throw new TypeError('makeHash2: not a term');
    }

    // Pop the next work item.
    for (;;) {
      if (stack.length === 0) return hash >>> 0;
      const item = stack.pop();
      if (item === MAP_TAIL) {
        hash = stack.pop() as number;
        hash = mix2(xorPairs >>> 0, 0, HCONST_19, hash);
        xorPairs = stack.pop() as number;
      } else if (item === MAP_PAIR) {
        xorPairs = (xorPairs ^ hash) >>> 0;
        hash = 0;
      } else {
        t = item as Term;
        break;
      }
    }
  }
}

/** erlang:phash2/1 (no range: 27 bits) and erlang:phash2/2 (range 1..2^32). */
export function phash2(term: Term, range?: number): number {
  const hash = makeHash2(term);
  if (range === undefined) return hash & 0x7ffffff;
  if (!(range >= 1 && range <= 4294967296) || !Number.isInteger(range)) {
    throw new RangeError('phash2: range must be an integer in 1..2^32');
  }
  return range === 4294967296 ? hash : hash % range;
}

// ---------------------------------------------------------------------------
// make_hash (erlang:phash)

const FN1 = 268440163;
const FN2 = 268439161;
const FN3 = 268435459;
const FN4 = 268436141;
const FN5 = 268438633;
const FN6 = 268437017;
const FN8 = 268437511;
const FN9 = 268439627;
const FN10 = 268440479;
const FN11 = 268440577;
const FN12 = 268440581;
const FN13 = 268440593;
const FN14 = 268440611;

/** Bytes of a 32-bit value, least significant first (UINT32_HASH_STEP). */
function step32(hash: number, x: number, prime: number): number {
  hash = (Math.imul(hash, prime) + (x & 0xff)) | 0;
  hash = (Math.imul(hash, prime) + ((x >>> 8) & 0xff)) | 0;
  hash = (Math.imul(hash, prime) + ((x >>> 16) & 0xff)) | 0;
  hash = (Math.imul(hash, prime) + (x >>> 24)) | 0;
  return hash;
}

const CDR_POST = new Marker('cdr_post');

class CdrPre {
  constructor(readonly tail: Term) {}
}

class ArrayFrame {
  constructor(
    readonly items: readonly Term[],
    public next: number,
    /** Tuple arity to mix in when done, or -1 for a fun environment. */
    readonly tupleArity: number,
  ) {}
}

/** erts make_hash: the raw 32-bit value behind erlang:phash/2. */
export function makeHash(term: Term): number {
  const stack: unknown[] = [];
  let hash = 0;
  let t: Term = term;
  for (;;) {
    if (typeof t === 'number' || typeof t === 'bigint') {
      // Small and big integers hash the same way: the magnitude's 32-bit words
      // byte by byte, then a sign-dependent multiplier.
      const words = magnitudeWords(t);
      for (const w of words) hash = step32(hash, w, FN2);
      hash = Math.imul(hash, t < 0 ? FN4 : FN3);
    } else if (t instanceof Atom) {
      hash = (Math.imul(hash, FN1) + atomHashValue(t)) | 0;
    } else if (t === NIL) {
      hash = (Math.imul(hash, FN3) + 1) | 0;
    } else if (t instanceof Cons) {
      let cell: Cons = t;
      let handled = false;
      while (isByte(cell.head)) {
        hash = (Math.imul(hash, FN2) + cell.head) | 0;
        if (!(cell.tail instanceof Cons)) {
          stack.push(CDR_POST);
          t = cell.tail;
          handled = true;
          break;
        }
        cell = cell.tail;
      }
      if (!handled) {
        stack.push(new CdrPre(cell.tail));
        t = cell.head;
      }
      continue;
    } else if (t instanceof Tuple) {
      stack.push(new ArrayFrame(t.elements, 0, t.elements.length));
    } else if (t instanceof Float) {
      const [lo, hi] = floatWords(t.value);
      hash = (Math.imul(hash, FN6) + (lo ^ hi)) | 0;
    } else if (t instanceof Bitstring) {
      const size = t.bitSize >>> 3;
      const bits = t.bitSize & 7;
      const bytes = t.bytes;
      for (let i = 0; i < size; i++) hash = (Math.imul(hash, FN1) + bytes[i]) | 0;
      if (bits > 0) {
        const b = bytes[size] >>> (8 - bits);
        hash = (Math.imul((Math.imul(hash, FN1) + b) | 0, FN12) + bits) | 0;
      }
      hash = (Math.imul(hash, FN4) + size) | 0;
    } else if (t instanceof ErlMap) {
      hash = (Math.imul(hash, FN13) + FN14 + makeHash2(t)) | 0;
    } else if (t instanceof Fun) {
      hash = (Math.imul(hash, FN10) + t.env.length) | 0;
      hash = (Math.imul(hash, FN1) + atomHashValue(t.module)) | 0;
      hash = (Math.imul(hash, FN2) + t.index) | 0;
      hash = (Math.imul(hash, FN2) + t.uniq) | 0;
      if (t.env.length > 0) stack.push(new ArrayFrame(t.env, 0, -1));
    } else if (t instanceof ExportFun) {
      hash = (Math.imul(hash, FN11) + t.arity) | 0;
      hash = (Math.imul(hash, FN1) + atomHashValue(t.module)) | 0;
      hash = (Math.imul(hash, FN1) + atomHashValue(t.functionName)) | 0;
    } else if (t instanceof Pid) {
      hash = Math.imul(step32(hash, t.id, FN5), FN6);
    } else if (t instanceof Port) {
      const [lo, hi] = numberOfPort(t);
      if (hi !== 0) hash = step32(hash, hi, FN11);
      hash = Math.imul(step32(hash, lo, FN9), FN10);
    } else if (t instanceof Reference) {
      hash = Math.imul(step32(hash, refWord(t, 0), FN9), FN10);
    } else {
      throw new TypeError('makeHash: not a term');
    }

    for (;;) {
      if (stack.length === 0) return hash >>> 0;
      const item = stack[stack.length - 1];
      if (item instanceof ArrayFrame) {
        if (item.next < item.items.length) {
          t = item.items[item.next++];
          break;
        }
        stack.pop();
        if (item.tupleArity >= 0) hash = (Math.imul(hash, FN9) + item.tupleArity) | 0;
      } else if (item === CDR_POST) {
        stack.pop();
        hash = Math.imul(hash, FN8);
      } else if (item instanceof CdrPre) {
        stack.pop();
        t = item.tail;
        if (!(t instanceof Cons)) stack.push(CDR_POST);
        break;
      } else {
        throw new Error('makeHash: corrupt work stack');
      }
    }
  }
}

/** erlang:phash/2: 1..range (range 1..2^32). */
export function phash(term: Term, range: number): number {
  if (!(range >= 1 && range <= 4294967296) || !Number.isInteger(range)) {
    throw new RangeError('phash: range must be an integer in 1..2^32');
  }
  const hash = makeHash(term);
  return range === 4294967296 ? hash + 1 : 1 + (hash % range);
}

// ---------------------------------------------------------------------------
// make_internal_hash (map key placement)

/** The raw tagged word of an atom: index << 6 | 0x0B, as [low, high]. */
function atomWord(atom: Atom): [number, number] {
  return [((atom.index % TWO_26) * 64 + 0x0b) >>> 0, Math.floor(atom.index / TWO_26) >>> 0];
}

const SMALL_MIN = -(2n ** 59n);
const SMALL_MAX = 2n ** 59n - 1n;

/** Whether an integer is a fixnum ("small") on a 64-bit BEAM: 60 signed bits. */
function isSmall(n: number | bigint): boolean {
  return typeof n === 'number' || (n >= SMALL_MIN && n <= SMALL_MAX);
}

/** The raw tagged word of a small integer: n << 4 | 0xF, as [low, high]. */
function smallWord(n: number | bigint): [number, number] {
  if (typeof n === 'number') {
    const q = Math.floor(n / TWO_28);
    const r = n - q * TWO_28;
    return [(r * 16 + 15) >>> 0, q >>> 0];
  }
  const w = BigInt.asUintN(64, n * 16n + 15n);
  return [Number(w & 0xffffffffn), Number(w >> 32n)];
}

/**
 * erts does not store a local pid's or port's number in its tagged word as is:
 * the low bits that index the process (port) table are permuted so that
 * consecutive numbers land on different cache lines (erts_ptab_data2pixdata).
 * The permutation depends on the table size: 2^18 processes (+P) and 2^16
 * ports (+Q) by default.
 */
let processTableBits = 18;
let portTableBits = 16;

/** Set the process and port table sizes (powers of two, as erl +P / +Q round them). */
export function setTableSizes(maxProcesses: number, maxPorts: number): void {
  processTableBits = Math.ceil(Math.log2(maxProcesses));
  portTableBits = Math.ceil(Math.log2(maxPorts));
}

/** The table-index permutation applied to the low `bits` bits of a pid or port number. */
function tableWordNumber(n: number, bits: number): number {
  const size = 2 ** bits;
  const low = n % size;
  const cacheLines = size / 8;
  const pix = (low % cacheLines) * 8 + (Math.floor(low / cacheLines) & 7);
  return n - low + pix;
}

function constHash(hash: number, aConst: number): number {
  hash = (hash ^ aConst) >>> 0;
  return ((hash << 17) | (hash >>> 15)) >>> 0;
}

const HASH_CDR = new Marker('hash_cdr');

/** Stand-in for OTP's node-pointer hash of external identifiers. */
function nodeHash(node: Atom, creation: number, aConst: number, hash: number): number {
  const [lo, hi] = atomWord(node);
  hash = mix2(lo, hi, aConst, hash);
  return mix2(creation >>> 0, 0, aConst, hash);
}

/** erts make_internal_hash(term, salt). Keys of large maps are placed by salt 0. */
export function makeInternalHash(term: Term, salt = 0): number {
  let hash = (salt ^ INTERNAL_HASH_SALT) >>> 0;
  // Immediates first, without the work stack: the common map keys.
  if (typeof term === 'number') {
    if (term >= -134217728 && term < 134217728) {
      return mix2(((term * 16 + 15) >>> 0), term < 0 ? 0xffffffff : 0, HCONST, hash);
    }
    const [lo, hi] = smallWord(term);
    return mix2(lo, hi, HCONST, hash);
  }
  if (term instanceof Atom) {
    const index = term.index;
    if (index < TWO_26) return mix2(index * 64 + 0x0b, 0, HCONST, hash);
  }
  const stack: unknown[] = [];
  let t: Term = term;
  for (;;) {
    if (typeof t === 'number' || typeof t === 'bigint') {
      if (isSmall(t)) {
        const [lo, hi] = smallWord(t);
        hash = mix2(lo, hi, HCONST, hash);
      } else {
        const words = magnitudeWords(t);
        const con = t < 0 ? HCONST_10 : HCONST_11;
        for (let i = 0; i < words.length; i += 2) {
          hash = mix2(words[i], i + 1 < words.length ? words[i + 1] : 0, con, hash);
        }
      }
    } else if (t instanceof Atom) {
      const [lo, hi] = atomWord(t);
      hash = mix2(lo, hi, HCONST, hash);
    } else if (t === NIL) {
      hash = mix2(0x3b, 0, HCONST, hash);
    } else if (t instanceof Cons) {
      let cell: Cons = t;
      let c = 0;
      let sh = 0;
      let rest: Term = t;
      while (isByte(cell.head)) {
        sh = ((sh * 256) % 4294967296) + cell.head;
        if (c === 3) {
          hash = mix2(sh, 0, HCONST_4, hash);
          c = 0;
          sh = 0;
        } else {
          c++;
        }
        rest = cell.tail;
        if (!(rest instanceof Cons)) break;
        cell = rest;
      }
      if (c > 0) hash = mix2(sh, c, HCONST_22, hash);
      if (rest instanceof Cons) {
        hash = constHash(hash, HCONST_17);
        stack.push(cell.tail);
        if (!(cell.tail instanceof Cons)) stack.push(HASH_CDR);
        t = cell.head;
      } else {
        t = rest;
      }
      continue;
    } else if (t instanceof Tuple) {
      const arity = t.elements.length;
      hash = mix2(arity, 0, HCONST_9, hash);
      if (arity > 0) {
        for (let i = arity - 1; i >= 1; i--) stack.push(t.elements[i]);
        t = t.elements[0];
        continue;
      }
    } else if (t instanceof Float) {
      const [lo, hi] = floatWords(t.value);
      hash = mix2(lo, hi, HCONST_12, hash);
    } else if (t instanceof Bitstring) {
      hash = hashBitstring(t, hash);
    } else if (t instanceof ErlMap) {
      hash = mix2(t.size, 0, HCONST_16, hash);
      // hashLayout() lists slots in the order OTP pushes them on its stack:
      // a flatmap from its last key to its first, a hashmap in traversal order
      // (so they pop from the last slot), a collision node as the tuple of its
      // [Key|Value] cells.
      for (const item of t.hashLayout()) {
        if (item instanceof Tuple) {
          stack.push(item);
        } else {
          stack.push(item[1], item[0]);
        }
      }
    } else if (t instanceof Fun) {
      const numFree = t.env.length;
      hash = mix2(numFree, atomWord(t.module)[0], HCONST_20, hash);
      hash = mix2(t.index >>> 0, t.uniq >>> 0, HCONST_21, hash);
      if (numFree > 0) {
        for (let i = numFree - 1; i >= 1; i--) stack.push(t.env[i]);
        t = t.env[0];
        continue;
      }
    } else if (t instanceof ExportFun) {
      // OTP hashes the export entry's address; stand-in: module, name, arity.
      const [mlo, mhi] = atomWord(t.module);
      const [flo, fhi] = atomWord(t.functionName);
      hash = mix2(mlo, mhi, HCONST_14, hash);
      hash = mix2(flo, fhi, HCONST_14, hash);
      hash = mix2(t.arity, 0, HCONST_14, hash);
    } else if (t instanceof Pid) {
      if (isLocalNode(t.node, t.creation)) {
        // Raw word: (serial << 28 | permuted number) << 4 | 0x3.
        hash = mix2((tableWordNumber(t.id, processTableBits) * 16 + 3) >>> 0, t.serial >>> 0, HCONST, hash);
      } else {
        hash = nodeHash(t.node, t.creation, HCONST_5, hash);
        hash = mix2(t.id >>> 0, t.serial >>> 0, HCONST_5, hash);
      }
    } else if (t instanceof Port) {
      if (isLocalNode(t.node, t.creation)) {
        const n = tableWordNumber(t.id, portTableBits);
        const q = Math.floor(n / TWO_28);
        hash = mix2(((n - q * TWO_28) * 16 + 7) >>> 0, q >>> 0, HCONST, hash);
      } else {
        const [lo, hi] = numberOfPort(t);
        hash = nodeHash(t.node, t.creation, HCONST_6, hash);
        hash = mix2(lo, hi, HCONST_6, hash);
      }
    } else if (t instanceof Reference) {
      if (isLocalNode(t.node, t.creation)) {
        hash = mix2(refWord(t, 0), 0, HCONST_7, hash);
        hash = mix2(refWord(t, 1), refWord(t, 2), HCONST_8, hash);
        if (t.ids.length > 3) hash = mix2(refWord(t, 3), refWord(t, 4), HCONST_9, hash);
      } else {
        hash = nodeHash(t.node, t.creation, HCONST_7, hash);
        for (let i = 0; i < t.ids.length; i++) hash = mix2(refWord(t, i), 0, HCONST_8, hash);
      }
    } else {
      throw new TypeError('makeInternalHash: not a term');
    }

    for (;;) {
      if (stack.length === 0) return hash >>> 0;
      const item = stack.pop();
      if (item === HASH_CDR) {
        hash = constHash(hash, HCONST_18);
      } else {
        t = item as Term;
        break;
      }
    }
  }
}

/** The 32-bit hash that places a key in a large map (erts make_map_hash). */
export function mapKeyHash(key: Term): number {
  return makeInternalHash(key, 0);
}
