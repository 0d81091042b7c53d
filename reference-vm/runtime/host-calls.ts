// Asynchronous host natives: a native implemented by the host that does not answer at
// once. The calling process is suspended (it waits, like a process in a receive, but no
// message wakes it for good) and the host gets a HostCall handle. Later - after a JS
// promise settles, say - the host resumes the process with a value or an exception, and
// the process continues as if the native had returned or raised.
//
// The native is a higher-order native (a generator, see bifs/types.ts): it starts the
// host's work, then keeps calling erts_internal:beamconf_host_wait/0, which suspends the
// process until the call is settled. A message arriving in between wakes the process;
// it simply waits again. The native's frame stays on the stack all along, so a raised
// exception shows the native as the failing function.

import { ErlangException, type ExceptionClass } from '../bifs/exception';
import type { CallRequest, HigherOrderNative, NativeContext, PlainNative } from '../bifs/types';
import { atoms } from '../terms/atom';
import { Atom, ExportFun, type Pid, type Term } from '../terms/types';
import type { Process } from '../process/process';
import type { Runtime } from './runtime';

/** What the host answers a call with. */
export type HostOutcome = { kind: 'value'; value: Term } | { kind: 'raise'; cls: ExceptionClass; reason: Term };

/** The handle of one pending call of an asynchronous host native. */
export class HostCall {
  /** pending: the process waits; settled: answered, not yet taken; done: taken or cancelled. */
  state: 'pending' | 'settled' | 'done' = 'pending';
  outcome: HostOutcome | null = null;
  constructor(
    readonly id: number,
    /** The suspended process. */
    readonly pid: Pid,
    readonly module: string,
    readonly fn: string,
    readonly args: readonly Term[],
  ) {}
}

/**
 * The host's part of an asynchronous native: start the work for `args` and, now or later,
 * settle `call` through VM.resume / VM.resumeWithError. Throwing an ErlangException
 * (badarg(), ...) raises it in the caller at once, as a plain native would.
 */
export type AsyncNative = (args: Term[], call: HostCall, ctx: NativeContext) => void;

/** The native the generator calls while it waits (a plain native, registered on demand). */
export const HOST_WAIT = { module: 'erts_internal', function: 'beamconf_host_wait', arity: 0 } as const;
const HOST_WAIT_REQUEST: CallRequest = { fun: new ExportFun(Atom.of(HOST_WAIT.module), Atom.of(HOST_WAIT.function), 0), args: [] };

/** erts_internal:beamconf_host_wait(): suspend the caller until its host call is settled. */
export const hostWait: PlainNative = (_args, ctx) => {
  const p = ctx.process as Process;
  const call = p.rt.hostCalls.of(p);
  if (call !== undefined && call.state === 'pending') {
    p.state = 'waiting';
    p.reds = 0;
  }
  return atoms.ok;
};

/** The higher-order native that runs `impl` as an asynchronous host native. */
export function asyncNative(module: string, fn: string, impl: AsyncNative): HigherOrderNative {
  return function* (args: Term[], ctx: NativeContext): Generator<CallRequest, Term, Term> {
    const p = ctx.process as Process;
    const calls = p.rt.hostCalls;
    const call = calls.begin(p, module, fn, args);
    try {
      impl(args, call, ctx);
    } catch (e) {
      calls.cancel(p);
      throw e;
    }
    while (call.state === 'pending') yield HOST_WAIT_REQUEST;
    const outcome = calls.take(p, call);
    if (outcome.kind === 'raise') throw new ErlangException(outcome.cls, outcome.reason);
    return outcome.value;
  };
}

/** The pending host calls of a runtime, at most one per process. */
export class HostCalls {
  private readonly byProcess = new Map<number, HostCall>();
  private nextId = 1;
  private readonly waiters: Array<() => void> = [];

  constructor(private readonly rt: Runtime) {
    // A process that exits while suspended drops its call: a later resume does nothing.
    rt.exitHooks.push((p) => this.cancel(p));
  }

  /** Calls the host still has to settle. */
  get pending(): number {
    let n = 0;
    for (const c of this.byProcess.values()) if (c.state === 'pending') n++;
    return n;
  }

  of(p: Process): HostCall | undefined {
    return this.byProcess.get(p.pid.id);
  }

  begin(p: Process, module: string, fn: string, args: Term[]): HostCall {
    const call = new HostCall(this.nextId++, p.pid, module, fn, args);
    this.byProcess.set(p.pid.id, call);
    return call;
  }

  /** Answer a pending call and wake its process; false if the call is not pending any more. */
  settle(call: HostCall, outcome: HostOutcome): boolean {
    if (call.state !== 'pending' || this.byProcess.get(call.pid.id) !== call) return false;
    call.state = 'settled';
    call.outcome = outcome;
    const p = this.rt.processes.get(call.pid.id);
    if (p !== undefined && p.state === 'waiting') {
      p.state = 'runnable';
      this.rt.scheduler.enqueue(p);
    }
    this.notify();
    return true;
  }

  /** The outcome of a settled call, which is then forgotten. */
  take(p: Process, call: HostCall): HostOutcome {
    this.byProcess.delete(p.pid.id);
    call.state = 'done';
    return call.outcome!;
  }

  /** Forget `p`'s call (the process exited, or the native failed before suspending). */
  cancel(p: Process): void {
    const call = this.byProcess.get(p.pid.id);
    if (call === undefined) return;
    this.byProcess.delete(p.pid.id);
    const wasPending = call.state === 'pending';
    call.state = 'done';
    if (wasPending) this.notify();
  }

  /** A promise that resolves the next time a call is settled or cancelled. */
  changed(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}
