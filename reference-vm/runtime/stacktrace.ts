// Stack traces as OTP 26 builds them (erts beam_common.c save_stacktrace /
// gather_stacktrace / build_stacktrace):
//  - at most 8 entries (erts_backtrace_depth), counted before entries that name no
//    function (such as the process's final "exit" continuation) are dropped;
//  - entry 1: the explicit frame(s) (BIF with its arguments and error_info, undefined
//    function, function_clause with the arguments, a native with the OTP library frames
//    it stands in for) or the function at the faulting instruction;
//  - for BIF errors, entry 2 is the function that called the BIF, at the call;
//  - then every continuation pointer on the stack, innermost first, a continuation equal
//    to the previous one being skipped; each shows the function and line of its call
//    instruction (the instruction before the return address); a higher-order native
//    suspended in a call shows the library frames it declared for that call.

import { atoms } from '../terms/atom';
import { Atom, Cons, NIL, Tuple, type Term } from '../terms/types';
import type { ExceptionClass, LibraryFrame, NativeFrame as NativeFrameInfo } from '../bifs/exception';
import type { Process } from '../process/process';
import type { CodeStore } from './code';
import type { ExplicitFrame } from './failure';
import { NativeFrame, NATIVE_RESUME_IP } from './frames';
import { charlist } from './code';

/** OTP's default erts_backtrace_depth. */
export const BACKTRACE_DEPTH = 8;
/** The largest depth system_flag(backtrace_depth, N) sets (erts MAX_BACKTRACE_SIZE). */
export const MAX_BACKTRACE_DEPTH = 64;

const depths = new WeakMap<object, number>();

/** The runtime's current backtrace depth (system_flag(backtrace_depth, _)). */
export function backtraceDepth(rt: object): number {
  return depths.get(rt) ?? BACKTRACE_DEPTH;
}
/** Set the depth for runtime `rt`; returns the previous one. */
export function setBacktraceDepth(rt: object, depth: number): number {
  const old = backtraceDepth(rt);
  depths.set(rt, Math.max(0, Math.min(depth, MAX_BACKTRACE_DEPTH)));
  return old;
}

/** The saved trace of one exception (what OTP keeps in x2 / c_p->ftrace). */
export class RawTrace {
  private built: Term | null;
  constructor(
    readonly cls: ExceptionClass,
    /** Frames, or null when `prebuilt` is the whole trace (erlang:raise/3). */
    private readonly frames: ExplicitFrame[] | null,
    private readonly code: CodeStore | null,
    prebuilt: Term | null = null,
  ) {
    this.built = prebuilt;
  }

  /** A trace given as a term (erlang:raise/3). */
  static fromTerm(cls: ExceptionClass, trace: Term): RawTrace {
    return new RawTrace(cls, null, null, trace);
  }

  /** The same saved trace under another class (raw_raise with a different class). */
  withClass(cls: ExceptionClass): RawTrace {
    const t = new RawTrace(cls, this.frames, this.code, this.built);
    return t;
  }

  /** The stack trace term: [{M, F, ArityOrArgs, Location}]. */
  term(): Term {
    if (this.built !== null) return this.built;
    const items: Term[] = [];
    for (const f of this.frames ?? []) {
      const t = frameTerm(f, this.code);
      if (t !== null) items.push(t);
    }
    let list: Term = NIL;
    for (let i = items.length - 1; i >= 0; i--) list = new Cons(items[i], list);
    this.built = list;
    return list;
  }
}

function frameTerm(f: ExplicitFrame, code: CodeStore | null): Term | null {
  if (f.raw !== undefined) return f.raw;
  let loc: Term = NIL;
  if (f.errorInfo !== null) loc = new Cons(new Tuple([atoms.error_info, f.errorInfo]), NIL);
  const l = f.location !== undefined ? { file: charlist(f.location.file), line: f.location.line } : code !== null && f.locationIp >= 0 ? code.locationAt(f.locationIp) : undefined;
  if (l !== undefined) {
    loc = new Cons(new Tuple([atoms.file, l.file]), new Cons(new Tuple([atoms.line, l.line]), loc));
  }
  let a: Term;
  if (typeof f.arityOrArgs === 'number') a = f.arityOrArgs;
  else {
    a = NIL;
    for (let i = f.arityOrArgs.length - 1; i >= 0; i--) a = new Cons(f.arityOrArgs[i], a);
  }
  return new Tuple([f.module, f.fn, a, loc]);
}

/** The frame of the function containing `ip`, or a placeholder that counts but shows nothing. */
function ipFrame(code: CodeStore, ip: number, args: Term[] | null, errorInfo: Term | null): ExplicitFrame {
  const fn = code.functionAt(ip);
  if (fn === undefined) return HIDDEN;
  return { module: fn.module, fn: fn.name, arityOrArgs: args ?? fn.arity, locationIp: ip, errorInfo };
}

/** A trace entry OTP counts towards the depth but leaves out (no function at that address). */
const HIDDEN: ExplicitFrame = { module: Atom.of(''), fn: Atom.of(''), arityOrArgs: 0, locationIp: -1, errorInfo: null };
const hiddenMarker = HIDDEN;

/**
 * Capture the trace of an exception raised in process `p`:
 * `top` and `pcIp` as in Failure; then the continuation pointers.
 */
export function captureTrace(
  p: Process,
  cls: ExceptionClass,
  top: ExplicitFrame | readonly ExplicitFrame[] | null,
  pcIp: number,
  pcArgs: Term[] | null,
  pcErrorInfo: Term | null,
): RawTrace {
  const code = p.rt.code;
  const depth = backtraceDepth(p.rt);
  const frames: ExplicitFrame[] = [];
  if (top !== null) {
    if (Array.isArray(top)) for (const f of top as readonly ExplicitFrame[]) frames.push(f);
    else frames.push(top as ExplicitFrame);
  }
  if (pcIp >= 0 && frames.length < depth) frames.push(ipFrame(code, pcIp, pcArgs, pcErrorInfo));
  let prev = -2;
  const addCp = (cp: number, frameBelow: number): void => {
    if (cp === prev) return;
    prev = cp;
    if (cp === NATIVE_RESUME_IP) {
      // The callee returns into a higher-order native: show the native's own frame.
      const nf = frameBelow >= 0 ? p.stack[frameBelow + 2] : undefined;
      if (nf instanceof NativeFrame) {
        if (nf.suspended !== null) {
          const stated = typeof nf.suspended === 'function' ? nf.suspended() : nf.suspended;
          for (const f of stated) frames.push(libraryFrame(nf.entry, f));
        }
        else frames.push({ module: nf.module, fn: nf.fn, arityOrArgs: nf.arity, locationIp: -1, errorInfo: null });
        return;
      }
    }
    frames.push(ipFrame(code, cp - 1, null, null));
  };
  if (p.cp >= 0 && frames.length < depth) addCp(p.cp, p.E);
  for (let e = p.E; e >= 0 && frames.length < depth; e = p.stack[e + 1] as number) {
    addCp(p.stack[e] as number, p.stack[e + 1] as number);
  }
  // Natives may add several frames at once: keep OTP's depth exactly.
  if (frames.length > depth) frames.length = depth;
  return new RawTrace(cls, frames.filter((f) => f !== hiddenMarker), code);
}

/** The native a library frame defaults to. */
export interface NativeIdentity {
  module: string;
  function: string;
  arity: number;
}

/** One stated library frame as an explicit frame (defaults from the native `nat`). */
export function libraryFrame(nat: NativeIdentity, f: LibraryFrame, errorInfo: Term | null = null): ExplicitFrame {
  const module = Atom.of(f.module ?? nat.module);
  const fn = Atom.of(f.function ?? nat.function);
  const arityOrArgs = f.args ?? f.arity ?? nat.arity;
  const location = f.file !== undefined && f.line !== undefined ? { file: f.file, line: f.line } : undefined;
  return { module, fn, arityOrArgs, locationIp: -1, errorInfo: f.errorInfo ?? errorInfo, location };
}

/**
 * The frames a native's exception shows, innermost first: the failed BIF, the frame
 * itself (with `errorInfo` unless it names its own), then the library callers.
 */
export function nativeFrames(nat: NativeIdentity, f: NativeFrameInfo, errorInfo: Term | null, defaultInfo: (m: Atom) => Term | null): ExplicitFrame[] {
  const out: ExplicitFrame[] = [];
  const b = f.failedBif;
  if (b !== undefined) {
    const m = Atom.of(b.module);
    out.push({ module: m, fn: Atom.of(b.function), arityOrArgs: b.args, locationIp: -1, errorInfo: b.errorInfo === undefined ? defaultInfo(m) : b.errorInfo });
  }
  out.push(libraryFrame(nat, f, errorInfo));
  for (const c of f.callers ?? []) out.push(libraryFrame(nat, c));
  return out;
}
