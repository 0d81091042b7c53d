// The contract between the interpreter and native functions (BIFs and the Gleam FFI).
//
// A native function is either
//  - plain: `(args, ctx) => Term`, or
//  - higher-order: a generator that yields `CallRequest`s whenever it needs to run
//    Erlang code (a fun passed to lists:map, say) and is resumed with the result.
//    The interpreter runs the requested call as an ordinary BEAM call (no JS recursion),
//    so the callee may receive messages, be preempted or raise; if it raises, the
//    generator is simply abandoned and the exception propagates as usual.
// Errors are raised by throwing an `ErlangException` (see exception.ts); any other JS
// exception escaping a native is a bug in the VM and is reported as such.

import type { Atom, Term } from '../terms/types';
import type { LibraryFrame } from './exception';

export interface CallRequest {
  /** A Fun, an ExportFun, or an {M, F} tuple-free call given as module/function atoms. */
  fun: Term;
  args: Term[];
  /**
   * The frames of OTP's library code that are on the stack below the callee while it
   * runs (innermost first: the function making the call, then its callers inside the
   * library), as a stack trace from inside the callee shows them. Absent: one frame
   * naming the native with its arity and no location. A function is called only if a
   * trace is taken while the callee runs (for frames that are costly to build).
   */
  frames?: LibraryFrame[] | (() => LibraryFrame[]);
}

export type PlainNative = (args: Term[], ctx: NativeContext) => Term;
export type HigherOrderNative = (args: Term[], ctx: NativeContext) => Generator<CallRequest, Term, Term>;

export interface NativeEntry {
  module: string;
  function: string;
  arity: number;
  kind: 'plain' | 'higher-order';
  impl: PlainNative | HigherOrderNative;
  /**
   * True for guard BIFs and other real BIFs (they appear in stack traces with their
   * arguments and `error_info`), false for functions OTP implements in Erlang
   * (they appear as ordinary frames).
   */
  bif: boolean;
  /** Reductions charged per call (OTP charges most BIFs one; some charge by work done). */
  reductions?: number;
}

/**
 * What a native can reach of the VM. The interpreter supplies the implementation;
 * natives must not hold on to it after returning.
 */
export interface NativeContext {
  /** The calling process's pid term. */
  readonly self: Term;
  /** Write bytes (UTF-8 encoded characters) to the process's group leader output. */
  writeOutput(bytes: Uint8Array): void;
  /** Charge extra reductions for work proportional to input size. */
  bumpReductions(n: number): void;
  /** The VM-wide services (process table, timers, module table) — typed by the runtime. */
  readonly vm: unknown;
  /** The calling process — typed by the runtime. */
  readonly process: unknown;
}

export type { Atom };
