// The compact term reader against encodings produced by OTP 26's own
// beam_asm:encode/2 (tag 1 = integer), plus its refusal cases.

import { readTagged, TAG_A, TAG_I, TAG_U } from '../../reference-vm/loader/compact';
import { LoadError } from '../../reference-vm/loader/errors';
import { ByteReader } from '../../reference-vm/loader/reader';

function read(bytes: number[]) {
  const r = new ByteReader(new Uint8Array(bytes), 'c.beam', 'Code', 0, bytes.length);
  const t = readTagged(r);
  return { ...t, consumed: r.pos };
}

// [value, bytes] as beam_asm:encode(1, Value) writes them.
const INTEGERS: Array<[number | bigint, number[]]> = [
  [0, [1]],
  [15, [241]],
  [16, [9, 16]],
  [2047, [233, 255]],
  [2048, [25, 8, 0]],
  [-1, [25, 255, 255]],
  [-32768, [25, 128, 0]],
  [-32769, [57, 255, 127, 255]],
  [2147483648, [121, 0, 128, 0, 0, 0]],
  [-2147483648, [89, 128, 0, 0, 0]],
  [9223372036854775808n, [249, 0, 0, 128, 0, 0, 0, 0, 0, 0, 0]],
  [-9223372036854775808n, [217, 128, 0, 0, 0, 0, 0, 0, 0]],
  [18446744073709551616n, [249, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]],
  [1267650600228229401496703205376n, [249, 64, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  [-1267650600228229401496703205376n, [249, 64, 240, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  [1208925819614629174706175n, [249, 32, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255]],
  [-1208925819614629174706169n, [249, 32, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7]],
];

describe('readTagged', () => {
  test.each(INTEGERS)('integer %p', (value, bytes) => {
    const t = read(bytes);
    expect(t.tag).toBe(TAG_I);
    expect(t.value).toBe(value);
    expect(t.consumed).toBe(bytes.length);
  });

  test('integers are normalised: safe values are numbers, others bigints', () => {
    expect(typeof read([25, 255, 255]).value).toBe('number');
    expect(typeof read([249, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]).value).toBe('bigint');
    // 2^53 - 1 in 7 bytes: still a number
    expect(read([0xb9, 0x1f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]).value).toBe(Number.MAX_SAFE_INTEGER);
  });

  test('untagged and atom values (beam_asm:encode(0, 1 bsl 40), encode(2, 300))', () => {
    expect(read([152, 1, 0, 0, 0, 0, 0])).toMatchObject({ tag: TAG_U, value: 2 ** 40 });
    expect(read([42, 44])).toMatchObject({ tag: TAG_A, value: 300 });
  });

  test('1 bsl 1000: 126 value bytes behind a nested size prefix (u 117 = 126 - 9)', () => {
    // beam_asm:encode(1, 1 bsl 1000) is 129 bytes: F9, 08 75, 01, 125 zero bytes
    const t = read([0xf9, 0x08, 117, 0x01, ...new Array<number>(125).fill(0)]);
    expect(t.value).toBe(1n << 1000n);
    expect(t.consumed).toBe(129);
  });

  test('refuses: truncated value, non-normalised bignum, oversized non-integer, bad size prefix', () => {
    expect(() => read([25, 255])).toThrow(LoadError);
    expect(() => read([9])).toThrow(LoadError);
    // 9 bytes, two leading zero bytes
    expect(() => read([249, 0, 0, 0, 128, 0, 0, 0, 0, 0, 0])).toThrow(/not normalised/);
    // 'u' with 9 value bytes does not fit a word
    expect(() => read([248, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0])).toThrow(/does not fit/);
    // 'u' 8 bytes with the top bit set is negative as a word
    expect(() => read([0xd8, 0x80, 0, 0, 0, 0, 0, 0, 0])).toThrow(/does not fit/);
    // size prefix tagged 'a'
    expect(() => read([249, 2])).toThrow(/size prefix/);
    try {
      read([249, 2]);
    } catch (e) {
      expect((e as LoadError).kind).toBe('bad-compact-term');
      expect((e as LoadError).offset).toBe(1);
    }
  });
});
