// Calls that leave the current module: late-bound exports, natives (plain and
// higher-order), funs and apply. Local calls are handled in their opcode files.
//
// Convention: `returnTo` is the continuation for a body call (the caller's next
// instruction), or -1 for a tail call (the continuation is already in p.cp).
// Every function returns the code index to continue at, or SUSPEND.

import { ErlangException } from '../bifs/exception';
import type { HigherOrderNative, NativeEntry, PlainNative, CallRequest } from '../bifs/types';
import { atoms } from '../terms/atom';
import { Atom, Cons, ExportFun, Fun, NIL, Tuple, type Term } from '../terms/types';
import type { Process } from '../process/process';
import type { ExportRef } from './code';
import { ErrorWithArgs, Failure, Reraise, type ExplicitFrame } from './failure';
import { NativeFrame, NATIVE_RESUME_IP } from './frames';
import { SUSPEND } from './insn';
import { FRAME_HEADER } from './operands';
import { defaultErrorInfo } from './error-info';
import { nativeFrames } from './stacktrace';

const ERLANG = Atom.of('erlang');
const APPLY = Atom.of('apply');

/** Jump to `target` as a call: set the continuation, charge one reduction. */
export function enter(p: Process, target: number, returnTo: number): number {
  if (returnTo >= 0) p.cp = returnTo;
  if (--p.reds <= 0) {
    p.ip = target;
    return SUSPEND;
  }
  return target;
}

/** Return to the live continuation (what the `return` instruction does). */
export function returnToCaller(p: Process): number {
  const cp = p.cp;
  p.cp = -1;
  if (p.reds <= 0) {
    p.ip = cp;
    return SUSPEND;
  }
  return cp;
}

export function argsFromX(p: Process, arity: number): Term[] {
  const args = new Array<Term>(arity);
  for (let k = 0; k < arity; k++) args[k] = p.x[k];
  return args;
}

/**
 * Call M:F/A with the arguments in x0..x(A-1).
 * `direct` is true for call_ext*, where a failing BIF shows the calling function's frame.
 */
export function callExport(p: Process, ref: ExportRef, ip: number, returnTo: number, direct: boolean): number {
  if (ref.ip >= 0) return enter(p, ref.ip, returnTo);
  if (ref.applyArity !== 0) return applyBif(p, ref, ip, returnTo);
  const nat = ref.native ?? p.rt.resolveNative(ref);
  if (nat !== null) return callNative(p, nat, ref, ip, returnTo, direct);
  return undefinedFunction(p, ref.module, ref.fn, argsFromX(p, ref.arity), returnTo);
}

export function undefinedFunction(p: Process, m: Atom, f: Atom, args: Term[], returnTo: number): never {
  if (returnTo >= 0) p.cp = returnTo;
  throw new Failure('error', atoms.undef, { module: m, fn: f, arityOrArgs: args, locationIp: -1, errorInfo: null }, -1);
}

/**
 * The calling instruction of the plain native running now (-1: none known), for the few
 * BIFs that inspect their caller (process_info(self(), current_function), ...).
 */
export const nativeCall = { ip: -1 };

function callNative(p: Process, nat: NativeEntry, ref: ExportRef, ip: number, returnTo: number, direct: boolean): number {
  const args = argsFromX(p, nat.arity);
  p.reds -= nat.reductions ?? 1;
  if (nat.kind === 'higher-order') return startHigherOrder(p, nat, args, returnTo);
  let result: Term;
  nativeCall.ip = ip;
  try {
    result = (nat.impl as PlainNative)(args, p);
  } catch (e) {
    throw nativeFailure(p, e, nat, ref, args, ip, returnTo, direct);
  }
  p.x[0] = result;
  if (returnTo >= 0) {
    if (p.reds <= 0) {
      p.ip = returnTo;
      return SUSPEND;
    }
    return returnTo;
  }
  return returnToCaller(p);
}

/** Translate what a native threw into the exception the interpreter raises. */
function nativeFailure(
  p: Process,
  e: unknown,
  nat: NativeEntry,
  ref: ExportRef | null,
  args: Term[],
  ip: number,
  returnTo: number,
  direct: boolean,
): unknown {
  if (!(e instanceof ErlangException) || e instanceof Reraise) return e;
  if (ref !== null && ref.raisesPlainly) {
    // erlang:error/exit/throw: the frame is the caller's, with error/2,3's arguments.
    const pcArgs = e instanceof ErrorWithArgs ? e.args : null;
    const pcInfo = e instanceof ErrorWithArgs ? e.extraInfo : null;
    if (direct) return new Failure(e.cls, e.reason, null, ip, pcArgs, pcInfo);
    if (returnTo >= 0) p.cp = returnTo;
    return new Failure(e.cls, e.reason, null, -1);
  }
  if (e.frame !== undefined) {
    // The native stands in for Erlang code of OTP's library: like any Erlang function it
    // leaves its caller's frame only when called in a body position (the return address).
    const info = e.errorInfo === undefined ? null : e.errorInfo;
    const top = nativeFrames(nat, e.frame, info, defaultErrorInfo);
    if (returnTo >= 0) p.cp = returnTo;
    return new Failure(e.cls, e.reason, top, -1);
  }
  const top = nativeFrame(nat, args, e);
  if (nat.bif && direct) return new Failure(e.cls, e.reason, top, ip);
  if (returnTo >= 0) p.cp = returnTo;
  return new Failure(e.cls, e.reason, top, -1);
}

function nativeFrame(nat: NativeEntry, args: Term[], e: ErlangException): ExplicitFrame {
  const module = Atom.of(nat.module);
  const fn = Atom.of(nat.function);
  if (nat.bif) {
    const info = e.errorInfo === undefined ? defaultErrorInfo(module) : e.errorInfo;
    return { module, fn, arityOrArgs: args, locationIp: -1, errorInfo: info };
  }
  // A function OTP writes in Erlang with nothing stated: a function_clause shows the
  // arguments, anything else the arity.
  const withArgs = e.cls === 'error' && e.reason === atoms.function_clause;
  return { module, fn, arityOrArgs: withArgs ? args : nat.arity, locationIp: -1, errorInfo: null };
}

// ---- higher-order natives ----

function startHigherOrder(p: Process, nat: NativeEntry, args: Term[], returnTo: number): number {
  const cont = returnTo >= 0 ? returnTo : p.cp;
  let gen: Generator<CallRequest, Term, Term>;
  try {
    gen = (nat.impl as HigherOrderNative)(args, p);
  } catch (e) {
    if (returnTo >= 0) p.cp = returnTo;
    throw nativeFailure(p, e, nat, null, args, -1, returnTo, false);
  }
  // A one-slot frame holding the generator; its continuation is the native's caller.
  const base = p.sp;
  p.stack[base] = cont;
  p.stack[base + 1] = p.E;
  p.stack[base + FRAME_HEADER] = new NativeFrame(gen, Atom.of(nat.module), Atom.of(nat.function), nat.arity, args, nat);
  p.E = base;
  p.sp = base + FRAME_HEADER + 1;
  p.cp = -1;
  return stepNative(p, undefined, true);
}

/** Resume the generator of the native frame on top of the stack with a call's result. */
export function stepNative(p: Process, input: Term | undefined, first: boolean): number {
  const nf = p.stack[p.E + FRAME_HEADER] as NativeFrame;
  let step: IteratorResult<CallRequest, Term>;
  try {
    step = first ? nf.gen.next() : nf.gen.next(input as Term);
  } catch (e) {
    throw nativeFailure(p, e, nf.entry, null, nf.args, -1, -1, false);
  }
  if (step.done === true) {
    p.x[0] = step.value;
    const e = p.E;
    p.cp = p.stack[e] as number;
    p.sp = e;
    p.E = p.stack[e + 1] as number;
    return returnToCaller(p);
  }
  return callRequested(p, step.value, NATIVE_RESUME_IP);
}

/** Perform a CallRequest as a body call returning to `returnTo`. */
function callRequested(p: Process, req: CallRequest, returnTo: number): number {
  const n = req.args.length;
  for (let k = 0; k < n; k++) p.x[k] = req.args[k];
  const nf = p.stack[p.E + FRAME_HEADER] as NativeFrame;
  nf.suspended = req.frames ?? null;
  const f = req.fun;
  if (f instanceof Tuple && f.elements.length === 2) {
    return applyMfa(p, f.elements[0], f.elements[1], n, NATIVE_RESUME_IP, returnTo);
  }
  return callFun(p, f, n, NATIVE_RESUME_IP, returnTo);
}

// ---- funs and apply ----

/** Call the fun `f` with `arity` arguments in x0..; `ip` is the calling instruction. */
export function callFun(p: Process, f: Term, arity: number, ip: number, returnTo: number): number {
  if (f instanceof Fun) {
    if (f.arity !== arity) badarity(p, f, arity, ip, returnTo);
    const mod = p.rt.modules.get(f.module);
    const entry = mod?.lambdaEntries[f.index];
    if (entry === undefined) {
      if (returnTo >= 0) p.cp = returnTo;
      const frame = new Tuple([f, listOf(argsFromX(p, arity)), NIL]);
      throw new Failure('error', atoms.undef, { module: f.module, fn: f.functionName, arityOrArgs: 0, locationIp: -1, errorInfo: null, raw: frame }, -1);
    }
    const env = f.env;
    for (let k = 0; k < env.length; k++) p.x[arity + k] = env[k];
    return enter(p, entry, returnTo);
  }
  if (f instanceof ExportFun) {
    if (f.arity !== arity) badarity(p, f, arity, ip, returnTo);
    return callExport(p, p.rt.exportRef(f.module, f.functionName, arity), ip, returnTo, false);
  }
  // As for badarity, a body call shows the caller at the call and at its return address.
  if (returnTo >= 0) p.cp = returnTo;
  throw new Failure('error', new Tuple([atoms.badfun, f]), null, ip);
}

function badarity(p: Process, f: Term, arity: number, ip: number, returnTo: number): never {
  // OTP shows the caller twice for a body call: at the call and at its return address.
  if (returnTo >= 0) p.cp = returnTo;
  const reason = new Tuple([atoms.badarity, new Tuple([f, listOf(argsFromX(p, arity))])]);
  throw new Failure('error', reason, null, ip);
}

/** apply(M, F, Args) with the arguments already in x0..x(n-1). */
export function applyMfa(p: Process, m: Term, f: Term, n: number, ip: number, returnTo: number): number {
  if (!(m instanceof Atom) || !(f instanceof Atom)) {
    // Reported as a failing erlang:apply/3 called from the current function.
    const args = [m, f, listOf(argsFromX(p, n))];
    const frame = { module: ERLANG, fn: APPLY, arityOrArgs: args, locationIp: -1, errorInfo: defaultErrorInfo(ERLANG) };
    throw new Failure('error', atoms.badarg, frame, ip);
  }
  return callExport(p, p.rt.exportRef(m, f, n), ip, returnTo, false);
}

/** erlang:apply/2,3 called as a function: becomes a call of the applied function. */
function applyBif(p: Process, ref: ExportRef, ip: number, returnTo: number): number {
  const x = p.x;
  if (ref.applyArity === 3) {
    const m = x[0];
    const f = x[1];
    const list = x[2];
    const n = spreadArgs(p, list);
    if (n < 0) {
      const frame = { module: ERLANG, fn: APPLY, arityOrArgs: [m, f, list], locationIp: -1, errorInfo: defaultErrorInfo(ERLANG) };
      throw new Failure('error', atoms.badarg, frame, -1);
    }
    return applyMfa(p, m, f, n, ip, returnTo);
  }
  const fun = x[0];
  const list = x[1];
  const n = spreadArgs(p, list);
  if (n < 0) {
    const frame = { module: ERLANG, fn: APPLY, arityOrArgs: [fun, list], locationIp: -1, errorInfo: defaultErrorInfo(ERLANG) };
    throw new Failure('error', atoms.badarg, frame, -1);
  }
  return callFun(p, fun, n, ip, returnTo);
}

/** Spread a proper list into x0..; returns its length, or -1 if it is not a proper list. */
export function spreadArgs(p: Process, list: Term): number {
  let n = 0;
  let l = list;
  while (l instanceof Cons) {
    p.x[n++] = l.head;
    l = l.tail;
  }
  return l === NIL ? n : -1;
}

export function listOf(items: Term[]): Term {
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}
