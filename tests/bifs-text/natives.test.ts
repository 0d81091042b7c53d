// Direct checks of the text natives that the differential case files cannot express:
// opaque compiled patterns, sub-binary bookkeeping, registration flags and long inputs.
// Expected values were taken from OTP 26.2.5.

import { Atom } from '../../reference-vm/terms/atom';
import { Bitstring, Cons, Reference, Tuple, type Term } from '../../reference-vm/terms/types';
import { list, utf8Bin } from '../../reference-vm/unicode/terms-util';
import { call, parseTerm, registry, show, showOutcome } from './support';

function ok(mod: string, fn: string, args: Term[]): Term {
  const r = call(mod, fn, args);
  if (!('ok' in r)) throw new Error(`${mod}:${fn} raised ${showOutcome(r)}`);
  return r.ok;
}

const t = parseTerm;

describe('binary:compile_pattern/1', () => {
  test('returns {bm, Ref} for one needle and {ac, Ref} for several', () => {
    const bm = ok('binary', 'compile_pattern', [t('<<"ab">>')]) as Tuple;
    const ac = ok('binary', 'compile_pattern', [t('[<<"b">>, <<"cd">>]')]) as Tuple;
    expect(bm.elements[0]).toBe(Atom.of('bm'));
    expect(bm.elements[1]).toBeInstanceOf(Reference);
    expect(ac.elements[0]).toBe(Atom.of('ac'));
    // a single-element list compiles like the binary itself
    expect((ok('binary', 'compile_pattern', [t('[<<"ab">>]')]) as Tuple).elements[0]).toBe(Atom.of('bm'));
  });

  test('a compiled pattern works in match, matches, split and replace (OTP 26.2.5 values)', () => {
    const p = ok('binary', 'compile_pattern', [t('[<<"b">>, <<"cd">>]')]);
    expect(show(ok('binary', 'split', [t('<<"abcdb">>'), p, t('[global]')]))).toBe('[<<97>>,<<>>,<<>>,<<>>]');
    expect(show(ok('binary', 'replace', [t('<<"abcd">>'), p, t('<<"-">>'), t('[global]')]))).toBe('<<97,45,45>>');
    expect(show(ok('binary', 'match', [t('<<"xxcd">>'), p]))).toBe('{2,2}');
    expect(show(ok('binary', 'matches', [t('<<"bcdb">>'), p]))).toBe('[{0,1},{1,2},{3,1}]');
  });

  test('a forged or mismatched pattern tuple is badarg', () => {
    const bm = ok('binary', 'compile_pattern', [t('<<"ab">>')]) as Tuple;
    const forged = new Tuple([Atom.of('ac'), bm.elements[1]]);
    expect(showOutcome(call('binary', 'match', [t('<<"ab">>'), forged]))).toBe('error:badarg');
    const plainRef = new Tuple([Atom.of('bm'), new Reference([1, 2, 3])]);
    expect(showOutcome(call('binary', 'match', [t('<<"ab">>'), plainRef]))).toBe('error:badarg');
  });
});

describe('binary:referenced_byte_size/1', () => {
  const whole = new Uint8Array(100).fill(1);
  test('a large sub-binary reports its whole binary (OTP: 100)', () => {
    expect(ok('binary', 'referenced_byte_size', [new Bitstring(whole.subarray(10, 80))])).toBe(100);
  });
  test('a small extracted binary is a copy (OTP: 10)', () => {
    expect(ok('binary', 'referenced_byte_size', [new Bitstring(whole.subarray(10, 20))])).toBe(10);
  });
  test('binary:copy/1 detaches (OTP: 70)', () => {
    const copy = ok('binary', 'copy', [new Bitstring(whole.subarray(10, 80))]);
    expect(ok('binary', 'referenced_byte_size', [copy])).toBe(70);
  });
});

describe('registration', () => {
  const entry = (m: string, f: string, a: number) => registry.lookup(m, f, a);
  test('real BIFs are flagged, library functions are not', () => {
    for (const [m, f, a] of [
      ['binary', 'split', 3],
      ['binary', 'match', 2],
      ['binary', 'part', 3],
      ['unicode', 'characters_to_binary', 2],
      ['unicode', 'characters_to_list', 2],
      ['string', 'list_to_float', 1],
    ] as const)
      expect(entry(m, f, a)?.bif).toBe(true);
    for (const [m, f, a] of [
      ['binary', 'replace', 3],
      ['binary', 'encode_hex', 1],
      ['unicode', 'characters_to_binary', 1],
      ['string', 'split', 2],
      ['string', 'list_to_integer', 1],
    ] as const)
      expect(entry(m, f, a)?.bif).toBe(false);
  });
  test('every OTP 26 export is registered', () => {
    const count = (m: string) => registry.all().filter((e) => e.module === m).length;
    expect(count('string')).toBe(70);
    expect(count('unicode')).toBe(18);
    expect(count('binary')).toBe(30);
  });
});

describe('long inputs', () => {
  const text = 'ab c\u0301 \r\n'.repeat(20000);
  const asList = list([...text].map((c) => c.codePointAt(0)!));
  const asBin = utf8Bin(text);
  test('grapheme counts agree for list and binary', () => {
    expect(ok('string', 'length', [asList])).toBe(120000);
    expect(ok('string', 'length', [asBin])).toBe(120000);
  });
  test('non-tail-recursive functions do not exhaust the stack', () => {
    for (const [fn, args] of [
      ['uppercase', [asList]],
      ['trim', [asList, t('trailing'), t('"x "')]],
      ['take', [asList, t('"z"'), t('true'), t('trailing')]],
      ['slice', [asList, 1, 100000]],
      ['split', [asList, t('" "'), t('trailing')]],
    ] as [string, Term[]][]) {
      const r = call('string', fn, args);
      expect('ok' in r).toBe(true);
    }
  });
  test('split/3 trailing keeps the last separator only', () => {
    const parts = ok('string', 'split', [asBin, t('"\\r\\n"'), t('trailing')]) as Cons;
    expect(show((parts.tail as Cons).head)).toBe('<<>>');
    expect(((parts.head as Bitstring).byteSize)).toBe(asBin.byteSize - 2);
  });
});
