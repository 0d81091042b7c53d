import {
  ErlMap,
  atom,
  binary,
  compareTerms,
  exactEquals,
  float,
  list,
  mapKeyHash,
  tuple,
  type Term,
} from '../../reference-vm/terms';

function intMap(keys: number[]): ErlMap {
  return ErlMap.fromEntries(keys.map((k) => [k, k] as const));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function be32(i: number): Term {
  return binary([i >>> 24, (i >>> 16) & 255, (i >>> 8) & 255, i & 255]);
}

describe('small maps (flatmaps)', () => {
  test('keys in map-key order: integers before floats (OTP 26: [-1,1,2,0.5,1.0])', () => {
    const m = ErlMap.fromEntries([
      [float(1), atom('a')],
      [1, atom('b')],
      [2, atom('c')],
      [float(0.5), atom('d')],
      [-1, atom('e')],
    ]);
    expect(m.keys().map((k) => (typeof k === 'number' ? k : `${(k as { value: number }).value}f`))).toEqual([
      -1, 1, 2, '0.5f', '1f',
    ]);
    expect(m.isFlat).toBe(true);
  });

  test('atom keys sort by atom creation order, not text (OTP 26 flatmaps)', () => {
    const z = atom('zz_map_order_test_key');
    const a = atom('aa_map_order_test_key');
    const m = ErlMap.fromEntries([
      [a, 1],
      [z, 2],
      [3, 3],
      [list(1), 4],
    ]);
    expect(m.keys()).toEqual([3, z, a, list(1)]);
  });

  test('put, get, has, remove, size', () => {
    let m = ErlMap.empty;
    m = m.put(atom('a'), 1).put(2, binary('x')).put(tuple(1), 3);
    expect(m.size).toBe(3);
    expect(m.get(atom('a'))).toBe(1);
    expect(m.get(tuple(1))).toBe(3);
    expect(m.get(tuple(2))).toBeUndefined();
    expect(m.has(2)).toBe(true);
    expect(m.put(2, 5).get(2)).toBe(5);
    expect(m.put(2, 5).size).toBe(3);
    expect(m.remove(2).has(2)).toBe(false);
    expect(m.remove(2).size).toBe(2);
    expect(m.remove(99)).toBe(m);
    expect(m.remove(atom('a')).remove(2).remove(tuple(1))).toBe(ErlMap.empty);
  });

  test('1 and 1.0 are different keys; 0.0 and -0.0 the same key (OTP 26)', () => {
    const m = ErlMap.empty.put(1, atom('int')).put(float(1), atom('float'));
    expect(m.size).toBe(2);
    expect(m.get(1)).toBe(atom('int'));
    expect(m.get(float(1))).toBe(atom('float'));
    // maps:size(#{0.0 => a, -0.0 => b}) =:= 1 in OTP 26.
    const z = ErlMap.fromEntries([
      [float(0), atom('a')],
      [float(-0), atom('b')],
    ]);
    expect(z.size).toBe(1);
    expect(z.get(float(0))).toBe(atom('b'));
  });

  test('fromEntries: a later duplicate wins', () => {
    const m = ErlMap.fromEntries([
      [list(1), 1],
      [list(1), 2],
    ]);
    expect(m.size).toBe(1);
    expect(m.get(list(1))).toBe(2);
    const big = ErlMap.fromEntries([...range(1, 100).map((k) => [k, 0] as const), [50, 1] as const]);
    expect(big.size).toBe(100);
    expect(big.get(50)).toBe(1);
  });

  test('fromSortedUnique', () => {
    const m = ErlMap.fromSortedUnique([1, 2], [atom('a'), atom('b')]);
    expect(m.get(2)).toBe(atom('b'));
    expect(() => ErlMap.fromSortedUnique(range(1, 33), range(1, 33))).toThrow(RangeError);
  });
});

describe('large maps (HAMT) iterate like OTP 26', () => {
  // maps:keys(maps:from_list([{I, I} || I <- lists:seq(1, 40)])) in OTP 26.2.5.
  const keys1to40 = [
    33, 12, 23, 29, 30, 39, 26, 31, 11, 37, 9, 32, 34, 25, 28, 6, 38, 13, 40, 20, 15, 14, 2, 7, 1, 8, 3, 17, 22, 21, 4,
    36, 24, 10, 35, 27, 19, 5, 18, 16,
  ];

  test('maps:keys/1 order', () => {
    const m = intMap(range(1, 40));
    expect(m.isFlat).toBe(false);
    expect(m.keys()).toEqual(keys1to40);
    expect(m.values()).toEqual(keys1to40);
    expect(m.entries().map((e) => e[0])).toEqual(keys1to40);
  });

  test('maps:fold / iterator / printing order is the reverse', () => {
    expect(
      intMap(range(1, 40))
        .iterationEntries()
        .map((e) => e[0]),
    ).toEqual(keys1to40.slice().reverse());
  });

  test('order does not depend on insertion order or construction', () => {
    let m = ErlMap.empty;
    for (const k of range(1, 40).reverse()) m = m.put(k, k);
    expect(m.keys()).toEqual(keys1to40);
    expect(exactEquals(m, intMap(range(1, 40)))).toBe(true);
  });

  test('33rd key turns a flatmap into a hashmap; back to flat at 32', () => {
    const flat = intMap(range(1, 32));
    expect(flat.isFlat).toBe(true);
    const big = flat.put(33, 33);
    expect(big.isFlat).toBe(false);
    const small = big.remove(33);
    expect(small.isFlat).toBe(true);
    expect(small.keys()).toEqual(range(1, 32));
    // OTP 26: maps:keys(maps:remove(5, maps:remove(3, maps:from_list([{I,I} || I <- lists:seq(1,34)]))))
    expect(intMap(range(1, 34)).remove(3).remove(5).keys()).toEqual([1, 2, 4, ...range(6, 34)]);
  });

  // Integers 40660/59671, 22575/119693 and 121236/167527 have equal 32-bit map
  // hashes, so OTP stores each pair in a collision node (in key order).
  const colliding = [40660, 59671, 22575, 119693, 121236, 167527];
  // OTP 26.2.5: maps:keys(M) for M = maps:from_list([{K, K} || K <- Colliding ++ lists:seq(1, 40)])
  const collisionKeys = [
    33, 12, 23, 29, 30, 39, 26, 59671, 40660, 31, 11, 37, 9, 32, 34, 25, 28, 119693, 22575, 6, 38, 13, 40, 20, 15, 14,
    2, 7, 1, 8, 3, 17, 22, 21, 4, 36, 24, 10, 35, 167527, 121236, 27, 19, 5, 18, 16,
  ];

  test('hash collisions', () => {
    expect(mapKeyHash(40660)).toBe(mapKeyHash(59671));
    const m = intMap([...colliding, ...range(1, 40)]);
    expect(m.keys()).toEqual(collisionKeys);
    expect(m.get(59671)).toBe(59671);
    expect(m.get(40660)).toBe(40660);
    // OTP 26: maps:keys(maps:remove(59671, M))
    expect(m.remove(59671).keys()).toEqual(collisionKeys.filter((k) => k !== 59671));
    let inc = ErlMap.empty;
    for (const k of [...range(1, 40), ...colliding].reverse()) inc = inc.put(k, k);
    expect(inc.keys()).toEqual(collisionKeys);
    expect(inc.remove(40660).remove(59671).has(40660)).toBe(false);
  });

  test('maps whose keys are maps containing collision nodes (internal hash of a HAMT)', () => {
    const inner = intMap([...colliding, ...range(1, 40)]);
    const outer = ErlMap.fromEntries(range(1, 40).map((i) => [inner.put(1000 + i, i), i] as const));
    // OTP 26.2.5: maps:values(Outer) for Outer = maps:from_list([{maps:put(1000 + I, I, M), I} || I <- lists:seq(1, 40)])
    expect(outer.values()).toEqual([
      5, 14, 26, 10, 4, 21, 13, 9, 38, 31, 16, 15, 12, 24, 7, 32, 28, 22, 18, 27, 36, 23, 19, 29, 1, 33, 6, 8, 34, 35, 2,
      30, 25, 37, 20, 40, 39, 11, 3, 17,
    ]);
  });

  test('binary keys with a hash collision (<<16006:32>> and <<88724:32>>)', () => {
    const m = ErlMap.fromEntries([16006, 88724, ...range(1, 40)].map((i) => [be32(i), i] as const));
    // OTP 26.2.5: [I || <<I:32>> <- maps:keys(maps:from_list([{<<I:32>>, I} || I <- [16006, 88724] ++ lists:seq(1, 40)]))]
    expect(m.values()).toEqual([
      37, 33, 6, 4, 16, 28, 21, 30, 3, 23, 38, 36, 10, 29, 24, 26, 5, 1, 31, 15, 20, 17, 35, 7, 39, 19, 27, 13, 88724,
      16006, 32, 40, 34, 22, 12, 14, 2, 8, 9, 11, 25, 18,
    ]);
  });

  test('many keys: insert, look up and remove stay consistent', () => {
    const n = 20_000;
    let m = ErlMap.empty;
    for (let i = 0; i < n; i++) m = m.put(i * 7919, i);
    expect(m.size).toBe(n);
    for (let i = 0; i < n; i += 97) expect(m.get(i * 7919)).toBe(i);
    expect(m.get(-1)).toBeUndefined();
    const bulk = ErlMap.fromEntries(Array.from({ length: n }, (_, i) => [i * 7919, i] as const));
    expect(bulk.keys()).toEqual(m.keys());
    let r = m;
    for (let i = 32; i < n; i++) r = r.remove(i * 7919);
    expect(r.isFlat).toBe(true);
    expect(r.keys()).toEqual(range(0, 31).map((i) => i * 7919));
  });

  test('compound keys are found by =:=', () => {
    const keys: Term[] = range(1, 50).map((i) => tuple(i, list(float(i / 2)), binary(String(i))));
    const m = ErlMap.fromEntries(keys.map((k, i) => [k, i] as const));
    for (let i = 0; i < 50; i++) {
      expect(m.get(tuple(i + 1, list(float((i + 1) / 2)), binary(String(i + 1))))).toBe(i);
    }
    expect(m.get(tuple(1, list(float(0.5)), binary('2')))).toBeUndefined();
  });

  test('term order sorting of entries', () => {
    const m = intMap(range(1, 40));
    const { keys } = m.termOrderEntries();
    expect(keys).toEqual(range(1, 40));
    expect(compareTerms(m, intMap(range(1, 40)))).toBe(0);
  });
});
