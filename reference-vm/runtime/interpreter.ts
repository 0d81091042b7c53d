// The dispatch loop and exception handling.

import { ErlangException, type ExceptionClass } from '../bifs/exception';
import { atoms } from '../terms/atom';
import { NIL, Tuple, type Term } from '../terms/types';
import type { Process } from '../process/process';
import { ErrorWithArgs, Failure, ProcessExit, Reraise, VmBug } from './failure';
import { CatchTag } from './frames';
import { SUSPEND, type Handler } from './insn';
import { FRAME_HEADER, NON_VALUE } from './operands';
import { captureTrace, RawTrace } from './stacktrace';
import * as allocate from '../opcodes/allocate';
import * as allocate_zero from '../opcodes/allocate_zero';
import * as bif1 from '../opcodes/bif1';
import * as bif2 from '../opcodes/bif2';
import * as call from '../opcodes/call';
import * as call_ext from '../opcodes/call_ext';
import * as call_ext_last from '../opcodes/call_ext_last';
import * as call_ext_only from '../opcodes/call_ext_only';
import * as call_last from '../opcodes/call_last';
import * as call_only from '../opcodes/call_only';
import * as deallocate from '../opcodes/deallocate';
import * as gc_bif2 from '../opcodes/gc_bif2';
import * as get_hd from '../opcodes/get_hd';
import * as get_list from '../opcodes/get_list';
import * as get_tl from '../opcodes/get_tl';
import * as get_tuple_element from '../opcodes/get_tuple_element';
import * as init_yregs from '../opcodes/init_yregs';
import * as is_atom from '../opcodes/is_atom';
import * as is_eq from '../opcodes/is_eq';
import * as is_eq_exact from '../opcodes/is_eq_exact';
import * as is_ge from '../opcodes/is_ge';
import * as is_integer from '../opcodes/is_integer';
import * as is_lt from '../opcodes/is_lt';
import * as is_ne_exact from '../opcodes/is_ne_exact';
import * as is_nil from '../opcodes/is_nil';
import * as is_nonempty_list from '../opcodes/is_nonempty_list';
import * as is_tagged_tuple from '../opcodes/is_tagged_tuple';
import * as is_tuple from '../opcodes/is_tuple';
import * as jump from '../opcodes/jump';
import * as loop_rec from '../opcodes/loop_rec';
import * as loop_rec_end from '../opcodes/loop_rec_end';
import * as move from '../opcodes/move';
import * as put_list from '../opcodes/put_list';
import * as put_tuple2 from '../opcodes/put_tuple2';
import * as remove_message from '../opcodes/remove_message';
import * as ret from '../opcodes/return';
import * as select_val from '../opcodes/select_val';
import * as send from '../opcodes/send';
import * as test_arity from '../opcodes/test_arity';
import * as test_heap from '../opcodes/test_heap';
import * as trim from '../opcodes/trim';
import * as wait from '../opcodes/wait';

// Direct dispatch of the hottest handlers: the loop calls most handlers through `i.exec`,
// a call site that sees every handler (megamorphic: no inlining, a generic call per
// instruction). The handlers listed in HOT run most of the time in typical code (moves,
// calls, returns, frames, small-integer arithmetic, list and tuple access), so the loop
// switches on `Insn.k` and calls them from call sites of their own, which V8 inlines. The
// handlers stay in their opcode files; prepare.ts sets `k` from the handler `prepare` picked.

/** Switch case numbers of the directly dispatched handlers (0: call i.exec). */
const enum Hot {
  None = 0,
  MoveXX,
  MoveXY,
  MoveYX,
  MoveCX,
  Call,
  CallOnly,
  CallLast,
  CallExt,
  CallExtOnly,
  CallExtLast,
  Return,
  Allocate,
  AllocateZero,
  InitYregs,
  Deallocate,
  Trim,
  TestHeap,
  Jump,
  IsLt,
  IsGe,
  IsEq,
  IsEqExact,
  IsNeExact,
  IsNil,
  IsNonemptyList,
  IsTuple,
  IsTaggedTuple,
  TestArity,
  IsInteger,
  IsAtom,
  SelectValScan,
  SelectValMap,
  AddConst,
  Add,
  Subtract,
  Bif1,
  Bif2,
  GetList,
  GetHd,
  GetTl,
  PutList,
  GetTupleElement,
  PutTuple2,
  Send,
  LoopRec,
  LoopRecEnd,
  RemoveMessage,
  Wait,
}

const HOT = new Map<Handler, Hot>([
  [move.execXX, Hot.MoveXX],
  [move.execXY, Hot.MoveXY],
  [move.execYX, Hot.MoveYX],
  [move.execCX, Hot.MoveCX],
  [call.exec, Hot.Call],
  [call_only.exec, Hot.CallOnly],
  [call_last.exec, Hot.CallLast],
  [call_ext.exec, Hot.CallExt],
  [call_ext_only.exec, Hot.CallExtOnly],
  [call_ext_last.exec, Hot.CallExtLast],
  [ret.exec, Hot.Return],
  [allocate.exec, Hot.Allocate],
  [allocate_zero.exec, Hot.AllocateZero],
  [init_yregs.exec, Hot.InitYregs],
  [deallocate.exec, Hot.Deallocate],
  [trim.exec, Hot.Trim],
  [test_heap.exec, Hot.TestHeap],
  [jump.exec, Hot.Jump],
  [is_lt.exec, Hot.IsLt],
  [is_ge.exec, Hot.IsGe],
  [is_eq.exec, Hot.IsEq],
  [is_eq_exact.exec, Hot.IsEqExact],
  [is_ne_exact.exec, Hot.IsNeExact],
  [is_nil.exec, Hot.IsNil],
  [is_nonempty_list.exec, Hot.IsNonemptyList],
  [is_tuple.exec, Hot.IsTuple],
  [is_tagged_tuple.exec, Hot.IsTaggedTuple],
  [test_arity.exec, Hot.TestArity],
  [is_integer.exec, Hot.IsInteger],
  [is_atom.exec, Hot.IsAtom],
  [select_val.execScan, Hot.SelectValScan],
  [select_val.execMap, Hot.SelectValMap],
  [gc_bif2.addConst, Hot.AddConst],
  [bif2.add, Hot.Add],
  [bif2.subtract, Hot.Subtract],
  [bif1.exec, Hot.Bif1],
  [bif2.exec, Hot.Bif2],
  [get_list.exec, Hot.GetList],
  [get_hd.exec, Hot.GetHd],
  [get_tl.exec, Hot.GetTl],
  [put_list.exec, Hot.PutList],
  [get_tuple_element.exec, Hot.GetTupleElement],
  [put_tuple2.exec, Hot.PutTuple2],
  [send.exec, Hot.Send],
  [loop_rec.exec, Hot.LoopRec],
  [loop_rec_end.exec, Hot.LoopRecEnd],
  [remove_message.exec, Hot.RemoveMessage],
  [wait.exec, Hot.Wait],
]);
// A handler missing here (say, renamed in its file) would silently lose its fast path.
for (const h of HOT.keys()) if (typeof h !== 'function') throw new VmBug('a directly dispatched handler is not exported');

/** The switch case for handler `h` (Hot.None: call it through i.exec). */
export function hotKind(h: Handler): Hot {
  return HOT.get(h) ?? Hot.None;
}


const CLASS_ATOM: Record<ExceptionClass, Term> = { error: atoms.error, exit: atoms.exit, throw: atoms.throw };

/**
 * Run process `p` from p.ip until it suspends (preempted, waiting or exited).
 * `counting`: count executed instructions (Insn.n, summed by Runtime.counts).
 */
export function execute(p: Process, counting: boolean): void {
  const code = p.rt.code.insns;
  let ip = p.ip;
  for (;;) {
    try {
      while (ip >= 0) {
        const i = code[ip];
        if (counting) i.n++;
        switch (i.k) {
          case Hot.MoveXX: ip = move.execXX(p, i, ip); break;
          case Hot.MoveXY: ip = move.execXY(p, i, ip); break;
          case Hot.MoveYX: ip = move.execYX(p, i, ip); break;
          case Hot.MoveCX: ip = move.execCX(p, i, ip); break;
          case Hot.Call: ip = call.exec(p, i, ip); break;
          case Hot.CallOnly: ip = call_only.exec(p, i); break;
          case Hot.CallLast: ip = call_last.exec(p, i); break;
          case Hot.CallExt: ip = call_ext.exec(p, i, ip); break;
          case Hot.CallExtOnly: ip = call_ext_only.exec(p, i, ip); break;
          case Hot.CallExtLast: ip = call_ext_last.exec(p, i, ip); break;
          case Hot.Return: ip = ret.exec(p); break;
          case Hot.Allocate: ip = allocate.exec(p, i, ip); break;
          case Hot.AllocateZero: ip = allocate_zero.exec(p, i, ip); break;
          case Hot.InitYregs: ip = init_yregs.exec(p, i, ip); break;
          case Hot.Deallocate: ip = deallocate.exec(p, i, ip); break;
          case Hot.Trim: ip = trim.exec(p, i, ip); break;
          case Hot.TestHeap: ip = test_heap.exec(p, i, ip); break;
          case Hot.Jump: ip = jump.exec(p, i); break;
          case Hot.IsLt: ip = is_lt.exec(p, i, ip); break;
          case Hot.IsGe: ip = is_ge.exec(p, i, ip); break;
          case Hot.IsEq: ip = is_eq.exec(p, i, ip); break;
          case Hot.IsEqExact: ip = is_eq_exact.exec(p, i, ip); break;
          case Hot.IsNeExact: ip = is_ne_exact.exec(p, i, ip); break;
          case Hot.IsNil: ip = is_nil.exec(p, i, ip); break;
          case Hot.IsNonemptyList: ip = is_nonempty_list.exec(p, i, ip); break;
          case Hot.IsTuple: ip = is_tuple.exec(p, i, ip); break;
          case Hot.IsTaggedTuple: ip = is_tagged_tuple.exec(p, i, ip); break;
          case Hot.TestArity: ip = test_arity.exec(p, i, ip); break;
          case Hot.IsInteger: ip = is_integer.exec(p, i, ip); break;
          case Hot.IsAtom: ip = is_atom.exec(p, i, ip); break;
          case Hot.SelectValScan: ip = select_val.execScan(p, i); break;
          case Hot.SelectValMap: ip = select_val.execMap(p, i); break;
          case Hot.AddConst: ip = gc_bif2.addConst(p, i, ip); break;
          case Hot.Add: ip = bif2.add(p, i, ip); break;
          case Hot.Subtract: ip = bif2.subtract(p, i, ip); break;
          case Hot.Bif1: ip = bif1.exec(p, i, ip); break;
          case Hot.Bif2: ip = bif2.exec(p, i, ip); break;
          case Hot.GetList: ip = get_list.exec(p, i, ip); break;
          case Hot.GetHd: ip = get_hd.exec(p, i, ip); break;
          case Hot.GetTl: ip = get_tl.exec(p, i, ip); break;
          case Hot.PutList: ip = put_list.exec(p, i, ip); break;
          case Hot.GetTupleElement: ip = get_tuple_element.exec(p, i, ip); break;
          case Hot.PutTuple2: ip = put_tuple2.exec(p, i, ip); break;
          case Hot.Send: ip = send.exec(p, i, ip); break;
          case Hot.LoopRec: ip = loop_rec.exec(p, i, ip); break;
          case Hot.LoopRecEnd: ip = loop_rec_end.exec(p, i); break;
          case Hot.RemoveMessage: ip = remove_message.exec(p, i, ip); break;
          case Hot.Wait: ip = wait.exec(p, i); break;
          default: ip = i.exec(p, i, ip);
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
