// process_info/1,2 and processes/0.
//
// Exact for everything a program can rely on: status, message_queue_len, messages, links,
// monitors, monitored_by, trap_exit, dictionary, registered_name, group_leader, priority,
// current_function/location/stacktrace, initial_call, error_handler, parent, the GC
// settings. Heap, stack and memory figures come from the heap model (gc/): exact where
// OTP's are deterministic, given the same allocations.
// Order of links and monitors: OTP walks trees keyed by raw pid/reference values, an
// order that depends on its process-table layout; here links and monitors are listed in
// the order they were made, and monitored_by newest first (as OTP lists it).

import { Atom, atoms, bool } from '../terms/atom';
import { ErlMap } from '../terms/map';
import { Bitstring, Cons, NIL, Pid, Tuple, type Term } from '../terms/types';
import { captureTrace } from '../runtime/stacktrace';
import { nativeCall } from '../runtime/calls';
import { NATIVE_RESUME_IP } from '../runtime/frames';
import { nextHeapSize as ladderSize } from '../gc/heap-sizes';
import { nativeCallWords, stackWords } from '../gc/roots';
import { binaryItems, gcInfoItems } from '../gc/figures';
import { badarg } from '../bifs/exception';
import type { Process, GcSettings } from './process';
import { REDUCTION_COSTS } from '../scheduler/reductions';

const A = (n: string): Atom => Atom.of(n);

/** The items of process_info/1, in OTP's order (registered_name only when registered). */
const PI_1_ITEMS = [
  'registered_name',
  'current_function',
  'initial_call',
  'status',
  'message_queue_len',
  'links',
  'dictionary',
  'trap_exit',
  'error_handler',
  'priority',
  'group_leader',
  'total_heap_size',
  'heap_size',
  'stack_size',
  'reductions',
  'garbage_collection',
  'suspending',
].map(A);

/** Every item process_info/2 accepts in OTP 26 (erl_bif_info.c pi_args). */
const KNOWN_ITEMS = new Set([
  'registered_name',
  'current_function',
  'initial_call',
  'status',
  'messages',
  'message_queue_len',
  'links',
  'monitors',
  'monitored_by',
  'dictionary',
  'trap_exit',
  'error_handler',
  'heap_size',
  'stack_size',
  'memory',
  'garbage_collection',
  'group_leader',
  'reductions',
  'priority',
  'trace',
  'binary',
  'sequential_trace_token',
  'catchlevel',
  'backtrace',
  'last_calls',
  'total_heap_size',
  'suspending',
  'min_heap_size',
  'min_bin_vheap_size',
  'max_heap_size',
  'current_location',
  'current_stacktrace',
  'message_queue_data',
  'garbage_collection_info',
  'magic_ref',
  'fullsweep_after',
  'parent',
  'async_dist',
]);

const REGISTERED_NAME = A('registered_name');
const DICTIONARY = A('dictionary');

// ---- heap sizes: the ladder lives with the collector (gc/heap-sizes.ts) ----

/** OTP's erts_next_heap_size(size, 0): the smallest heap size >= size. */
export function nextHeapSize(size: number): number {
  return ladderSize(size, 0);
}

/** The max_heap_size map process_info and process_flag report. */
export function maxHeapSizeMap(g: Readonly<GcSettings>): Term {
  return ErlMap.fromEntries([
    [A('error_logger'), bool(g.maxHeapErrorLogger)],
    [A('include_shared_binaries'), bool(g.maxHeapIncludeSharedBinaries)],
    [A('kill'), bool(g.maxHeapKill)],
    [A('size'), g.maxHeapSize],
  ]);
}

function list(items: Term[]): Term {
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}

// ---- heap figures ----

/** What process_info reports about a process's memory. */
export interface HeapFigures {
  heapSize: number;
  totalHeapSize: number;
  /** Words on the stack, counted as OTP counts them. */
  stackSize: number;
  /** Bytes. */
  memory: number;
  minorGcs: number;
}

/** Bytes of a process besides its heaps (OTP's Process struct and friends, 64-bit). */
const PROCESS_STRUCT_BYTES = 1200;
/** Bytes per queued message besides its data (an ErtsMessage). */
const MESSAGE_BYTES = 48;

/** The figures of the heap model (gc/): young and old blocks, fragments, the stack. */
export function heapFigures(p: Process): HeapFigures {
  const stackSize = stackWords(p) + nativeCallWords(p);
  const h = p.heap;
  const totalHeapSize = p.heapBlock + h.oldSize + h.mbuf;
  const memory = totalHeapSize * 8 + PROCESS_STRUCT_BYTES + p.mailbox.length * MESSAGE_BYTES;
  return { heapSize: p.heapBlock, totalHeapSize, stackSize, memory, minorGcs: h.genGcs };
}

function gcInfo(p: Process): Term {
  const h = heapFigures(p);
  return list([
    new Tuple([A('max_heap_size'), maxHeapSizeMap(p.gc)]),
    new Tuple([A('min_bin_vheap_size'), p.gc.minBinVheapSize]),
    new Tuple([A('min_heap_size'), p.gc.minHeapSize]),
    new Tuple([A('fullsweep_after'), p.gc.fullsweepAfter]),
    new Tuple([A('minor_gcs'), h.minorGcs]),
  ]);
}

/** The function `t` is executing, as OTP reports it. */
function currentIp(asker: Process, t: Process): number {
  return asker === t ? nativeCall.ip : t.ip;
}

function currentFunction(asker: Process, t: Process): Term {
  const fn = t.rt.code.functionAt(currentIp(asker, t));
  if (fn !== undefined) return new Tuple([fn.module, fn.name, fn.arity]);
  // Not started yet (or in the runtime's own code): the initial call.
  return new Tuple([t.initial.module, t.initial.function, t.initial.arity]);
}

function status(asker: Process, t: Process): Atom {
  if (asker === t) return A('running');
  if (t.state === 'waiting') return A('waiting');
  // In the middle of a time slice on another (simulated) scheduler.
  if (t.rt.scheduler.runQueues[t.runQueue]?.current === t) return A('running');
  return A('runnable');
}

/** The value of one item for live process `t` (asked by `asker`). */
function itemValue(asker: Process, t: Process, item: Term): Term {
  if (item instanceof Tuple) return t.dictionary.get(item.elements[1]) ?? atoms.undefined;
  switch ((item as Atom).name) {
    case 'registered_name':
      return t.registeredName ?? NIL;
    case 'current_function':
      return currentFunction(asker, t);
    case 'current_location': {
      const ip = currentIp(asker, t);
      const fn = t.rt.code.functionAt(ip);
      if (fn === undefined) return new Tuple([t.initial.module, t.initial.function, t.initial.arity, NIL]);
      const loc = t.rt.code.locationAt(ip);
      const where = loc === undefined ? NIL : list([new Tuple([atoms.file, loc.file]), new Tuple([atoms.line, loc.line])]);
      return new Tuple([fn.module, fn.name, fn.arity, where]);
    }
    case 'current_stacktrace': {
      const ip = currentIp(asker, t);
      return captureTrace(t, 'error', null, ip === NATIVE_RESUME_IP ? -1 : ip, null, null).term();
    }
    case 'initial_call':
      return new Tuple([t.initial.module, t.initial.function, t.initial.arity]);
    case 'status':
      return status(asker, t);
    case 'messages':
      return list(t.mailbox.messages());
    case 'message_queue_len':
      return t.mailbox.length;
    case 'links':
      asker.reds -= Math.floor(t.links.size / REDUCTION_COSTS.processInfoPerListedItems);
      return list([...t.links.values()]);
    case 'monitors':
      asker.reds -= Math.floor(t.monitorsOut.size / REDUCTION_COSTS.processInfoPerListedItems);
      return list([...t.monitorsOut.values()].map((m) => new Tuple([atoms.process, m.targetTerm])));
    case 'monitored_by':
      asker.reds -= Math.floor(t.monitorsIn.size / REDUCTION_COSTS.processInfoPerListedItems);
      return list([...t.monitorsIn.values()].map((m) => m.watcher).reverse());
    case 'dictionary':
      return t.dictionary.toList();
    case 'trap_exit':
      return bool(t.trapExit);
    case 'error_handler':
      return t.errorHandler;
    case 'priority':
      return t.priority;
    case 'group_leader':
      return t.groupLeader;
    case 'heap_size':
      return heapFigures(t).heapSize;
    case 'total_heap_size':
      return heapFigures(t).totalHeapSize;
    case 'stack_size':
      return heapFigures(t).stackSize;
    case 'memory':
      return heapFigures(t).memory;
    case 'reductions':
      return t.totalReductions + (asker === t ? Math.max(0, t.chunkReds - t.reds) : 0);
    case 'garbage_collection':
      return gcInfo(t);
    case 'garbage_collection_info':
      return gcInfoItems(t);
    case 'binary':
      return binaryItems(t);
    case 'suspending':
      return NIL;
    case 'sequential_trace_token':
      return NIL;
    case 'catchlevel':
      return t.catches;
    case 'last_calls':
      return atoms.false;
    case 'trace':
      return 0;
    case 'min_heap_size':
      return t.gc.minHeapSize;
    case 'min_bin_vheap_size':
      return t.gc.minBinVheapSize;
    case 'fullsweep_after':
      return t.gc.fullsweepAfter;
    case 'max_heap_size':
      return maxHeapSizeMap(t.gc);
    case 'message_queue_data':
      return A(t.gc.messageQueueData);
    case 'async_dist':
      return bool(t.asyncDist);
    case 'parent':
      return t.parent ?? atoms.undefined;
    case 'backtrace':
      return new Bitstring(new Uint8Array());
    case 'magic_ref':
      return t.rt.makeRef();
    default:
      return atoms.undefined;
  }
}

/** Whether an item is one OTP 26 knows (checked even when the process is dead). */
function knownItem(item: Term): boolean {
  if (item instanceof Tuple) return item.elements.length === 2 && item.elements[0] === DICTIONARY;
  return item instanceof Atom && KNOWN_ITEMS.has(item.name);
}

function target(asker: Process, pid: Term): Process | undefined {
  if (!(pid instanceof Pid)) return badarg();
  if (pid.node !== atoms.nonode_nohost) return badarg();
  const t = asker.rt.processes.get(pid.id);
  return t === undefined || t.state === 'exited' ? undefined : t;
}

/** process_info/2 with one item or a list of items. */
export function processInfo2(asker: Process, pid: Term, what: Term): Term {
  if (what instanceof Cons || what === NIL) {
    const items: Term[] = [];
    let l = what;
    for (; l instanceof Cons; l = l.tail) {
      if (!knownItem(l.head)) return badarg();
      items.push(l.head);
    }
    if (l !== NIL) return badarg();
    const t = target(asker, pid);
    if (t === undefined) return atoms.undefined;
    return list(items.map((it) => new Tuple([it, itemValue(asker, t, it)])));
  }
  if (!knownItem(what)) return badarg();
  const t = target(asker, pid);
  if (t === undefined) return atoms.undefined;
  const v = itemValue(asker, t, what);
  // An unregistered process answers [] rather than {registered_name, []}.
  if (what === REGISTERED_NAME && v === NIL) return NIL;
  return new Tuple([what, v]);
}

/** process_info/1. */
export function processInfo1(asker: Process, pid: Term): Term {
  const t = target(asker, pid);
  if (t === undefined) return atoms.undefined;
  const items = t.registeredName === null ? PI_1_ITEMS.slice(1) : PI_1_ITEMS;
  return list(items.map((it) => new Tuple([it, itemValue(asker, t, it)])));
}

/** processes/0: live processes in creation order. */
export function processes(p: Process): Term {
  const live: Pid[] = [];
  for (const q of p.rt.processes.values()) if (q.state !== 'exited') live.push(q.pid);
  live.sort((a, b) => a.id - b.id);
  return list(live);
}
