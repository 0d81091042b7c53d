// The host API of the reference VM (issue 5, item 5): asynchronous host natives that
// suspend their caller until the host resumes it, exit signals from the host, the
// pluggable io sink and erlang:halt's run outcome.
// Fixture: fixtures/host_api.erl, compiled with OTP 26.2.5's `erlc +deterministic`.
// The halt cases use the committed suites/processes/ebin/proc_halt.beam.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VM, type EntryResult, type HostCall, type VMOptions } from '../../reference-vm/vm';
import { Atom } from '../../reference-vm/terms/atom';
import { Pid, Tuple, type Term } from '../../reference-vm/terms/types';
import { writeTerm } from '../../reference-vm/printing/write';
import { badarg } from '../../reference-vm/bifs/exception';

const HOST_API = new Uint8Array(readFileSync(path.join(__dirname, 'fixtures', 'host_api.beam')));
const PROC_HALT = new Uint8Array(readFileSync(path.join(__dirname, '..', '..', 'suites', 'processes', 'ebin', 'proc_halt.beam')));

/** A VM whose host_ffi:fetch/1 records its calls and leaves them to the test to answer. */
function hostVm(opts: VMOptions = {}): { vm: VM; calls: HostCall[] } {
  const vm = new VM(opts);
  vm.loadModule(HOST_API, 'host_api.beam');
  vm.loadModule(PROC_HALT, 'proc_halt.beam');
  const calls: HostCall[] = [];
  vm.natives.async('host_ffi', 'fetch', 1, (_args, call) => {
    calls.push(call);
  });
  return { vm, calls };
}

function text(r: EntryResult): string {
  if (r.outcome === 'return') return writeTerm(r.value);
  if (r.outcome === 'exception') return `${r.cls}:${writeTerm(r.reason)} ${writeTerm(r.stacktrace)}`;
  if (r.outcome === 'exit') return `exit ${writeTerm(r.reason)}`;
  return r.outcome;
}

const A = (s: string): Atom => Atom.of(s);
const later = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('asynchronous host natives', () => {
  test('runEntryAsync waits for a value resolved by a setTimeout promise', async () => {
    const vm = new VM();
    vm.loadModule(HOST_API, 'host_api.beam');
    vm.natives.async('host_ffi', 'fetch', 1, ([key], call) => {
      void new Promise<Term>((resolve) => setTimeout(() => resolve(new Tuple([A('value_for'), key])), 20)).then((v) => vm.resume(call, v));
    });
    const r = await vm.runEntryAsync('host_api', 'fetch', [A('k')]);
    expect(text(r)).toBe('{got,{value_for,k}}');
    expect(vm.pendingHostCalls).toBe(0);
  });

  test('resumeWithError raises in the caller, with the native as the failing frame', async () => {
    const { vm, calls } = hostVm();
    const done = vm.runEntryAsync('host_api', 'fetch_catch', [A('k')]);
    await later(5);
    expect(calls).toHaveLength(1);
    expect(vm.resumeWithError(calls[0], 'error', A('enoent'))).toBe(true);
    const r = await done;
    expect(text(r)).toMatch(/^\{caught,error,enoent,\[\{host_ffi,fetch,1,\[\]\},\{host_api,fetch_catch,1,/);
  });

  test('a throw from the host is caught as a throw', async () => {
    const { vm, calls } = hostVm();
    const done = vm.runEntryAsync('host_api', 'fetch_catch', [A('k')]);
    await later(5);
    vm.resumeWithError(calls[0], 'throw', A('thrown'));
    expect(text(await done)).toMatch(/^\{caught,throw,thrown,/);
  });

  test('run reports host-pending while the host holds a call, and a message does not end the wait', () => {
    const { vm, calls } = hostVm();
    const pid = vm.spawn('host_api', 'fetch_with_message', [A('k')]);
    const r1 = vm.run({ until: pid });
    expect(r1.status).toBe('host-pending');
    expect(vm.pendingHostCalls).toBe(1);
    expect(calls[0].pid.id).toBe(pid.id);
    // Running again changes nothing: the process still waits for the host.
    expect(vm.run({ until: pid }).status).toBe('host-pending');
    expect(vm.resume(calls[0], A('answer'))).toBe(true);
    // A second answer to the same call is refused.
    expect(vm.resume(calls[0], A('again'))).toBe(false);
    expect(vm.run({ until: pid }).status).toBe('done');
    expect(vm.pendingHostCalls).toBe(0);
  });

  test('the early message stays queued across the call', async () => {
    const { vm, calls } = hostVm();
    const done = vm.runEntryAsync('host_api', 'fetch_with_message', [A('k')]);
    await later(5);
    vm.resume(calls[0], A('answer'));
    expect(text(await done)).toBe('{answer,early_still_queued}');
  });

  test('a host that answers at once (inside the native) needs no second run', () => {
    const vm = new VM();
    vm.loadModule(HOST_API, 'host_api.beam');
    vm.natives.async('host_ffi', 'fetch', 1, ([key], call) => {
      vm.resume(call, key);
    });
    expect(text(vm.runEntry('host_api', 'fetch', [A('now')]))).toBe('{got,now}');
  });

  test('a native that raises before suspending raises at once and leaves no pending call', () => {
    const vm = new VM();
    vm.loadModule(HOST_API, 'host_api.beam');
    vm.natives.async('host_ffi', 'fetch', 1, ([key]) => {
      if (!(key instanceof Pid)) badarg();
    });
    expect(text(vm.runEntry('host_api', 'fetch_catch', [A('k')]))).toMatch(/^\{caught,error,badarg,\[\{host_ffi,fetch,1,/);
    expect(vm.pendingHostCalls).toBe(0);
  });

  test('a non-entry process can wait on the host too', async () => {
    const { vm, calls } = hostVm();
    const done = vm.runEntryAsync('host_api', 'fetch_in_child', [A('k')]);
    await later(5);
    expect(calls).toHaveLength(1);
    vm.resume(calls[0], A(`child_answer`));
    expect(text(await done)).toBe('{from_child,child_answer}');
  });

  test('resuming a killed process is a no-op returning false', () => {
    const { vm, calls } = hostVm();
    const pid = vm.spawn('host_api', 'fetch', [A('k')]);
    expect(vm.run({ until: pid }).status).toBe('host-pending');
    expect(vm.kill(pid)).toBe(true);
    expect(vm.pendingHostCalls).toBe(0);
    expect(vm.resume(calls[0], A('too_late'))).toBe(false);
    expect(vm.run({ until: pid }).status).toBe('done');
    expect(vm.runtime.processes.has(pid.id)).toBe(false);
    expect(vm.kill(pid)).toBe(false);
  });

  test('runEntryAsync stops at its timeout when the host never answers', async () => {
    const { vm } = hostVm();
    const r = await vm.runEntryAsync('host_api', 'fetch', [A('k')], { timeoutMs: 50 });
    expect(r.outcome).toBe('timeout');
  });

  test('virtual clock: time stands still while the host works', async () => {
    const { vm, calls } = hostVm();
    const done = vm.runEntryAsync('host_api', 'fetch_or_timeout', [A('k'), 10]);
    await later(40);
    vm.resume(calls[0], A('v'));
    expect(text(await done)).toBe('{v,timer_pending}');
  });

  test('wall clock: timers fire while the host works', async () => {
    const { vm, calls } = hostVm({ clock: 'wall' });
    const done = vm.runEntryAsync('host_api', 'fetch_or_timeout', [A('k'), 10]);
    await later(60);
    vm.resume(calls[0], A('v'));
    expect(text(await done)).toBe('{v,timer_fired_later}');
  });
});

describe('exit signals from the host', () => {
  test('exit(Pid, Reason) ends a process that does not trap exits; normal is ignored', () => {
    const { vm } = hostVm();
    const pid = vm.spawn('host_api', 'wait_forever', []);
    vm.run({ until: pid });
    const p = vm.runtime.processes.get(pid.id)!;
    expect(vm.exit(pid, A('normal'))).toBe(true);
    expect(p.alive).toBe(true);
    expect(vm.exit(pid, A('boom'))).toBe(true);
    expect(p.alive).toBe(false);
    expect(p.exitReason).toBe(A('boom'));
    expect(vm.runtime.processes.has(pid.id)).toBe(false);
  });

  test("a trapping process gets {'EXIT', <0.0.0>, Reason}", () => {
    const { vm } = hostVm();
    const r0 = vm.runEntry('host_api', 'trap_and_wait', [], { timeoutMs: 1 });
    expect(r0.outcome).toBe('timeout');
    const pid = [...vm.runtime.processes.values()][0].pid;
    expect(vm.exit(pid, A('because'))).toBe(true);
    vm.run({ until: pid });
    const outcome = vm.runtime.entryOutcomes.get(pid.id);
    expect(outcome?.outcome).toBe('return');
    if (outcome?.outcome === 'return') expect(writeTerm(outcome.value)).toBe("{received,{'EXIT',<0.0.0>,because}}");
  });

  test('kill ends a trapping process with reason killed', () => {
    const { vm } = hostVm();
    const pid = vm.spawn('host_api', 'trap_and_wait', []);
    vm.run({ until: pid });
    const p = vm.runtime.processes.get(pid.id)!;
    expect(p.trapExit).toBe(true);
    expect(vm.kill(pid)).toBe(true);
    expect(p.exitReason).toBe(A('killed'));
  });

  test('killing the entry process while it waits on the host ends runEntryAsync with exit killed', async () => {
    const { vm, calls } = hostVm();
    const done = vm.runEntryAsync('host_api', 'fetch', [A('k')]);
    await later(5);
    vm.kill(calls[0].pid);
    expect(text(await done)).toBe('exit killed');
    expect(vm.resume(calls[0], A('late'))).toBe(false);
  });
});

describe('io sink', () => {
  test('a sink receives every write, in order, with the writing pid; nothing is captured', () => {
    const writes: Array<{ text: string; pid: number }> = [];
    const { vm } = hostVm({ io: { write: (bytes, pid) => writes.push({ text: Buffer.from(bytes).toString('utf8'), pid: pid.id }) } });
    const r = vm.runEntry('host_api', 'print_lines', [3]);
    expect(text(r)).toBe('done');
    expect(r.stdout).toHaveLength(0);
    expect(writes.map((w) => w.text).join('')).toBe('line 1\nline 2\nline 3\n');
    expect(new Set(writes.map((w) => w.pid)).size).toBe(1);
  });

  test('without a sink, output is captured in the result', () => {
    const { vm } = hostVm();
    const r = vm.runEntry('host_api', 'print_lines', [2]);
    expect(Buffer.from(r.stdout).toString('utf8')).toBe('line 1\nline 2\n');
  });
});

describe('erlang:halt', () => {
  const halt = (fn: string, args: Term[]): EntryResult => hostVm().vm.runEntry('proc_halt', fn, args);

  test('halt(Status) ends the run with its status and the output so far', () => {
    const r = halt('halt0', []);
    expect(r).toMatchObject({ outcome: 'halt', status: 0 });
    expect(Buffer.from(r.stdout).toString()).toBe('about to halt\n');
    expect(halt('halt1', [259])).toMatchObject({ outcome: 'halt', status: 3 });
    expect(halt('big_status', [])).toMatchObject({ outcome: 'halt', status: 5 });
  });

  test('abort and slogans', () => {
    expect(halt('halt1', [A('abort')])).toMatchObject({ outcome: 'halt', status: 'abort' });
    const slogan = halt('long_slogan', []);
    expect(slogan).toMatchObject({ outcome: 'halt', status: 1 });
    if (slogan.outcome === 'halt' && 'slogan' in slogan) expect(slogan.slogan).toBe('a'.repeat(1023));
    else throw new Error('no slogan');
  });

  test('a halt from another process stops the whole VM; nothing runs after it', () => {
    const { vm, calls } = hostVm();
    expect(vm.runEntry('proc_halt', 'halt_in_other_process', [9])).toMatchObject({ outcome: 'halt', status: 9 });
    expect(vm.run().status).toBe('halt');
    expect(vm.runEntry('host_api', 'print_lines', [1])).toMatchObject({ outcome: 'halt', status: 9 });
    expect(calls).toHaveLength(0);
  });

  test('halting with a status the host answered', async () => {
    const { vm, calls } = hostVm();
    const done = vm.runEntryAsync('host_api', 'halt_with_fetched', []);
    await later(5);
    vm.resume(calls[0], 42);
    expect(await done).toMatchObject({ outcome: 'halt', status: 42 });
  });

  test('bad arguments raise badarg instead of halting', () => {
    expect(text(halt('bad_halt2', [0, A('bad')]))).toBe(
      'error:badarg [{erlang,halt,[0,bad],[{error_info,#{cause => badopt,module => erl_erts_errors}}]},{proc_halt,bad_halt2,2,[{file,[112,114,111,99,95,104,97,108,116,46,101,114,108]},{line,47}]}]',
    );
  });
});
