// The `reference` target: the reference VM, run in worker threads. Each case has a
// hard deadline (its timeout plus a grace period) enforced from this thread: a
// worker that misses it, or that runs out of memory, is terminated, the case is
// recorded as timeout / resource-limit, and a fresh worker takes the next case.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { REPO_ROOT } from '../paths';
import { suiteBeams } from '../golden/beams';
import type { ResolvedCase, Suite } from '../suite/types';
import { caseTimeout, type CaseRun, type RunOptions, type Target } from './types';
import type { ReferenceCaseRequest } from './reference-case';
import type { WorkerMessage } from './reference-worker';

const GRACE_MS = 5_000;

export interface ReferenceTargetOptions {
  suitesDir: string;
  /** Heap limit of a worker, in MB (a case that needs more is a resource-limit). */
  workerHeapMb?: number;
}

/** The compiled worker script (tests run from TS sources, but workers need JS). */
function workerScript(): string {
  const local = path.join(__dirname, 'reference-worker.js');
  if (existsSync(local)) return local;
  const built = path.join(REPO_ROOT, 'dist', 'harness', 'targets', 'reference-worker.js');
  if (existsSync(built)) return built;
  throw new Error(`reference worker not built: run npm run build (looked for ${built})`);
}

export class ReferenceTarget implements Target {
  readonly name = 'reference';
  /** Opcode name -> executions, summed over every case run. */
  readonly opcodeCounts = new Map<string, number>();
  /** `m:f/a` -> the suites whose cases called that native. */
  readonly nativeCalls = new Map<string, Set<string>>();

  constructor(private readonly opts: ReferenceTargetOptions) {}

  async runSuite(suite: Suite, cases: ResolvedCase[], opts: RunOptions): Promise<Map<string, CaseRun>> {
    const beams = suiteBeams(this.opts.suitesDir, suite).map((b) => b.path);
    const out = new Map<string, CaseRun>();
    let worker: Worker | null = null;
    try {
      for (const c of cases) {
        const timeoutMs = caseTimeout(c.timeoutMs, opts);
        const req: ReferenceCaseRequest = { key: c.key, beams, module: c.module, function: c.function, argsText: c.argsText, timeoutMs, seed: opts.seed, schedulers: opts.schedulers };
        worker ??= this.newWorker();
        const { run, keepWorker } = await this.runOne(worker, req, timeoutMs + GRACE_MS, suite.id);
        out.set(c.key, run);
        if (!keepWorker) {
          await worker.terminate();
          worker = null;
        }
      }
    } finally {
      if (worker) await worker.terminate();
    }
    return out;
  }

  private newWorker(): Worker {
    const w = new Worker(workerScript(), { resourceLimits: { maxOldGenerationSizeMb: this.opts.workerHeapMb ?? 2048 }, stdout: true, stderr: true });
    // The VM writes program output to its own buffers; anything printed here is noise.
    w.stdout.resume();
    w.stderr.resume();
    return w;
  }

  private runOne(worker: Worker, req: ReferenceCaseRequest, deadlineMs: number, suiteId: string): Promise<{ run: CaseRun; keepWorker: boolean }> {
    const started = Date.now();
    return new Promise((resolve) => {
      let settled = false;
      const finish = (run: CaseRun, keepWorker: boolean): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve({ run, keepWorker });
      };
      const elapsed = (): number => Date.now() - started;
      const timer = setTimeout(() => finish({ outcome: 'timeout', stdout: new Uint8Array(), message: `no result within ${deadlineMs} ms; the worker was terminated`, durationMs: elapsed() }, false), deadlineMs);
      const onMessage = (msg: WorkerMessage): void => {
        if (msg.key !== req.key) return;
        if (msg.type === 'crash') finish({ outcome: 'error', stdout: new Uint8Array(), message: msg.message, durationMs: elapsed() }, false);
        else {
          for (const [op, n] of Object.entries(msg.result.opcodes)) this.opcodeCounts.set(op, (this.opcodeCounts.get(op) ?? 0) + n);
          for (const mfa of msg.result.natives) {
            let suites = this.nativeCalls.get(mfa);
            if (suites === undefined) this.nativeCalls.set(mfa, (suites = new Set()));
            suites.add(suiteId);
          }
          finish(msg.result.run, true);
        }
      };
      const onError = (err: Error & { code?: string }): void => {
        const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
        finish({ outcome: oom ? 'resource-limit' : 'error', stdout: new Uint8Array(), message: oom ? 'the case exhausted the worker heap' : `worker failed: ${err.message}`, durationMs: elapsed() }, false);
      };
      const onExit = (code: number): void => finish({ outcome: 'error', stdout: new Uint8Array(), message: `worker exited with code ${code}`, durationMs: elapsed() }, false);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(req);
    });
  }
}
