// Smaller erlang BIFs: checksum combination, the md5 context API, references and ports
// from text, calendar conversions (the VM's local time is UTC), statistics/1 on the
// virtual clock, and node/port lists of a node without distribution or ports.

import { createHash } from 'node:crypto';
import { Atom, atoms } from '../../terms/atom';
import { Bitstring, Cons, ExportFun, Fun, NIL, Port, Reference, Tuple, type Term } from '../../terms/types';
import type { Process } from '../../process/process';
import type { Runtime } from '../../runtime/runtime';
import { badarg } from '../exception';
import { iodataBytes } from './external';

const TWO_POW_32 = 4294967296;

function u32(t: Term): number {
  if (typeof t !== 'number' || t < 0 || t >= TWO_POW_32) return badarg();
  return t;
}
function length(t: Term): number {
  if (typeof t !== 'number' || t < 0) return badarg();
  return t;
}

// ---- checksum combination (zlib's crc32_combine / adler32_combine) ----

const ADLER_MOD = 65521;

export function adler32Combine(a1: Term, a2: Term, len2: Term): Term {
  const x = u32(a1);
  const y = u32(a2);
  const n = length(len2) % ADLER_MOD;
  let sum1 = x & 0xffff;
  let sum2 = (n * sum1) % ADLER_MOD;
  sum1 += (y & 0xffff) + ADLER_MOD - 1;
  sum2 += ((x >>> 16) & 0xffff) + ((y >>> 16) & 0xffff) + ADLER_MOD - n;
  if (sum1 >= ADLER_MOD) sum1 -= ADLER_MOD;
  if (sum1 >= ADLER_MOD) sum1 -= ADLER_MOD;
  if (sum2 >= ADLER_MOD << 1) sum2 -= ADLER_MOD << 1;
  if (sum2 >= ADLER_MOD) sum2 -= ADLER_MOD;
  return ((sum2 << 16) | sum1) >>> 0;
}

/** GF(2) 32x32 matrix times vector (the matrix as 32 column words). */
function gf2Times(mat: Uint32Array, vec: number): number {
  let sum = 0;
  for (let i = 0; vec !== 0; i++, vec >>>= 1) if (vec & 1) sum ^= mat[i];
  return sum >>> 0;
}
function gf2Square(square: Uint32Array, mat: Uint32Array): void {
  for (let n = 0; n < 32; n++) square[n] = gf2Times(mat, mat[n]);
}

export function crc32Combine(c1: Term, c2: Term, len2: Term): Term {
  let crc1 = u32(c1);
  const crc2 = u32(c2);
  let n = length(len2);
  if (n === 0) return crc1;
  const even = new Uint32Array(32);
  const odd = new Uint32Array(32);
  // The operator for one zero bit, then for two and four zero bits.
  odd[0] = 0xedb88320;
  for (let i = 1, row = 1; i < 32; i++, row <<= 1) odd[i] = row >>> 0;
  gf2Square(even, odd);
  gf2Square(odd, even);
  // Apply len2 zero bytes to crc1, squaring the operator as the length's bits go by.
  do {
    gf2Square(even, odd);
    if (n % 2 === 1) crc1 = gf2Times(even, crc1);
    n = Math.floor(n / 2);
    if (n === 0) break;
    gf2Square(odd, even);
    if (n % 2 === 1) crc1 = gf2Times(odd, crc1);
    n = Math.floor(n / 2);
  } while (n !== 0);
  return (crc1 ^ crc2) >>> 0;
}

// ---- md5_init / md5_update / md5_final ----
// OTP's context is the C MD5_CTX as a binary; here it is a marker and the bytes so far
// (the same results from md5_final; the context's own bytes differ from OTP's).

const MD5_CONTEXT_MARK = Uint8Array.from([0x6d, 0x64, 0x35, 0x00]);

function contextBytes(ctx: Term): Uint8Array {
  if (!(ctx instanceof Bitstring) || (ctx.bitSize & 7) !== 0) return badarg();
  const b = ctx.bytes.subarray(0, ctx.bitSize >>> 3);
  if (b.length < 4 || MD5_CONTEXT_MARK.some((x, i) => b[i] !== x)) return badarg();
  return b.subarray(4);
}
export function md5Init(): Term {
  return new Bitstring(MD5_CONTEXT_MARK.slice());
}
export function md5Update(ctx: Term, data: Term): Term {
  const sofar = contextBytes(ctx);
  const more = iodataBytes(data);
  const out = new Uint8Array(4 + sofar.length + more.length);
  out.set(MD5_CONTEXT_MARK, 0);
  out.set(sofar, 4);
  out.set(more, 4 + sofar.length);
  return new Bitstring(out);
}
export function md5Final(ctx: Term): Term {
  return new Bitstring(new Uint8Array(createHash('md5').update(contextBytes(ctx)).digest()));
}

// ---- references and ports from text ----

function text(t: Term): string {
  let s = '';
  let l = t;
  for (; l instanceof Cons; l = l.tail) {
    if (typeof l.head !== 'number' || l.head < 0 || l.head > 0x10ffff) return badarg();
    s += String.fromCodePoint(l.head);
  }
  if (l !== NIL) return badarg();
  return s;
}

/** list_to_ref("#Ref<0.A.B.C>") (exactly three words, most significant first). */
export function listToRef(t: Term): Term {
  const m = /^#Ref<0((?:\.\d+)+)>$/.exec(text(t));
  if (m === null) return badarg();
  const words = m[1].slice(1).split('.').map(Number);
  if (words.length !== 3 || words.some((w) => w >= TWO_POW_32)) return badarg();
  return new Reference(words.reverse());
}

/** list_to_port("#Port<0.N>"). */
export function listToPort(t: Term): Term {
  const m = /^#Port<0\.(\d+)>$/.exec(text(t));
  if (m === null) return badarg();
  return new Port(Number(m[1]));
}

// ---- funs ----

/** fun_info_mfa/1: {M, F, A} of the function a fun calls (a lambda's arity counts its free variables). */
export function funInfoMfa(f: Term): Term {
  if (f instanceof ExportFun) return new Tuple([f.module, f.functionName, f.arity]);
  if (f instanceof Fun) return new Tuple([f.module, f.functionName, f.arity + f.env.length]);
  return badarg();
}

// ---- calendar (local time is UTC) ----

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** A valid {{Y, M, D}, {H, Mi, S}} as its parts, or badarg. */
function dateTime(t: Term): [number, number, number, number, number, number] {
  if (!(t instanceof Tuple) || t.elements.length !== 2) return badarg();
  const [d, tm] = t.elements;
  if (!(d instanceof Tuple) || d.elements.length !== 3 || !(tm instanceof Tuple) || tm.elements.length !== 3) return badarg();
  const parts = [...d.elements, ...tm.elements];
  if (parts.some((p) => typeof p !== 'number')) return badarg();
  const [y, mo, da, h, mi, s] = parts as number[];
  const dim = mo === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[mo - 1];
  if (y < 0 || mo < 1 || mo > 12 || da < 1 || da > dim || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return badarg();
  return [y, mo, da, h, mi, s];
}

export function sameDateTime(t: Term): Term {
  dateTime(t);
  return t;
}

export function universaltimeToPosixtime(t: Term): Term {
  const [y, mo, da, h, mi, s] = dateTime(t);
  // setUTCFullYear, unlike Date.UTC, takes years below 100 as they are.
  const d = new Date(0);
  d.setUTCFullYear(y, mo - 1, da);
  d.setUTCHours(h, mi, s, 0);
  return Math.floor(d.getTime() / 1000);
}

export function posixtimeToUniversaltime(t: Term): Term {
  if (typeof t !== 'number' || !Number.isInteger(t)) return badarg();
  const d = new Date(t * 1000);
  if (Number.isNaN(d.getTime())) return badarg();
  return new Tuple([
    new Tuple([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]),
    new Tuple([d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]),
  ]);
}

// ---- statistics/1 ----

interface StatsState {
  lastRuntime: number;
  lastWall: number;
  lastReductions: number;
}
const stats = new WeakMap<Runtime, StatsState>();

function statsOf(rt: Runtime): StatsState {
  let s = stats.get(rt);
  if (s === undefined) {
    s = { lastRuntime: 0, lastWall: 0, lastReductions: 0 };
    stats.set(rt, s);
  }
  return s;
}

/** statistics/1 for the items that have a meaning on the reference VM. */
export function statistics(p: Process, item: Term): Term {
  const rt = p.rt;
  const s = statsOf(rt);
  if (!(item instanceof Atom)) return badarg();
  const now = rt.scheduler.now;
  switch (item.name) {
    case 'runtime': {
      const since = now - s.lastRuntime;
      s.lastRuntime = now;
      return new Tuple([now, since]);
    }
    case 'wall_clock': {
      const since = now - s.lastWall;
      s.lastWall = now;
      return new Tuple([now, since]);
    }
    case 'reductions':
    case 'exact_reductions': {
      const total = rt.totalReductions;
      const since = total - s.lastReductions;
      s.lastReductions = total;
      return new Tuple([total, since]);
    }
    case 'run_queue':
    case 'total_run_queue_lengths':
    case 'total_run_queue_lengths_all':
    case 'total_active_tasks':
    case 'total_active_tasks_all':
      return 0;
    case 'run_queue_lengths':
    case 'run_queue_lengths_all':
    case 'active_tasks':
    case 'active_tasks_all':
      return new Cons(0, NIL);
    case 'context_switches':
      return new Tuple([0, 0]);
    case 'garbage_collection':
      return new Tuple([0, 0, 0]);
    case 'io':
      return new Tuple([new Tuple([Atom.of('input'), 0]), new Tuple([Atom.of('output'), 0])]);
    case 'scheduler_wall_time':
    case 'scheduler_wall_time_all':
    case 'microstate_accounting':
      return atoms.undefined;
    default:
      return badarg();
  }
}
