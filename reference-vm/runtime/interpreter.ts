// The dispatch loop and exception handling.

import { ErlangException, type ExceptionClass } from '../bifs/exception';
import { atoms } from '../terms/atom';
import { NIL, Tuple, type Term } from '../terms/types';
import type { Process } from '../process/process';
import { ErrorWithArgs, Failure, ProcessExit, Reraise, VmBug } from './failure';
import { CatchTag } from './frames';
import { SUSPEND } from './insn';
import { FRAME_HEADER, NON_VALUE } from './operands';
import { captureTrace, RawTrace } from './stacktrace';

const CLASS_ATOM: Record<ExceptionClass, Term> = { error: atoms.error, exit: atoms.exit, throw: atoms.throw };

/**
 * Run process `p` from p.ip until it suspends (preempted, waiting or exited).
 * `counts`, when given, collects executed instructions per generic opcode number.
 */
export function execute(p: Process, counts: Float64Array | null): void {
  const code = p.rt.code.insns;
  let ip = p.ip;
  for (;;) {
    try {
      if (counts === null) {
        while (ip >= 0) {
          const i = code[ip];
          ip = i.exec(p, i, ip);
        }
      } else {
        while (ip >= 0) {
          const i = code[ip];
          counts[i.op]++;
          ip = i.exec(p, i, ip);
        }
      }
      return;
    } catch (e) {
      ip = handleException(p, e, ip);
      if (ip < 0) return;
    }
  }
}

/** An exception escaped the instruction at `ip`: find a catch or end the process. */
function handleException(p: Process, e: unknown, ip: number): number {
  if (e instanceof ProcessExit) {
    p.rt.exitProcess(p, e.reason);
    return SUSPEND;
  }
  let cls: ExceptionClass;
  let reason: Term;
  let trace: RawTrace;
  if (e instanceof Failure) {
    cls = e.cls;
    reason = e.reason;
    trace = e.trace ?? captureTrace(p, cls, e.top, e.pcIp, e.pcArgs, e.pcErrorInfo);
  } else if (e instanceof Reraise) {
    cls = e.cls;
    reason = e.reason;
    trace = e.trace;
  } else if (e instanceof ErlangException) {
    cls = e.cls;
    reason = e.reason;
    const args = e instanceof ErrorWithArgs ? e.args : null;
    const info = e instanceof ErrorWithArgs ? e.extraInfo : null;
    trace = captureTrace(p, cls, null, ip, args, info);
  } else if (e instanceof RangeError && /call stack/i.test(e.message)) {
    throw new VmBug(`JS stack overflow while executing instruction ${ip}: ${e.message}`);
  } else {
    throw e;
  }
  return raiseIn(p, cls, reason, trace);
}

/** Deliver an exception to the nearest catch of `p`, or terminate `p`. */
export function raiseIn(p: Process, cls: ExceptionClass, reason: Term, trace: RawTrace): number {
  if (cls === 'throw' && p.catches <= 0 && !p.rt.catchesAll(p)) {
    // An uncaught throw becomes an error.
    reason = new Tuple([atoms.nocatch, reason]);
    cls = 'error';
    trace = trace.withClass('error');
  }
  if (p.catches > 0) {
    const handler = unwindToCatch(p);
    if (handler >= 0) {
      p.mailbox.dropOldMarker(); // as OTP 26 does: the recv_mark position is no longer safe to use
      const x = p.x;
      x[0] = NON_VALUE;
      x[1] = reason;
      x[2] = trace as unknown as Term;
      x[3] = CLASS_ATOM[cls];
      return handler;
    }
    throw new VmBug(`process has ${p.catches} catches but no catch tag on its stack`);
  }
  p.rt.uncaught(p, cls, reason, trace);
  return SUSPEND;
}

/** Pop frames down to the innermost one holding a catch tag; returns its handler or -1. */
function unwindToCatch(p: Process): number {
  const s = p.stack;
  let top = p.sp;
  for (let e = p.E; e >= 0; e = s[e + 1] as number) {
    for (let k = e + FRAME_HEADER; k < top; k++) {
      const v = s[k];
      if (v instanceof CatchTag) {
        s[k] = NIL;
        p.E = e;
        p.sp = top;
        p.cp = -1;
        return v.handler;
      }
    }
    top = e;
  }
  return -1;
}

/** Termination reason for an uncaught exception (errors carry their stack trace). */
export function exitReasonOf(cls: ExceptionClass, reason: Term, trace: RawTrace): Term {
  return cls === 'error' ? new Tuple([reason, trace.term()]) : reason;
}
