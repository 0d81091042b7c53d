// The interpreter core: arithmetic (with bignums), deep recursion, tail loops, funs,
// maps, catch, module_info, higher-order natives, output capture, hot code loading,
// and the timeout of a program that never ends.
// Expected values are what OTP 26.2.5 returned for the same calls of fixtures/rt_basic.erl.

import { readFileSync } from 'fs';
import path from 'path';
import { parseTerm } from '../../harness/term-text';
import { badarg } from '../../reference-vm/bifs/exception';
import type { CallRequest } from '../../reference-vm/bifs/types';
import { exactEquals } from '../../reference-vm/terms/compare';
import { writeTerm } from '../../reference-vm/printing/write';
import { Atom, Bitstring, Cons, NIL, type Term } from '../../reference-vm/terms/types';
import { VM } from '../../reference-vm/vm';

const FIXTURES = path.join(__dirname, 'fixtures');

function beam(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

function vmWith(...modules: string[]): VM {
  const vm = new VM();
  for (const m of modules) vm.loadModule(beam(`${m}.beam`), `${m}.beam`);
  return vm;
}

function returned(vm: VM, m: string, f: string, args: Term[] = [], timeoutMs = 20_000): Term {
  const r = vm.runEntry(m, f, args, { timeoutMs });
  if (r.outcome !== 'return') {
    const detail = r.outcome === 'exception' ? `${r.cls} ${writeTerm(r.reason)} ${writeTerm(r.stacktrace)}` : r.outcome;
    throw new Error(`${m}:${f} did not return: ${detail}`);
  }
  return r.value;
}

function expectTerm(actual: Term, text: string): void {
  const expected = parseTerm(text);
  if (!exactEquals(actual, expected)) expect(writeTerm(actual)).toBe(writeTerm(expected));
  expect(exactEquals(actual, expected)).toBe(true);
}

// From OTP 26.2.5.
const RT_BASIC: Array<[string, string]> = [
  ['arith', '{4,10,-21,-2,1,3.5,5.0,-7,3,2,3,-3,7.0,3,15,5,-8,56,3,-2}'],
  [
    'bignum',
    '{123456789012345678902222222211,123456789012345678900246913569,121932631124828532112482853211126352690,' +
      '124999998873437499901,574845669,-123456789012345678901234567890,2770,112283295504626656,' +
      '1267650600228229401496703205376,1267650600228229401496703205375,9007199254740992,9007199254740991,' +
      '15511210043330985984000000,"265252859812191058636308480000000",-123456789012345678901234567890}',
  ],
  ['lists', `{3,3,[1,2],[3,1,2,4],[3,2],[a,b],{3,1,2},y,{q,y},3,"hello",'wor ld',"FF",[1,2,3],3,{z,z},[6,4]}`],
  ['funs', '{11,5,12,3,ok}'],
  ['maps', '{10,3,3,2,true}'],
  ['catches', "{t,{'EXIT',e},'EXIT',2}"],
  ['binops', '{false,true,false,true}'],
  ['compare', '{true,true,false,true,true,true,true,true,true}'],
  ['dict', '{2,tuple,undefined,2,undefined}'],
  [
    'info',
    '{rt_basic,[{fib,1},{arith,0},{bignum,0},{depth,1},{loop,2},{lists,0},{funs,0},{maps,0},{catches,0},' +
      '{binops,0},{compare,0},{forever,0},{info,0},{dict,0},{id,1},{module_info,0},{module_info,1}],' +
      '[{fib,1},{arith,0},{bignum,0},{fact,1},{depth,1},{loop,2},{lists,0},{funs,0},{maps,0},{catches,0},' +
      "{binops,0},{compare,0},{forever,0},{info,0},{dict,0},{id,1},{module_info,0},{module_info,1}," +
      "{'-info/0-lc$^0/1-0-',1},{'-funs/0-fun-0-',2},{'-lists/0-lc$^0/1-0-',1}]," +
      '[module,exports,attributes,compile,md5]}',
  ],
];

describe('rt_basic matches OTP 26', () => {
  const vm = vmWith('rt_basic');
  for (const [fn, text] of RT_BASIC) {
    test(fn, () => expectTerm(returned(vm, 'rt_basic', fn), text));
  }

  test('fib(20) = 6765', () => expect(returned(vm, 'rt_basic', 'fib', [20])).toBe(6765));

  test('1,000,000-deep body recursion', () => {
    const fresh = vmWith('rt_basic');
    expect(returned(fresh, 'rt_basic', 'depth', [1_000_000])).toBe(1_000_000);
    // The BEAM stack (a JS array) held the frames, not the JS call stack.
    expect(fresh.runtime.peakStackSlots).toBeGreaterThan(1_000_000);
  });

  // Issue #4. About 7 s on a loaded 2-core machine; the generous limits only guard CI.
  test('100,000,000-iteration tail loop runs in constant stack and memory', () => {
    const fresh = vmWith('rt_basic');
    const heapBefore = process.memoryUsage().heapUsed;
    expect(returned(fresh, 'rt_basic', 'loop', [100_000_000, 0], 110_000)).toBe(100_000_000);
    expect(fresh.runtime.totalReductions).toBeGreaterThanOrEqual(100_000_000);
    // A tail loop never grows the BEAM stack (and finishing at all shows no JS recursion).
    expect(fresh.runtime.peakStackSlots).toBeLessThan(10);
    // Nothing per iteration is kept: even 1 byte each would be 100 MB.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
  }, 120_000);

  test('a function that loops forever ends as a timeout', () => {
    const r = vm.runEntry('rt_basic', 'forever', [], { timeoutMs: 300 });
    expect(r.outcome).toBe('timeout');
  });

  test('a reduction budget ends a run with resource-limit', () => {
    const limited = new VM({ maxReductions: 100_000 });
    limited.loadModule(beam('rt_basic.beam'), 'rt_basic.beam');
    const r = limited.runEntry('rt_basic', 'forever', [], { timeoutMs: 10_000 });
    expect(r).toMatchObject({ outcome: 'resource-limit', what: 'reductions' });
  });

  test('executed opcodes are counted', () => {
    const counted = vmWith('rt_basic');
    returned(counted, 'rt_basic', 'fib', [10]);
    const counts = counted.executedOpcodeCounts();
    // fib(10) makes 177 calls, each entering through select_val.
    expect(counts.get('select_val')).toBe(177);
    expect(counts.get('call')).toBe(176);
    expect(counts.has('bs_create_bin')).toBe(false);
  });
});

describe('natives', () => {
  function withNatives(): VM {
    const vm = vmWith('rt_native');
    // test_natives:map/2 — a higher-order native that calls the fun for every element.
    vm.natives.higherOrder('test_natives', 'map', 2, function* (args): Generator<CallRequest, Term, Term> {
      const out: Term[] = [];
      for (let l = args[1]; l instanceof Cons; l = l.tail) out.push(yield { fun: args[0], args: [l.head] });
      let list: Term = NIL;
      for (let i = out.length - 1; i >= 0; i--) list = new Cons(out[i], list);
      return list;
    });
    vm.natives.plain('test_natives', 'print', 1, (args, ctx) => {
      const t = args[0];
      if (!(t instanceof Bitstring)) badarg();
      ctx.writeOutput(t.bytes);
      return Atom.of('ok');
    });
    return vm;
  }

  test('a higher-order native calls back into Erlang', () => {
    expectTerm(returned(withNatives(), 'rt_native', 'map_double', [parseTerm('[1,2,3]')]), '[2,4,6]');
  });

  test('higher-order natives nest', () => {
    expectTerm(returned(withNatives(), 'rt_native', 'nested', [3]), '[[1,2,3],[2,4,6],[3,6,9]]');
  });

  test('an exception inside the callback unwinds through the native', () => {
    const r = withNatives().runEntry('rt_native', 'map_crash', [parseTerm('[1,0]')]);
    expect(r.outcome).toBe('exception');
    if (r.outcome === 'exception') {
      expect(r.reason).toBe(Atom.of('badarith'));
      // {erlang,'div',[10,0],...} then the fun, then the native's own frame.
      const frames = writeTerm(r.stacktrace);
      expect(frames).toContain("{erlang,'div',[10,0],[{error_info,#{module => erl_erts_errors}}]}");
      expect(frames).toContain("{rt_native,'-map_crash/1-fun-0-',1,");
      expect(frames).toContain('{test_natives,map,2,[]}');
    }
  });

  test('output written through the group leader is captured', () => {
    const vm = withNatives();
    const r = vm.runEntry('rt_native', 'say', [new Bitstring(new TextEncoder().encode('héllo\n'))]);
    expect(r.outcome).toBe('return');
    expect(new TextDecoder().decode(r.stdout)).toBe('héllo\n');
    expect(new TextDecoder().decode(vm.output())).toBe('héllo\n');
  });

  test('each run reports only its own output', () => {
    const vm = withNatives();
    const say = (s: string): string => {
      const r = vm.runEntry('rt_native', 'say', [new Bitstring(new TextEncoder().encode(s))]);
      return new TextDecoder().decode(r.stdout);
    };
    expect(say('one\n')).toBe('one\n');
    expect(say('two\n')).toBe('two\n');
    expect(new TextDecoder().decode(vm.output())).toBe('one\ntwo\n');
  });

  test('calling a function nobody defines raises undef with the arguments', () => {
    const r = vmWith('rt_native').runEntry('rt_native', 'map_double', [NIL]);
    expect(r.outcome).toBe('exception');
    if (r.outcome === 'exception') {
      expect(r.reason).toBe(Atom.of('undef'));
      expect(writeTerm(r.stacktrace)).toMatch(/^\[\{test_natives,map,\[#Fun<rt_native\.0\.\d+>,\[\]\],\[\]\}\]$/);
    }
  });

  test('loading a new version redirects external calls (hot code loading)', () => {
    const vm = withNatives();
    expect(returned(vm, 'rt_native', 'reload_v')).toBe(1);
    vm.loadModule(beam('v2/rt_native.beam'), 'v2/rt_native.beam');
    expect(returned(vm, 'rt_native', 'reload_v')).toBe(2);
  });
});
