import {
  Bitstring,
  Cons,
  NIL,
  Tuple,
  atom,
  binary,
  binaryToString,
  bitstring,
  bitstringToBytes,
  integer,
  list,
  listFromArray,
  listLength,
  listToArray,
  tuple,
} from '../../reference-vm/terms';

describe('term construction helpers', () => {
  test('lists', () => {
    const l = list(1, 2, 3);
    expect(l).toBeInstanceOf(Cons);
    expect(listToArray(l)).toEqual([1, 2, 3]);
    expect(listToArray(NIL)).toEqual([]);
    expect(list()).toBe(NIL);
    expect(listToArray(listFromArray([1], 2))).toBeNull();
    expect(listToArray(atom('a'))).toBeNull();
    expect(listLength(l)).toBe(3);
    expect(listLength(listFromArray([1], 2))).toBe(-1);
    const big = listFromArray(Array.from({ length: 1_000_000 }, (_, i) => i));
    expect(listToArray(big)!.length).toBe(1_000_000);
  });

  test('tuples', () => {
    const t = tuple(1, atom('a'));
    expect(t).toBeInstanceOf(Tuple);
    expect(t.arity).toBe(2);
    expect(tuple().arity).toBe(0);
  });

  test('binaries and bitstrings', () => {
    const b = binary('h\u00e9');
    expect(b).toBeInstanceOf(Bitstring);
    expect(Array.from(b.bytes)).toEqual([0x68, 0xc3, 0xa9]);
    expect(binaryToString(b)).toBe('h\u00e9');
    expect(Array.from(binary([1, 2]).bytes)).toEqual([1, 2]);
    const bits = bitstring([0xff, 0xff], 10);
    expect(bits.bitSize).toBe(10);
    expect(Array.from(bits.bytes)).toEqual([0xff, 0xc0]); // unused bits cleared
    expect(Array.from(bitstringToBytes(bits))).toEqual([0xff, 0xc0]);
    const view = new Bitstring(Uint8Array.from([1, 2, 3, 4]), 16);
    expect(Array.from(bitstringToBytes(view))).toEqual([1, 2]);
    expect(() => bitstring([1], 9)).toThrow(RangeError);
  });

  test('integers are normalised', () => {
    expect(integer(5n)).toBe(5);
    expect(integer(2n ** 60n)).toBe(2n ** 60n);
    expect(integer(2 ** 60)).toBe(2n ** 60n);
    expect(() => integer(1.5)).toThrow(RangeError);
  });
});
