// A single run queue and a virtual clock. Processes run in FIFO order for a time slice of
// SLICE_REDUCTIONS reductions each. Time only advances when nothing is runnable: the clock
// then jumps to the next receive timeout, so programs that sleep run instantly and
// deterministically. (Priorities and several simulated schedulers would be more queues
// here; nothing outside this file depends on there being one.)

import type { Process } from '../process/process';

/** OTP's CONTEXT_REDS: reductions per time slice. */
export const SLICE_REDUCTIONS = 4000;

interface Timer {
  deadline: number;
  seq: number;
  process: Process;
  token: number;
}

export class Scheduler {
  private queue: Process[] = [];
  private head = 0;
  private readonly timers: Timer[] = [];
  private seq = 0;
  /** Virtual time in milliseconds. */
  now = 0;

  enqueue(p: Process): void {
    if (p.queued || p.state === 'exited') return;
    p.queued = true;
    this.queue.push(p);
  }

  /** The next process to run, or null when none is runnable. */
  next(): Process | null {
    while (this.head < this.queue.length) {
      const p = this.queue[this.head++];
      p.queued = false;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      if (p.state !== 'exited') return p;
    }
    return null;
  }

  get runnable(): number {
    return this.queue.length - this.head;
  }

  /** Start a receive timeout for `p` (wait_timeout). */
  startTimer(p: Process, afterMs: number): void {
    p.timerToken++;
    p.timerDeadline = this.now + afterMs;
    this.push({ deadline: p.timerDeadline, seq: this.seq++, process: p, token: p.timerToken });
  }

  cancelTimer(p: Process): void {
    if (p.timerDeadline >= 0) {
      p.timerToken++;
      p.timerDeadline = -1;
    }
  }

  /**
   * Nothing is runnable: advance the clock to the earliest live timer and fire every timer
   * due then. Returns false when there is no timer left (the system is idle for good).
   */
  advanceClock(): boolean {
    for (;;) {
      const t = this.peek();
      if (t === undefined) return false;
      if (t.token !== t.process.timerToken || t.process.state === 'exited') {
        this.pop();
        continue;
      }
      if (t.deadline > this.now) this.now = t.deadline;
      this.fireDue();
      return true;
    }
  }

  /** Fire the timers due at the current time. */
  fireDue(): void {
    for (;;) {
      const t = this.peek();
      if (t === undefined || t.deadline > this.now) return;
      this.pop();
      const p = t.process;
      if (t.token !== p.timerToken || p.state === 'exited') continue;
      p.timerDeadline = -1;
      p.timedOut = true;
      if (p.state === 'waiting') {
        p.state = 'runnable';
        this.enqueue(p);
      }
    }
  }

  // ---- binary heap ordered by (deadline, seq) ----
  private less(a: Timer, b: Timer): boolean {
    return a.deadline < b.deadline || (a.deadline === b.deadline && a.seq < b.seq);
  }
  private peek(): Timer | undefined {
    return this.timers[0];
  }
  private push(t: Timer): void {
    const h = this.timers;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(h[i], h[parent])) break;
      [h[i], h[parent]] = [h[parent], h[i]];
      i = parent;
    }
  }
  private pop(): void {
    const h = this.timers;
    const last = h.pop();
    if (last === undefined || h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l], h[m])) m = l;
      if (r < h.length && this.less(h[r], h[m])) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  }
}
