// Word sizes against OTP 26.2.5: every expected pair is what erts_debug:size/1 and
// erts_debug:flat_size/1 returned on real erl (64-bit) for binary_to_term(term_to_binary(T)).

import { parseTerm } from '../../harness/term-text';
import { flatSize, sharedSize } from '../../reference-vm/gc/size';
import { ErlMap } from '../../reference-vm/terms/map';
import { Atom, Bitstring, Cons, ExportFun, NIL, Reference, Tuple, type Term } from '../../reference-vm/terms/types';

function seq(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
function list(items: Term[]): Term {
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}
function bits(n: number, fill = 0): Bitstring {
  return new Bitstring(new Uint8Array(Math.ceil(n / 8)).fill(fill), n);
}
function charlist(s: string): Term {
  return list([...s].map((c) => c.charCodeAt(0)));
}

// [description, term, size, flat_size] — sizes from OTP 26.2.5.
const CASES: Array<[string, () => Term, number, number]> = [
  ['0', () => 0, 0, 0],
  ['largest small', () => 576460752303423487n, 0, 0],
  ['smallest bignum', () => 576460752303423488n, 2, 2],
  ['smallest small', () => -576460752303423488n, 0, 0],
  ['largest negative bignum', () => -576460752303423489n, 2, 2],
  ['2^64', () => 18446744073709551616n, 3, 3],
  ['2^128', () => 340282366920938463463374607431768211456n, 4, 4],
  ['1.5', () => parseTerm('1.5'), 2, 2],
  ['atom', () => Atom.of('atom'), 0, 0],
  ['[]', () => NIL, 0, 0],
  ['{}', () => new Tuple([]), 0, 0],
  ['[1,2,3]', () => parseTerm('[1,2,3]'), 6, 6],
  ['[a|b]', () => parseTerm('[a|b]'), 2, 2],
  ['{a,b,c}', () => parseTerm('{a,b,c}'), 4, 4],
  ['{[1,2],{3,4.0},<<1,2,3>>}', () => parseTerm('{[1,2],{3,4.0},<<1,2,3>>}'), 16, 16],
  ['"hello"', () => charlist('hello'), 10, 10],
  ['<<>>', () => bits(0), 2, 2],
  ['<<0:64>>', () => bits(64), 3, 3],
  ['<<0:512>> (largest heap binary)', () => bits(512), 10, 10],
  ['<<0:520>> (smallest refc binary)', () => bits(520), 6, 6],
  ['<<0:8000>>', () => bits(8000), 6, 6],
  ['<<1:1>>', () => bits(1, 0x80), 8, 8],
  ['<<1:7>>', () => bits(7, 2), 8, 8],
  ['<<0:9>>', () => bits(9), 8, 8],
  ['<<0:513>>', () => bits(513), 11, 11],
  ['#{}', () => ErlMap.empty, 3, 3],
  ['#{a => 1}', () => parseTerm('#{a => 1}'), 6, 6],
  ['#{a => [1,2], b => {x}}', () => parseTerm('#{a => [1,2], b => {x}}'), 14, 14],
  ['#{1 => 2, 3 => 4, 5 => 6, 7 => 8}', () => parseTerm('#{1 => 2, 3 => 4, 5 => 6, 7 => 8}'), 12, 12],
  ['[{I, I} || I <- seq(1, 40)]', () => list(seq(40).map((i) => new Tuple([i, i]))), 200, 200],
  ['33-key hashmap', () => ErlMap.fromEntries(seq(33).map((i) => [i, i] as const)), 127, 127],
  ['64-key hashmap', () => ErlMap.fromEntries(seq(64).map((i) => [i, i] as const)), 246, 246],
  ['200-key hashmap of lists', () => ErlMap.fromEntries(seq(200).map((i) => [i, list([i])] as const)), 1136, 1136],
  ['500 string keys', () => ErlMap.fromEntries(seq(500).map((i) => [charlist(String(i)), i] as const)), 4692, 4692],
  ['make_ref()', () => new Reference([1, 2, 3]), 3, 3],
  ['fun lists:map/2', () => new ExportFun(Atom.of('lists'), Atom.of('map'), 2), 5, 5],
];

describe('word sizes match erts_debug on OTP 26 (64-bit)', () => {
  for (const [name, make, size, flat] of CASES) {
    test(name, () => {
      const t = make();
      expect([sharedSize(t), flatSize(t)]).toEqual([size, flat]);
    });
  }
});

describe('sharing', () => {
  test('a subterm referenced twice counts once for size and twice for flat_size', () => {
    // OTP: L = [1,2,3], {L, L} -> {9, 15}; [L, L, L] -> {12, 24}.
    const l = parseTerm('[1,2,3]');
    expect([sharedSize(new Tuple([l, l])), flatSize(new Tuple([l, l]))]).toEqual([9, 15]);
    const three = list([l, l, l]);
    expect([sharedSize(three), flatSize(three)]).toEqual([12, 24]);
  });

  test('structurally equal but distinct subterms are not shared', () => {
    const t = new Tuple([parseTerm('[1,2,3]'), parseTerm('[1,2,3]')]);
    expect(sharedSize(t)).toBe(15);
  });

  test('a long list is sized without recursion', () => {
    const long = list(seq(200_000));
    expect(flatSize(long)).toBe(400_000);
    expect(sharedSize(long)).toBe(400_000);
  });
});
