// One Erlang process: registers, stack, mailbox, dictionary, links and monitors.
// The interpreter state lives in plain fields the opcode handlers read directly.

import type { NativeContext } from '../bifs/types';
import { Atom, NIL, type Pid, type Reference, type Term } from '../terms/types';
import type { Runtime } from '../runtime/runtime';
import type { ExportRef } from '../runtime/code';
import { Mailbox } from './mailbox';
import { ProcessDictionary } from './dictionary';

/** OTP's limit on x registers (MAX_REG). */
export const X_REGISTERS = 1024;
/** Float registers (OTP allocates them per module; 1024 is the same ceiling). */
export const FLOAT_REGISTERS = 1024;

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
}
/** A monitor another process holds on this one. */
export interface MonitorIn {
  ref: Reference;
  watcher: Pid;
  targetTerm: Term;
}

export class Process implements NativeContext {
  // ---- interpreter registers ----
  readonly x: Term[] = new Array<Term>(X_REGISTERS).fill(NIL);
  readonly fr = new Float64Array(FLOAT_REGISTERS);
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
  /** Reductions left in the current time slice. */
  reds = 0;
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
  /** process_flag(priority, P): recorded; the single run queue does not use it yet. */
  priority: Atom = Atom.of('normal');
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
