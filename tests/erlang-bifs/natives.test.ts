// erlang natives called directly (with a real process as their context) against outcomes
// recorded from OTP 26.2.5 (cases.ts), plus the error_info details and the VM-state BIFs
// whose values cannot be recorded (clocks, counters).

import { parseTerm } from '../../harness/term-text';
import { Atom, atoms } from '../../reference-vm/terms/atom';
import { ErlMap } from '../../reference-vm/terms/map';
import { Bitstring, NIL, Tuple, type Term } from '../../reference-vm/terms/types';
import { ErlangException } from '../../reference-vm/bifs/exception';
import type { PlainNative } from '../../reference-vm/bifs/types';
import type { Process } from '../../reference-vm/process/process';
import { VM } from '../../reference-vm/vm';
import { VIRTUAL_REDUCTIONS_PER_MS } from '../../reference-vm/scheduler/scheduler';
import { hideFuns, parseCall, sameTerm, show } from '../bifs/support';
import { ERLANG_CASES } from './cases';

const vm = new VM();
const pid = vm.spawn('erlang', 'self', []);
const proc = vm.runtime.processes.get(pid.id) as Process;

/** Run erlang:F(Args) as a call would; Erlang exceptions are returned. */
function call(fn: string, args: Term[]): { ok: Term } | { error: ErlangException } {
  const entry = vm.natives.lookup('erlang', fn, args.length);
  if (entry === undefined || entry.kind !== 'plain') throw new Error(`no plain native erlang:${fn}/${args.length}`);
  try {
    return { ok: (entry.impl as PlainNative)(args, proc) };
  } catch (e) {
    if (e instanceof ErlangException) return { error: e };
    throw e;
  }
}

function outcome(text: string): Term {
  const { module, fn, args } = parseCall(text);
  if (module !== 'erlang') throw new Error(text);
  const r = call(fn, args);
  if ('ok' in r) return hideFuns(new Tuple([atoms.ok, r.ok]));
  return new Tuple([Atom.of(r.error.cls), r.error.reason]);
}

describe('erlang natives match OTP 26.2.5', () => {
  test.each(ERLANG_CASES)('%s', (text, expected) => {
    const actual = outcome(text);
    const want = parseTerm(expected);
    if (!sameTerm(actual, want)) expect(show(actual)).toBe(expected);
    expect(sameTerm(actual, want)).toBe(true);
  });
});

describe('error_info causes as OTP 26.2.5 reports them', () => {
  const info = (text: string): Term | null | undefined => {
    const { fn, args } = parseCall(text);
    const r = call(fn, args);
    if ('ok' in r) throw new Error(`${text} did not fail`);
    return r.error.errorInfo;
  };
  const badopt = ErlMap.fromEntries([
    [Atom.of('cause'), Atom.of('badopt')],
    [Atom.of('module'), Atom.of('erl_erts_errors')],
  ]);
  // OTP: [{error_info,#{cause => badopt,module => erl_erts_errors}}]
  test('binary_to_term with a bad option', () => expect(sameTerm(info('erlang:binary_to_term(<<131,97,1>>, [foo])') as Term, badopt)).toBe(true));
  test('system_flag with an unknown flag', () => expect(sameTerm(info('erlang:system_flag(no_such_flag, 1)') as Term, badopt)).toBe(true));
  // OTP: [{error_info,#{module => erl_erts_errors}}] (the default for erlang BIFs)
  test('term_to_binary with a bad option has the default error_info', () => expect(info('erlang:term_to_binary(1, [{minor_version, 3}])')).toBeUndefined());
  test('erlang.erl functions carry their arguments and erl_erts_errors', () => {
    const r = call('binary_to_integer', [new Bitstring(Uint8Array.of(0x31, 0x78))]);
    expect('error' in r).toBe(true);
    if ('error' in r) {
      expect(r.error.reason).toBe(atoms.badarg);
      expect(r.error.frame?.args?.length).toBe(1);
      expect(sameTerm(r.error.frame?.errorInfo as Term, ErlMap.fromEntries([[Atom.of('module'), Atom.of('erl_erts_errors')]]))).toBe(true);
    }
  });
});

describe('VM-state BIFs', () => {
  const ok = (fn: string, args: Term[]): Term => {
    const r = call(fn, args);
    if ('error' in r) throw r.error;
    return r.ok;
  };
  test('unique_integer is strictly increasing, positive when asked', () => {
    const a = ok('unique_integer', []) as number | bigint;
    const b = ok('unique_integer', []) as number | bigint;
    expect(b > a).toBe(true);
    const p = ok('unique_integer', [parseTerm('[positive, monotonic]')]) as number;
    expect(p).toBeGreaterThan(0);
  });
  test('monotonic and system time follow the virtual clock', () => {
    const m0 = ok('monotonic_time', [Atom.of('millisecond')]) as number;
    const s0 = ok('system_time', [Atom.of('second')]) as number;
    expect(s0).toBe(1704067200); // the fixed epoch of the virtual clock
    // 1.5 s of virtual time: the clock advances with executed reductions.
    vm.runtime.scheduler.tick(1500 * VIRTUAL_REDUCTIONS_PER_MS);
    expect(ok('monotonic_time', [Atom.of('millisecond')])).toBe(m0 + 1500);
    expect(ok('system_time', [Atom.of('second')])).toBe(s0 + 1);
    const offset = ok('time_offset', [Atom.of('millisecond')]) as number;
    expect(ok('system_time', [Atom.of('millisecond')])).toBe((ok('monotonic_time', [Atom.of('millisecond')]) as number) + offset);
  });
  test('timestamp is {MegaSecs, Secs, MicroSecs} of system time', () => {
    const t = ok('timestamp', []);
    const secs = ok('system_time', [Atom.of('microsecond')]) as number;
    expect(show(t)).toBe(`{${Math.floor(secs / 1e12)},${Math.floor(secs / 1e6) % 1e6},${secs % 1e6}}`);
  });
  test('system_flag(backtrace_depth) returns the old depth and clamps to 64', () => {
    expect(ok('system_flag', [Atom.of('backtrace_depth'), 100])).toBe(8);
    expect(ok('system_flag', [Atom.of('backtrace_depth'), 8])).toBe(64);
  });
  test('display writes to the raw sink, not to the group leader', () => {
    const before = vm.runtime.rawOutput.length;
    expect(ok('display', [parseTerm('{a, "b", <<1>>}')])).toBe(atoms.true);
    const bytes = vm.runtime.rawOutput.slice(before);
    // OTP 26.2.5 writes {a,"b",<<1>>}\r\n to its stdout for erlang:display({a, "b", <<1>>}).
    expect(Buffer.concat(bytes).toString('latin1')).toBe('{a,"b",<<1>>}\r\n');
    expect(vm.output().length).toBe(0);
  });
  test('binary_to_existing_atom does not create the atom', () => {
    const name = 'eb_never_created_by_anyone_z1';
    call('binary_to_existing_atom', [new Bitstring(new TextEncoder().encode(name))]);
    expect(Atom.existing(name)).toBeUndefined();
    void NIL;
  });
});
