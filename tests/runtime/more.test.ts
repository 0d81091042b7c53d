// Float registers, record updates, receive markers, tuple dispatch, try/after, apply_last,
// guards, conversions and bignum shifts. Expected values from OTP 26.2.5
// (fixtures/rt_more.erl).

import { readFileSync } from 'fs';
import path from 'path';
import { parseTerm } from '../../harness/term-text';
import { exactEquals } from '../../reference-vm/terms/compare';
import { writeTerm } from '../../reference-vm/printing/write';
import { Atom, Float, type Term } from '../../reference-vm/terms/types';
import { VM } from '../../reference-vm/vm';

const FIXTURES = path.join(__dirname, 'fixtures');

// From OTP 26.2.5: [Function, Args, Result].
const CASES: Array<[string, Term[], string]> = [
  ['floats', [new Float(1.5)], '{4.0,-1.0,5.0}'],
  ['records', [], '{{r,1,20,30},{r,10,20,30},20,true}'],
  ['call_server', [], '[100,200,300]'],
  ['shapes', [], '[one,two,three,other,other]'],
  ['after_order', [], '{done,[body,after_ran,none]}'],
  ['tail_apply', [Atom.of('erlang'), Atom.of('abs')], '7'],
  ['string_ops', [], `{<<"hello">>,'x y',<<"abcde">>,<<"abc">>,<<"-FF">>,-255,42,[1,2]}`],
  [
    'big_shift',
    [],
    '{18446744073709551616,2,-1180591620717411303424,-4,-1208925819614629174706177,0,-18446744073709551615}',
  ],
  ['unicode_atom', [], `{'\\x{3BB}x',[955,120],<<206,187,120>>}`],
];

describe('rt_more matches OTP 26', () => {
  const vm = new VM();
  vm.loadModule(new Uint8Array(readFileSync(path.join(FIXTURES, 'rt_more.beam'))), 'rt_more.beam');

  for (const [fn, args, text] of CASES) {
    test(fn, () => {
      const r = vm.runEntry('rt_more', fn, args, { timeoutMs: 10_000 });
      if (r.outcome !== 'return') throw new Error(`${fn}: ${r.outcome} ${'reason' in r ? writeTerm(r.reason) : ''}`);
      const expected = parseTerm(text);
      if (!exactEquals(r.value, expected)) expect(writeTerm(r.value)).toBe(writeTerm(expected));
      expect(exactEquals(r.value, expected)).toBe(true);
    });
  }

  test('guards', () => {
    const results = ['11', 'a', '[1,2,3]', '#{}', '{ok,1}', '5'].map((a) => {
      const r = vm.runEntry('rt_more', 'guards', [parseTerm(a)]);
      return r.outcome === 'return' ? writeTerm(r.value) : r.outcome;
    });
    // From OTP 26.2.5.
    expect(results).toEqual(['big_or_atom', 'big_or_atom', 'long_list', 'empty_map', 'ok_pair', 'other']);
  });

  test('the instructions these cases are about did run', () => {
    const counts = vm.executedOpcodeCounts();
    for (const op of ['fmul', 'fadd', 'fdiv', 'fnegate', 'update_record', 'recv_marker_reserve', 'recv_marker_bind', 'recv_marker_use', 'recv_marker_clear', 'select_tuple_arity', 'apply_last', 'is_tagged_tuple']) {
      expect([op, counts.get(op) ?? 0]).not.toEqual([op, 0]);
    }
  });
});
