// Processes, links, monitors, trap_exit and receive ... after, compared with OTP 26.
// Expected values: what `rt_procs:F()` returned in OTP 26.2.5 (fixtures/rt_procs.erl).

import { readFileSync } from 'fs';
import path from 'path';
import { parseTerm } from '../../harness/term-text';
import { exactEquals } from '../../reference-vm/terms/compare';
import { writeTerm } from '../../reference-vm/printing/write';
import { VM } from '../../reference-vm/vm';

const FIXTURES = path.join(__dirname, 'fixtures');

// From OTP 26.2.5: [Function, Args, Result].
const CASES: Array<[string, number[], string]> = [
  ['trap_exit', [], '{got_exit,boom}'],
  ['monitor_down', [], '{down,{done,42}}'],
  ['monitor_noproc', [], '{second,noproc}'],
  ['after_timeout', [], '{timed_out,late,got_late}'],
  ['after_zero', [], '{a,none,b}'],
  ['kill', [], '{killed_with,killed}'],
  ['linked_crash', [], '{middle_died,child_crashed}'],
  ['registered', [], '{hello,undefined,true}'],
  ['ordering', [], '[1,2,3,4,5]'],
  ['exit_normal_ignored', [], '{still_alive_then,normal}'],
  ['demonitor_flush', [], '{false,flushed}'],
  ['sleep_order', [], '[100,200,300]'],
  ['unlink_then_crash', [], 'survived'],
  ['self_exit', [], 'my_reason'],
  ['spawn_fun_error', [], "{in_child,rt_procs,0}"],
  ['dictionary_isolated', [], '{undefined,parent}'],
  ['ping_pong', [100], '10100'],
  ['selective', [1000], '{answer,1000}'],
];

function load(): VM {
  const vm = new VM();
  vm.loadModule(new Uint8Array(readFileSync(path.join(FIXTURES, 'rt_procs.beam'))), 'rt_procs.beam');
  return vm;
}

describe('processes match OTP 26', () => {
  for (const [fn, args, text] of CASES) {
    test(`${fn}(${args.join(',')})`, () => {
      const vm = load();
      const r = vm.runEntry('rt_procs', fn, args, { timeoutMs: 10_000 });
      if (r.outcome !== 'return') throw new Error(`${fn}: ${r.outcome} ${'reason' in r ? writeTerm(r.reason) : ''}`);
      const expected = parseTerm(text);
      if (!exactEquals(r.value, expected)) expect(writeTerm(r.value)).toBe(text);
      expect(exactEquals(r.value, expected)).toBe(true);
    });
  }

  test('receive timeouts run on a virtual clock (no real waiting)', () => {
    const vm = load();
    const started = Date.now();
    const r = vm.runEntry('rt_procs', 'sleep_order', []);
    expect(r.outcome).toBe('return');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(vm.runtime.scheduler.now).toBe(300);
  });

  test('a receive that never matches ends as a timeout', () => {
    const vm = load();
    const r = vm.runEntry('rt_procs', 'stuck', [], { timeoutMs: 200 });
    expect(r.outcome).toBe('timeout');
  });

  test('a ref-tagged receive in a 100,000-message mailbox is not quadratic', () => {
    const vm = load();
    const started = Date.now();
    const r = vm.runEntry('rt_procs', 'selective', [100_000], { timeoutMs: 30_000 });
    expect(r.outcome).toBe('return');
    if (r.outcome === 'return') expect(writeTerm(r.value)).toBe('{answer,100000}');
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  test('maxProcesses stops a run with resource-limit', () => {
    const vm = new VM({ maxProcesses: 2 });
    vm.loadModule(new Uint8Array(readFileSync(path.join(FIXTURES, 'rt_procs.beam'))), 'rt_procs.beam');
    const r = vm.runEntry('rt_procs', 'sleep_order', []);
    expect(r).toMatchObject({ outcome: 'resource-limit', what: 'processes' });
  });
});
