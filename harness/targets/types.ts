// What running one case on any target produces.

import type { ResolvedCase, Suite } from '../suite/types';

export type OutcomeKind =
  /** The entry returned a value. */
  | 'return'
  /** The entry raised (class, reason, stack trace). */
  | 'exception'
  /** The entry's process was killed by an exit signal before it returned. */
  | 'exit'
  /** The case stopped the whole runtime system with erlang:halt (haltStatus, haltSlogan). */
  | 'halt'
  /** The case ran past its timeout and was stopped. */
  | 'timeout'
  /** The VM stopped the case at a resource limit (heap, processes, reductions). */
  | 'resource-limit'
  /** The argument text could not be parsed. */
  | 'bad_args'
  /** The case could not run: a module failed to load, the target crashed or produced no result. */
  | 'error';

export interface CaseRun {
  outcome: OutcomeKind;
  /** Bytes the case wrote through its group leader (UTF-8). */
  stdout: Uint8Array;
  /** `~tp` text of the value (return) or reason (exception/exit), when the target printed it. */
  resultText?: string;
  resultEtf?: Uint8Array;
  class?: 'error' | 'exit' | 'throw';
  reasonText?: string;
  reasonEtf?: Uint8Array;
  stackText?: string;
  stackEtf?: Uint8Array;
  /** For halt: the exit status (0..255) or 'abort'. */
  haltStatus?: number | 'abort';
  /** For halt(Slogan): the crash dump slogan. */
  haltSlogan?: string;
  /** Human-readable explanation for timeout / resource-limit / error outcomes. */
  message?: string;
  durationMs: number;
}

export interface RunOptions {
  /** Overrides each case's own timeout when set. */
  timeoutMs?: number;
  /** Multiplies each case's own timeout (slow or loaded machines); default 1. */
  timeoutScale?: number;
  seed?: number;
  /** Simulated schedulers of the reference VM (other targets ignore it). */
  schedulers?: number;
}

export interface Target {
  readonly name: string;
  /** Run these cases of one suite; every case gets a result, whatever happens. */
  runSuite(suite: Suite, cases: ResolvedCase[], opts: RunOptions): Promise<Map<string, CaseRun>>;
  close?(): Promise<void>;
}

/** The timeout a case gets under these options. */
export function caseTimeout(caseTimeoutMs: number, opts: RunOptions): number {
  return opts.timeoutMs ?? Math.round(caseTimeoutMs * (opts.timeoutScale ?? 1));
}
