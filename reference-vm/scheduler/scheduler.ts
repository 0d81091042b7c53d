// Run queues, priorities, simulated schedulers and the clock.
//
// Priorities (as OTP 26, erl_process.c): each scheduler has three queues - max, high, and
// one shared by normal and low. A scheduler always takes from the highest non-empty queue.
// A low-priority process sits in the normal queue with a schedule count of
// RESCHEDULE_LOW (8): each time it reaches the front it is moved to the back instead of
// running, until the count runs out (or it is alone in the queue), so a busy low process
// gets about one slice for every eight a busy normal process gets.
//
// Simulated schedulers: `schedulers` run queues, each with the process it is running in
// the middle of a time slice. The run loop (loop.ts) lets one scheduler at a time execute
// a chunk of its process's slice; an idle scheduler steals a queued process from another
// (work stealing). A spawned process joins its parent's run queue, a woken one returns to
// its own.
//
// Determinism: every choice comes from (program, seed, scheduler count).
//  - seed 0 (the default) is the canonical order: schedulers take turns in index order,
//    each running a whole 4,000-reduction slice, and steal from the next scheduler in
//    index order. With one scheduler this is plain OTP round-robin.
//  - any other seed drives a xorshift generator that picks which scheduler runs next, how
//    many reductions it runs before another one gets a turn (a chunk: processes on
//    different schedulers run "in parallel", so any interleaving at call boundaries is
//    one OTP could show), the steal victim, and the slice length (2,000..4,000:
//    OTP's slice is 4,000 reductions, but garbage collection and other work can end it
//    earlier).
//
// The clock: 'virtual' (default) is a millisecond counter that advances by one for every
// VIRTUAL_REDUCTIONS_PER_MS reductions executed and jumps to the next timer when nothing
// is runnable, so sleeping programs run instantly and a run never depends on the host's
// speed. 'wall' reads the host's monotonic clock and really waits for timers.

import { RegisterFile } from '../process/registers';
import type { Process } from '../process/process';
import { CONTEXT_REDS } from './reductions';
import { TimerService } from './timers';

/** OTP's CONTEXT_REDS: reductions per time slice. */
export const SLICE_REDUCTIONS = CONTEXT_REDS;

/** Run-queue levels. */
export const PRIORITY_MAX = 0;
export const PRIORITY_HIGH = 1;
export const PRIORITY_NORMAL = 2;
export const PRIORITY_LOW = 3;
/** OTP's RESCHEDULE_LOW (erl_process.h). */
export const RESCHEDULE_LOW = 8;
/** Virtual time: reductions that make one millisecond (roughly what BEAM runs per ms). */
export const VIRTUAL_REDUCTIONS_PER_MS = 100_000;
/** Bounds for a seeded slice length. */
const MIN_SEEDED_SLICE = CONTEXT_REDS / 2;

export type ClockMode = 'virtual' | 'wall';

export interface SchedulerOptions {
  /** Simulated schedulers (default 1). */
  schedulers?: number;
  /** 0 or absent: canonical order; anything else: a seeded interleaving. */
  seed?: number;
  clock?: ClockMode;
}

/** A FIFO of processes (array with a moving head). */
class ProcQueue {
  private items: Process[] = [];
  private head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  push(p: Process): void {
    this.items.push(p);
  }
  peek(): Process | undefined {
    return this.items[this.head];
  }
  shift(): Process | undefined {
    if (this.head >= this.items.length) return undefined;
    const p = this.items[this.head];
    (this.items as unknown[])[this.head] = undefined;
    this.head++;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return p;
  }
}

export class RunQueue {
  /** Queues by level: max, high, normal (normal and low share one, as in OTP). */
  readonly queues: ProcQueue[] = [new ProcQueue(), new ProcQueue(), new ProcQueue()];
  /** The process this scheduler is in the middle of a time slice with. */
  current: Process | null = null;
  /** Reductions left of that slice. */
  sliceLeft = 0;
  constructor(readonly index: number) {}

  get queued(): number {
    return this.queues[0].size + this.queues[1].size + this.queues[2].size;
  }
  get busy(): boolean {
    return this.current !== null || this.queued > 0;
  }
}

export class Scheduler {
  readonly runQueues: RunQueue[];
  /** The x and float registers all processes of this runtime run with. */
  readonly registers = new RegisterFile();
  readonly timers = new TimerService();
  readonly clock: ClockMode;
  readonly seed: number;
  private rng: number;
  private turn = 0;
  private virtualNow = 0;
  private reductionsTowardsMs = 0;
  private readonly wallStart = performance.now();

  constructor(opts: SchedulerOptions = {}) {
    const n = Math.max(1, Math.min(1024, Math.floor(opts.schedulers ?? 1)));
    this.runQueues = [];
    for (let i = 0; i < n; i++) this.runQueues.push(new RunQueue(i));
    this.clock = opts.clock ?? 'virtual';
    this.seed = (opts.seed ?? 0) >>> 0;
    this.rng = this.seed === 0 ? 0 : this.seed;
  }

  get canonical(): boolean {
    return this.seed === 0;
  }

  // ---- the clock ----

  /** Current time in milliseconds (an integer). */
  get now(): number {
    if (this.clock === 'wall') return Math.floor(performance.now() - this.wallStart);
    return this.virtualNow;
  }

  /** Account executed reductions to the virtual clock. */
  tick(reductions: number): void {
    if (this.clock !== 'virtual' || reductions <= 0) return;
    this.reductionsTowardsMs += reductions;
    if (this.reductionsTowardsMs >= VIRTUAL_REDUCTIONS_PER_MS) {
      const ms = Math.floor(this.reductionsTowardsMs / VIRTUAL_REDUCTIONS_PER_MS);
      this.virtualNow += ms;
      this.reductionsTowardsMs -= ms * VIRTUAL_REDUCTIONS_PER_MS;
    }
  }

  /**
   * Nothing is runnable: move time to the next timer (virtual clock) or wait for it (wall
   * clock, at most until `waitUntilWall`, a Date.now() value), then fire what is due.
   * Returns false when no timer is left.
   */
  advanceClock(waitUntilWall = Infinity): boolean {
    const next = this.timers.nextDeadline();
    if (next === undefined) return false;
    if (this.clock === 'virtual') {
      if (next > this.virtualNow) {
        this.virtualNow = next;
        this.reductionsTowardsMs = 0;
      }
    } else {
      const waitMs = Math.min(next - this.now, waitUntilWall - Date.now());
      if (waitMs > 0) sleepMs(waitMs);
    }
    this.fireDue();
    return true;
  }

  /** Fire every timer due at the current time. */
  fireDue(): void {
    const now = this.now;
    for (;;) {
      const t = this.timers.popDue(now);
      if (t === undefined) return;
      if ('action' in t) {
        t.action(t);
        continue;
      }
      const p = t.process;
      p.timerDeadline = -1;
      p.timedOut = true;
      if (p.state === 'waiting') {
        p.state = 'runnable';
        this.enqueue(p);
      }
    }
  }

  /** Start a receive timeout for `p` (wait_timeout). */
  startTimer(p: Process, afterMs: number): void {
    p.timerToken++;
    p.timerDeadline = this.now + afterMs;
    this.timers.addReceiveTimeout(p, p.timerDeadline);
  }

  /** Cancel `p`'s receive timeout, if one is running. */
  cancelTimer(p: Process): void {
    if (p.timerDeadline >= 0) {
      p.timerToken++;
      p.timerDeadline = -1;
      this.timers.noteStale();
    }
  }

  // ---- run queues ----

  /** Make `p` runnable on its run queue (no-op if queued, running a slice, or exited). */
  enqueue(p: Process): void {
    if (p.queued || p.state === 'exited') return;
    const rq = this.runQueues[p.runQueue];
    if (rq.current === p) return;
    p.queued = true;
    const level = p.priorityLevel;
    if (level === PRIORITY_LOW) {
      p.scheduleCount = RESCHEDULE_LOW;
      rq.queues[PRIORITY_NORMAL].push(p);
    } else {
      p.scheduleCount = 1;
      rq.queues[level].push(p);
    }
  }

  /** Processes waiting in run queues (not counting ones in the middle of a slice). */
  get runnable(): number {
    let n = 0;
    for (const rq of this.runQueues) n += rq.queued + (rq.current === null ? 0 : 1);
    return n;
  }

  /** Take the next process to run from `rq` (priorities and low-priority skipping applied). */
  dequeue(rq: RunQueue): Process | null {
    for (let level = PRIORITY_MAX; level <= PRIORITY_NORMAL; level++) {
      const q = rq.queues[level];
      for (;;) {
        const p = q.peek();
        if (p === undefined) break;
        if (p.state === 'exited') {
          q.shift();
          p.queued = false;
          continue;
        }
        if (level === PRIORITY_NORMAL && --p.scheduleCount > 0 && q.size > 1) {
          // A low-priority process is passed over (OTP's check_requeue_process).
          q.shift();
          q.push(p);
          continue;
        }
        q.shift();
        p.queued = false;
        return p;
      }
    }
    return null;
  }

  /**
   * The scheduler that runs next, after idle schedulers have stolen work; null when no
   * process is runnable anywhere.
   */
  nextTurn(): RunQueue | null {
    const rqs = this.runQueues;
    if (rqs.length === 1) return rqs[0].busy ? rqs[0] : null;
    this.balance();
    if (this.canonical) {
      for (let k = 0; k < rqs.length; k++) {
        const rq = rqs[(this.turn + k) % rqs.length];
        if (rq.busy) {
          this.turn = (rq.index + 1) % rqs.length;
          return rq;
        }
      }
      return null;
    }
    const busy = rqs.filter((rq) => rq.busy);
    if (busy.length === 0) return null;
    return busy[this.random() % busy.length];
  }

  /** Idle schedulers steal one queued process each from schedulers with queued work. */
  private balance(): void {
    const rqs = this.runQueues;
    for (const thief of rqs) {
      if (thief.busy) continue;
      const victims = rqs.filter((rq) => rq !== thief && rq.queued > 0);
      if (victims.length === 0) return;
      let victim: RunQueue;
      if (this.canonical) {
        victim = victims[0];
        for (let k = 1; k < rqs.length; k++) {
          const rq = rqs[(thief.index + k) % rqs.length];
          if (rq.queued > 0) {
            victim = rq;
            break;
          }
        }
      } else {
        victim = victims[this.random() % victims.length];
      }
      const p = this.dequeue(victim);
      if (p === null) continue;
      // The process migrates: it now belongs to the thief's run queue.
      p.runQueue = thief.index;
      this.enqueue(p);
    }
  }

  /** Length of a new time slice. */
  sliceLength(): number {
    if (this.canonical) return SLICE_REDUCTIONS;
    return MIN_SEEDED_SLICE + (this.random() % (SLICE_REDUCTIONS - MIN_SEEDED_SLICE + 1));
  }

  /** Reductions to run before another scheduler gets a turn. */
  chunkLength(sliceLeft: number): number {
    if (this.canonical || this.runQueues.length === 1) return sliceLeft;
    // Mostly short chunks (fine interleaving), now and then the rest of the slice.
    const r = this.random();
    if ((r & 7) === 0) return sliceLeft;
    return 1 + ((r >>> 3) % Math.min(sliceLeft, 500));
  }

  /** xorshift32 over the seed (only used when the seed is not 0). */
  random(): number {
    let x = this.rng || 0x9e3779b9;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.rng = x >>> 0;
    return this.rng;
  }
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** Block the thread for `ms` milliseconds (the wall clock's wait for the next timer). */
function sleepMs(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, Math.min(ms, 1000));
}
