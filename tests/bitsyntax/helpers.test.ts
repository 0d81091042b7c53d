// Unit tests of the bit-syntax helpers (reference-vm/bitsyntax). Expected bytes are what
// Erlang/OTP 26.2.5 produces for the same segments (checked with `erl`), written as literals.

import { bitsEqual, copyBits, extractBits, readBigBits, readSmallBits, writeSmallBits } from '../../reference-vm/bitsyntax/bits';
import { BSF_LITTLE, BSF_NATIVE, BSF_SIGNED, flagsFromList, normalizeFlags } from '../../reference-vm/bitsyntax/flags';
import { decodeFloat, doubleToHalfBits, encodeFloat, halfBitsToDouble, integerToFloatValue } from '../../reference-vm/bitsyntax/float';
import { decodeInteger, encodeInteger } from '../../reference-vm/bitsyntax/integer';
import { MatchContext, startMatch } from '../../reference-vm/bitsyntax/match-context';
import { decodeUtf16, decodeUtf8, encodeUtf16, encodeUtf8, isValidCodePoint } from '../../reference-vm/bitsyntax/utf';
import { beginAppend, finishAppend, WritableBitstring } from '../../reference-vm/bitsyntax/writable';
import { list } from '../../reference-vm/terms/construct';
import { Atom, Bitstring, Float } from '../../reference-vm/terms/types';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

/** Encode an integer segment into a fresh buffer (bits in its top). */
function intSeg(v: number | bigint, n: number, flags: number): number[] {
  const out = new Uint8Array(Math.ceil(n / 8));
  encodeInteger(out, 0, v, n, flags);
  return [...out];
}

describe('bits', () => {
  test('readSmallBits / writeSmallBits at unaligned offsets', () => {
    const b = bytes(0b10110011, 0b01011100, 0xff);
    expect(readSmallBits(b, 0, 3)).toBe(0b101);
    expect(readSmallBits(b, 3, 7)).toBe(0b1001101);
    expect(readSmallBits(b, 5, 19)).toBe(0b0110101110011111111);
    expect(readSmallBits(b, 5, 20)).toBe(0b01101011100111111110); // past the end reads zeros
    const w = new Uint8Array(3);
    writeSmallBits(w, 3, 0b1001101, 7);
    expect([...w]).toEqual([0b00010011, 0b01000000, 0]);
    writeSmallBits(w, 10, 0x3fff, 14);
    expect([...w]).toEqual([0b00010011, 0b01111111, 0xff]);
  });

  test('readBigBits', () => {
    expect(readBigBits(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9), 4, 64)).toBe(0x1020304050607080n);
  });

  test('copyBits unaligned both sides keeps surrounding bits', () => {
    const dst = bytes(0xff, 0xff, 0xff);
    copyBits(bytes(0, 0), 3, dst, 5, 10);
    expect([...dst]).toEqual([0b11111000, 0b00000001, 0xff]);
  });

  test('bitsEqual', () => {
    expect(bitsEqual(bytes(0b00010101, 0b10000000), 3, bytes(0b10101100), 0, 6)).toBe(true);
    expect(bitsEqual(bytes(0b00010101, 0b10000000), 3, bytes(0b10101000), 0, 6)).toBe(false);
  });

  test('extractBits shares whole bytes and copies the rest with clear trailing bits', () => {
    const src = bytes(1, 2, 3, 4);
    const shared = extractBits(src, 8, 16);
    expect(shared.bytes.buffer).toBe(src.buffer);
    expect([...shared.bytes]).toEqual([2, 3]);
    const odd = extractBits(src, 8, 12);
    expect(odd.bitSize).toBe(12);
    expect([...odd.bytes]).toEqual([2, 0]);
  });
});

describe('flags', () => {
  test('field_flags bits and literal lists, native = little', () => {
    expect(normalizeFlags(BSF_NATIVE)).toBe(BSF_LITTLE);
    expect(flagsFromList(list(Atom.of('signed'), Atom.of('little')))).toBe(BSF_SIGNED | BSF_LITTLE);
    expect(flagsFromList(list(Atom.of('native'), Atom.of('unsigned')))).toBe(BSF_LITTLE);
  });
});

describe('integer segments (OTP: <<X:N/Flags>>)', () => {
  test('big-endian, odd sizes, negative values', () => {
    expect(intSeg(0x1abc, 13, 0)).toEqual([0xd5, 0xe0]); // <<16#1ABC:13>> = <<213,28:5>>
    expect(intSeg(-1, 13, 0)).toEqual([0xff, 0xf8]);
    expect(intSeg(-2, 70, 0)).toEqual([255, 255, 255, 255, 255, 255, 255, 255, 0b11111000]);
  });
  test('little-endian with a partial last chunk', () => {
    // <<16#1ABC:13/little>> = <<188,26:5>>, <<-1:13/little>> = <<255,31:5>>, <<4095:13/little>> = <<255,15:5>>
    expect(intSeg(0x1abc, 13, BSF_LITTLE)).toEqual([188, 26 << 3]);
    expect(intSeg(-1, 13, BSF_LITTLE)).toEqual([255, 31 << 3]);
    expect(intSeg(4095, 13, BSF_LITTLE)).toEqual([255, 15 << 3]);
    // <<-2:70/little-signed>> = <<254,255,255,255,255,255,255,255,63:6>>
    expect(intSeg(-2, 70, BSF_LITTLE | BSF_SIGNED)).toEqual([254, 255, 255, 255, 255, 255, 255, 255, 63 << 2]);
    // <<(1 bsl 68 + 3):70/little-signed>> = <<3,0,0,0,0,0,0,0,16:6>>
    expect(intSeg((1n << 68n) + 3n, 70, BSF_LITTLE)).toEqual([3, 0, 0, 0, 0, 0, 0, 0, 16 << 2]);
  });
  test('decode inverts encode', () => {
    for (const [v, n, f] of [
      [-5, 7, BSF_SIGNED],
      [100, 7, 0],
      [0x1abc, 13, BSF_LITTLE],
      [-123456789, 33, BSF_LITTLE | BSF_SIGNED],
      [2n ** 90n + 17n, 100, 0],
      [-(2n ** 90n) - 17n, 100, BSF_LITTLE | BSF_SIGNED],
    ] as const) {
      const b = new Uint8Array(20);
      encodeInteger(b, 3, v, n, f);
      expect(decodeInteger(b, 3, n, f)).toBe(v);
    }
    expect(decodeInteger(bytes(0xff, 0xff), 0, 16, 0)).toBe(65535);
    expect(decodeInteger(bytes(0xff, 0xff), 0, 16, BSF_SIGNED)).toBe(-1);
    expect(decodeInteger(new Uint8Array(8).fill(255), 0, 64, 0)).toBe(2n ** 64n - 1n);
    expect(decodeInteger(new Uint8Array(7).fill(255), 0, 53, 0)).toBe(2 ** 53 - 1); // stays a number
  });
});

describe('float segments', () => {
  test('half precision rounding (OTP: <<X:16/float>>)', () => {
    const h = (x: number): number => doubleToHalfBits(x);
    expect(h(1.0e-8)).toBe(0);
    expect(h(5.960464477539063e-8)).toBe(1);
    expect(h(2.98023223876953125e-8)).toBe(0); // tie: to even
    expect(h(2.980232238769532e-8)).toBe(1);
    expect(h(65519.0)).toBe(0x7bff);
    expect(h(65520.0)).toBe(0x7c00);
    expect(h(0.1)).toBe(0x2e66);
    expect(h(1.00048828125)).toBe(0x3c00); // tie: to even
    expect(h(1.00146484375)).toBe(0x3c02); // tie: to even
    expect(h(-0.0)).toBe(0x8000);
  });
  test('half to double', () => {
    expect([0x0001, 0x03ff, 0x0400, 0x7bff, 0x8000, 0x3c01].map(halfBitsToDouble)).toEqual([
      5.960464477539063e-8, 6.097555160522461e-5, 6.103515625e-5, 65504.0, -0, 1.0009765625,
    ]);
    expect(halfBitsToDouble(0x7c00)).toBe(Infinity);
  });
  test('encode/decode 32 and 64 bits, little-endian, unaligned', () => {
    const b = new Uint8Array(10);
    encodeFloat(b, 0, 1.5, 32, BSF_LITTLE);
    expect([...b.subarray(0, 4)]).toEqual([0, 0, 192, 63]);
    encodeFloat(b, 3, Math.PI, 64, 0);
    expect(decodeFloat(b, 3, 64, 0)).toBe(Math.PI);
    expect(decodeFloat(bytes(127, 240, 0, 0, 0, 0, 0, 0), 0, 64, 0)).toBeNull(); // infinity does not match
    expect(decodeFloat(bytes(1, 2, 3), 0, 24, 0)).toBeNull();
  });
  test('integers to float values (OTP: <<16777219:32/float>> = <<75,128,0,2>>)', () => {
    const b = new Uint8Array(4);
    encodeFloat(b, 0, integerToFloatValue(16777219, 32) as number, 32, 0);
    expect([...b]).toEqual([75, 128, 0, 2]);
    expect(integerToFloatValue(2n ** 1024n, 64)).toBeNull();
    expect(integerToFloatValue(2n ** 80n + 1n, 64)).toBe(2 ** 80);
  });
});

describe('utf', () => {
  test('valid code points', () => {
    expect([0, 0xd7ff, 0xe000, 0x10ffff].every(isValidCodePoint)).toBe(true);
    expect([-1, 0xd800, 0xdfff, 0x110000, 2 ** 60, new Float(65), Atom.of("a")].some((t) => isValidCodePoint(t as never))).toBe(false);
  });
  test('utf8 decode rejects overlong, surrogates, > 16#10FFFF, truncation', () => {
    expect(decodeUtf8(bytes(0xe2, 0x82, 0xac), 0, 24)?.cp).toBe(0x20ac);
    expect(decodeUtf8(bytes(0xc0, 0x80), 0, 16)).toBeNull();
    expect(decodeUtf8(bytes(0xe0, 0x80, 0x80), 0, 24)).toBeNull();
    expect(decodeUtf8(bytes(0xed, 0xa0, 0x80), 0, 24)).toBeNull();
    expect(decodeUtf8(bytes(0xf4, 0x90, 0x80, 0x80), 0, 32)).toBeNull();
    expect(decodeUtf8(bytes(0xe2, 0x82, 0xac), 0, 16)).toBeNull();
    // unaligned: 3 bits of padding then U+00E9
    const b = new Uint8Array(3);
    expect(encodeUtf8(b, 3, 0xe9)).toBe(16);
    expect(decodeUtf8(b, 3, 16)?.cp).toBe(0xe9);
  });
  test('utf16 pairs, lone surrogates, little-endian', () => {
    const b = new Uint8Array(4);
    expect(encodeUtf16(b, 0, 0x1f600, BSF_LITTLE)).toBe(32);
    expect([...b]).toEqual([0x3d, 0xd8, 0x00, 0xde]);
    expect(decodeUtf16(b, 0, 32, BSF_LITTLE)?.cp).toBe(0x1f600);
    expect(decodeUtf16(bytes(0xdc, 0x00, 0, 65), 0, 32, 0)).toBeNull();
    expect(decodeUtf16(bytes(0xd8, 0x00), 0, 16, 0)).toBeNull();
  });
});

describe('match contexts', () => {
  test('start, take, tail; a context is reused as it is', () => {
    const bin = new Bitstring(bytes(1, 2, 3, 4));
    const mc = startMatch(bin) as MatchContext;
    expect(mc.take(8).bytes[0]).toBe(1);
    expect(startMatch(mc.asTerm())).toBe(mc);
    expect(mc.remaining).toBe(24);
    const t = mc.tail();
    expect([...t.bytes]).toEqual([2, 3, 4]);
    expect(t.bytes.buffer).toBe(bin.bytes.buffer);
    expect(startMatch(Atom.of('foo'))).toBeNull();
  });
});

describe('appendable binaries', () => {
  test('in place while it is the latest value, copied otherwise', () => {
    const t1 = beginAppend(new Bitstring(bytes(9)), 16);
    t1.buffer.bytes.set([1, 2], 1);
    const a = finishAppend(t1);
    expect([...a.bytes]).toEqual([9, 1, 2]);
    // Append to `a` twice: the first goes in place, the second must not disturb it.
    const t2 = beginAppend(a, 8);
    expect(t2.buffer).toBe(a.buffer);
    t2.buffer.bytes[3] = 3;
    const b = finishAppend(t2);
    const t3 = beginAppend(a, 8);
    expect(t3.buffer).not.toBe(a.buffer);
    t3.buffer.bytes[3] = 4;
    const c = finishAppend(t3);
    expect([...b.bytes]).toEqual([9, 1, 2, 3]);
    expect([...c.bytes]).toEqual([9, 1, 2, 4]);
    expect(c).toBeInstanceOf(WritableBitstring);
  });
});
