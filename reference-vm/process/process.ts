// One Erlang process: registers, stack, mailbox, dictionary, links and monitors.
// The interpreter state lives in plain fields the opcode handlers read directly.

import type { NativeContext } from '../bifs/types';
import { Atom, type Pid, type Reference, type Term } from '../terms/types';

const NO_TERMS: Term[] = [];
import type { Runtime } from '../runtime/runtime';
import type { ExportRef } from '../runtime/code';
import { Mailbox } from './mailbox';
import { ProcessDictionary } from './dictionary';
import type { BifTimer } from '../scheduler/timers';
import { PRIORITY_NORMAL } from '../scheduler/scheduler';
import { ProcessHeap } from '../gc/heap';

export { X_REGISTERS, FLOAT_REGISTERS } from './registers';

export type ProcessState =
  /** In the run queue or running. */
  | 'runnable'
  /** Blocked in a receive (`wait`/`wait_timeout`). */
  | 'waiting'
  /** Terminated; `exitReason` holds why. */
  | 'exited';

/** A monitor this process holds on another process (or a named one). */
export interface MonitorOut {
  ref: Reference;
  target: Pid;
  /** For monitor(process, Name): the name term reported in 'DOWN' ({Name, Node}). */
  targetTerm: Term;
  /** monitor/3 {tag, T}: the first element of the 'DOWN' message (default 'DOWN'). */
  tag?: Term;
}
/** A monitor another process holds on this one. */
export interface MonitorIn {
  ref: Reference;
  watcher: Pid;
  targetTerm: Term;
  tag?: Term;
}

/** Settings of process_flag/2 and spawn_opt that only tune memory management (kept, reported). */
export interface GcSettings {
  minHeapSize: number;
  minBinVheapSize: number;
  fullsweepAfter: number;
  /** The max_heap_size map's fields. */
  maxHeapSize: number;
  maxHeapKill: boolean;
  maxHeapErrorLogger: boolean;
  maxHeapIncludeSharedBinaries: boolean;
  messageQueueData: 'on_heap' | 'off_heap';
}

export const DEFAULT_GC_SETTINGS: Readonly<GcSettings> = Object.freeze({
  minHeapSize: 233,
  minBinVheapSize: 46422,
  fullsweepAfter: 65535,
  maxHeapSize: 0,
  maxHeapKill: true,
  maxHeapErrorLogger: true,
  maxHeapIncludeSharedBinaries: false,
  messageQueueData: 'on_heap',
});

export class Process implements NativeContext {
  // ---- interpreter registers ----
  /** The scheduler's x registers (shared; see registers.ts). */
  readonly x: Term[];
  /** The scheduler's float registers (shared). */
  readonly fr: Float64Array;
  /** Live x registers kept while the process is not running (registers.ts). */
  savedX: Term[] = NO_TERMS;
  /** How many entries of savedX are live. */
  savedLive = 0;
  /** y registers, saved continuation pointers and catch tags; layout in runtime/operands.ts. */
  readonly stack: unknown[] = [];
  /** Base of the current stack frame, -1 when the process has none. */
  E = -1;
  /** First free stack slot. */
  sp = 0;
  /** Continuation pointer not yet saved in a frame (-1: none live). */
  cp = -1;
  /** Where execution resumes when the process is next scheduled. */
  ip = 0;
  /** Reductions left in the current time slice (chunk of one, see scheduler/loop.ts). */
  reds = 0;
  /** What `reds` was when the process last started running (reductions used = that - reds). */
  chunkReds = 0;
  /** Active catch/try tags on the stack. */
  catches = 0;

  // ---- receive state ----
  readonly mailbox = new Mailbox();
  /** Virtual time at which the current receive ... after times out (-1: no timer). */
  timerDeadline = -1;
  /** Bumped whenever a timer is set or cancelled, so stale timer entries are ignored. */
  timerToken = 0;
  /** Set when the receive timer fired; wait_timeout then falls through to `timeout`. */
  timedOut = false;

  // ---- process properties ----
  state: ProcessState = 'runnable';
  exitReason: Term | null = null;
  trapExit = false;
  /** process_flag(priority, P): max, high, normal or low. */
  priority: Atom = Atom.of('normal');
  /** The priority as a run-queue level (scheduler.ts PRIORITY_*). */
  priorityLevel = PRIORITY_NORMAL;
  /** OTP's schedule_count: a low-priority process is passed over this many times (scheduler.ts). */
  scheduleCount = 1;
  /** Index of the (simulated) scheduler whose run queue the process belongs to. */
  runQueue = 0;
  /** Set by erlang:yield/0: end the time slice at the next suspension point. */
  yielded = false;
  /** The spawning process (process_info(parent)); null for processes the host started. */
  parent: Pid | null = null;
  /** BIF timers whose destination is this process (cancelled when it exits). */
  bifTimers: Set<BifTimer> | null = null;
  /** process_flag(save_calls, N), (sensitive, B), (error_handler, M), (async_dist, B). */
  saveCalls = 0;
  sensitive = false;
  errorHandler: Atom = Atom.of('error_handler');
  asyncDist = false;
  /** Memory-management settings (shared default object until one is changed). */
  gc: Readonly<GcSettings> = DEFAULT_GC_SETTINGS;
  /**
   * The young heap block in words (OTP's HEAP_SIZE, process_info heap_size): the
   * min_heap_size at spawn, then whatever the collector (gc/collector.ts) sizes it to.
   */
  heapBlock = DEFAULT_GC_SETTINGS.minHeapSize;
  /** Words used in the young heap (OTP's htop - heap); the heap test reads it (gc/alloc.ts). */
  htop = 0;
  /** The rest of the heap model: generations, old heap, binaries (gc/heap.ts); made on first use. */
  private heapState: ProcessHeap | null = null;
  get heap(): ProcessHeap {
    return (this.heapState ??= new ProcessHeap());
  }
  readonly dictionary = new ProcessDictionary();
  /** Linked processes, by pid number. */
  readonly links = new Map<number, Pid>();
  /** Monitors held by this process, by reference key. */
  readonly monitorsOut = new Map<string, MonitorOut>();
  /** Monitors held on this process, by reference key. */
  readonly monitorsIn = new Map<string, MonitorIn>();
  registeredName: Atom | null = null;
  groupLeader: Pid;
  /** The function the process was spawned with ({M, F, Arity}). */
  initial: { module: Atom; function: Atom; arity: number };
  /** Total reductions executed (process_info(reductions)). */
  totalReductions = 0;
  /** True while queued in the scheduler's run queue. */
  queued = false;
  /** An exit signal that arrived while the process was running; applied when it stops. */
  pendingExit: Term | null = null;
  /** The function the initial-call stub calls (set by spawn). */
  initialRef: ExportRef | null = null;
  /**
   * Set for a host entry process: exceptions are caught as by `try ... catch C:R:S` around
   * the initial call (an uncaught throw stays a throw) and the outcome is recorded.
   */
  catchAll = false;

  constructor(
    readonly rt: Runtime,
    readonly pid: Pid,
    initial: { module: Atom; function: Atom; arity: number },
    groupLeader: Pid,
  ) {
    this.initial = initial;
    this.groupLeader = groupLeader;
    const regs = rt.scheduler.registers;
    this.x = regs.x;
    this.fr = regs.fr;
  }

  // ---- NativeContext ----
  get self(): Term {
    return this.pid;
  }
  get vm(): unknown {
    return this.rt;
  }
  get process(): unknown {
    return this;
  }
  writeOutput(bytes: Uint8Array): void {
    this.rt.writeOutput(this, bytes);
  }
  bumpReductions(n: number): void {
    this.reds -= n;
  }

  get alive(): boolean {
    return this.state !== 'exited';
  }
}
