// Collections a program asks for (erlang:garbage_collect/0,1,2) and the heap a process
// starts with.

import { Atom, atoms } from '../terms/atom';
import { Cons, NIL, Tuple, type Term } from '../terms/types';
import type { Process } from '../process/process';
import { garbageCollect } from './collector';
import { S_RESERVED, nextHeapSize } from './heap-sizes';
import { copySize } from './literals';
import { nativeCallWords, savedXRoots } from './roots';

const NO_TERMS: readonly Term[] = [];

/**
 * erts_internal:garbage_collect(Type) on process `p`: a major collection unless `minor`.
 * The caller's own x registers are not roots (a BIF call); another process's saved ones are.
 */
export function collectProcess(p: Process, major: boolean): void {
  if (major) p.heap.needFullsweep = true;
  const running = p.rt.current === p;
  garbageCollect(p, 0, {
    xr: running ? { x: NO_TERMS, live: 0 } : savedXRoots(p),
    extra: NO_TERMS,
    extraStack: running ? nativeCallWords(p) : 0,
  });
}

/** garbage_collect/2 options (erlang.erl get_gc_opts); undefined when one is bad. */
export interface GcOptions {
  major: boolean;
  /** {async, RequestId}: the request id, else null. */
  async: Term | null;
}

const ASYNC = Atom.of('async');
const TYPE = Atom.of('type');
const MAJOR = Atom.of('major');
const MINOR = Atom.of('minor');

export function parseGcOptions(opts: Term): GcOptions | undefined {
  const out: GcOptions = { major: true, async: null };
  let l = opts;
  for (; l instanceof Cons; l = l.tail) {
    const o = l.head;
    if (!(o instanceof Tuple) || o.elements.length !== 2) return undefined;
    const [k, v] = o.elements;
    if (k === ASYNC) out.async = v;
    else if (k === TYPE && (v === MAJOR || v === MINOR)) out.major = v === MAJOR;
    else return undefined;
  }
  return l === NIL ? out : undefined;
}

/** The result a collection request reports: false for a process that is gone. */
export function collectionResult(target: Process | undefined, major: boolean): Atom {
  if (target === undefined || target.state === 'exited') return atoms.false;
  collectProcess(target, major);
  return atoms.true;
}

/**
 * A new process's heap (erl_create_process): its argument list is copied onto it, literals
 * left in place, and the block is the min_heap_size or the ladder size holding the copy
 * plus S_RESERVED. A fun spawned by spawn/1, spawn_opt/2... runs as apply(Fun, []) with the
 * list [Fun | [[]]] whose tail is a literal of erlang.erl.
 */
export function initialHeap(child: Process, args: readonly Term[], funSpawn: boolean): void {
  let words = funSpawn ? 2 + copySize(args[0]) : 2 * args.length;
  if (!funSpawn) for (const a of args) words += copySize(a);
  child.heapBlock = Math.max(child.gc.minHeapSize, nextHeapSize(words + S_RESERVED));
  child.htop = words;
}
