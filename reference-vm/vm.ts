// The host API of the reference VM.
//
//   const vm = new VM();
//   vm.loadModule(bytes, 'hello.beam');
//   const r = vm.runEntry('hello', 'main', [], { timeoutMs: 5000 });
//
// Everything runs on the calling thread; `run` returns when the requested process has
// exited, nothing is runnable any more, processes wait only for the host (asynchronous
// host natives, see runtime/host-calls.ts), erlang:halt was called, or the wall-clock
// budget is spent. runEntryAsync drives a run across pending host calls.

import { NativeRegistry } from './bifs/registry';
import { registerAllNatives } from './bifs/index';
import type { ExceptionClass } from './bifs/exception';
import { loadBeam } from './loader/load';
import { allOpcodes } from './opcodes/table';
import { Atom, NIL, type Pid, type Term } from './terms/types';
import { ResourceLimit, Runtime, type IoSink, type RunResult, type RuntimeLimits } from './runtime/runtime';
import { deliverExit } from './process/signals';
import type { Process } from './process/process';
import type { HostCall } from './runtime/host-calls';
import type { HaltHow } from './runtime/halt';

export { LoadError } from './loader/load';
export type { RunResult, IoSink } from './runtime/runtime';
export type { HostCall, AsyncNative } from './runtime/host-calls';

export interface VMOptions {
  /**
   * Seed for the VM's deterministic choices. For scheduling, 0 (the default) is the
   * canonical order (OTP's round robin); any other value explores another legal
   * interleaving, always the same one for the same (program, seed, schedulers).
   */
  seed?: number;
  /** Simulated schedulers, each with its own run queue and work stealing (default 1). */
  schedulers?: number;
  /** 'virtual' (default): deterministic time that jumps to the next timer when idle; 'wall': real time. */
  clock?: 'virtual' | 'wall';
  /** Reductions a run may execute in total (then 'resource-limit'). */
  maxReductions?: number;
  /** Processes alive at once. */
  maxProcesses?: number;
  /** Per-process stack slots plus queued messages. */
  maxHeapWords?: number;
  /** Count executed instructions per opcode for executedOpcodeCounts() (default true). */
  countOpcodes?: boolean;
  /**
   * Where group-leader output goes. Default: captured, and returned in runEntry's
   * `stdout`; with a sink, every write is handed to it at once (and not captured).
   */
  io?: IoSink;
}

export type EntryResult =
  | { outcome: 'return'; value: Term; stdout: Uint8Array }
  | { outcome: 'exception'; cls: ExceptionClass; reason: Term; stacktrace: Term; stdout: Uint8Array }
  /** The entry process was killed by an exit signal (nothing a catch could see). */
  | { outcome: 'exit'; reason: Term; stdout: Uint8Array }
  /** deadlock: every process waits for a message and no timer can wake any of them. */
  | { outcome: 'timeout'; stdout: Uint8Array; deadlock: boolean }
  | { outcome: 'resource-limit'; what: string; stdout: Uint8Array }
  /**
   * Some process called erlang:halt: the whole VM stopped. `status` is the exit status
   * the operating system would report (0..255) or 'abort'; halt(Slogan) gives status 1
   * and the slogan OTP writes into its crash dump (the reference VM writes no dump).
   */
  | ({ outcome: 'halt'; stdout: Uint8Array } & HaltHow);

export interface RunEntryOptions {
  /** Wall-clock budget (default 10 s). */
  timeoutMs?: number;
  /** Limits for this VM's run (override the constructor's). */
  limits?: RuntimeLimits;
}

export class VM {
  readonly natives: NativeRegistry;
  readonly runtime: Runtime;

  constructor(opts: VMOptions = {}) {
    this.natives = new NativeRegistry();
    registerAllNatives(this.natives);
    this.runtime = new Runtime(this.natives, opts);
  }

  /** Load (or reload) a module from .beam bytes; returns its name. Throws LoadError. */
  loadModule(bytes: Uint8Array, source: string): Atom {
    const loaded = loadBeam(bytes, source);
    this.runtime.loadModule(loaded);
    return loaded.name;
  }

  /** Start a process running module:fn(args...). It runs when `run` is called. */
  spawn(module: string, fn: string, args: Term[]): Pid {
    return this.runtime.spawn(Atom.of(module), Atom.of(fn), args, null).pid;
  }

  run(opts: { until?: Pid; timeoutMs?: number } = {}): RunResult {
    return this.runtime.run(opts);
  }

  // ---- asynchronous host natives (vm.natives.async) ----

  /** Host calls still waiting for resume / resumeWithError. */
  get pendingHostCalls(): number {
    return this.runtime.hostCalls.pending;
  }

  /**
   * Answer a host call: its process continues as if the native had returned `value`.
   * False (and nothing happens) if the call is not pending: its process has exited, the
   * call was already answered, or the VM has halted.
   */
  resume(call: HostCall, value: Term): boolean {
    if (this.runtime.halted !== null) return false;
    return this.runtime.hostCalls.settle(call, { kind: 'value', value });
  }

  /** Answer a host call with an exception: the native raises Class:Reason in its caller. */
  resumeWithError(call: HostCall, cls: ExceptionClass, reason: Term): boolean {
    if (this.runtime.halted !== null) return false;
    return this.runtime.hostCalls.settle(call, { kind: 'raise', cls, reason });
  }

  // ---- exit signals from the host ----

  /**
   * Send an exit signal to `pid`, as erlang:exit(Pid, Reason) from a process that is not
   * linked to it: `kill` kills it with reason `killed`; a process trapping exits gets
   * {'EXIT', From, Reason}, where From is the host's pid <0.0.0> (Runtime.hostPid);
   * `normal` is ignored by a process that does not trap exits. A process suspended in a
   * host call that dies loses the call (resuming it returns false).
   * Returns false if no such process is alive.
   */
  exit(pid: Pid, reason: Term): boolean {
    const p = this.runtime.processes.get(pid.id);
    if (p === undefined || this.runtime.halted !== null) return false;
    deliverExit(this.runtime, this.runtime.hostPid, p, reason, false);
    return true;
  }

  /** exit(pid, kill): the process dies with reason `killed`, trapping exits or not. */
  kill(pid: Pid): boolean {
    return this.exit(pid, Atom.of('kill'));
  }

  /** Bytes written through the group leader of `pid` (all output when omitted). */
  output(pid?: Pid): Uint8Array {
    if (pid === undefined) return this.runtime.outputOf();
    const p = this.runtime.processes.get(pid.id);
    return this.runtime.outputOf(p?.groupLeader ?? this.runtime.rootGroupLeader);
  }

  /** How many times each generic opcode has executed (dynamic opcode coverage). */
  executedOpcodeCounts(): Map<string, number> {
    const out = new Map<string, number>();
    const counts = this.runtime.counts;
    if (counts === null) return out;
    for (const op of allOpcodes()) if (counts[op.number] > 0) out.set(op.name, counts[op.number]);
    return out;
  }

  /** `m:f/a` of every native function the run has called so far (dynamic native coverage). */
  calledNatives(): string[] {
    return this.runtime.boundNatives();
  }

  /**
   * Run module:fn(args) in a fresh process as `try apply(M, F, A) catch C:R:S -> ...` would,
   * with no frame of the harness in S, and report how it ended plus its output.
   */
  runEntry(module: string, fn: string, args: Term[], opts: RunEntryOptions = {}): EntryResult {
    const started = this.startEntry(module, fn, args, opts);
    if ('outcome' in started) return started;
    const r = this.runtime.run({ until: started.p.pid, timeoutMs: opts.timeoutMs ?? 10_000 });
    return this.entryResult(started, r);
  }

  /**
   * runEntry for programs that call asynchronous host natives: whenever the run waits
   * only for the host, await the host's answer (and, on the wall clock, the next timer),
   * then run on, until the entry process exits, the VM halts or `timeoutMs` passes.
   */
  async runEntryAsync(module: string, fn: string, args: Term[], opts: RunEntryOptions = {}): Promise<EntryResult> {
    const started = this.startEntry(module, fn, args, opts);
    if ('outcome' in started) return started;
    const rt = this.runtime;
    const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
    for (;;) {
      const r = rt.run({ until: started.p.pid, timeoutMs: Math.max(0, deadline - Date.now()) });
      if (r.status !== 'host-pending') return this.entryResult(started, r);
      const left = deadline - Date.now();
      if (left <= 0) return this.entryResult(started, { ...r, status: 'timeout' });
      // Wall clock: timers keep running while the host works, so wake for the next one.
      const next = rt.scheduler.clock === 'wall' ? rt.scheduler.timers.nextDeadline() : undefined;
      const waitMs = next === undefined ? left : Math.min(left, Math.max(0, next - rt.scheduler.now));
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([rt.hostCalls.changed(), new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
      clearTimeout(timer);
    }
  }

  /** Spawn the entry process of runEntry; an EntryResult if it cannot start. */
  private startEntry(module: string, fn: string, args: Term[], opts: RunEntryOptions): { p: Process; mark: number } | EntryResult {
    const rt = this.runtime;
    if (opts.limits !== undefined) Object.assign(rt.limits, opts.limits);
    let p: Process;
    try {
      p = rt.spawn(Atom.of(module), Atom.of(fn), args, null);
    } catch (e) {
      if (e instanceof ResourceLimit) return { outcome: 'resource-limit', what: e.what, stdout: new Uint8Array() };
      throw e;
    }
    p.catchAll = true;
    return { p, mark: rt.outputMark(p.groupLeader) };
  }

  /** How the entry process's run ended. */
  private entryResult({ p, mark }: { p: Process; mark: number }, r: RunResult): EntryResult {
    const rt = this.runtime;
    // Only what this run wrote (earlier runs on the same VM share the group leader).
    const stdout = rt.outputOf(p.groupLeader, mark);
    if (r.status === 'halt' && rt.halted !== null) return { outcome: 'halt', ...rt.halted.how, stdout };
    if (r.status === 'resource-limit') return { outcome: 'resource-limit', what: r.what ?? 'unknown', stdout };
    if (r.status === 'timeout' || r.status === 'host-pending' || p.state !== 'exited') return { outcome: 'timeout', stdout, deadlock: r.status === 'idle' };
    const o = rt.entryOutcomes.get(p.pid.id);
    if (o === undefined) {
      return { outcome: 'exit', reason: p.exitReason ?? NIL, stdout };
    }
    rt.entryOutcomes.delete(p.pid.id);
    return { ...o, stdout };
  }
}
