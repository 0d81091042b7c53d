// A process's message queue: a doubly linked list, so that removing the message a receive
// matched is O(1) wherever it sits, plus the receive position (`savePrev`: the scan goes on
// with savePrev.next) and receive markers.
//
// A receive marker (OTP 24+: recv_marker_reserve/bind/use/clear) is a node inserted at the
// end of the queue just before a reference is created; a receive that only matches messages
// containing that reference starts its scan at the marker, skipping every older message, so
// a selective receive in a long mailbox is not quadratic. Markers are skipped by the scan.

import type { Term } from '../terms/types';

export class MessageNode {
  prev: MessageNode = this;
  next: MessageNode = this;
  /** For a message sent to an alias: the alias's key (see dropVia). */
  via: string | null = null;
  constructor(
    /** The message, or null for a receive marker. */
    readonly message: Term | null,
  ) {}
}

/** The opaque value recv_marker_reserve puts in a register. */
export class RecvMarker {
  constructor(readonly node: MessageNode) {}
}

export class Mailbox {
  /** Sentinel: head.next is the oldest message, head.prev the newest. */
  private readonly head = new MessageNode(null);
  /** The scan position: the next candidate is savePrev.next. */
  savePrev: MessageNode = this.head;
  /** Number of real messages (markers not counted). */
  length = 0;
  /** Markers bound to a reference (recv_marker_bind), by reference identity (made on first use). */
  private bound: Map<Term, RecvMarker> | null = null;
  /**
   * The one marker of the pre-OTP 24 recv_mark / recv_set. OTP 26 drops it whenever the
   * scan goes back to the oldest message (remove_message, timeout, a caught exception).
   */
  private oldMarker: MessageNode | null = null;

  enqueue(message: Term): void {
    this.insertBefore(this.head, new MessageNode(message));
    this.length++;
  }

  /** Queue a message that was sent to the alias `via`. */
  enqueueVia(message: Term, via: string): void {
    const node = new MessageNode(message);
    node.via = via;
    this.insertBefore(this.head, node);
    this.length++;
  }

  /**
   * The alias `via` was deactivated: drop the messages sent to it that are still queued.
   * (OTP checks an alias when the receiver takes the message in, so a message sent just
   * before unalias/demonitor is never seen.)
   */
  dropVia(via: string): void {
    for (let n = this.head.next; n !== this.head; ) {
      const next = n.next;
      if (n.via === via) {
        if (this.savePrev === n) this.savePrev = n.prev;
        this.unlink(n);
        this.length--;
      }
      n = next;
    }
  }

  /** The next message at or after the scan position (skipping markers), or undefined. */
  peek(): Term | undefined {
    let n = this.savePrev.next;
    while (n !== this.head && n.message === null) {
      this.savePrev = n;
      n = n.next;
    }
    return n === this.head ? undefined : (n.message as Term);
  }

  /** Move the scan position past the current message (loop_rec_end). */
  advance(): void {
    const n = this.savePrev.next;
    if (n !== this.head) this.savePrev = n;
  }

  /** Remove the current message (remove_message) and reset the scan position. */
  removeCurrent(): void {
    const n = this.savePrev.next;
    if (n !== this.head && n.message !== null) {
      this.unlink(n);
      this.length--;
    }
    this.savePrev = this.head;
    this.dropOldMarker();
  }

  /** Restart scanning from the oldest message (timeout, or a new receive). */
  resetScan(): void {
    this.savePrev = this.head;
    this.dropOldMarker();
  }

  /** recv_mark: the old-style marker moves to the end of a non-empty queue (OTP sets none in an empty one). */
  markOld(): void {
    this.dropOldMarker();
    if (this.length === 0) return;
    this.oldMarker = new MessageNode(null);
    this.insertBefore(this.head, this.oldMarker);
  }

  /** recv_set: start the scan after the old-style marker, if there is one. */
  useOldMarker(): void {
    if (this.oldMarker !== null) this.savePrev = this.oldMarker;
  }

  dropOldMarker(): void {
    const node = this.oldMarker;
    if (node === null) return;
    this.oldMarker = null;
    if (this.savePrev === node) this.savePrev = node.prev;
    this.unlink(node);
  }

  reserveMarker(): RecvMarker {
    const node = new MessageNode(null);
    this.insertBefore(this.head, node);
    return new RecvMarker(node);
  }

  bindMarker(marker: Term, ref: Term): void {
    if (!(marker instanceof RecvMarker)) return;
    if (this.bound === null) this.bound = new Map();
    this.bound.set(ref, marker);
  }

  /** Start the scan after the marker bound to `ref`, if there is one. */
  useMarker(ref: Term): void {
    const marker = this.bound?.get(ref);
    if (marker !== undefined && marker.node.next !== marker.node) this.savePrev = marker.node;
  }

  clearMarker(ref: Term): void {
    const marker = this.bound?.get(ref);
    if (marker === undefined || this.bound === null) return;
    this.bound.delete(ref);
    const node = marker.node;
    if (this.savePrev === node) this.savePrev = node.prev;
    this.unlink(node);
  }

  /** Remove every message matching `pred` (demonitor(Ref, [flush])). */
  removeWhere(pred: (m: Term) => boolean): void {
    for (let n = this.head.next; n !== this.head; ) {
      const next = n.next;
      if (n.message !== null && pred(n.message)) {
        if (this.savePrev === n) this.savePrev = n.prev;
        this.unlink(n);
        this.length--;
      }
      n = next;
    }
  }

  /** All messages, oldest first (process_info(messages), diagnostics). */
  messages(): Term[] {
    const out: Term[] = [];
    for (let n = this.head.next; n !== this.head; n = n.next) if (n.message !== null) out.push(n.message);
    return out;
  }

  private insertBefore(at: MessageNode, node: MessageNode): void {
    node.prev = at.prev;
    node.next = at;
    at.prev.next = node;
    at.prev = node;
  }

  private unlink(node: MessageNode): void {
    node.prev.next = node.next;
    node.next.prev = node.prev;
    // A removed node points at itself, so useMarker can tell it is gone.
    node.next = node;
    node.prev = node;
  }
}
