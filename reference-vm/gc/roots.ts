// The root set of a collection and the stack as OTP measures it.
//
// Roots (erl_gc.c setup_rootset): the live x registers, every stack slot (y registers;
// continuation pointers and catch tags are not terms and are skipped), the process
// dictionary ({Key, Value} tuples on the heap in OTP) and the messages in the queue.
// Terms a native function holds while it allocates are passed as extra roots.

import { nativeCall } from '../runtime/calls';
import { opcodeByName } from '../opcodes/table';
import type { Process } from '../process/process';
import type { Term } from '../terms/types';
import { NO_FRAMES } from './heap';

/** Words of one {Key, Value} tuple of the process dictionary. */
export const DICTIONARY_ENTRY_WORDS = 3;

/**
 * Stack words as OTP counts them: per frame its y registers and the continuation pointer
 * it saved, plus a continuation not yet saved in a frame (the JIT pushes it at the call).
 * Frames here carry a two-slot header (continuation and previous frame), one slot more than
 * OTP's, so the count is the slots from the bottom frame up, less one per frame.
 */
export function stackWords(p: Process): number {
  if (p.E < 0) return p.cp >= 0 ? 1 : 0;
  const frames = frameCount(p);
  return (p.cp >= 0 ? 1 : 0) + p.sp - p.heap.frameBases[0] - frames;
}

/**
 * The number of frames on the stack. The chain of frame bases found last time is kept
 * (ProcessHeap.frameBases, bottom first), so a query walks only the frames pushed since:
 * the walk down from the top stops at the first base that is still in the kept chain with
 * the same link below it. Deep recursion stays linear instead of walking every frame at
 * every heap test.
 */
function frameCount(p: Process): number {
  const s = p.stack;
  if (p.heap.frameBases === NO_FRAMES) p.heap.frameBases = [];
  const memo = p.heap.frameBases;
  const path: number[] = [];
  let e = p.E;
  while (e >= 0) {
    if (memo.length > 0 && e <= memo[memo.length - 1]) {
      const i = indexOf(memo, e);
      if (i >= 0 && (s[e + 1] as number) === (i > 0 ? memo[i - 1] : -1)) {
        memo.length = i + 1;
        for (let k = path.length - 1; k >= 0; k--) memo.push(path[k]);
        return memo.length;
      }
    }
    path.push(e);
    e = s[e + 1] as number;
  }
  memo.length = 0;
  for (let k = path.length - 1; k >= 0; k--) memo.push(path[k]);
  return memo.length;
}

/** Index of `v` in the ascending array `a`, or -1. */
function indexOf(a: readonly number[], v: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < v) lo = mid + 1;
    else if (a[mid] > v) hi = mid - 1;
    else return mid;
  }
  return -1;
}

const CALL_EXT = opcodeByName('call_ext')?.number ?? -1;

/**
 * 1 while the process runs a native it entered with a body call (call_ext): OTP pushed the
 * return address on the stack; a tail call (call_ext_only/last) pushed nothing.
 */
export function nativeCallWords(p: Process): number {
  if (p.rt.current !== p) return 0;
  const ip = nativeCall.ip;
  return ip >= 0 && p.rt.code.insns[ip]?.op === CALL_EXT ? 1 : 0;
}

/** Where the live x registers of a process are: the scheduler's while it runs, else saved. */
export interface XRoots {
  x: readonly Term[];
  live: number;
}

/** The x registers of a process that is not running (a collection requested by another). */
export function savedXRoots(p: Process): XRoots {
  return { x: p.savedX, live: p.savedLive };
}

/** Push every root of `p` onto `out`; returns the words of the dictionary's tuples. */
export function pushRoots(p: Process, xr: XRoots, extra: readonly Term[], out: unknown[]): number {
  for (let k = 0; k < xr.live; k++) out.push(xr.x[k]);
  const s = p.stack;
  for (let k = 0; k < p.sp; k++) {
    const v = s[k];
    // Numbers in frame headers are code indices; as terms they would be immediates anyway.
    if ((typeof v === 'object' && v !== null) || typeof v === 'bigint') out.push(v);
  }
  let dictWords = 0;
  if (p.dictionary.size > 0) {
    for (const [k, v] of p.dictionary.entries()) {
      out.push(k, v);
      dictWords += DICTIONARY_ENTRY_WORDS;
    }
  }
  if (p.mailbox.length > 0) for (const m of p.mailbox.messages()) out.push(m);
  for (const t of extra) out.push(t);
  return dictWords;
}
