// Signals between processes: messages, exit signals, links and monitors, termination.
//
// Everything runs on one thread, so a signal reaches its receiver the moment it is sent.
// That keeps OTP's one guarantee - signals from one process to another arrive in the order
// they were sent - and is one of the orders OTP's asynchronous delivery could produce.
// A signal that must end the process executing right now is parked in `pendingExit` and
// takes effect at its next suspension point (its time slice is cut short).
//
// Exit signals (OTP 26, erl_proc_sig_queue.c, handle_exit_signal):
//   - exit(Pid, kill) (not a link): the receiver dies with `killed`, trapping or not;
//   - a trapping receiver gets {'EXIT', From, Reason} (also for `normal`, and for a linked
//     process that exited with reason `kill`);
//   - otherwise `normal` is ignored - except exit(self(), normal), which ends the caller -
//     and any other reason ends the receiver with that reason (a link's `kill` too).
// A link's exit signal removes the link at the receiver. A terminating process sends exit
// signals to its links first, then 'DOWN' messages to the processes monitoring it.

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
  if (viaLink) {
    // Only an existing link carries a link exit signal; it is removed on arrival.
    if (!to.links.delete(from.id)) return;
  }
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
  // Timers aimed at the process die with it.
  if (p.bifTimers !== null) {
    for (const t of [...p.bifTimers]) rt.scheduler.timers.cancelBifTimer(t);
    p.bifTimers = null;
  }
  if (p.registeredName !== null) {
    rt.registered.delete(p.registeredName);
    p.registeredName = null;
  }
  rt.processes.delete(p.pid.id);
  if (p.links.size > 0) {
    const linked = [...p.links.values()];
    p.links.clear();
    for (const pid of linked) {
      const other = rt.processes.get(pid.id);
      if (other === undefined) continue;
      // The other side's link is consumed by the signal (deliverExit checks it).
      deliverExit(rt, p.pid, other, reason, true);
    }
  }
  if (p.monitorsIn.size > 0) {
    const monitors = [...p.monitorsIn.values()];
    p.monitorsIn.clear();
    for (const m of monitors) {
      const watcher = rt.processes.get(m.watcher.id);
      if (watcher === undefined) continue;
      watcher.monitorsOut.delete(refKey(m.ref));
      deliverMessage(rt, watcher, new Tuple([m.tag ?? atoms.DOWN, m.ref, atoms.process, m.targetTerm, reason]));
    }
  }
  if (p.monitorsOut.size > 0) {
    for (const m of p.monitorsOut.values()) rt.processes.get(m.target.id)?.monitorsIn.delete(refKey(m.ref));
    p.monitorsOut.clear();
  }
  // Let go of the process's memory; only its identity and exit reason remain.
  p.stack.length = 0;
  p.savedLive = 0;
  p.savedX = [];
  rt.processExited(p);
}

export function link(rt: Runtime, p: Process, other: Process): void {
  void rt;
  if (other === p) return;
  p.links.set(other.pid.id, other.pid);
  other.links.set(p.pid.id, p.pid);
}

export function unlink(p: Process, other: Process | undefined, otherPid: Pid): void {
  p.links.delete(otherPid.id);
  other?.links.delete(p.pid.id);
}

/**
 * monitor(process, Target): returns the reference. A dead or missing target gets a 'DOWN'
 * with reason noproc at once; a process monitoring itself gets a reference and no monitor
 * (as OTP 26 does).
 */
export function monitor(rt: Runtime, p: Process, target: Process | undefined, targetTerm: Term, tag?: Term): Reference {
  const ref = rt.makeRef();
  if (target === undefined || target.state === 'exited') {
    deliverMessage(rt, p, new Tuple([tag ?? atoms.DOWN, ref, atoms.process, targetTerm, atoms.noproc]));
    return ref;
  }
  if (target === p) return ref;
  const key = refKey(ref);
  p.monitorsOut.set(key, { ref, target: target.pid, targetTerm, tag });
  target.monitorsIn.set(key, { ref, watcher: p.pid, targetTerm, tag });
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
