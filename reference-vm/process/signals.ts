// Messages and exit signals between processes: delivery, links, monitors, termination.
// Signals are delivered at once (one scheduler thread); a signal that must kill the
// running process is parked in `pendingExit` and takes effect when it next stops.

import { atoms } from '../terms/atom';
import { Pid, Reference, Tuple, type Term } from '../terms/types';
import type { Runtime } from '../runtime/runtime';
import { copyTerm } from './copy';
import type { Process } from './process';

export function refKey(r: Reference): string {
  return r.ids.join('.');
}

/** Put a message in `to`'s mailbox and wake it if it waits in a receive. */
export function deliverMessage(rt: Runtime, to: Process, message: Term): void {
  if (to.state === 'exited') return;
  to.mailbox.enqueue(copyTerm(message));
  if (to.state === 'waiting') {
    to.state = 'runnable';
    rt.scheduler.enqueue(to);
  }
}

/**
 * An exit signal from `from` reaches `to`. `viaLink` distinguishes a linked process's death
 * (where `kill` is an ordinary reason) from exit/2 (where `kill` cannot be trapped).
 */
export function deliverExit(rt: Runtime, from: Pid, to: Process, reason: Term, viaLink: boolean): void {
  if (to.state === 'exited') return;
  if (viaLink) to.links.delete(from.id);
  if (!viaLink && reason === atoms.kill) {
    killProcess(rt, to, atoms.killed);
    return;
  }
  if (to.trapExit) {
    deliverMessage(rt, to, new Tuple([atoms.EXIT, from, reason]));
    return;
  }
  if (reason === atoms.normal && (viaLink || from.id !== to.pid.id)) return;
  killProcess(rt, to, reason);
}

/** Make `p` exit with `reason` now, or as soon as it stops running if it is running. */
export function killProcess(rt: Runtime, p: Process, reason: Term): void {
  if (p === rt.current) {
    if (p.pendingExit === null) p.pendingExit = reason;
    p.reds = 0;
    return;
  }
  terminate(rt, p, reason);
}

/** The process has ended: notify links and monitors and release it. */
export function terminate(rt: Runtime, p: Process, reason: Term): void {
  if (p.state === 'exited') return;
  p.state = 'exited';
  p.exitReason = reason;
  p.pendingExit = null;
  rt.scheduler.cancelTimer(p);
  if (p.registeredName !== null) {
    rt.registered.delete(p.registeredName);
    p.registeredName = null;
  }
  rt.processes.delete(p.pid.id);
  for (const linked of [...p.links.values()]) {
    const other = rt.processes.get(linked.id);
    if (other !== undefined) deliverExit(rt, p.pid, other, reason, true);
  }
  p.links.clear();
  for (const m of [...p.monitorsIn.values()]) {
    const watcher = rt.processes.get(m.watcher.id);
    if (watcher === undefined) continue;
    watcher.monitorsOut.delete(refKey(m.ref));
    deliverMessage(rt, watcher, new Tuple([atoms.DOWN, m.ref, atoms.process, m.targetTerm, reason]));
  }
  p.monitorsIn.clear();
  for (const m of p.monitorsOut.values()) {
    rt.processes.get(m.target.id)?.monitorsIn.delete(refKey(m.ref));
  }
  p.monitorsOut.clear();
  // Let go of the process's memory; only its identity and exit reason remain.
  p.stack.length = 0;
  rt.processExited(p);
}

export function link(rt: Runtime, p: Process, other: Process): void {
  if (other === p) return;
  p.links.set(other.pid.id, other.pid);
  other.links.set(p.pid.id, p.pid);
}

export function unlink(p: Process, other: Process | undefined, otherPid: Pid): void {
  p.links.delete(otherPid.id);
  other?.links.delete(p.pid.id);
}

/** monitor(process, Target): returns the reference; a dead target gets 'DOWN' noproc at once. */
export function monitor(rt: Runtime, p: Process, target: Process | undefined, targetTerm: Term): Reference {
  const ref = rt.makeRef();
  if (target === undefined || target.state === 'exited') {
    deliverMessage(rt, p, new Tuple([atoms.DOWN, ref, atoms.process, targetTerm, atoms.noproc]));
    return ref;
  }
  const key = refKey(ref);
  p.monitorsOut.set(key, { ref, target: target.pid, targetTerm });
  target.monitorsIn.set(key, { ref, watcher: p.pid, targetTerm });
  return ref;
}

/** demonitor(Ref): true if the monitor was active. */
export function demonitor(rt: Runtime, p: Process, ref: Reference): boolean {
  const key = refKey(ref);
  const m = p.monitorsOut.get(key);
  if (m === undefined) return false;
  p.monitorsOut.delete(key);
  rt.processes.get(m.target.id)?.monitorsIn.delete(key);
  return true;
}
