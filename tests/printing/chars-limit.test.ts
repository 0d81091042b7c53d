// chars_limit on ~p ~P ~w ~W (io_lib:format/3) and io_lib:write/2's chars_limit
// option: io_lib_pretty:intermediate/7 under a limit T.
//
// The first cases are the results OTP 26.2.5 recorded for
// suites/io/io_lib_shape:chars_limit_terms (golden/otp-26/io/io_lib_shape.yaml).
// The others were worked out by hand with OTP 26's algorithm
// (lib/stdlib/src/io_lib_format.erl build_limited/5, io_lib.erl write/2,
// io_lib_pretty.erl intermediate/7, find_upper/11, search_depth/10,
// print_length/7, expand/3); each comment gives the steps that decide it. Every
// expected value was then confirmed on OTP 26.2.5 (erl, default printable range).

import { codePointsOf } from '../../reference-vm/printing/chars';
import { DeepOut, type Chars } from '../../reference-vm/printing/deep-chars';
import { formatToDeep, formatToString, type FormatOptions } from '../../reference-vm/printing/format';
import { prettyTerm } from '../../reference-vm/printing/pretty';
import { writeLimitedTo } from '../../reference-vm/printing/pretty-limited';
import { NativeRegistry } from '../../reference-vm/bifs/registry';
import type { NativeContext, PlainNative } from '../../reference-vm/bifs/types';
import { register as registerIoLib } from '../../reference-vm/bifs/io_lib';
import { charsToTerm } from '../../reference-vm/printing/deep-chars';
import { exactEquals } from '../../reference-vm/terms/compare';
import { ErlMap } from '../../reference-vm/terms/map';
import { Atom } from '../../reference-vm/terms/atom';
import { Bitstring, Cons, NIL, Tuple, type Term } from '../../reference-vm/terms/types';

const a = (s: string): Atom => Atom.of(s);
const t = (...es: Term[]): Tuple => new Tuple(es);
function list(xs: Term[]): Term {
  let r: Term = NIL;
  for (let i = xs.length - 1; i >= 0; i--) r = new Cons(xs[i]!, r);
  return r;
}
const seq = (n: number): Term => list(Array.from({ length: n }, (_, i) => i + 1));
const str = (s: string): Term => list(codePointsOf(s));
const bin = (bytes: number[] | string): Bitstring => {
  const b = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Uint8Array.from(bytes);
  return new Bitstring(new Uint8Array(b), b.length * 8);
};

const limited = (n: number): FormatOptions => ({ charsLimit: n });
const fmt = (f: string, args: Term[], opts: FormatOptions): string => formatToString(codePointsOf(f), args, opts);
const deep = (f: string, args: Term[], opts: FormatOptions): Chars => formatToDeep(codePointsOf(f), args, opts);

/** io_lib:write/2 with [{chars_limit, N}] (encoding utf8, depth -1), as text. */
function writeLimited(term: Term, n: number, depth = -1): string {
  const out = new DeepOut();
  writeLimitedTo(out, term, { depth, charsLimit: n, encoding: 'unicode', mapsOrder: undefined });
  return flat(out.result());
}

/** Whether two Chars values are the same Erlang list (JS strings may split a run of characters differently). */
function sameList(got: Chars, want: Chars): boolean {
  return exactEquals(charsToTerm(got), charsToTerm(want));
}

function flat(c: Chars): string {
  return c.map((e) => (typeof e === 'string' ? e : flat(e))).join('');
}

describe('OTP 26 results (io_lib_shape/chars_limit_terms)', () => {
  test('~p of a long list under 20 characters', () => {
    // [[[91,["1",44,...,"8",124,46,46,46],93]]]
    const body: Chars = [];
    for (let i = 1; i <= 8; i++) body.push([String(i)], i < 8 ? ',' : '|...');
    expect(sameList(deep('~p', [seq(30)], limited(20)), [['[', body, ']']])).toBe(true);
  });

  test('~w|~p share 30 characters: 30 div 2 for the first, the rest for the second', () => {
    expect(fmt('~w|~p', [t(a('a'), seq(30)), seq(30)], limited(30))).toBe('{a,[1,2,3|...]}|[1,2,3,4,5|...]');
  });

  test('~P: a printable binary prefix as <<"bin"...>>', () => {
    const d = deep('~P', [t(a('tag'), seq(10), bin('binary text')), 5], limited(25));
    expect(flat(d)).toBe('{tag,[1,2|...],<<"bin"...>>}');
    // [60,60,"\"bin\"",46,46,46,62,62]: the string is one nested list.
    const tuple = d[0] as Chars;
    const body = tuple[1] as Chars;
    expect(sameList(body[body.length - 1] as Chars, ['<<', ['"bin"'], '...>>'])).toBe(true);
  });

  test('io_lib:write/2 with {chars_limit, 12}', () => {
    expect(writeLimited(t(a('a'), seq(20)), 12)).toBe('{a,[1,2|...]}');
  });
});

describe('derived from the OTP algorithm', () => {
  test('~p of a string: the prefix that fits, then "..." (NumOfDots 0 ends the search)', () => {
    // Depth 1: printable_list/4 is false at depth 1, so [...] (5, 3 dots). Depth 5:
    // printable_latin1_list(L, 10 - 2) stops with 0 left: {true, "abcdefgh"} -> [S | "..."].
    expect(sameList(deep('~p', [str('abcdefghijklmnop')], limited(10)), [[['"abcdefgh"'], '...']])).toBe(true);
  });

  test('~w never shows strings: the depth search settles on 11 characters for a limit of 10', () => {
    // Depth 5 gives [97,98,99|...] (14 > 10); bisecting: depth 3 [97,98|...] (11 > 10),
    // depth 2 [97|...] (8); 8 =/= 10, so the upper one.
    expect(sameList(deep('~w', [str('abcdefghijklmnop')], limited(10)), [['[', [['97'], ',', ['98'], '|...'], ']']])).toBe(
      true,
    );
  });

  test('the limit is shared: the second ~w gets what the first left', () => {
    // Other = 1 (the space): 20 left, the first ~w gets 20 div 2 = 10 -> [1,2,3|...] (11);
    // the second gets 20 - 11 = 9: depth 3 gives [1,2|...] of exactly 9, which is kept.
    expect(fmt('~w ~w', [seq(10), seq(10)], limited(21))).toBe('[1,2,3|...] [1,2|...]');
  });

  test('~w of a binary: write_binary/3 stops where T runs out', () => {
    // Depth 5: <<1,2,3,4,...>> (15 > 12); depth 3: <<1,2,...>> (11); depth 4: <<1,2,3,...>> (13 > 12).
    const got = deep('~w', [bin([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])], limited(12));
    expect(sameList(got, [['<<', [['1'], ',', ['2'], ',', ['3'], ',', ['...']], '>>']])).toBe(true);
  });

  test('~p of a binary: printable_bin0/4 looks at min(T - 6, 4 * depth) bytes', () => {
    // Depth 5 and 3: min(6, 16) and min(6, 8) bytes -> <<"hello "...>> (15 > 12);
    // depth 2: min(6, 4) -> <<"hell"...>> (13); depth 1 is <<...>> (7), so the upper one.
    expect(fmt('~p', [bin('hello world, this is text')], limited(12))).toBe('<<"hell"...>>');
  });

  test('a map is cut after the associations that fit', () => {
    // Depth 5: #{1 => a,2 => b,...} (20 > 12); depth 3 the same; depth 2: #{1 => a,...} (13).
    expect(writeLimited(ErlMap.fromEntries([[1, a('a')], [2, a('b')], [3, a('c')]]), 12)).toBe('#{1 => a,...}');
  });

  test('nested tuples are deepened through expand/3 until the text is exactly T', () => {
    // Depth 5: {a,{b,{...}}} (13); depth 13: 29 > 25; depth 9: 21; depth 11: 25;
    // depth 12: 27 > 25. Depth 11's length equals T, so it is kept.
    let term: Term = t(a('h'));
    for (const c of ['g', 'f', 'e', 'd', 'c', 'b', 'a']) term = t(a(c), term);
    expect(writeLimited(term, 25)).toBe('{a,{b,{c,{d,{e,{...}}}}}}');
  });

  test('the "..." ending a tuple is printed further with its own More', () => {
    // Depth 5: {x,{1,2,...}} (13); depth 13: the inner tail goes on from element 3 (21 > 18);
    // depth 9: 21 > 18; depth 7: {x,{1,2,3,4,...}} (17); depth 8: {x,{1,2,3,4,5,...}} (19).
    expect(writeLimited(t(a('x'), t(...Array.from({ length: 9 }, (_, i) => i + 1))), 18)).toBe(
      '{x,{1,2,3,4,5,...}}',
    );
  });

  test('~P keeps its depth limit under a large chars limit', () => {
    // find_upper/11 stops at depth 4: [1,2,3|...], as without a limit.
    expect(fmt('~P', [seq(30), 4], limited(100))).toBe('[1,2,3|...]');
  });

  test('~tp of a unicode string: printable in the unicode range as a prefix', () => {
    const greek = list([955, 956, 957, 958, 959, 960, 961, 962]);
    // printable_range latin1: the prefix is not printable, so a list: depth 2 [955|...].
    expect(fmt('~tp', [greek], limited(6))).toBe('[955|...]');
    // printable_range unicode: string:slice(L, 0, 4) is printable -> [S | "..."].
    expect(sameList(deep('~tp', [greek], { charsLimit: 6, printableRange: 'unicode' }), [[['"λμνξ"'], '...']])).toBe(true);
  });

  test('~p broken over lines: the layout of the cut list is that of the full one', () => {
    // intermediate/7 on lists:seq(1, 100) with T = 200: depth 69 gives [1..68|...] of
    // exactly 200 characters (depth 70 is cut by T at 203). pp/8 lays it out like
    // lists:seq(1, 68), with "|..." before the closing bracket.
    const full = prettyTerm(seq(68));
    expect(fmt('~p', [seq(100)], limited(200))).toBe(full.slice(0, -1) + '|...]');
  });

  test('deep nesting under a large limit costs no JS stack', () => {
    // 5000 nested lists ([[...[[]]...]]) are 10002 characters: within the limit, nothing is cut.
    let term: Term = NIL;
    for (let i = 0; i < 5000; i++) term = new Cons(term, NIL);
    expect(fmt('~w', [term], limited(20000))).toBe('['.repeat(5001) + ']'.repeat(5001));
  });

  test('a zero limit prints "..." and a negative one prints everything', () => {
    expect(fmt('~w~p', [seq(3), seq(3)], limited(0))).toBe('......');
    expect(fmt('~w', [seq(3)], limited(-1))).toBe('[1,2,3]');
  });
});

describe('io_lib:write/2 options (native)', () => {
  const registry = new NativeRegistry();
  registerIoLib(registry);
  const ctx = {} as NativeContext;
  const write2 = registry.lookup('io_lib', 'write', 2)!.impl as PlainNative;
  const opts = (cl: number, depth?: number): Term =>
    list([t(a('chars_limit'), cl), ...(depth === undefined ? [] : [t(a('depth'), depth)])]);

  test('chars_limit returns io_lib_pretty:write/1 of the cut tree', () => {
    const got = write2([t(a('a'), seq(20)), opts(12)], ctx);
    const want = charsToTerm([
      '{',
      [['a'], ',', ['[', [['1'], ',', ['2'], '|...'], ']']],
      '}',
    ]);
    expect(exactEquals(got, want)).toBe(true);
  });

  test('chars_limit with a depth: the depth bounds the search', () => {
    // find_upper/11 with D = 3 stops at depth 3: {a,[...]} (9, within 40 but still cut);
    // search_depth/10 between depth 1 {...} and 3 tries depth 2 {a,...} (7), which is not
    // exactly 40, so depth 3 is kept - what write1/4 prints at depth 3.
    const got = write2([t(a('a'), seq(20)), opts(40, 3)], ctx);
    expect(exactEquals(got, charsToTerm(['{', [['a'], ',', ['[', ['...'], ']']], '}']))).toBe(true);
  });
});
