import {
  Atom,
  Cons,
  ErlMap,
  ExportFun,
  Fun,
  NIL,
  Pid,
  Port,
  Reference,
  atom,
  binary,
  bitstring,
  compareAtomNames,
  compareMapKeys,
  compareTerms,
  compareTermsExact,
  equals,
  exactEquals,
  float,
  list,
  listFromArray,
  tuple,
  type Term,
} from '../../reference-vm/terms';

const node = atom('nonode@nohost');
const localFun = new Fun(atom('m'), 0, 0, [], atom('-f/0-fun-0-'), 1, new Uint8Array(16), 0, new Pid(1, 0));

/** One term of each kind, in standard term order (OTP 26 lists:sort of the same kinds). */
const kinds: Array<[string, Term]> = [
  ['integer', 1],
  ['atom', atom('a')],
  ['reference', new Reference([1, 2, 3], node, 0)],
  ['local fun', localFun],
  ['export fun', new ExportFun(atom('lists'), atom('map'), 2)],
  ['port', new Port(0)],
  ['pid', new Pid(9, 0)],
  ['tuple', tuple()],
  ['map', ErlMap.empty],
  ['nil', NIL],
  ['list', list(atom('a'))],
  ['bitstring', binary([])],
];

describe('standard term order', () => {
  test('every pair of kinds', () => {
    for (let i = 0; i < kinds.length; i++) {
      for (let j = 0; j < kinds.length; j++) {
        const expected = Math.sign(i - j);
        expect([kinds[i][0], kinds[j][0], compareTerms(kinds[i][1], kinds[j][1])]).toEqual([
          kinds[i][0],
          kinds[j][0],
          expected,
        ]);
      }
    }
  });

  test('sorting matches OTP 26 lists:sort/1', () => {
    // lists:sort([<<>>, [a], [], #{}, {}, Pid, Port, fun lists:map/2, LocalFun, Ref, a, 1.0, 1])
    // gave [1, 1.0, a, Ref, LocalFun, fun lists:map/2, Port, Pid, {}, #{}, [], [a], <<>>].
    const shuffled = [kinds[11], kinds[10], kinds[9], kinds[8], kinds[7], kinds[6], kinds[5], kinds[4], kinds[3], kinds[2], kinds[1], kinds[0]];
    expect(shuffled.sort((a, b) => compareTerms(a[1], b[1])).map((k) => k[0])).toEqual(kinds.map((k) => k[0]));
  });

  // Expected results below were evaluated in OTP 26.2.5.
  test('numbers compare by exact value across integers and floats', () => {
    expect(equals(1, float(1))).toBe(true); // 1 == 1.0
    expect(exactEquals(1, float(1))).toBe(false); // 1 =:= 1.0
    expect(compareTerms(2n ** 53n + 1n, float(2 ** 53))).toBe(1); // (1 bsl 53) + 1 > float(1 bsl 53)
    expect(equals(2n ** 53n + 1n, float(2 ** 53))).toBe(false);
    expect(equals(2n ** 64n, float(18446744073709551616))).toBe(true);
    expect(compareTerms(2n ** 64n + 1n, float(18446744073709551616))).toBe(1);
    expect(compareTerms(2n ** 1024n, float(1.7976931348623157e308))).toBe(1);
    expect(compareTerms(-(2n ** 1024n), float(-1.7976931348623157e308))).toBe(-1);
    expect(compareTerms(-5, 2n ** 70n)).toBe(-1);
    expect(compareTerms(float(0.5), 1)).toBe(-1);
  });

  test('0.0 and -0.0 (OTP 26: 0.0 =:= -0.0 and 0.0 == -0.0 are both true)', () => {
    expect(equals(float(0), float(-0))).toBe(true);
    expect(exactEquals(float(0), float(-0))).toBe(true);
    expect(compareTerms(float(-0), float(0))).toBe(0);
  });

  test('exact order puts every integer before every float (erts_internal:cmp_term)', () => {
    expect(compareTermsExact(1, float(1))).toBe(-1);
    expect(compareTermsExact(2, float(1))).toBe(-1);
    expect(compareTermsExact(2n ** 70n, float(0.5))).toBe(-1);
    expect(compareTermsExact(float(0.5), float(1))).toBe(-1);
    expect(compareTermsExact(3, 2)).toBe(1);
  });

  test('lists, tuples and improper lists', () => {
    expect(compareTerms(list(1, 2, 3), listFromArray([1, 2, 3], 4))).toBe(1); // [1,2,3] < [1,2,3|4] is false
    expect(compareTerms(list(1, 2), list(1, 2, 3))).toBe(-1);
    expect(compareTerms(tuple(1, 2), tuple(0, 0, 0))).toBe(-1); // arity first
    expect(compareTerms(tuple(2), tuple(float(1)))).toBe(1);
    expect(compareTerms(NIL, list(0))).toBe(-1);
    expect(compareTerms(NIL, tuple())).toBe(1);
    expect(equals(list(1, tuple(float(2))), list(float(1), tuple(2)))).toBe(true);
    expect(exactEquals(list(1, tuple(float(2))), list(float(1), tuple(2)))).toBe(false);
  });

  test('bitstrings compare bit by bit, a prefix first', () => {
    const one = bitstring([0x80], 1); // <<1:1>>
    expect(compareTerms(one, binary([1]))).toBe(1); // <<1:1>> > <<1>>
    expect(compareTerms(bitstring([0], 1), binary([0]))).toBe(-1); // <<0:1>> < <<0>>
    expect(compareTerms(binary([]), bitstring([0], 1))).toBe(-1);
    expect(compareTerms(binary([1, 2]), bitstring([1, 2, 0], 17))).toBe(-1);
    expect(exactEquals(bitstring([0xff, 0xc0], 10), bitstring([0xff, 0xc0], 10))).toBe(true);
    expect(exactEquals(bitstring([0xff, 0xc0], 10), bitstring([0xff, 0xc0, 0], 11))).toBe(false);
  });

  test('atoms compare by text in code point order', () => {
    expect(compareTerms(atom('a'), atom('b'))).toBe(-1);
    expect(compareTerms(atom('ab'), atom('a'))).toBe(1);
    // list_to_atom([16#E000]) < list_to_atom([16#10000]) in OTP 26 (UTF-16 order would say otherwise).
    expect(compareTerms(atom('\u{E000}'), atom('\u{10000}'))).toBe(-1);
    expect(compareAtomNames('\u{10000}', '\u{E000}')).toBe(1);
  });

  test('maps: size, then keys in term order (exact), then values', () => {
    const m = (entries: Array<[Term, Term]>): ErlMap => ErlMap.fromEntries(entries);
    const a = atom('a');
    const b = atom('b');
    const c = atom('c');
    expect(compareTerms(m([[1, a]]), m([[float(1), a]]))).toBe(-1); // #{1 => a} < #{1.0 => a}
    expect(equals(m([[1, a]]), m([[float(1), a]]))).toBe(false); // keys compare exactly
    expect(equals(m([[a, 1]]), m([[a, float(1)]]))).toBe(true); // values arithmetically
    expect(exactEquals(m([[a, 1]]), m([[a, float(1)]]))).toBe(false);
    expect(compareTerms(m([[a, 1], [b, 2]]), m([[a, 1], [c, 0]]))).toBe(-1);
    expect(compareTerms(m([[atom('x'), 1]]), m([[a, 1], [b, 1]]))).toBe(-1); // smaller size first
    // Atom keys compare by text even though small maps store them by atom index:
    // #{Z => 1, A => 2} < #{Z => 2, A => 1} is false for A = aa.., Z = zz.. (created Z first).
    const z = atom('zz_compare_test');
    const aa = atom('aa_compare_test');
    expect(compareTerms(m([[z, 1], [aa, 2]]), m([[z, 2], [aa, 1]]))).toBe(1);
    const big1 = ErlMap.fromEntries(Array.from({ length: 40 }, (_, i) => [i, i] as const));
    const big2 = big1.put(39, 40);
    expect(compareTerms(big1, big2)).toBe(-1);
    expect(compareTerms(big1.remove(0).put(100, 0), big1)).toBe(1); // key 0 only in big1
  });

  test('pids: serial, then number (OTP 26: [<0.6.0>,<0.5.1>,<0.4.2>])', () => {
    const pids = [new Pid(5, 1), new Pid(6, 0), new Pid(4, 2)];
    expect(pids.sort(compareTerms).map((p) => [p.id, p.serial])).toEqual([
      [6, 0],
      [5, 1],
      [4, 2],
    ]);
    expect(compareTerms(new Pid(1, 0, atom('b@h'), 1), new Pid(1, 0, atom('a@h'), 1))).toBe(1);
  });

  test('references: most significant word first, missing words count as zero', () => {
    expect(compareTerms(new Reference([1, 0, 2]), new Reference([0, 0, 3]))).toBe(-1);
    expect(compareTerms(new Reference([5, 1, 0]), new Reference([5, 1]))).toBe(0);
    expect(exactEquals(new Reference([5, 1, 0]), new Reference([5, 1]))).toBe(true);
    expect(compareTerms(new Reference([1], atom('b@h'), 1), new Reference([9], atom('a@h'), 1))).toBe(1);
  });

  test('ports: node, then number', () => {
    expect(compareTerms(new Port(2), new Port(10))).toBe(-1);
    expect(compareTerms(new Port(2, atom('a@h'), 1), new Port(1, atom('b@h'), 1))).toBe(-1);
  });

  test('funs: local before fun M:F/A; local by module, index, uniq, env', () => {
    const f = (index: number, uniq: number, env: Term[]): Fun =>
      new Fun(atom('m'), index, 0, env, atom(''), uniq, new Uint8Array(16), 0, null);
    expect(compareTerms(f(1, 1, []), f(2, 0, []))).toBe(-1);
    expect(compareTerms(f(1, 2, []), f(1, 1, []))).toBe(1);
    expect(compareTerms(f(1, 1, [1]), f(1, 1, []))).toBe(1);
    expect(compareTerms(f(1, 1, [2]), f(1, 1, [1]))).toBe(1);
    expect(exactEquals(f(1, 1, [list(1)]), f(1, 1, [list(1)]))).toBe(true);
    expect(compareTerms(new ExportFun(atom('a'), atom('z'), 1), new ExportFun(atom('b'), atom('a'), 0))).toBe(-1);
    expect(compareTerms(new ExportFun(atom('a'), atom('b'), 2), new ExportFun(atom('a'), atom('b'), 1))).toBe(1);
  });
});

describe('deep and long terms do not overflow the stack', () => {
  test('1,000,000-element lists', () => {
    const a = listFromArray(Array.from({ length: 1_000_000 }, (_, i) => i));
    const b = listFromArray(Array.from({ length: 1_000_000 }, (_, i) => (i === 999_999 ? -1 : i)));
    expect(compareTerms(a, b)).toBe(1);
    expect(equals(a, a)).toBe(true);
    expect(exactEquals(a, listFromArray(Array.from({ length: 1_000_000 }, (_, i) => i)))).toBe(true);
  });

  test('1,000,000-deep nesting', () => {
    let a: Term = NIL;
    let b: Term = NIL;
    for (let i = 0; i < 1_000_000; i++) {
      a = new Cons(a, NIL);
      b = new Cons(b, NIL);
    }
    expect(compareTerms(a, b)).toBe(0);
    expect(exactEquals(a, b)).toBe(true);
  });

  test('deeply nested tuples', () => {
    let c: Term = tuple(1);
    let d: Term = tuple(2);
    for (let i = 0; i < 200_000; i++) {
      c = tuple(c);
      d = tuple(d);
    }
    expect(compareTerms(c, d)).toBe(-1);
    expect(exactEquals(c, d)).toBe(false);
  });
});

describe('compareMapKeys (small map key order)', () => {
  test('atoms by creation order, others in exact term order', () => {
    const first = Atom.of('zzz_created_first_for_map_keys');
    const second = Atom.of('aaa_created_second_for_map_keys');
    expect(compareMapKeys(first, second)).toBe(-1);
    expect(compareMapKeys(1, float(0.5))).toBe(-1);
    expect(compareMapKeys(float(0), float(-0))).toBe(0);
    expect(compareMapKeys(tuple(first), tuple(second))).toBe(1); // nested atoms by text
  });
});
