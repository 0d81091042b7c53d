// The VM's internal state: code, modules, late-bound exports, processes, scheduling.
// vm.ts wraps this in the host API; opcode handlers and natives reach it as `p.rt`.

import type { ExceptionClass } from '../bifs/exception';
import type { NativeEntry } from '../bifs/types';
import { NativeRegistry } from '../bifs/registry';
import type { LoadedModule } from '../loader/types';
import { OPCODE_COUNT } from '../opcodes/table';
import { Process } from '../process/process';
import { deliverMessage, killProcess, terminate } from '../process/signals';
import { Scheduler, type ClockMode } from '../scheduler/scheduler';
import { runLoop } from '../scheduler/loop';
import { setStartRegisters } from '../process/registers';
import { atoms } from '../terms/atom';
import { Atom, Pid, Reference, type Term } from '../terms/types';
import { CodeStore, ExportRef, type ModuleInstance } from './code';
import { INITIAL_CALL_IP, EXIT_IP } from './frames';
import { execute, exitReasonOf } from './interpreter';
import { prepareModule } from './prepare';
import { installStubs } from './stubs';
import type { RawTrace } from './stacktrace';
import { HostCalls } from './host-calls';
import type { HaltRequest } from './halt';

/** Where the output of processes goes instead of the runtime's capture buffers. */
export interface IoSink {
  /** `bytes` (UTF-8) written through the group leader of process `pid`, in write order. */
  write(bytes: Uint8Array, pid: Pid): void;
}

export interface RuntimeLimits {
  /** Reductions one run may execute before it stops with 'resource-limit'. */
  maxReductions?: number;
  /** Processes alive at once. */
  maxProcesses?: number;
  /** Stack slots plus queued messages a single process may hold. */
  maxHeapWords?: number;
}

export interface RuntimeOptions extends RuntimeLimits {
  /** Scheduling seed: 0 (default) is the canonical order, others explore interleavings. */
  seed?: number;
  /** Simulated schedulers (default 1). */
  schedulers?: number;
  /** 'virtual' (default): deterministic clock; 'wall': the host's clock. */
  clock?: ClockMode;
  /** Count executed instructions per opcode (default true). */
  countOpcodes?: boolean;
  /** Stream output here instead of capturing it (default: captured, see outputOf). */
  io?: IoSink;
}

/** How a host entry process ended. */
export type EntryOutcome =
  | { outcome: 'return'; value: Term }
  | { outcome: 'exception'; cls: ExceptionClass; reason: Term; stacktrace: Term };

export type RunStatus = 'done' | 'idle' | 'timeout' | 'resource-limit' | 'host-pending' | 'halt';

export interface RunResult {
  /**
   * done: `until` exited; idle: nothing runnable and no timer; timeout: wall clock ran
   * out; host-pending: nothing runnable, but processes wait for host calls to be settled
   * (settle them and run again); halt: erlang:halt was called (Runtime.halted says how).
   */
  status: RunStatus;
  /** For resource-limit: which limit. */
  what?: string;
  reductions: number;
  /** Virtual time (ms) at the end of the run. */
  now: number;
}

/** Thrown inside a run when a resource limit is exceeded. */
export class ResourceLimit extends Error {
  constructor(readonly what: string) {
    super(`resource limit exceeded: ${what}`);
  }
}

export class Runtime {
  readonly code = new CodeStore();
  readonly modules = new Map<Atom, ModuleInstance>();
  readonly processes = new Map<number, Process>();
  readonly registered = new Map<Atom, Process>();
  readonly scheduler: Scheduler;
  /** The process executing right now, or null between time slices. */
  current: Process | null = null;
  /** Whether the interpreter counts executed instructions (each Insn's `n`). */
  readonly countOpcodes: boolean;
  readonly limits: RuntimeLimits;
  /** The pseudo group leader that captures output (shown as <0.0.0>... <0.64.0>). */
  readonly rootGroupLeader = new Pid(64);
  readonly entryOutcomes = new Map<number, EntryOutcome>();
  /**
   * The sender of exit signals that come from the host (VM.exit): <0.0.0>, the pid of
   * `init` in an OTP node, the process that runs `erl -eval` code. No process has it.
   */
  readonly hostPid = new Pid(0);
  /** Pending calls of asynchronous host natives. */
  readonly hostCalls: HostCalls;
  /** Set once erlang:halt has stopped the runtime system; nothing runs after that. */
  halted: HaltRequest | null = null;
  private readonly ioSink: IoSink | null;
  /** What erlang:display/1 wrote: the emulator's own stdout, apart from group leader output. */
  readonly rawOutput: Uint8Array[] = [];
  /** Output bytes by group leader pid number, in write order. */
  private readonly output = new Map<number, Uint8Array[]>();
  private readonly exportTable = new Map<Atom, Map<Atom, ExportRef[]>>();
  private nextPid = 80;
  private nextRef = 1;
  private seedState: number;
  totalReductions = 0;

  /**
   * Executed instructions per generic opcode number, or null when not counting. Summed on
   * demand from the per-instruction counters, which cost the dispatch loop less than a
   * shared per-opcode array (the code area only grows, so no count is ever lost).
   */
  get counts(): Float64Array | null {
    if (!this.countOpcodes) return null;
    const out = new Float64Array(OPCODE_COUNT + 1);
    for (const i of this.code.insns) out[i.op] += i.n;
    return out;
  }
  /** Largest stack (in slots) any process had at the end of a time slice. */
  peakStackSlots = 0;

  constructor(
    readonly natives: NativeRegistry,
    options: RuntimeOptions = {},
  ) {
    installStubs(this.code);
    this.countOpcodes = options.countOpcodes !== false;
    this.limits = { maxReductions: options.maxReductions, maxProcesses: options.maxProcesses, maxHeapWords: options.maxHeapWords };
    this.seedState = (options.seed ?? 1) >>> 0 || 1;
    this.scheduler = new Scheduler({ schedulers: options.schedulers, seed: options.seed, clock: options.clock });
    this.ioSink = options.io ?? null;
    this.hostCalls = new HostCalls(this);
  }

  // ---- modules ----

  loadModule(loaded: LoadedModule): ModuleInstance {
    const mod = prepareModule(this, loaded);
    const old = this.modules.get(loaded.name);
    this.modules.set(loaded.name, mod);
    // Redirect every late-bound reference: old exports disappear, new ones appear.
    if (old !== undefined) for (const e of old.exportEntries) this.exportRef(old.name, e.name, e.arity).ip = -1;
    for (const e of mod.exportEntries) {
      const ref = this.exportRef(mod.name, e.name, e.arity);
      const nat = this.natives.lookup(mod.name.name, e.name.name, e.arity);
      // A BIF stays a BIF even when a module of the same name is loaded (as in OTP).
      ref.ip = nat !== undefined && nat.bif ? -1 : e.ip;
    }
    return mod;
  }

  /** The late-bound reference for M:F/A (created on first use). */
  exportRef(m: Atom, f: Atom, arity: number): ExportRef {
    let byName = this.exportTable.get(m);
    if (byName === undefined) {
      byName = new Map();
      this.exportTable.set(m, byName);
    }
    let byArity = byName.get(f);
    if (byArity === undefined) {
      byArity = [];
      byName.set(f, byArity);
    }
    let ref = byArity[arity];
    if (ref === undefined) {
      ref = new ExportRef(m, f, arity);
      byArity[arity] = ref;
    }
    return ref;
  }

  /**
   * The exported functions of module `m`, as module_info(exports) lists them: OTP conses
   * them up while walking its export table, which gives the reverse of the ExpT order.
   */
  exportedFunctions(m: Atom): Array<{ name: Atom; arity: number }> {
    const mod = this.modules.get(m);
    if (mod === undefined) return [];
    return mod.exportEntries
      .filter((e) => this.exportRef(m, e.name, e.arity).ip >= 0)
      .reverse()
      .map((e) => ({ name: e.name, arity: e.arity }));
  }

  /** Bind a reference with no Erlang code to its native, if one is registered by now. */
  resolveNative(ref: ExportRef): NativeEntry | null {
    const nat = this.natives.lookup(ref.module.name, ref.fn.name, ref.arity) ?? null;
    ref.native = nat;
    return nat;
  }

  /** Whether M:F/A can be called (erlang:function_exported/3 also counts natives). */
  isExported(m: Atom, f: Atom, arity: number): boolean {
    const ref = this.exportRef(m, f, arity);
    // Asking is not calling: the reference stays unbound so boundNatives() lists only calls.
    return ref.ip >= 0 || ref.native !== null || this.natives.lookup(m.name, f.name, arity) !== undefined;
  }

  /**
   * `m:f/a` of every native bound so far. References are bound on their first call (or
   * when a bif instruction is prepared), so this is what the run called: dynamic native
   * coverage, including calls through apply and funs that no import table shows.
   */
  boundNatives(): string[] {
    const out: string[] = [];
    for (const byName of this.exportTable.values())
      for (const byArity of byName.values()) for (const ref of byArity) if (ref !== undefined && ref.native !== null) out.push(NativeRegistry.key(ref.module.name, ref.fn.name, ref.arity));
    return out.sort();
  }

  // ---- processes ----

  spawn(module: Atom, fn: Atom, args: Term[], parent: Process | null): Process {
    const max = this.limits.maxProcesses;
    if (max !== undefined && this.processes.size >= max) throw new ResourceLimit('processes');
    const pid = new Pid(this.nextPid++);
    const p = new Process(this, pid, { module, function: fn, arity: args.length }, parent?.groupLeader ?? this.rootGroupLeader);
    setStartRegisters(p, args);
    // A new process joins its parent's run queue.
    if (parent !== null) {
      p.runQueue = parent.runQueue;
      p.parent = parent.pid;
    }
    p.initialRef = this.exportRef(module, fn, args.length);
    p.cp = EXIT_IP;
    p.ip = INITIAL_CALL_IP;
    this.processes.set(pid.id, p);
    this.scheduler.enqueue(p);
    return p;
  }

  processOf(pid: Term): Process | undefined {
    return pid instanceof Pid ? this.processes.get(pid.id) : undefined;
  }

  makeRef(): Reference {
    const n = this.nextRef++;
    return new Reference([n % 0x40000, Math.floor(n / 0x40000) % 0x100000000, 0]);
  }

  /** Deterministic pseudo-random 32-bit numbers (xorshift32, seeded by the VM options). */
  random(): number {
    let x = this.seedState;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.seedState = x >>> 0;
    return this.seedState;
  }

  send(to: Process, message: Term): void {
    deliverMessage(this, to, message);
    const max = this.limits.maxHeapWords;
    if (max !== undefined && to.mailbox.length > max) throw new ResourceLimit('heap');
  }

  writeOutput(p: Process, bytes: Uint8Array): void {
    if (this.ioSink !== null) {
      this.ioSink.write(bytes.slice(), p.pid);
      return;
    }
    const gl = p.groupLeader.id;
    let chunks = this.output.get(gl);
    if (chunks === undefined) {
      chunks = [];
      this.output.set(gl, chunks);
    }
    chunks.push(bytes.slice());
    let all = this.output.get(-1);
    if (all === undefined) {
      all = [];
      this.output.set(-1, all);
    }
    all.push(bytes.slice());
  }

  /** Number of output chunks written so far through `gl` (a mark for outputOf). */
  outputMark(gl?: Pid): number {
    return this.output.get(gl === undefined ? -1 : gl.id)?.length ?? 0;
  }

  /** Output written through group leader `gl` (all output when omitted), from chunk `from` on. */
  outputOf(gl?: Pid, from = 0): Uint8Array {
    const chunks = (this.output.get(gl === undefined ? -1 : gl.id) ?? []).slice(from);
    const size = chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  catchesAll(p: Process): boolean {
    return p.catchAll;
  }

  /** A process's initial call returned `value`. */
  returned(p: Process, value: Term): void {
    if (p.catchAll) this.entryOutcomes.set(p.pid.id, { outcome: 'return', value });
    terminate(this, p, atoms.normal);
  }

  /** An exception nobody caught: the process ends. */
  uncaught(p: Process, cls: ExceptionClass, reason: Term, trace: RawTrace): void {
    if (p.catchAll) {
      this.entryOutcomes.set(p.pid.id, { outcome: 'exception', cls, reason, stacktrace: trace.term() });
    }
    terminate(this, p, exitReasonOf(cls, reason, trace));
  }

  /** The process ends with `reason` (an exit signal it did not trap, exit(self(), R)). */
  exitProcess(p: Process, reason: Term): void {
    terminate(this, p, reason);
  }

  /**
   * Called after a process terminated, for VM-wide registries that processes own
   * (ETS tables: deleted or passed to their heir). Natives add their hooks here.
   */
  readonly exitHooks: Array<(p: Process) => void> = [];

  /** Hook after termination: runs the exit hooks. */
  processExited(p: Process): void {
    for (const hook of this.exitHooks) hook(p);
  }

  kill(p: Process, reason: Term): void {
    killProcess(this, p, reason);
  }

  // ---- running ----

  /**
   * Run processes until `until` has exited, nothing is left to run, the wall-clock budget
   * is used up, or a limit is hit.
   */
  run(opts: { until?: Pid; timeoutMs?: number } = {}): RunResult {
    return runLoop(this, { untilId: opts.until?.id, timeoutMs: opts.timeoutMs });
  }
}
