// The process, signal and timer BIFs of module erlang: spawn*, exit/2, link/unlink,
// monitor/demonitor, aliases, process_flag, registration, process_info, send, group
// leaders, the process dictionary, yield/hibernate and the BIF timers (send_after,
// start_timer, cancel_timer, read_timer).
//
// Registered after erlang.ts (bifs/index.ts), so these definitions are the ones in force.
// Functions OTP 26 writes in Erlang (erlang.erl: spawn/1, spawn_link/1, spawn_monitor/1,3,
// spawn_opt/2, send_nosuspend ...) are registered as Erlang code so their failures show
// the frame those functions show; the rest are BIFs.
// Distribution: there is none. Pids and names on other nodes behave like those of a node
// that cannot be reached: messages are dropped; spawning on another node raises badarg
// (documented gap: OTP would print an error and return a pid).

import { Atom, atoms, bool } from '../terms/atom';
import { ErlMap } from '../terms/map';
import { exactEquals } from '../terms/compare';
import { Cons, ExportFun, Fun, NIL, Pid, Port, Reference, Tuple, type Term } from '../terms/types';
import type { Process, GcSettings } from '../process/process';
import { DEFAULT_GC_SETTINGS } from '../process/process';
import { copyStats, copyTerm } from '../process/copy';
import { deliverExit, deliverMessage, demonitor, link, monitor, refKey, unlink } from '../process/signals';
import { maxHeapSizeMap, nextHeapSize, processes, processInfo1, processInfo2 } from '../process/info';
import { PRIORITY_HIGH, PRIORITY_LOW, PRIORITY_MAX, PRIORITY_NORMAL } from '../scheduler/scheduler';
import { BifTimer } from '../scheduler/timers';
import { HibernateRequest } from '../scheduler/loop';
import { messageCopyCost, REDUCTION_COSTS } from '../scheduler/reductions';
import { ProcessExit } from '../runtime/failure';
import type { Runtime } from '../runtime/runtime';
import { ErlangException, badarg, raiseError } from './exception';
import type { NativeRegistry } from './registry';
import type { NativeContext, PlainNative } from './types';
import { registerErlangCode } from './erlang/erlang-code';
import { listToArray } from './support/lists';
import { collectionResult, collectProcess, parseGcOptions, initialHeap } from '../gc/requests';

const A = (n: string): Atom => Atom.of(n);
const ERTS_ERRORS = A('erl_erts_errors');
const ERLANG = A('erlang');
const APPLY = A('apply');

function proc(ctx: NativeContext): Process {
  return ctx.process as Process;
}

/** badarg whose error_info carries a cause (OTP's EXF_HAS_EXT_INFO with fvalue). */
function badargCause(cause: string): never {
  throw new ErlangException('error', atoms.badarg, ErlMap.fromEntries([[A('cause'), A(cause)], [A('module'), ERTS_ERRORS]]));
}

function listOf(items: readonly Term[]): Term {
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}

function isLocalNode(n: Term): boolean {
  return n === atoms.nonode_nohost;
}

// ---------------------------------------------------------------------------------------
// Sending

const NOSUSPEND = A('nosuspend');
const NOCONNECT = A('noconnect');

/** Aliases (monitor/3 {alias, _}, alias/0,1): per runtime, by reference key. */
interface Alias {
  owner: Process;
  /** explicit_unalias / demonitor (removed with the monitor) / reply (one message). */
  mode: 'explicit' | 'demonitor' | 'reply';
  monitorKey: string | null;
}
const aliasTables = new WeakMap<Runtime, Map<string, Alias>>();
/** Alias keys by owner, so a process's aliases go when it exits. */
const aliasOwners = new WeakMap<Process, string[]>();
function aliases(rt: Runtime): Map<string, Alias> {
  let t = aliasTables.get(rt);
  if (t === undefined) {
    const table = new Map<string, Alias>();
    aliasTables.set(rt, table);
    rt.exitHooks.push((p) => {
      for (const key of aliasOwners.get(p) ?? []) table.delete(key);
    });
    t = table;
  }
  return t;
}
function addAlias(rt: Runtime, key: string, alias: Alias): void {
  aliases(rt).set(key, alias);
  const keys = aliasOwners.get(alias.owner);
  if (keys === undefined) aliasOwners.set(alias.owner, [key]);
  else keys.push(key);
}

/** Deliver to a local process, charging the sender OTP's send cost. */
function deliverCharged(p: Process, to: Process, msg: Term): void {
  p.rt.send(to, msg);
  p.reds -= REDUCTION_COSTS.send + messageCopyCost(copyStats.words);
}

/**
 * Pid ! Msg, erlang:send/2,3. A registered name nobody holds raises badarg; a pid that is
 * gone, {Name, Node} with nobody registered, and anything on another node are dropped
 * silently.
 */
export function sendMessage(p: Process, to: Term, msg: Term): void {
  const rt = p.rt;
  if (to instanceof Pid) {
    if (!isLocalNode(to.node)) return;
    const target = rt.processes.get(to.id);
    if (target !== undefined) deliverCharged(p, target, msg);
    else p.reds -= REDUCTION_COSTS.send;
    return;
  }
  if (to instanceof Atom) {
    const target = rt.registered.get(to);
    if (target === undefined) badarg();
    deliverCharged(p, target, msg);
    return;
  }
  if (to instanceof Tuple && to.elements.length === 2 && to.elements[0] instanceof Atom && to.elements[1] instanceof Atom) {
    if (!isLocalNode(to.elements[1])) return;
    const target = rt.registered.get(to.elements[0] as Atom);
    if (target !== undefined) deliverCharged(p, target, msg);
    return;
  }
  if (to instanceof Reference) {
    const table = aliases(rt);
    const key = refKey(to);
    const alias = table.get(key);
    if (alias === undefined || alias.owner.state === 'exited') return;
    if (alias.mode === 'reply') {
      table.delete(key);
      if (alias.monitorKey !== null) demonitorKey(alias.owner, alias.monitorKey);
      deliverCharged(p, alias.owner, msg);
      return;
    }
    const owner = alias.owner;
    owner.mailbox.enqueueVia(copyTerm(msg), key);
    if (owner.state === 'waiting') {
      owner.state = 'runnable';
      rt.scheduler.enqueue(owner);
    }
    p.reds -= REDUCTION_COSTS.send + messageCopyCost(copyStats.words);
    return;
  }
  if (to instanceof Port) return;
  badarg();
}

function demonitorKey(p: Process, key: string): void {
  const m = p.monitorsOut.get(key);
  if (m !== undefined) demonitor(p.rt, p, m.ref);
}

function send3(p: Process, to: Term, msg: Term, opts: Term): Term {
  const items = listToArray(opts);
  if (items === undefined || items.some((o) => o !== NOSUSPEND && o !== NOCONNECT)) badargCause('badopt');
  sendMessage(p, to, msg);
  return atoms.ok;
}

// ---------------------------------------------------------------------------------------
// Spawning

const LINK = A('link');
const MONITOR = A('monitor');
const PRIORITY = A('priority');
const PRIORITY_ATOMS = ['max', 'high', 'normal', 'low'].map(A);
const PRIORITY_LEVELS = new Map<Term, number>([
  [A('max'), PRIORITY_MAX],
  [A('high'), PRIORITY_HIGH],
  [A('normal'), PRIORITY_NORMAL],
  [A('low'), PRIORITY_LOW],
]);
const ON_HEAP = A('on_heap');
const OFF_HEAP = A('off_heap');
const MIN_BIN_VHEAP_MIN = 46422;
const MIN_HEAP_MIN = 233;

interface SpawnOptions {
  link: boolean;
  monitor: boolean;
  monitorTag?: Term;
  monitorAlias: Alias['mode'] | null;
  priority: number;
  gc: Partial<GcSettings>;
  /**
   * OTP's SPO_USE_ARGS: the memory settings (min_bin_vheap_size included) only take
   * effect when min_heap_size, priority, fullsweep_after, max_heap_size or scheduler is
   * among the options.
   */
  useArgs: boolean;
  asyncDist: boolean;
}

/** erts_max_heap_size: an integer, or a map of size/kill/error_logger/include_shared_binaries. */
function parseMaxHeapSize(v: Term): Partial<GcSettings> | undefined {
  if (typeof v === 'number') return v >= 0 ? { maxHeapSize: v } : undefined;
  if (!(v instanceof ErlMap)) return undefined;
  const out: Partial<GcSettings> = {};
  let ok = true;
  for (const [k, val] of v.entries()) {
    const isBool = val === atoms.true || val === atoms.false;
    if (k === A('size') && typeof val === 'number' && val >= 0) out.maxHeapSize = val;
    else if (k === A('kill') && isBool) out.maxHeapKill = val === atoms.true;
    else if (k === A('error_logger') && isBool) out.maxHeapErrorLogger = val === atoms.true;
    else if (k === A('include_shared_binaries') && isBool) out.maxHeapIncludeSharedBinaries = val === atoms.true;
    else ok = false;
  }
  return ok ? out : undefined;
}

/** OTP's erts_parse_spawn_opts; undefined for a bad option or an improper list. */
function parseSpawnOptions(opts: Term): SpawnOptions | undefined {
  const items = listToArray(opts);
  if (items === undefined) return undefined;
  const so: SpawnOptions = { link: false, monitor: false, monitorAlias: null, priority: PRIORITY_NORMAL, gc: {}, useArgs: false, asyncDist: false };
  for (const o of items) {
    if (o === LINK) so.link = true;
    else if (o === MONITOR) {
      so.monitor = true;
      so.monitorTag = undefined;
      so.monitorAlias = null;
    } else if (o instanceof Tuple && o.elements.length === 2) {
      const [k, v] = o.elements;
      if (k === MONITOR) {
        const mo = parseMonitorOptions(v);
        if (mo === undefined) return undefined;
        so.monitor = true;
        so.monitorTag = mo.tag;
        so.monitorAlias = mo.alias;
      } else if (k === PRIORITY) {
        const level = PRIORITY_LEVELS.get(v);
        if (level === undefined) return undefined;
        so.priority = level;
        so.useArgs = true;
      } else if (k === A('async_dist')) {
        if (v !== atoms.true && v !== atoms.false) return undefined;
        so.asyncDist = v === atoms.true;
      } else if (k === A('message_queue_data')) {
        if (v !== ON_HEAP && v !== OFF_HEAP) return undefined;
        so.gc.messageQueueData = v === ON_HEAP ? 'on_heap' : 'off_heap';
      } else if (k === A('min_heap_size') && typeof v === 'number') {
        if (v < 0) return undefined;
        so.gc.minHeapSize = v < MIN_HEAP_MIN ? MIN_HEAP_MIN : nextHeapSize(v);
        so.useArgs = true;
      } else if (k === A('max_heap_size')) {
        const m = parseMaxHeapSize(v);
        if (m === undefined) return undefined;
        Object.assign(so.gc, m);
        so.useArgs = true;
      } else if (k === A('min_bin_vheap_size') && typeof v === 'number') {
        if (v < 0) return undefined;
        so.gc.minBinVheapSize = v < MIN_BIN_VHEAP_MIN ? MIN_BIN_VHEAP_MIN : nextHeapSize(v);
      } else if (k === A('fullsweep_after') && typeof v === 'number') {
        if (v < 0) return undefined;
        so.gc.fullsweepAfter = v;
        so.useArgs = true;
      } else if (k === A('scheduler') && typeof v === 'number') {
        if (v < 0) return undefined;
        so.useArgs = true;
      } else return undefined;
    } else return undefined;
  }
  return so;
}

/** erlang:garbage_collect(Pid, Options). */
function garbageCollect2(p: Process, pid: Term, options: Term): Term {
  const opts = parseGcOptions(options);
  if (opts === undefined || !(pid instanceof Pid) || !isLocalNode(pid.node)) return badarg();
  const target = p.rt.processes.get(pid.id);
  if (opts.async === null) return collectionResult(target, opts.major);
  // OTP runs the request as a system task of the target, which then answers the caller.
  const result = collectionResult(target, opts.major);
  deliverMessage(p.rt, p, new Tuple([A('garbage_collect'), opts.async, result]));
  return A('async');
}

/** Create the process for spawn*: M:F(Args) with the options applied. */
function createProcess(p: Process, m: Atom, f: Atom, args: Term[], so: SpawnOptions | null): Term {
  const rt = p.rt;
  const child = rt.spawn(m, f, args, p);
  child.parent = p.pid;
  if (so !== null) {
    if (so.priority !== PRIORITY_NORMAL) setPriority(child, PRIORITY_ATOMS[so.priority]);
    if (so.useArgs) child.gc = { ...child.gc, ...so.gc };
    else if (so.gc.messageQueueData !== undefined) child.gc = { ...child.gc, messageQueueData: so.gc.messageQueueData };
  }
  initialHeap(child, args, m === ERLANG && f === APPLY && args.length === 2 && args[1] === NIL);
  if (so !== null) {
    child.asyncDist = so.asyncDist;
    if (so.link) link(rt, p, child);
    if (so.monitor) {
      const ref = monitor(rt, p, child, child.pid, so.monitorTag);
      if (so.monitorAlias !== null) addAlias(rt, refKey(ref), { owner: p, mode: so.monitorAlias, monitorKey: refKey(ref) });
      return new Tuple([child.pid, ref]);
    }
  }
  return child.pid;
}

function mfaArgs(m: Term, f: Term, a: Term): Term[] {
  const args = listToArray(a);
  if (!(m instanceof Atom) || !(f instanceof Atom) || args === undefined) return badarg();
  return args;
}

/** spawn/3, spawn_link/3 (BIFs). */
function spawn3(p: Process, m: Term, f: Term, a: Term, withLink: boolean): Term {
  const args = mfaArgs(m, f, a);
  const so = withLink ? { ...NO_OPTIONS, link: true } : null;
  return createProcess(p, m as Atom, f as Atom, args, so);
}
const NO_OPTIONS: SpawnOptions = { link: false, monitor: false, monitorAlias: null, priority: PRIORITY_NORMAL, gc: {}, useArgs: false, asyncDist: false };

/** spawn_opt/4 (BIF): bad options are reported as badopt after bad argument types. */
function spawnOpt4(p: Process, m: Term, f: Term, a: Term, opts: Term): Term {
  const so = parseSpawnOptions(opts);
  if (so === undefined) badargCause('badopt');
  const args = mfaArgs(m, f, a);
  return createProcess(p, m as Atom, f as Atom, args, so);
}

/** A fun or {M, F} as erlang.erl's spawn/1 family accepts them. */
function isSpawnFun(f: Term): boolean {
  if (f instanceof Fun || f instanceof ExportFun) return true;
  return f instanceof Tuple && f.elements.length === 2 && f.elements[0] instanceof Atom && f.elements[1] instanceof Atom;
}

/** spawn(F) / spawn_link(F) / spawn_opt(F, O): erlang:spawn_opt(erlang, apply, [F, []], O). */
function spawnFun(p: Process, fun: Term, so: SpawnOptions | null): Term {
  if (!isSpawnFun(fun)) badarg();
  return createProcess(p, ERLANG, APPLY, [fun, NIL], so);
}

function spawnOpt2(p: Process, fun: Term, opts: Term): Term {
  if (!isSpawnFun(fun)) badarg();
  const so = parseSpawnOptions(opts);
  if (so === undefined) badargCause('badopt');
  return createProcess(p, ERLANG, APPLY, [fun, NIL], so);
}

/** The node-taking variants: only the local node can be reached. */
function onLocalNode(node: Term): void {
  if (!(node instanceof Atom) || !isLocalNode(node)) badarg();
}

// ---------------------------------------------------------------------------------------
// Links and exit signals

function linkTo(p: Process, target: Term): Term {
  if (target instanceof Pid) {
    if (target.id === p.pid.id && isLocalNode(target.node)) return atoms.true;
    const other = isLocalNode(target.node) ? p.rt.processes.get(target.id) : undefined;
    if (other !== undefined && other.state !== 'exited') {
      link(p.rt, p, other);
      return atoms.true;
    }
  } else if (!(target instanceof Port)) {
    return badarg();
  }
  // No such process (or port): OTP 26 sends an exit signal with reason noproc to a
  // trapping caller and raises noproc otherwise (bif.c link_1, res_no_proc).
  if (p.trapExit) {
    deliverMessage(p.rt, p, new Tuple([atoms.EXIT, target, atoms.noproc]));
    return atoms.true;
  }
  return raiseError(atoms.noproc);
}

function unlinkFrom(p: Process, target: Term): Term {
  if (target instanceof Pid) {
    unlink(p, isLocalNode(target.node) ? p.rt.processes.get(target.id) : undefined, target);
    return atoms.true;
  }
  if (target instanceof Port) return atoms.true;
  return badarg();
}

function exit2(p: Process, target: Term, reason: Term): Term {
  if (target instanceof Port) return atoms.true;
  if (!(target instanceof Pid)) return badarg();
  const other = isLocalNode(target.node) ? p.rt.processes.get(target.id) : undefined;
  if (other !== undefined) deliverExit(p.rt, p.pid, other, reason, false);
  // A signal to itself takes effect before exit/2 returns.
  if (p.pendingExit !== null) throw new ProcessExit(p.pendingExit);
  return atoms.true;
}

// ---------------------------------------------------------------------------------------
// Monitors and aliases

const PORT = A('port');
const TIME_OFFSET = A('time_offset');
const CLOCK_SERVICE = A('clock_service');
const TAG = A('tag');
const ALIAS = A('alias');
const ALIAS_MODES = new Map<Term, Alias['mode']>([
  [A('explicit_unalias'), 'explicit'],
  [A('demonitor'), 'demonitor'],
  [A('reply_demonitor'), 'reply'],
]);

function parseMonitorOptions(opts: Term): { tag?: Term; alias: Alias['mode'] | null } | undefined {
  const items = listToArray(opts);
  if (items === undefined) return undefined;
  const out: { tag?: Term; alias: Alias['mode'] | null } = { alias: null };
  for (const o of items) {
    if (!(o instanceof Tuple) || o.elements.length !== 2) return undefined;
    const [k, v] = o.elements;
    if (k === TAG) out.tag = v;
    else if (k === ALIAS) {
      const mode = ALIAS_MODES.get(v);
      if (mode === undefined) return undefined;
      out.alias = mode;
    } else return undefined;
  }
  return out;
}

function monitorOf(p: Process, type: Term, item: Term, opts: { tag?: Term; alias: Alias['mode'] | null }): Term {
  const rt = p.rt;
  let ref: Reference;
  if (type === atoms.process) {
    if (item instanceof Pid) {
      if (!isLocalNode(item.node)) return badarg();
      ref = monitor(rt, p, rt.processes.get(item.id), item, opts.tag);
    } else {
      const name = localName(item);
      ref = monitor(rt, p, rt.registered.get(name), new Tuple([name, atoms.nonode_nohost]), opts.tag);
    }
  } else if (type === PORT) {
    // There are no ports: every port monitor fires at once with noproc.
    let what: Term;
    if (item instanceof Port) what = item;
    else what = new Tuple([localName(item), atoms.nonode_nohost]);
    ref = rt.makeRef();
    deliverMessage(rt, p, new Tuple([opts.tag ?? atoms.DOWN, ref, PORT, what, atoms.noproc]));
  } else if (type === TIME_OFFSET) {
    if (item !== CLOCK_SERVICE) return badarg();
    // The time offset never changes (no time warp): the monitor never fires.
    ref = rt.makeRef();
  } else {
    return badargCause('badtype');
  }
  if (opts.alias !== null) {
    const key = refKey(ref);
    addAlias(rt, key, { owner: p, mode: opts.alias, monitorKey: p.monitorsOut.has(key) ? key : null });
  }
  return ref;
}

/** A registered-name item: Name or {Name, LocalNode}; badarg otherwise. */
function localName(item: Term): Atom {
  if (item instanceof Atom) return item;
  if (item instanceof Tuple && item.elements.length === 2 && item.elements[0] instanceof Atom && item.elements[1] instanceof Atom) {
    if (isLocalNode(item.elements[1])) return item.elements[0] as Atom;
  }
  return badarg();
}

const FLUSH = A('flush');
const INFO = A('info');

function demonitorOf(p: Process, ref: Term, opts: Term): Term {
  if (!(ref instanceof Reference)) return badarg();
  const options = listToArray(opts);
  if (options === undefined || options.some((o) => o !== FLUSH && o !== INFO)) return badarg();
  const key = refKey(ref);
  const was = demonitor(p.rt, p, ref);
  const alias = aliases(p.rt).get(key);
  if (alias !== undefined && alias.mode !== 'explicit' && alias.owner === p) {
    aliases(p.rt).delete(key);
    p.mailbox.dropVia(key);
  }
  if (options.includes(FLUSH)) {
    p.mailbox.removeWhere((m) => m instanceof Tuple && m.elements.length === 5 && m.elements[1] instanceof Reference && refKey(m.elements[1] as Reference) === key);
  }
  return options.includes(INFO) ? bool(was) : atoms.true;
}

const EXPLICIT_UNALIAS = A('explicit_unalias');
const REPLY = A('reply');

function alias1(p: Process, opts: Term): Term {
  const items = listToArray(opts);
  if (items === undefined) return badarg();
  let mode: Alias['mode'] = 'explicit';
  for (const o of items) {
    if (o === EXPLICIT_UNALIAS) mode = 'explicit';
    else if (o === REPLY) mode = 'reply';
    else return badarg();
  }
  const ref = p.rt.makeRef();
  addAlias(p.rt, refKey(ref), { owner: p, mode, monitorKey: null });
  return ref;
}

function unalias1(p: Process, ref: Term): Term {
  if (!(ref instanceof Reference)) return badarg();
  const table = aliases(p.rt);
  const key = refKey(ref);
  const alias = table.get(key);
  if (alias === undefined || alias.owner !== p) return atoms.false;
  table.delete(key);
  p.mailbox.dropVia(key);
  return atoms.true;
}

// ---------------------------------------------------------------------------------------
// Process flags, registration, group leaders

function setPriority(p: Process, prio: Atom): void {
  p.priority = prio;
  p.priorityLevel = PRIORITY_LEVELS.get(prio) ?? PRIORITY_NORMAL;
}

function nonNegativeSmall(v: Term): v is number {
  return typeof v === 'number' && v >= 0;
}

function processFlag(p: Process, flag: Term, value: Term): Term {
  // An unknown flag is reported with cause badopt; a bad value for a known one without.
  if (!(flag instanceof Atom)) return badargCause('badopt');
  const isBool = value === atoms.true || value === atoms.false;
  const setGc = (change: Partial<GcSettings>): void => {
    p.gc = { ...p.gc, ...change };
  };
  switch (flag.name) {
    case 'trap_exit': {
      if (!isBool) return badarg();
      const old = bool(p.trapExit);
      p.trapExit = value === atoms.true;
      return old;
    }
    case 'priority': {
      if (!(value instanceof Atom) || !PRIORITY_LEVELS.has(value)) return badarg();
      const old = p.priority;
      setPriority(p, value);
      return old;
    }
    case 'async_dist': {
      if (!isBool) return badarg();
      const old = bool(p.asyncDist);
      p.asyncDist = value === atoms.true;
      return old;
    }
    case 'error_handler': {
      if (!(value instanceof Atom)) return badarg();
      const old = p.errorHandler;
      p.errorHandler = value;
      return old;
    }
    case 'scheduler': {
      if (typeof value !== 'number' || value < 0 || value > p.rt.scheduler.runQueues.length) return badarg();
      return 0;
    }
    case 'fullsweep_after': {
      if (!nonNegativeSmall(value)) return badarg();
      const old = p.gc.fullsweepAfter;
      setGc({ fullsweepAfter: value });
      return old;
    }
    case 'min_heap_size': {
      if (!nonNegativeSmall(value)) return badarg();
      const old = p.gc.minHeapSize;
      setGc({ minHeapSize: value < MIN_HEAP_MIN ? MIN_HEAP_MIN : nextHeapSize(value) });
      return old;
    }
    case 'min_bin_vheap_size': {
      if (!nonNegativeSmall(value)) return badarg();
      const old = p.gc.minBinVheapSize;
      setGc({ minBinVheapSize: value < MIN_BIN_VHEAP_MIN ? MIN_BIN_VHEAP_MIN : nextHeapSize(value) });
      return old;
    }
    case 'max_heap_size': {
      const m = parseMaxHeapSize(value);
      if (m === undefined) return badarg();
      const size = m.maxHeapSize ?? 0;
      if (size !== 0 && size < p.gc.minHeapSize) return badarg();
      const old = maxHeapSizeMap(p.gc);
      // A new setting replaces the whole map (unspecified fields take their defaults).
      setGc({
        maxHeapSize: size,
        maxHeapKill: m.maxHeapKill ?? DEFAULT_GC_SETTINGS.maxHeapKill,
        maxHeapErrorLogger: m.maxHeapErrorLogger ?? DEFAULT_GC_SETTINGS.maxHeapErrorLogger,
        maxHeapIncludeSharedBinaries: m.maxHeapIncludeSharedBinaries ?? DEFAULT_GC_SETTINGS.maxHeapIncludeSharedBinaries,
      });
      return old;
    }
    case 'message_queue_data': {
      if (value !== ON_HEAP && value !== OFF_HEAP) return badarg();
      const old = A(p.gc.messageQueueData);
      setGc({ messageQueueData: value === ON_HEAP ? 'on_heap' : 'off_heap' });
      return old;
    }
    case 'sensitive': {
      if (!isBool) return badarg();
      const old = bool(p.sensitive);
      p.sensitive = value === atoms.true;
      // OTP ends the slice so the setting takes effect at once.
      p.reds -= REDUCTION_COSTS.processFlagSensitive;
      return old;
    }
    case 'save_calls': {
      if (typeof value !== 'number' || value < 0 || value > 10000) return badarg();
      const old = p.saveCalls;
      p.saveCalls = value;
      return old;
    }
    default:
      return badargCause('badopt');
  }
}

/** process_flag(Pid, save_calls, N): the only flag settable on another process. */
function processFlag3(p: Process, pid: Term, flag: Term, value: Term): Term {
  if (!(pid instanceof Pid) || flag !== A('save_calls')) return badarg();
  const t = p.rt.processes.get(pid.id);
  if (t === undefined) return badarg();
  return processFlag(t, flag, value);
}

function register(p: Process, name: Term, pid: Term): Term {
  const rt = p.rt;
  if (!(name instanceof Atom) || name === atoms.undefined) return badargCause('none');
  // (There are no ports: a port identifier never names a live one.)
  if (!(pid instanceof Pid)) return badargCause('none');
  const target = isLocalNode(pid.node) ? rt.processes.get(pid.id) : undefined;
  if (target === undefined || target.state === 'exited') return badargCause('notalive');
  if (target.registeredName !== null) return badargCause('registered_name');
  if (rt.registered.has(name)) return badargCause('none');
  target.registeredName = name;
  rt.registered.set(name, target);
  return atoms.true;
}

function unregister(p: Process, name: Term): Term {
  const rt = p.rt;
  if (!(name instanceof Atom)) return badarg();
  const target = rt.registered.get(name);
  if (target === undefined) return badarg();
  rt.registered.delete(name);
  target.registeredName = null;
  return atoms.true;
}

function whereis(p: Process, name: Term): Term {
  if (!(name instanceof Atom)) return badarg();
  return p.rt.registered.get(name)?.pid ?? atoms.undefined;
}

function groupLeader2(p: Process, gl: Term, pid: Term): Term {
  if (!(gl instanceof Pid) || !(pid instanceof Pid)) return badarg();
  const target = isLocalNode(pid.node) ? p.rt.processes.get(pid.id) : undefined;
  if (target === undefined || target.state === 'exited') return badarg();
  target.groupLeader = gl;
  return atoms.true;
}

// ---------------------------------------------------------------------------------------
// Yield, hibernate

function hibernate3(p: Process, m: Term, f: Term, a: Term): never {
  const args = listToArray(a);
  if (!(m instanceof Atom) || !(f instanceof Atom) || args === undefined) return badarg();
  throw new HibernateRequest(p.rt.exportRef(m, f, args.length), args);
}

// ---------------------------------------------------------------------------------------
// BIF timers

const ASYNC = A('async');
const ABS = A('abs');
const TIMEOUT = A('timeout');
const CANCEL_TIMER = A('cancel_timer');
const READ_TIMER = A('read_timer');
/** Milliseconds a timer may be set ahead (OTP's limit is the end of its 64-bit clock). */
const MAX_TIMER_MS = Number.MAX_SAFE_INTEGER;

interface TimerOptions {
  async: boolean;
  info: boolean;
  abs: boolean;
}

/** parse_bif_timer_options: which keys are allowed depends on the BIF. */
function parseTimerOptions(opts: Term, allowed: ReadonlyArray<Atom>): TimerOptions | undefined {
  const out: TimerOptions = { async: false, info: true, abs: false };
  const items = listToArray(opts);
  if (items === undefined) return undefined;
  for (const o of items) {
    if (!(o instanceof Tuple) || o.elements.length !== 2) return undefined;
    const [k, v] = o.elements;
    if (!(k instanceof Atom) || !allowed.includes(k) || (v !== atoms.true && v !== atoms.false)) return undefined;
    const on = v === atoms.true;
    if (k === ASYNC) out.async = on;
    else if (k === INFO) out.info = on;
    else out.abs = on;
  }
  return out;
}

/** erlang:monotonic_time(millisecond) at virtual time 0 (time.ts's start, floored to ms). */
const MONOTONIC_START_MS = -576460752304;

function timerDeadline(p: Process, time: Term, abs: boolean): number {
  if (typeof time !== 'number') return badargCause('time');
  const now = p.rt.scheduler.now;
  if (abs) {
    const at = time - MONOTONIC_START_MS;
    return at < now ? now : at;
  }
  if (time < 0 || time > MAX_TIMER_MS) return badargCause('time');
  return now + time;
}

function fireBifTimer(t: BifTimer): void {
  const rt = t.boundTo?.rt ?? timerRuntimes.get(t);
  if (rt === undefined) return;
  const to = t.dest instanceof Pid ? t.boundTo : rt.registered.get(t.dest);
  if (to !== undefined && to !== null && to.state !== 'exited') deliverMessage(rt, to, t.message);
}
/** The runtime of timers aimed at a name (a pid-bound timer knows its process). */
const timerRuntimes = new WeakMap<BifTimer, Runtime>();

function startBifTimer(p: Process, time: Term, dest: Term, msg: Term, opts: Term | null, wrap: boolean): Term {
  let abs = false;
  if (opts !== null) {
    const o = parseTimerOptions(opts, [ABS]);
    if (o === undefined) return badargCause('badopt');
    abs = o.abs;
  }
  const deadline = timerDeadline(p, time, abs);
  if (!(dest instanceof Pid) && !(dest instanceof Atom)) return badarg();
  const rt = p.rt;
  const sched = rt.scheduler;
  const ref = rt.makeRef();
  const message = wrap ? new Tuple([TIMEOUT, ref, msg]) : msg;
  let bound: Process | null = null;
  if (dest instanceof Pid) {
    const target = isLocalNode(dest.node) ? rt.processes.get(dest.id) : undefined;
    // A timer aimed at a process that is gone is created and cancelled at once.
    if (target === undefined || target.state === 'exited') return ref;
    bound = target;
  }
  const t = new BifTimer(deadline, sched.timers.nextSeq(), ref, refKey(ref), dest, message, bound, fireBifTimer);
  if (bound !== null) {
    if (bound.bifTimers === null) bound.bifTimers = new Set();
    bound.bifTimers.add(t);
  } else {
    timerRuntimes.set(t, rt);
  }
  sched.timers.addBifTimer(t);
  // A timer due now fires before the caller runs on (OTP would deliver it right away).
  if (deadline <= sched.now) sched.fireDue();
  return ref;
}

/** cancel_timer / read_timer. */
function accessBifTimer(p: Process, ref: Term, cancel: boolean, opts: Term | null): Term {
  let o: TimerOptions = { async: false, info: true, abs: false };
  if (opts !== null) {
    const parsed = parseTimerOptions(opts, cancel ? [ASYNC, INFO] : [ASYNC]);
    if (parsed === undefined) return badarg();
    o = parsed;
  }
  if (!(ref instanceof Reference)) return badarg();
  const sched = p.rt.scheduler;
  const t = sched.timers.bifTimers.get(refKey(ref));
  let result: Term = atoms.false;
  if (t !== undefined && t.active) {
    result = Math.max(0, t.deadline - sched.now);
    if (cancel) sched.timers.cancelBifTimer(t);
  }
  if (o.async) {
    if (o.info) deliverMessage(p.rt, p, new Tuple([cancel ? CANCEL_TIMER : READ_TIMER, ref, result]));
    return atoms.ok;
  }
  return o.info ? result : atoms.ok;
}

// ---------------------------------------------------------------------------------------
// The process dictionary (insertion order for get/0: OTP orders by its own hash of the
// key, which for atoms depends on OTP's atom table and cannot be reproduced)

function getKeys1(p: Process, value: Term): Term {
  return listOf(
    p.dictionary
      .entries()
      .filter((e) => exactEquals(e[1], value))
      .map((e) => e[0]),
  );
}

// ---------------------------------------------------------------------------------------
// Registration

export function registerProcessBifs(reg: NativeRegistry): void {
  const bif = (name: string, arity: number, impl: PlainNative, reductions?: number): void => {
    reg.register({ module: 'erlang', function: name, arity, kind: 'plain', impl, bif: true, reductions });
  };
  const code = (name: string, arity: number, impl: PlainNative): void => registerErlangCode(reg, name, arity, impl);

  // garbage collection (erlang.erl: garbage_collect/0,1,2 are Erlang code over BIFs)
  code('garbage_collect', 0, (_a, ctx) => {
    collectProcess(proc(ctx), true);
    return atoms.true;
  });
  code('garbage_collect', 1, (a, ctx) => garbageCollect2(proc(ctx), a[0], NIL));
  code('garbage_collect', 2, (a, ctx) => garbageCollect2(proc(ctx), a[0], a[1]));

  // spawning
  code('spawn', 1, (a, ctx) => spawnFun(proc(ctx), a[0], null));
  code('spawn', 2, (a, ctx) => (onLocalNode(a[0]), spawnFun(proc(ctx), a[1], null)));
  bif('spawn', 3, (a, ctx) => spawn3(proc(ctx), a[0], a[1], a[2], false));
  code('spawn', 4, (a, ctx) => (onLocalNode(a[0]), spawn3(proc(ctx), a[1], a[2], a[3], false)));
  code('spawn_link', 1, (a, ctx) => spawnFun(proc(ctx), a[0], { ...NO_OPTIONS, link: true }));
  code('spawn_link', 2, (a, ctx) => (onLocalNode(a[0]), spawnFun(proc(ctx), a[1], { ...NO_OPTIONS, link: true })));
  bif('spawn_link', 3, (a, ctx) => spawn3(proc(ctx), a[0], a[1], a[2], true));
  code('spawn_link', 4, (a, ctx) => (onLocalNode(a[0]), spawn3(proc(ctx), a[1], a[2], a[3], true)));
  const monitorOpt = { ...NO_OPTIONS, monitor: true };
  code('spawn_monitor', 1, (a, ctx) => {
    if (!(a[0] instanceof Fun || a[0] instanceof ExportFun) || a[0].arity !== 0) return badarg();
    return spawnFun(proc(ctx), a[0], monitorOpt);
  });
  code('spawn_monitor', 2, (a, ctx) => {
    if (!(a[1] instanceof Fun || a[1] instanceof ExportFun) || a[1].arity !== 0) return badarg();
    onLocalNode(a[0]);
    return spawnFun(proc(ctx), a[1], monitorOpt);
  });
  code('spawn_monitor', 3, (a, ctx) => createProcess(proc(ctx), a[0] as Atom, a[1] as Atom, mfaArgs(a[0], a[1], a[2]), monitorOpt));
  code('spawn_monitor', 4, (a, ctx) => {
    onLocalNode(a[0]);
    return createProcess(proc(ctx), a[1] as Atom, a[2] as Atom, mfaArgs(a[1], a[2], a[3]), monitorOpt);
  });
  code('spawn_opt', 2, (a, ctx) => spawnOpt2(proc(ctx), a[0], a[1]));
  code('spawn_opt', 3, (a, ctx) => (onLocalNode(a[0]), spawnOpt2(proc(ctx), a[1], a[2])));
  bif('spawn_opt', 4, (a, ctx) => spawnOpt4(proc(ctx), a[0], a[1], a[2], a[3]));
  code('spawn_opt', 5, (a, ctx) => (onLocalNode(a[0]), spawnOpt4(proc(ctx), a[1], a[2], a[3], a[4])));

  // exit signals, links, monitors, aliases
  bif('exit', 2, (a, ctx) => exit2(proc(ctx), a[0], a[1]));
  bif('link', 1, (a, ctx) => linkTo(proc(ctx), a[0]));
  bif('unlink', 1, (a, ctx) => unlinkFrom(proc(ctx), a[0]));
  bif('monitor', 2, (a, ctx) => monitorOf(proc(ctx), a[0], a[1], { alias: null }));
  bif('monitor', 3, (a, ctx) => {
    const o = parseMonitorOptions(a[2]);
    if (o === undefined) return badargCause('badopt');
    return monitorOf(proc(ctx), a[0], a[1], o);
  });
  bif('demonitor', 1, (a, ctx) => demonitorOf(proc(ctx), a[0], NIL));
  bif('demonitor', 2, (a, ctx) => demonitorOf(proc(ctx), a[0], a[1]));
  bif('alias', 0, (_a, ctx) => alias1(proc(ctx), NIL));
  bif('alias', 1, (a, ctx) => alias1(proc(ctx), a[0]));
  bif('unalias', 1, (a, ctx) => unalias1(proc(ctx), a[0]));

  // flags, names, group leaders, liveness
  bif('process_flag', 2, (a, ctx) => processFlag(proc(ctx), a[0], a[1]));
  bif('process_flag', 3, (a, ctx) => processFlag3(proc(ctx), a[0], a[1], a[2]));
  bif('register', 2, (a, ctx) => register(proc(ctx), a[0], a[1]));
  bif('unregister', 1, (a, ctx) => unregister(proc(ctx), a[0]));
  bif('whereis', 1, (a, ctx) => whereis(proc(ctx), a[0]));
  bif('registered', 0, (_a, ctx) => listOf([...proc(ctx).rt.registered.keys()]));
  bif('is_process_alive', 1, (a, ctx) => {
    const t = a[0];
    if (!(t instanceof Pid) || !isLocalNode(t.node)) return badarg();
    return bool(proc(ctx).rt.processes.has(t.id));
  });
  bif('group_leader', 0, (_a, ctx) => proc(ctx).groupLeader);
  bif('group_leader', 2, (a, ctx) => groupLeader2(proc(ctx), a[0], a[1]));
  bif('process_info', 1, (a, ctx) => processInfo1(proc(ctx), a[0]));
  bif('process_info', 2, (a, ctx) => processInfo2(proc(ctx), a[0], a[1]));
  bif('processes', 0, (_a, ctx) => processes(proc(ctx)));
  bif('make_ref', 0, (_a, ctx) => proc(ctx).rt.makeRef());

  // sending
  const send2: PlainNative = (a, ctx) => {
    sendMessage(proc(ctx), a[0], a[1]);
    return a[1];
  };
  bif('send', 2, send2);
  bif('!', 2, send2);
  bif('send', 3, (a, ctx) => send3(proc(ctx), a[0], a[1], a[2]));
  code('send_nosuspend', 2, (a, ctx) => (sendMessage(proc(ctx), a[0], a[1]), atoms.true));
  code('send_nosuspend', 3, (a, ctx) => {
    const items = listToArray(a[2]);
    if (items === undefined || items.some((o) => o !== NOCONNECT)) return badarg();
    sendMessage(proc(ctx), a[0], a[1]);
    return atoms.true;
  });

  // scheduling
  bif('yield', 0, (_a, ctx) => {
    const p = proc(ctx);
    p.yielded = true;
    p.reds = 0;
    return atoms.true;
  });
  bif('bump_reductions', 1, (a, ctx) => {
    const n = a[0];
    if (typeof n !== 'number' || n < 0) return badarg();
    proc(ctx).reds -= Math.min(n, REDUCTION_COSTS.bumpReductionsMax);
    return atoms.true;
  });
  bif('hibernate', 3, (a, ctx) => hibernate3(proc(ctx), a[0], a[1], a[2]));

  // the process dictionary
  bif('put', 2, (a, ctx) => proc(ctx).dictionary.put(a[0], a[1]) ?? atoms.undefined);
  bif('get', 1, (a, ctx) => proc(ctx).dictionary.get(a[0]) ?? atoms.undefined);
  bif('get', 0, (_a, ctx) => proc(ctx).dictionary.toList());
  bif('get_keys', 0, (_a, ctx) => listOf(proc(ctx).dictionary.entries().map((e) => e[0])));
  bif('get_keys', 1, (a, ctx) => getKeys1(proc(ctx), a[0]));
  bif('erase', 1, (a, ctx) => proc(ctx).dictionary.erase(a[0]) ?? atoms.undefined);
  bif('erase', 0, (_a, ctx) => {
    const d = proc(ctx).dictionary;
    const all = d.toList();
    d.clear();
    return all;
  });

  // timers
  bif('send_after', 3, (a, ctx) => startBifTimer(proc(ctx), a[0], a[1], a[2], null, false));
  bif('send_after', 4, (a, ctx) => startBifTimer(proc(ctx), a[0], a[1], a[2], a[3], false));
  bif('start_timer', 3, (a, ctx) => startBifTimer(proc(ctx), a[0], a[1], a[2], null, true));
  bif('start_timer', 4, (a, ctx) => startBifTimer(proc(ctx), a[0], a[1], a[2], a[3], true));
  bif('cancel_timer', 1, (a, ctx) => accessBifTimer(proc(ctx), a[0], true, null));
  bif('cancel_timer', 2, (a, ctx) => accessBifTimer(proc(ctx), a[0], true, a[1]));
  bif('read_timer', 1, (a, ctx) => accessBifTimer(proc(ctx), a[0], false, null));
  bif('read_timer', 2, (a, ctx) => accessBifTimer(proc(ctx), a[0], false, a[1]));
}

