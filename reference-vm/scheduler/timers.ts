// The timer service: receive timeouts (`receive ... after T`) and BIF timers
// (erlang:send_after/3,4, start_timer/3,4), in one binary heap ordered by
// (deadline, creation order), so timers due at the same millisecond fire in the order
// they were set. Cancelled timers stay in the heap and are skipped when they come up
// (the heap is rebuilt when they outnumber the live ones).

import type { Process } from '../process/process';
import type { Atom, Pid, Reference, Term } from '../terms/types';

/** A receive timeout of one process (valid while `token` matches the process's). */
export class ReceiveTimeout {
  constructor(
    readonly deadline: number,
    readonly seq: number,
    readonly process: Process,
    readonly token: number,
  ) {}
  get live(): boolean {
    return this.token === this.process.timerToken && this.process.state !== 'exited';
  }
}

/** What a BIF timer does when it fires; implemented by the process layer. */
export type BifTimerAction = (t: BifTimer) => void;

/** An erlang:send_after / start_timer timer. */
export class BifTimer {
  active = true;
  constructor(
    readonly deadline: number,
    readonly seq: number,
    readonly ref: Reference,
    readonly key: string,
    /** A pid (timer bound to that process: cancelled when it exits) or a registered name. */
    readonly dest: Pid | Atom,
    /** The message as delivered ({timeout, Ref, Msg} already built for start_timer). */
    readonly message: Term,
    /** The destination process when `dest` is a pid, else null. */
    readonly boundTo: Process | null,
    readonly action: BifTimerAction,
  ) {}
  get live(): boolean {
    return this.active;
  }
}

type Entry = ReceiveTimeout | BifTimer;

export class TimerService {
  private heap: Entry[] = [];
  private seq = 0;
  private stale = 0;
  /** Active BIF timers by reference key. */
  readonly bifTimers = new Map<string, BifTimer>();

  nextSeq(): number {
    return this.seq++;
  }

  addReceiveTimeout(p: Process, deadline: number): void {
    this.push(new ReceiveTimeout(deadline, this.seq++, p, p.timerToken));
  }

  /** A receive timeout was superseded (the token changed): count it for compaction. */
  noteStale(): void {
    this.stale++;
    if (this.stale > 1024 && this.stale * 2 > this.heap.length) this.compact();
  }

  addBifTimer(t: BifTimer): void {
    this.bifTimers.set(t.key, t);
    this.push(t);
  }

  cancelBifTimer(t: BifTimer): void {
    if (!t.active) return;
    t.active = false;
    this.bifTimers.delete(t.key);
    t.boundTo?.bifTimers?.delete(t);
    this.noteStale();
  }

  /** Deadline of the earliest live timer, or undefined. */
  nextDeadline(): number | undefined {
    for (;;) {
      const t = this.heap[0];
      if (t === undefined) return undefined;
      if (t.live) return t.deadline;
      this.pop();
      if (this.stale > 0) this.stale--;
    }
  }

  /** Remove and return the earliest live timer due at or before `now`, or undefined. */
  popDue(now: number): Entry | undefined {
    for (;;) {
      const t = this.heap[0];
      if (t === undefined || t.deadline > now) return undefined;
      this.pop();
      if (!t.live) {
        if (this.stale > 0) this.stale--;
        continue;
      }
      if (t instanceof BifTimer) {
        t.active = false;
        this.bifTimers.delete(t.key);
        t.boundTo?.bifTimers?.delete(t);
      }
      return t;
    }
  }

  get size(): number {
    return this.heap.length;
  }

  private compact(): void {
    this.heap = this.heap.filter((t) => t.live);
    this.stale = 0;
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  // ---- binary heap ordered by (deadline, seq) ----
  private less(a: Entry, b: Entry): boolean {
    return a.deadline < b.deadline || (a.deadline === b.deadline && a.seq < b.seq);
  }
  private push(t: Entry): void {
    const h = this.heap;
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
    const h = this.heap;
    const last = h.pop();
    if (last === undefined || h.length === 0) return;
    h[0] = last;
    this.siftDown(0);
  }
  private siftDown(start: number): void {
    const h = this.heap;
    let i = start;
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
