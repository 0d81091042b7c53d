// The scheduler, signals and timers of the reference VM (issue 5).
// Fixture: fixtures/sched.erl, compiled with OTP 26.2.5's erlc (sched.beam).
// SIGNALS_OTP and ERRORS_OTP are literals: what sched:signals() and sched:errors() returned
// on real OTP 26.2.5 (`erl -noshell -eval 'io:format("~w~n", [sched:signals()])'`), one
// case per line.

import { readFileSync } from 'fs';
import path from 'path';
import { parseTerm } from '../../harness/term-text';
import { exactEquals } from '../../reference-vm/terms/compare';
import { writeTerm } from '../../reference-vm/printing/write';
import { VM, type VMOptions } from '../../reference-vm/vm';
import { Atom, Cons, type Term, type Tuple } from '../../reference-vm/terms/types';

const BEAM = new Uint8Array(readFileSync(path.join(__dirname, 'fixtures', 'sched.beam')));

interface Run {
  value: string;
  vm: VM;
  ms: number;
}

function run(fn: string, args: Term[] = [], opts: VMOptions = {}, timeoutMs = 60_000): Run {
  const vm = new VM(opts);
  vm.loadModule(BEAM, 'sched.beam');
  const started = Date.now();
  const r = vm.runEntry('sched', fn, args, { timeoutMs });
  const ms = Date.now() - started;
  if (r.outcome !== 'return') {
    const why = 'reason' in r ? writeTerm(r.reason) : '';
    throw new Error(`sched:${fn} ended with ${r.outcome} ${why}`);
  }
  return { value: writeTerm(r.value), vm, ms };
}

const SIGNALS_OTP = [
  '{exit_normal_nontrap,true}',
  '{exit_reason_nontrap,boom}',
  '{exit_kill_nontrap,killed}',
  '{exit_trapped,{\'EXIT\',self,because}}',
  '{exit_normal_trapped,{\'EXIT\',self,normal}}',
  '{exit_kill_trapped,killed}',
  '{exit_self_normal,{died,normal}}',
  '{exit_self_normal_trapped,{ok,[{\'EXIT\',pid,normal}]}}',
  '{exit_self_kill_trapped,{died,killed}}',
  '{link_exit_propagates,{died,crash}}',
  '{link_normal_ignored,{ok,survived}}',
  '{link_exit_trapped,{ok,{exit_msg,crash}}}',
  '{link_normal_trapped,{ok,{exit_msg,normal}}}',
  '{link_kill_reason_propagates,{died,kill}}',
  '{link_kill_reason_trapped,{ok,kill}}',
  '{link_killed_propagates,{ok,killed}}',
  '{link_dead_nontrap,{ok,{caught,error,noproc}}}',
  '{link_dead_trapped,{ok,{true,[{exit_msg,noproc}]}}}',
  '{unlink_after_exit_keeps_msg,{ok,[bye]}}',
  '{unlink_before_exit,{ok,survived}}',
  '{link_self,{ok,true}}',
  '{link_twice_one_link,{ok,1}}',
  '{linked_chain,{ok,{deep,false}}}',
  '{monitor_down,bye}',
  '{monitor_dead,noproc}',
  '{monitor_self,{false,[]}}',
  '{monitor_name,{{sig_named,nonode@nohost},normal}}',
  '{monitor_name_unregistered,{{sig_nobody,nonode@nohost},noproc}}',
  '{monitor_name_node,{{sig_nobody,nonode@nohost},noproc}}',
  '{monitor_tag,normal}',
  '{demonitor_active,{true,false}}',
  '{demonitor_flush,{false,[]}}',
  '{demonitor_plain,{true,1}}',
  '{two_monitors,[normal,normal]}',
  '{monitor_killed,killed}',
  '{monitor_noproc_alias,{{sig_gone,nonode@nohost},noproc}}',
  '{order_msg_then_exit,{ok,[one,two,{exit,three}]}}',
  '{order_down_after_msgs,[1,2,3,{down,normal}]}',
  '{send_to_dead_pid,hello}',
  '{send_unknown_name,{caught,error,badarg}}',
  '{send_unknown_name_node,hello}',
  '{register_dead,{caught,error,badarg}}',
  '{register_twice,{caught,error,badarg}}',
  '{name_freed_on_exit,undefined}',
  '{flags,{ok,[false,true,normal,low,233,1598,46422,75113,65535,10,#{error_logger => true,include_shared_binaries => false,kill => true,size => 0},#{error_logger => true,include_shared_binaries => false,kill => false,size => 100000},on_heap,off_heap,0,3,false,true]}}',
  '{spawn_opt_info,[{priority,high},{min_heap_size,610},{fullsweep_after,7},{message_queue_data,off_heap}]}',
  '{alias_send,{got,true,false,[]}}',
  '{alias_reply,{[one],false}}',
  '{monitor_alias,[]}',
  '{monitor_reply_alias,{0,[first]}}',
  '{spawn_opt_monitor_tag,normal}',
  '{send3,{ok,true,[x,y]}}',
  '{parent_and_info,[{parent,self},{status,waiting},{trap_exit,false},{message_queue_len,0},{links,[]},{dictionary,[]},{priority,normal},{initial_call,{erlang,apply,2}}]}',
  '{timer_to_dead,false}',
];

/** A list of {Name, Value} tuples as a map from Name to Value. */
function byName(list: Term): Map<string, Term> {
  const out = new Map<string, Term>();
  let l = list;
  while (l instanceof Cons) {
    const t = l.head as Tuple;
    out.set((t.elements[0] as Atom).name, t.elements[1]);
    l = l.tail;
  }
  return out;
}

describe('signals match OTP 26.2.5', () => {
  const ours = byName(parseTerm(run('signals').value));
  const expected = byName(parseTerm(`[${SIGNALS_OTP.join(',')}]`));
  test('every scenario is present', () => {
    expect([...ours.keys()]).toEqual([...expected.keys()]);
  });
  for (const [name, value] of expected) {
    test(name, () => {
      const got = ours.get(name);
      expect(got === undefined ? 'missing' : writeTerm(got)).toBe(writeTerm(value));
      expect(got !== undefined && exactEquals(got, value)).toBe(true);
    });
  }
});

const ERRORS_OTP = [
  '{send_after_negative,{error,badarg,erlang,send_after,#{cause => time,module => erl_erts_errors}}}',
  '{send_after_float,{error,badarg,erlang,send_after,#{cause => time,module => erl_erts_errors}}}',
  '{send_after_badopt,{error,badarg,erlang,send_after,#{cause => badopt,module => erl_erts_errors}}}',
  '{send_after_bad_dest,{error,badarg,erlang,send_after,#{module => erl_erts_errors}}}',
  '{cancel_timer_not_ref,{error,badarg,erlang,cancel_timer,#{module => erl_erts_errors}}}',
  '{cancel_timer_badopt,{error,badarg,erlang,cancel_timer,#{module => erl_erts_errors}}}',
  '{read_timer_not_ref,{error,badarg,erlang,read_timer,#{module => erl_erts_errors}}}',
  '{spawn_not_fun,{error,badarg,erlang,spawn,#{module => erl_erts_errors}}}',
  '{spawn3_bad,{error,badarg,erlang,spawn,#{module => erl_erts_errors}}}',
  '{spawn_opt_badopt,{error,badarg,erlang,spawn_opt,#{cause => badopt,module => erl_erts_errors}}}',
  '{spawn_opt4_badopt,{error,badarg,erlang,spawn_opt,#{cause => badopt,module => erl_erts_errors}}}',
  '{spawn_monitor_not_fun,{error,badarg,erlang,spawn_monitor,#{module => erl_erts_errors}}}',
  '{monitor_badtype,{error,badarg,erlang,monitor,#{cause => badtype,module => erl_erts_errors}}}',
  '{monitor_remote_name,{error,badarg,erlang,monitor,#{module => erl_erts_errors}}}',
  '{monitor_badopt,{error,badarg,erlang,monitor,#{cause => badopt,module => erl_erts_errors}}}',
  '{demonitor_not_ref,{error,badarg,erlang,demonitor,#{module => erl_erts_errors}}}',
  '{link_bad,{error,badarg,erlang,link,#{module => erl_erts_errors}}}',
  '{link_dead,{error,noproc,erlang,link,#{module => erl_erts_errors}}}',
  '{exit_bad,{error,badarg,erlang,exit,#{module => erl_erts_errors}}}',
  '{register_dead,{error,badarg,erlang,register,#{cause => notalive,module => erl_erts_errors}}}',
  '{register_bad_pid,{error,badarg,erlang,register,#{cause => none,module => erl_erts_errors}}}',
  '{register_undefined,{error,badarg,erlang,register,#{cause => none,module => erl_erts_errors}}}',
  '{unregister_unknown,{error,badarg,erlang,unregister,#{module => erl_erts_errors}}}',
  '{whereis_bad,{error,badarg,erlang,whereis,#{module => erl_erts_errors}}}',
  '{send_unregistered,{error,badarg,erlang,send,#{module => erl_erts_errors}}}',
  '{send3_badopt,{error,badarg,erlang,send,#{cause => badopt,module => erl_erts_errors}}}',
  '{group_leader_bad,{error,badarg,erlang,group_leader,#{module => erl_erts_errors}}}',
  '{process_flag_unknown,{error,badarg,erlang,process_flag,#{cause => badopt,module => erl_erts_errors}}}',
  '{process_flag_bad_value,{error,badarg,erlang,process_flag,#{module => erl_erts_errors}}}',
  '{process_info_bad_item,{error,badarg,erlang,process_info,#{module => erl_erts_errors}}}',
  '{process_info_not_pid,{error,badarg,erlang,process_info,#{module => erl_erts_errors}}}',
  '{is_process_alive_bad,{error,badarg,erlang,is_process_alive,#{module => erl_erts_errors}}}',
  '{alias_badopt,{error,badarg,erlang,alias,#{module => erl_erts_errors}}}',
  '{hibernate_bad,{error,badarg,erlang,hibernate,#{module => erl_erts_errors}}}',
];

describe('bad arguments fail as in OTP 26.2.5 (reason and error_info)', () => {
  const ours = byName(parseTerm(run('errors').value));
  const expected = byName(parseTerm(`[${ERRORS_OTP.join(',')}]`));
  for (const [name, value] of expected) {
    test(name, () => {
      const got = ours.get(name);
      expect(got === undefined ? 'missing' : writeTerm(got)).toBe(writeTerm(value));
    });
  }
});

describe('determinism', () => {
  test('the same seed and scheduler count give the same interleaving, reductions and time', () => {
    for (const opts of [{ seed: 0 }, { seed: 7, schedulers: 2 }, { seed: 12345, schedulers: 4 }]) {
      const a = run('racy', [40], opts);
      const b = run('racy', [40], opts);
      expect(b.value).toBe(a.value);
      expect(b.vm.runtime.totalReductions).toBe(a.vm.runtime.totalReductions);
      expect(b.vm.runtime.scheduler.now).toBe(a.vm.runtime.scheduler.now);
    }
  });

  test('the canonical order (seed 0, one scheduler) runs each worker a whole slice', () => {
    // 40 short sends fit in one slice: worker a finishes before b starts.
    const r = run('racy', [40], { seed: 0 });
    expect(r.value).toBe(`[${[...Array(40).fill('a'), ...Array(40).fill('b')].join(',')}]`);
  });

  test('other seeds on two schedulers explore other interleavings', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 8; seed++) seen.add(run('racy', [40], { seed, schedulers: 2 }).value);
    expect(seen.size).toBeGreaterThan(2);
    // Every interleaving keeps each sender's messages in order and loses none.
    for (const v of seen) {
      expect((v.match(/a/g) ?? []).length).toBe(40);
      expect((v.match(/b/g) ?? []).length).toBe(40);
    }
  });
});

describe('priorities and preemption', () => {
  test('high runs before normal before low (one scheduler)', () => {
    // OTP 26.2.5 with +S 1 gives the same order.
    expect(run('priorities', [200_000]).value).toBe('[high,normal,low]');
  });

  test('a busy low-priority process gets about one slice in eight next to a normal one', () => {
    // OTP 26.2.5 with +S 1 (and with the default schedulers): #{normal => 161,low => 19}.
    const r = run('low_share', [180]).value;
    const m = /normal => (\d+),low => (\d+)/.exec(r) ?? /low => (\d+),normal => (\d+)/.exec(r);
    expect(m).not.toBeNull();
    const counts = r.startsWith('#{normal') ? { normal: Number(m![1]), low: Number(m![2]) } : { low: Number(m![1]), normal: Number(m![2]) };
    expect(counts.normal + counts.low).toBe(180);
    const ratio = counts.normal / counts.low;
    expect(ratio).toBeGreaterThan(6);
    expect(ratio).toBeLessThan(10);
  });

  test('a process that never stops computing is preempted', () => {
    for (const opts of [{}, { schedulers: 2 }, { seed: 3, schedulers: 3 }]) expect(run('preempt', [], opts).value).toBe('got_it');
  });

  test('erlang:yield/0 lets the other runnable process go first', () => {
    // OTP 26.2.5: [other,me].
    expect(run('yield_order').value).toBe('[other,me]');
  });

  test('hibernate/3 waits for a message, then continues in the given function', () => {
    // OTP 26.2.5: {[{status,waiting},{message_queue_len,0}],woke}.
    expect(run('hibernate').value).toBe('{[{status,waiting},{message_queue_len,0}],woke}');
  });
});

describe('timers on the virtual clock', () => {
  test('receive after and BIF timers fire in time order without real waiting', () => {
    const r = run('timers');
    // OTP 26.2.5 gives {timeout,one,three,3001}: its timers fire on the next clock tick.
    expect(r.value).toBe('{timeout,one,three,3000}');
    expect(r.vm.runtime.scheduler.now).toBe(3000);
    expect(r.ms).toBeLessThan(2000);
  });

  test('the wall clock really waits', () => {
    const r = run('timers', [], { clock: 'wall' });
    expect(r.value).toMatch(/^\{timeout,one,three,30\d\d\}$/);
    expect(r.ms).toBeGreaterThanOrEqual(2900);
  });
});

describe('scale', () => {
  test('a ref-tagged receive behind 100,000 queued messages is not quadratic', () => {
    const small = run('mailbox_ref', [20_000]);
    const big = run('mailbox_ref', [100_000]);
    expect(small.value).toBe('{100,20000}');
    expect(big.value).toBe('{100,100000}');
    // 100 receives over 100,000 messages: quadratic scanning would be 10^7 steps per
    // receive; linear setup keeps it within a small multiple of the 20,000 case.
    expect(big.ms).toBeLessThan(Math.max(small.ms * 15, 3000));
  });

  test('100,000 processes spawn, wait and exit within a modest time', () => {
    const r = run('spawn_many', [100_000]);
    expect(r.value).toBe('{true,false}');
    expect(r.ms).toBeLessThan(20_000);
    expect(r.vm.runtime.processes.size).toBe(0);
  });
});

describe('io requests to an Erlang group leader', () => {
  test('io:format, put_chars, nl and write send io_request messages', () => {
    // OTP 26.2.5 (printed with ~w):
    const otp =
      '[{put_chars,unicode,io_lib,format,[[97,126,112,126,110],[1]]},{put_chars,unicode,<<98,10>>},{put_chars,unicode,[10]},{put_chars,unicode,io_lib,write,[{x}]}]';
    const r = run('io_server');
    expect(exactEquals(parseTerm(r.value), parseTerm(otp))).toBe(true);
    expect(r.vm.output().length).toBe(0);
  });
});
