// process_info/1,2, processes/0 and system_info/1 for the items a program can rely on.
// Memory figures (heap_size, memory, ...) are approximations: the reference VM has no
// heap; they are plausible non-negative integers derived from the process's state.

import { Atom, atoms, bool } from '../../terms/atom';
import { ErlMap } from '../../terms/map';
import { Bitstring, Cons, NIL, Pid, Tuple, type Term } from '../../terms/types';
import type { Process } from '../../process/process';
import { captureTrace } from '../../runtime/stacktrace';
import { charlist } from '../../runtime/code';
import { nativeCall } from '../../runtime/calls';
import { NATIVE_RESUME_IP } from '../../runtime/frames';
import { badarg } from '../exception';

const A = (n: string): Atom => Atom.of(n);


// ---- process_info ----

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

const REGISTERED_NAME = A('registered_name');

/** The function `p` is executing ({M, F, A}), or undefined when it is in runtime code. */
function currentFunction(p: Process, self: boolean): { module: Atom; name: Atom; arity: number } | undefined {
  const code = p.rt.code;
  const ip = self ? nativeCall.ip : p.ip;
  const fn = code.functionAt(ip);
  if (fn !== undefined) return { module: fn.module, name: fn.name, arity: fn.arity };
  return undefined;
}

function mfa(m: Atom, f: Atom, a: number): Term {
  return new Tuple([m, f, a]);
}

function list(items: Term[]): Term {
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}

function pidList(pids: Iterable<Pid>): Term {
  return list([...pids]);
}

/** Approximate heap words: the stack plus queued messages, never below OTP's minimum. */
function heapWords(p: Process): number {
  return Math.max(233, p.sp + p.mailbox.length * 4);
}

const GC_INFO = (): Term =>
  list([
    new Tuple([A('max_heap_size'), ErlMap.fromEntries([[A('error_logger'), atoms.true], [A('include_shared_binaries'), atoms.false], [A('kill'), atoms.true], [A('size'), 0]])]),
    new Tuple([A('min_bin_vheap_size'), 46422]),
    new Tuple([A('min_heap_size'), 233]),
    new Tuple([A('fullsweep_after'), 65535]),
    new Tuple([A('minor_gcs'), 0]),
  ]);

/** The value of one item for live process `t` (asked by `asker`); undefined for a bad item. */
function itemValue(asker: Process, t: Process, item: Term): Term | undefined {
  const self = asker === t;
  if (item instanceof Tuple && item.elements.length === 2 && item.elements[0] === A('dictionary')) {
    return t.dictionary.get(item.elements[1]) ?? atoms.undefined;
  }
  if (!(item instanceof Atom)) return undefined;
  switch (item.name) {
    case 'registered_name':
      return t.registeredName ?? NIL;
    case 'current_function': {
      const f = currentFunction(t, self);
      return f === undefined ? atoms.undefined : mfa(f.module, f.name, f.arity);
    }
    case 'current_location': {
      const f = currentFunction(t, self);
      if (f === undefined) return atoms.undefined;
      const loc = t.rt.code.locationAt(self ? nativeCall.ip : t.ip);
      const where = loc === undefined ? NIL : list([new Tuple([atoms.file, loc.file]), new Tuple([atoms.line, loc.line])]);
      return new Tuple([f.module, f.name, f.arity, where]);
    }
    case 'current_stacktrace': {
      const ip = self ? nativeCall.ip : t.ip;
      return captureTrace(t, 'error', null, ip === NATIVE_RESUME_IP ? -1 : ip, null, null).term();
    }
    case 'initial_call':
      return mfa(t.initial.module, t.initial.function, t.initial.arity);
    case 'status':
      if (self) return A('running');
      return t.state === 'waiting' ? A('waiting') : A('runnable');
    case 'messages':
      return list(t.mailbox.messages());
    case 'message_queue_len':
      return t.mailbox.length;
    case 'links':
      return pidList(t.links.values());
    case 'monitors':
      return list([...t.monitorsOut.values()].map((m) => new Tuple([atoms.process, m.targetTerm])));
    case 'monitored_by':
      return pidList([...t.monitorsIn.values()].map((m) => m.watcher));
    case 'dictionary':
      return t.dictionary.toList();
    case 'trap_exit':
      return bool(t.trapExit);
    case 'error_handler':
      return A('error_handler');
    case 'priority':
      return t.priority;
    case 'group_leader':
      return t.groupLeader;
    case 'heap_size':
    case 'total_heap_size':
      return heapWords(t);
    case 'stack_size':
      return t.sp;
    case 'memory':
      return heapWords(t) * 8 + 1200;
    case 'reductions':
      return t.totalReductions;
    case 'garbage_collection':
      return GC_INFO();
    case 'garbage_collection_info':
      return list([new Tuple([A('heap_size'), heapWords(t)]), new Tuple([A('minor_gcs'), 0])]);
    case 'suspending':
    case 'binary':
    case 'sequential_trace_token':
      return NIL;
    case 'catchlevel':
      return t.catches;
    case 'last_calls':
      return atoms.false;
    case 'trace':
      return 0;
    case 'min_heap_size':
      return 233;
    case 'min_bin_vheap_size':
      return 46422;
    case 'fullsweep_after':
      return 65535;
    case 'max_heap_size':
      return ErlMap.fromEntries([[A('error_logger'), atoms.true], [A('include_shared_binaries'), atoms.false], [A('kill'), atoms.true], [A('size'), 0]]);
    case 'message_queue_data':
      return A('on_heap');
    case 'async_dist':
      return atoms.false;
    case 'parent':
      return atoms.undefined;
    case 'backtrace':
      return new Bitstring(new Uint8Array());
    case 'magic_ref':
      return t.rt.makeRef();
    default:
      return undefined;
  }
}

/** Whether an item is one OTP 26 knows (for badarg on dead processes too). */
function knownItem(item: Term): boolean {
  if (item instanceof Tuple) return item.elements.length === 2 && item.elements[0] === A('dictionary');
  return item instanceof Atom && KNOWN.has(item.name);
}
const KNOWN = new Set([
  'registered_name',
  'current_function',
  'current_location',
  'current_stacktrace',
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
  'priority',
  'group_leader',
  'heap_size',
  'total_heap_size',
  'stack_size',
  'memory',
  'reductions',
  'garbage_collection',
  'garbage_collection_info',
  'suspending',
  'binary',
  'sequential_trace_token',
  'catchlevel',
  'last_calls',
  'trace',
  'min_heap_size',
  'min_bin_vheap_size',
  'fullsweep_after',
  'max_heap_size',
  'message_queue_data',
  'async_dist',
  'parent',
  'backtrace',
  'magic_ref',
]);

function target(asker: Process, pid: Term): Process | undefined {
  if (!(pid instanceof Pid) || pid.node !== atoms.nonode_nohost) return badarg();
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
    return list(items.map((it) => new Tuple([it, itemValue(asker, t, it) as Term])));
  }
  if (!knownItem(what)) return badarg();
  const t = target(asker, pid);
  if (t === undefined) return atoms.undefined;
  const v = itemValue(asker, t, what) as Term;
  // An unregistered process answers [] rather than {registered_name, []}.
  if (what === REGISTERED_NAME && v === NIL) return NIL;
  return new Tuple([what, v]);
}

/** process_info/1. */
export function processInfo1(asker: Process, pid: Term): Term {
  const t = target(asker, pid);
  if (t === undefined) return atoms.undefined;
  const items = t.registeredName === null ? PI_1_ITEMS.slice(1) : PI_1_ITEMS;
  return list(items.map((it) => new Tuple([it, itemValue(asker, t, it) as Term])));
}

/** processes/0: live processes in creation order. */
export function processes(p: Process): Term {
  const live = [...p.rt.processes.values()].filter((q) => q.state !== 'exited').map((q) => q.pid);
  live.sort((a, b) => a.id - b.id);
  return list(live);
}

// ---- system_info ----

const OTP_RELEASE = '26';
const ERTS_VERSION = '14.2.5';
const SYSTEM_VERSION = `Erlang/OTP ${OTP_RELEASE} [erts-${ERTS_VERSION}] [source] [64-bit] [smp:1:1] [ds:1:1:10] [async-threads:1]\n`;
const DEFAULT_PROCESS_LIMIT = 262144;

export function systemInfo(p: Process, what: Term): Term {
  const rt = p.rt;
  if (what instanceof Tuple && what.elements.length === 2 && what.elements[0] === A('wordsize')) {
    const k = what.elements[1];
    if (k === A('internal') || k === A('external')) return 8;
    return badarg();
  }
  if (!(what instanceof Atom)) return badarg();
  switch (what.name) {
    case 'otp_release':
      return charlist(OTP_RELEASE);
    case 'version':
      return charlist(ERTS_VERSION);
    case 'system_version':
      return charlist(SYSTEM_VERSION);
    case 'system_architecture':
      return charlist('x86_64-pc-linux-gnu');
    case 'machine':
      return charlist('BEAM');
    case 'wordsize':
      return 8;
    case 'schedulers':
    case 'schedulers_online':
    case 'dirty_cpu_schedulers':
    case 'dirty_cpu_schedulers_online':
    case 'thread_pool_size':
      return 1;
    case 'dirty_io_schedulers':
      return 10;
    case 'logical_processors':
    case 'logical_processors_available':
    case 'logical_processors_online':
      return 1;
    case 'process_limit':
      return rt.limits.maxProcesses ?? DEFAULT_PROCESS_LIMIT;
    case 'process_count':
      return rt.processes.size;
    case 'port_limit':
      return 65536;
    case 'port_count':
      return 0;
    case 'atom_limit':
      return 1048576;
    case 'atom_count':
      return Atom.count();
    case 'ets_limit':
      return 8192;
    case 'ets_count':
      return 0;
    case 'smp_support':
    case 'threads':
    case 'kernel_poll':
      return atoms.true;
    case 'debug_compiled':
    case 'lock_checking':
      return atoms.false;
    case 'heap_type':
      return A('private');
    case 'build_type':
      return A('opt');
    case 'emu_type':
      return A('opt');
    case 'emu_flavor':
      return A('emu');
    case 'driver_version':
      return charlist('3.3');
    case 'nif_version':
      return charlist('2.17');
    case 'creation':
      return 0;
    case 'context_reductions':
      return 4000;
    case 'time_warp_mode':
      return A('no_time_warp');
    case 'time_offset':
      return A('final');
    case 'time_correction':
      return atoms.true;
    case 'min_heap_size':
      return new Tuple([A('min_heap_size'), 233]);
    case 'min_bin_vheap_size':
      return new Tuple([A('min_bin_vheap_size'), 46422]);
    case 'fullsweep_after':
      return new Tuple([A('fullsweep_after'), 65535]);
    case 'garbage_collection':
      return GC_INFO();
    case 'max_heap_size':
      return new Tuple([A('max_heap_size'), 0]);
    case 'message_queue_data':
      return A('on_heap');
    case 'dist_ctrl':
    case 'dist':
      return NIL;
    case 'scheduler_id':
      return 1;
    case 'cpu_topology':
      return atoms.undefined;
    default:
      return badarg();
  }
}
