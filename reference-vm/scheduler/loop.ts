// The run loop: give schedulers turns, run chunks of time slices, account reductions,
// move the clock and fire timers. Runtime.run delegates here.

import type { Process } from '../process/process';
import { restoreRegisters, saveRegisters } from '../process/registers';
import { terminate } from '../process/signals';
import { INITIAL_CALL_IP, EXIT_IP } from '../runtime/frames';
import { execute } from '../runtime/interpreter';
import { ResourceLimit, type Runtime, type RunResult, type RunStatus } from '../runtime/runtime';
import type { ExportRef } from '../runtime/code';
import type { Term } from '../terms/types';
import { HaltRequest } from '../runtime/halt';

/**
 * Thrown by erlang:hibernate/3: the process drops its stack and, once a message is in its
 * queue, calls `ref` with `args` as if that were its first call.
 */
export class HibernateRequest {
  constructor(
    readonly ref: ExportRef,
    readonly args: Term[],
  ) {}
}

export interface RunOptions {
  /** Stop when this process (pid number) has exited. */
  untilId?: number;
  /** Wall-clock budget in ms. */
  timeoutMs?: number;
}

export function runLoop(rt: Runtime, opts: RunOptions): RunResult {
  const sched = rt.scheduler;
  const started = Date.now();
  const deadline = opts.timeoutMs === undefined ? Infinity : started + opts.timeoutMs;
  const untilId = opts.untilId;
  // A process leaves rt.processes exactly when its state becomes 'exited' (terminate), so
  // watching the object saves a map lookup per turn.
  const untilProc = untilId === undefined ? undefined : rt.processes.get(untilId);
  const untilGone = untilId !== undefined && untilProc === undefined;
  // The reduction budget is per run.
  const maxReds = rt.totalReductions + (rt.limits.maxReductions ?? Infinity);
  const maxWords = rt.limits.maxHeapWords ?? Infinity;
  const result = (status: RunStatus, what?: string): RunResult => ({ status, what, reductions: rt.totalReductions, now: sched.now });
  let checks = 0;
  if (rt.halted !== null) return result('halt');
  for (;;) {
    if (untilGone || (untilProc !== undefined && untilProc.state === 'exited')) return result('done');
    // Date.now() is cheap but not free: look at it every few turns.
    if ((++checks & 15) === 0 && Date.now() > deadline) return result('timeout');
    if (rt.totalReductions > maxReds) return result('resource-limit', 'reductions');
    if (sched.clock === 'wall') sched.fireDue();
    const rq = sched.nextTurn();
    if (rq === null) {
      if (Date.now() > deadline) return result('timeout');
      // Waiting on the host: time stands still (virtual clock), or the host's driver
      // waits for the next timer itself (wall clock), so a reply is never beaten by a
      // timeout only because the host had no chance to answer.
      if (rt.hostCalls.pending > 0) return result('host-pending');
      if (sched.advanceClock(deadline)) continue;
      return result(untilId === undefined ? 'done' : 'idle');
    }
    let p = rq.current;
    if (p !== null && p.state === 'exited') {
      // Killed by another process while in the middle of its slice here.
      rq.current = null;
      continue;
    }
    if (p === null) {
      p = sched.dequeue(rq);
      if (p === null) continue;
      if (p.pendingExit !== null) {
        terminate(rt, p, p.pendingExit);
        continue;
      }
      rq.current = p;
      rq.sliceLeft = sched.sliceLength();
    }
    const chunk = sched.chunkLength(rq.sliceLeft);
    p.reds = chunk;
    p.chunkReds = chunk;
    p.yielded = false;
    rt.current = p;
    restoreRegisters(p);
    try {
      execute(p, rt.countOpcodes);
    } catch (e) {
      if (e instanceof HibernateRequest) {
        hibernate(p, e);
      } else if (e instanceof HaltRequest) {
        rt.current = null;
        rt.halted = e;
        return result('halt');
      } else {
        rt.current = null;
        if (e instanceof ResourceLimit) return result('resource-limit', e.what);
        throw e;
      }
    }
    rt.current = null;
    if (p.sp > rt.peakStackSlots) rt.peakStackSlots = p.sp;
    const used = chunk - p.reds;
    p.totalReductions += used;
    rt.totalReductions += used;
    rq.sliceLeft -= used;
    sched.tick(used);
    if (p.pendingExit !== null && p.state !== 'exited') terminate(rt, p, p.pendingExit);
    if (p.state === 'exited') {
      rq.current = null;
    } else {
      saveRegisters(p);
      if (p.state === 'runnable') {
        if (p.sp + p.mailbox.length > maxWords) return result('resource-limit', 'heap');
        // Out of this chunk but not of the slice: keep going on the next turn.
        const sliceGoesOn = rq.sliceLeft > 0 && p.reds <= 0 && !p.yielded;
        if (!sliceGoesOn) {
          rq.current = null;
          sched.enqueue(p);
        }
      } else {
        rq.current = null;
      }
    }
    sched.fireDue();
  }
}

/** Carry out erlang:hibernate/3 for `p` (the native threw the request). */
function hibernate(p: Process, req: HibernateRequest): void {
  p.stack.length = 0;
  p.E = -1;
  p.sp = 0;
  p.catches = 0;
  p.cp = EXIT_IP;
  p.initialRef = req.ref;
  p.ip = INITIAL_CALL_IP;
  p.reds = 0;
  p.yielded = true;
  p.mailbox.resetScan();
  // The arguments go where the initial-call stub takes them from (the loop saves them).
  for (let k = 0; k < req.args.length; k++) p.x[k] = req.args[k];
  // Wake at once if a message is already there, else wait for one.
  if (p.mailbox.length === 0) p.state = 'waiting';
}
