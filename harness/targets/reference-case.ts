// Running one case on the reference VM, in the current thread. The reference target
// calls this inside a worker thread (reference-worker.ts) so a runaway case can be
// stopped from outside; `beamconf exec` and tests may call it directly.

import { readFileSync } from 'node:fs';
import { VM } from '../../reference-vm/vm';
import { termToBinary } from '../../reference-vm/etf/encode';
import { formatTerm } from '../../reference-vm/printing/pretty';
import type { Term } from '../../reference-vm/terms/types';
import { parseArgs, TermSyntaxError } from '../term-text';
import type { CaseRun } from './types';
import { describeHalt } from '../compare';

/** Live processes one case may have on the reference target. */
export const REFERENCE_MAX_PROCESSES = 150_000;

export interface ReferenceCaseRequest {
  key: string;
  beams: string[];
  module: string;
  function: string;
  argsText: string;
  timeoutMs: number;
  seed?: number;
  /** Simulated schedulers (default 1). */
  schedulers?: number;
}

export interface ReferenceCaseResult {
  run: CaseRun;
  /** Opcode name -> times executed, for dynamic coverage. */
  opcodes: Record<string, number>;
  /** `m:f/a` of the native functions the case called. */
  natives: string[];
}

/** `~tp` text as OTP would print it, or a note if the printer failed. */
function printed(t: Term): string {
  try {
    return formatTerm(t);
  } catch (e) {
    return `<reference VM could not print this term: ${(e as Error).message}>`;
  }
}

function encoded(t: Term): Uint8Array | undefined {
  try {
    return termToBinary(t);
  } catch {
    return undefined;
  }
}

export function runReferenceCase(req: ReferenceCaseRequest): ReferenceCaseResult {
  const started = performance.now();
  let vm: VM | null = null;
  const done = (run: Omit<CaseRun, 'durationMs'>): ReferenceCaseResult => ({
    run: { ...run, durationMs: Math.round(performance.now() - started) },
    opcodes: vm === null ? {} : Object.fromEntries(vm.executedOpcodeCounts()),
    natives: vm === null ? [] : vm.calledNatives(),
  });
  let args: Term[];
  try {
    args = parseArgs(req.argsText);
  } catch (e) {
    if (e instanceof TermSyntaxError) return done({ outcome: 'bad_args', stdout: new Uint8Array(), message: `cannot parse args: ${e.message}` });
    throw e;
  }
  // The process limit keeps a spawn bomb from exhausting the worker's memory first.
  vm = new VM({ seed: req.seed ?? 0, schedulers: req.schedulers ?? 1, maxProcesses: REFERENCE_MAX_PROCESSES });
  for (const beam of req.beams) {
    try {
      vm.loadModule(new Uint8Array(readFileSync(beam)), beam);
    } catch (e) {
      return done({ outcome: 'error', stdout: new Uint8Array(), message: `load error: ${(e as Error).message}` });
    }
  }
  const r = vm.runEntry(req.module, req.function, args, { timeoutMs: req.timeoutMs });
  const stdout = r.stdout;
  switch (r.outcome) {
    case 'return':
      return done({ outcome: 'return', stdout, resultText: printed(r.value), resultEtf: encoded(r.value) });
    case 'exception':
      return done(
        {
          outcome: 'exception',
          stdout,
          class: r.cls,
          reasonText: printed(r.reason),
          reasonEtf: encoded(r.reason),
          stackText: printed(r.stacktrace),
          stackEtf: encoded(r.stacktrace),
        },
      );
    case 'exit':
      return done({ outcome: 'exit', stdout, reasonText: printed(r.reason), reasonEtf: encoded(r.reason) });
    case 'timeout':
      return done(
        { outcome: 'timeout', stdout, message: r.deadlock ? 'deadlock: every process waits for a message that can never come' : `stopped after ${req.timeoutMs} ms` },
      );
    case 'resource-limit':
      return done({ outcome: 'resource-limit', stdout, message: r.what });
    case 'halt':
      return done(
        { outcome: 'halt', stdout, haltStatus: r.status, ...('slogan' in r ? { haltSlogan: r.slogan } : {}), message: describeHalt(r.status, 'slogan' in r ? r.slogan : undefined) },
      );
  }
}
