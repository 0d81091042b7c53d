// The host API of the reference VM.
//
//   const vm = new VM();
//   vm.loadModule(bytes, 'hello.beam');
//   const r = vm.runEntry('hello', 'main', [], { timeoutMs: 5000 });
//
// Everything runs on the calling thread; `run` returns when the requested process has
// exited, nothing is runnable any more, or the wall-clock budget is spent.

import { NativeRegistry } from './bifs/registry';
import { registerAllNatives } from './bifs/index';
import type { ExceptionClass } from './bifs/exception';
import { loadBeam } from './loader/load';
import { allOpcodes } from './opcodes/table';
import { Atom, NIL, type Pid, type Term } from './terms/types';
import { ResourceLimit, Runtime, type RunResult, type RuntimeLimits } from './runtime/runtime';

export { LoadError } from './loader/load';
export type { RunResult } from './runtime/runtime';

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
}

export type EntryResult =
  | { outcome: 'return'; value: Term; stdout: Uint8Array }
  | { outcome: 'exception'; cls: ExceptionClass; reason: Term; stacktrace: Term; stdout: Uint8Array }
  /** The entry process was killed by an exit signal (nothing a catch could see). */
  | { outcome: 'exit'; reason: Term; stdout: Uint8Array }
  /** deadlock: every process waits for a message and no timer can wake any of them. */
  | { outcome: 'timeout'; stdout: Uint8Array; deadlock: boolean }
  | { outcome: 'resource-limit'; what: string; stdout: Uint8Array };

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

  /**
   * Run module:fn(args) in a fresh process as `try apply(M, F, A) catch C:R:S -> ...` would,
   * with no frame of the harness in S, and report how it ended plus its output.
   */
  runEntry(module: string, fn: string, args: Term[], opts: RunEntryOptions = {}): EntryResult {
    const rt = this.runtime;
    if (opts.limits !== undefined) Object.assign(rt.limits, opts.limits);
    let p;
    try {
      p = rt.spawn(Atom.of(module), Atom.of(fn), args, null);
    } catch (e) {
      if (e instanceof ResourceLimit) return { outcome: 'resource-limit', what: e.what, stdout: new Uint8Array() };
      throw e;
    }
    p.catchAll = true;
    const mark = rt.outputMark(p.groupLeader);
    const r = rt.run({ until: p.pid, timeoutMs: opts.timeoutMs ?? 10_000 });
    // Only what this run wrote (earlier runs on the same VM share the group leader).
    const stdout = rt.outputOf(p.groupLeader, mark);
    if (r.status === 'resource-limit') return { outcome: 'resource-limit', what: r.what ?? 'unknown', stdout };
    if (r.status === 'timeout' || p.state !== 'exited') return { outcome: 'timeout', stdout, deadlock: r.status === 'idle' };
    const o = rt.entryOutcomes.get(p.pid.id);
    if (o === undefined) {
      return { outcome: 'exit', reason: p.exitReason ?? NIL, stdout };
    }
    rt.entryOutcomes.delete(p.pid.id);
    return { ...o, stdout };
  }
}
