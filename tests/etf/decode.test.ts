import { binaryToTerm, decodeExternal, EtfDecodeError } from '../../reference-vm/etf/decode';
import { termToBinary } from '../../reference-vm/etf/encode';
import {
  Atom,
  Bitstring,
  Cons,
  ErlMap,
  ExportFun,
  Float,
  NIL,
  Pid,
  Port,
  Reference,
  Tuple,
  atom,
  binary,
  bitstring,
  exactEquals,
  float,
  list,
  listFromArray,
  tuple,
  type Term,
} from '../../reference-vm/terms';
import { OTP_VECTORS } from '../terms/otp26-vectors';

const NODE = Buffer.from('nonode@nohost');

function bytes(...parts: Array<number | number[] | string | Buffer>): Uint8Array {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === 'number') out.push(p);
    else if (typeof p === 'string') out.push(...Buffer.from(p, 'latin1'));
    else out.push(...p);
  }
  return Uint8Array.from(out);
}

function expectBadarg(input: Uint8Array): void {
  expect(() => binaryToTerm(input)).toThrow(EtfDecodeError);
}

describe('round trips', () => {
  test.each(OTP_VECTORS.map((v) => [v.erlang, v] as const))('%s', (_name, v) => {
    const t = v.term();
    for (const opts of [{}, { minorVersion: 0 as const }, { minorVersion: 1 as const }, { deterministic: true }, { compressed: 9 }]) {
      expect(exactEquals(binaryToTerm(termToBinary(t, opts)), t)).toBe(true);
    }
  });

  test('OTP 26 encodings decode to the expected terms', () => {
    for (const v of OTP_VECTORS) {
      if (typeof v.t2b === 'string') {
        expect([v.erlang, exactEquals(binaryToTerm(Buffer.from(v.t2b, 'hex')), v.term())]).toEqual([v.erlang, true]);
      }
    }
  });

  test('references, ports, pids of other nodes', () => {
    const terms: Term[] = [
      new Reference([1, 2, 3, 4, 5], atom('a@b'), 7),
      new Port(2 ** 40, atom('a@b'), 7),
      new Pid(1, 2, atom('a@b'), 3),
      new ExportFun(atom('m'), atom('f'), 0),
    ];
    for (const t of terms) expect(exactEquals(binaryToTerm(termToBinary(t)), t)).toBe(true);
  });
});

// Each expectation below was checked with binary_to_term/1 in OTP 26.2.5.
describe('legacy and unusual encodings accepted by OTP 26', () => {
  test('ATOM_EXT and SMALL_ATOM_EXT are latin-1', () => {
    expect(binaryToTerm(bytes(131, 100, 0, 3, 'abc'))).toBe(atom('abc'));
    expect(binaryToTerm(bytes(131, 115, 2, 233, 'x'))).toBe(atom('\u00e9x'));
  });

  test('PID_EXT, PORT_EXT, NEW_PORT_EXT, V4_PORT_EXT', () => {
    const pid = binaryToTerm(bytes(131, 103, 100, 0, 13, NODE, 0, 0, 0, 5, 0, 0, 0, 1, 0)) as Pid;
    expect([pid.id, pid.serial, pid.node, pid.creation]).toEqual([5, 1, atom('nonode@nohost'), 0]);
    const other = binaryToTerm(bytes(131, 103, 100, 0, 5, 'a@b.c', 0, 0, 0, 5, 0, 0, 0, 1, 3)) as Pid;
    expect([other.node, other.creation]).toEqual([atom('a@b.c'), 3]);
    for (const b of [
      bytes(131, 102, 100, 0, 13, NODE, 0, 0, 0, 7, 0),
      bytes(131, 89, 100, 0, 13, NODE, 0, 0, 0, 7, 0, 0, 0, 0),
      bytes(131, 120, 119, 13, NODE, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0),
    ]) {
      expect(exactEquals(binaryToTerm(b), new Port(7))).toBe(true);
    }
  });

  test('REFERENCE_EXT and NEW_REFERENCE_EXT; short local refs are padded', () => {
    expect(exactEquals(binaryToTerm(bytes(131, 101, 100, 0, 13, NODE, 0, 0, 0, 9, 0)), new Reference([9, 0, 0]))).toBe(
      true,
    );
    const r = binaryToTerm(bytes(131, 114, 0, 3, 100, 0, 13, NODE, 0, 0, 0, 0, 9, 0, 0, 0, 8, 0, 0, 0, 7)) as Reference;
    expect(r.ids).toEqual([9, 8, 7]); // #Ref<0.7.8.9>
    const one = binaryToTerm(bytes(131, 114, 0, 1, 100, 0, 13, NODE, 0, 0, 0, 0, 9)) as Reference;
    expect(one.ids).toEqual([9, 0, 0]);
  });

  test('FLOAT_EXT text, including a comma radix and underflow to 0.0', () => {
    const pad = (s: string): Uint8Array => bytes(131, 99, s, new Array(31 - s.length).fill(0));
    expect((binaryToTerm(pad('1.50000000000000000000e+00')) as Float).value).toBe(1.5);
    expect((binaryToTerm(pad('1,5')) as Float).value).toBe(1.5);
    expect((binaryToTerm(pad('1.0e-999')) as Float).value).toBe(0);
    expectBadarg(pad('1.5x'));
    expectBadarg(pad('15'));
    expectBadarg(pad('1.0e999'));
  });

  test('bit binaries', () => {
    expect(exactEquals(binaryToTerm(bytes(131, 77, 0, 0, 0, 0, 0)), binary([]))).toBe(true);
    expect(exactEquals(binaryToTerm(bytes(131, 77, 0, 0, 0, 1, 8, 255)), binary([255]))).toBe(true);
    // Unused bits are dropped: <<7:3>>.
    const b = binaryToTerm(bytes(131, 77, 0, 0, 0, 1, 3, 255)) as Bitstring;
    expect(exactEquals(b, bitstring([0xe0], 3))).toBe(true);
    expect(b.bytes[0]).toBe(0xe0);
  });

  test('integers: bignum edge cases', () => {
    expect(binaryToTerm(bytes(131, 110, 0, 0))).toBe(0);
    expect(binaryToTerm(bytes(131, 110, 2, 1, 0, 0))).toBe(0);
    expect(binaryToTerm(bytes(131, 110, 1, 2, 5))).toBe(-5); // any non-zero sign byte
    expect(binaryToTerm(bytes(131, 110, 3, 0, 1, 0, 0))).toBe(1);
    expect(binaryToTerm(bytes(131, 111, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))).toBe(2n ** 64n);
  });

  test('LIST_EXT with no elements is its tail; improper lists', () => {
    expect(binaryToTerm(bytes(131, 108, 0, 0, 0, 0, 97, 5))).toBe(5);
    expect(exactEquals(binaryToTerm(bytes(131, 108, 0, 0, 0, 1, 97, 1, 97, 2)), new Cons(1, 2))).toBe(true);
  });

  test('EXPORT_EXT, including arities above 255', () => {
    const f = binaryToTerm(bytes(131, 113, 100, 0, 5, 'lists', 100, 0, 3, 'map', 97, 2)) as ExportFun;
    expect([f.module, f.functionName, f.arity]).toEqual([atom('lists'), atom('map'), 2]);
    const g = binaryToTerm(bytes(131, 113, 100, 0, 5, 'lists', 100, 0, 3, 'map', 98, 0, 0, 1, 0)) as ExportFun;
    expect(g.arity).toBe(256);
  });

  test('trailing bytes are ignored; used counts the term', () => {
    expect(binaryToTerm(bytes(131, 97, 1, 99, 99))).toBe(1);
    const r = binaryToTerm(bytes(131, 97, 1, 99, 99), { used: true }) as Tuple;
    expect(r.elements).toEqual([1, 3]); // {1,3}
    // OTP 26: term_to_binary(lists:duplicate(100, <<"abc">>), [compressed]) followed by 3 bytes.
    const packed = Buffer.from('835000000326789CCB61606048C90512CC8949C9A3F4283D4A63D25900CF769FD3', 'hex');
    const withTrailer = Buffer.concat([packed, Buffer.from([1, 2, 3])]);
    expect(decodeExternal(withTrailer).used).toBe(packed.length);
  });

  test('safe refuses unknown atoms but accepts existing ones', () => {
    const name = 'never_seen_atom_' + 'x'.repeat(10) + '_decode_test';
    const input = bytes(131, 119, name.length, name);
    expect(Atom.existing(name)).toBeUndefined();
    expect(() => binaryToTerm(input, { safe: true })).toThrow(EtfDecodeError);
    expect(Atom.existing(name)).toBeUndefined();
    expect(binaryToTerm(input)).toBe(atom(name));
    expect(binaryToTerm(input, { safe: true })).toBe(atom(name));
  });

  test('safe with an export check', () => {
    const input = bytes(131, 113, 100, 0, 5, 'lists', 100, 0, 3, 'map', 97, 2);
    expect(() => binaryToTerm(input, { safe: true, exportExists: () => false })).toThrow(EtfDecodeError);
    expect(binaryToTerm(input, { safe: true, exportExists: (m, f, a) => m === atom('lists') && f === atom('map') && a === 2 })).toBeInstanceOf(ExportFun);
  });
});

describe('refused like OTP 26 (badarg)', () => {
  const cases: Array<[string, Uint8Array]> = [
    ['empty', bytes(131)],
    ['no version byte', bytes(130, 97, 1)],
    ['nothing at all', bytes()],
    ['ATOM_EXT longer than 255', bytes(131, 100, 1, 0, 'a'.repeat(256))],
    ['invalid UTF-8 atom', bytes(131, 119, 2, 0xc3, 0x28)],
    ['UTF-8 surrogate in atom', bytes(131, 119, 3, 0xed, 0xa0, 0x80)],
    ['overlong UTF-8 in atom', bytes(131, 119, 2, 0xc0, 0x80)],
    ['UTF-8 atom of 256 characters', bytes(131, 118, 1, 0, 'a'.repeat(256))],
    ['PID_EXT creation 4', bytes(131, 103, 100, 0, 13, NODE, 0, 0, 0, 5, 0, 0, 0, 1, 4)],
    ['local pid number above 28 bits', bytes(131, 88, 119, 13, NODE, 0x10, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0)],
    ['REFERENCE_EXT id above 18 bits', bytes(131, 101, 100, 0, 13, NODE, 0, 4, 0, 0, 0)],
    ['NEWER_REFERENCE_EXT with 6 words', bytes(131, 90, 0, 6, 119, 13, NODE, 0, 0, 0, 0, new Array(24).fill(0))],
    ['NEW_FLOAT_EXT NaN', bytes(131, 70, 0x7f, 0xf8, 0, 0, 0, 0, 0, 0)],
    ['NEW_FLOAT_EXT infinity', bytes(131, 70, 0x7f, 0xf0, 0, 0, 0, 0, 0, 0)],
    ['BIT_BINARY_EXT 0 bits of 1 byte', bytes(131, 77, 0, 0, 0, 1, 0, 255)],
    ['BIT_BINARY_EXT 9 bits', bytes(131, 77, 0, 0, 0, 1, 9, 255)],
    ['duplicate map keys', bytes(131, 116, 0, 0, 0, 2, 97, 1, 97, 2, 97, 1, 97, 3)],
    ['0.0 and -0.0 as map keys', bytes(131, 116, 0, 0, 0, 2, 70, 0, 0, 0, 0, 0, 0, 0, 0, 97, 2, 70, 128, 0, 0, 0, 0, 0, 0, 0, 97, 3)],
    ['FUN_EXT', bytes(131, 117, 0, 0, 0, 0, 103, 100, 0, 13, NODE, 0, 0, 0, 5, 0, 0, 0, 1, 0, 100, 0, 1, 'm', 97, 1, 97, 1)],
    ['EXPORT_EXT negative arity', bytes(131, 113, 100, 0, 5, 'lists', 100, 0, 3, 'map', 98, 255, 255, 255, 255)],
    ['ATOM_CACHE_REF', bytes(131, 82, 0)],
    ['LOCAL_EXT', bytes(131, 121, 0, 0, 0, 0, 97, 1)],
    ['NIL as a node name', bytes(131, 88, 106, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0)],
    ['short compressed header', bytes(131, 80, 0, 0, 0)],
    ['unknown tag', bytes(131, 200)],
    ['compressed garbage', bytes(131, 80, 0, 0, 0, 3, 1, 2, 3, 4)],
  ];
  test.each(cases)('%s', (_name, input) => expectBadarg(input));
});

describe('hostile input', () => {
  test('every truncation of valid encodings fails with EtfDecodeError', () => {
    for (const v of OTP_VECTORS.slice(0, 60)) {
      const full = termToBinary(v.term());
      if (full.length > 3000) continue;
      for (let n = 0; n < full.length; n++) expectBadarg(full.subarray(0, n));
    }
  });

  test('huge declared sizes fail fast without allocating', () => {
    const huge = [0xff, 0xff, 0xff, 0xff];
    const cases = [
      bytes(131, 108, huge, 106), // LIST_EXT
      bytes(131, 105, huge, 106), // LARGE_TUPLE_EXT
      bytes(131, 116, 0x7f, 0xff, 0xff, 0xff, 97, 1), // MAP_EXT
      bytes(131, 109, huge, 1, 2, 3), // BINARY_EXT
      bytes(131, 77, huge, 3, 1, 2), // BIT_BINARY_EXT
      bytes(131, 111, huge, 0, 1), // LARGE_BIG_EXT
      bytes(131, 111, 0, 8, 0, 0, 0, 1), // LARGE_BIG_EXT beyond erts' bignum limit
      bytes(131, 107, 0xff, 0xff, 97), // STRING_EXT
      bytes(131, 118, 0xff, 0xff, 97), // ATOM_UTF8_EXT
      bytes(131, 112, 0, 0, 0, 0, 1, new Array(16).fill(0), 0, 0, 0, 0, huge, 100, 0, 1, 'm', 97, 0, 97, 0), // NEW_FUN_EXT
      bytes(131, 80, huge, 0x78, 0x9c, 3, 0), // compressed, claims 4 GB, inflates to nothing
    ];
    const start = Date.now();
    for (const c of cases) expectBadarg(c);
    expect(Date.now() - start).toBeLessThan(2000);
  });

  test('compressed data that inflates past its declared size is refused', () => {
    const t = listFromArray(new Array(1000).fill(binary('abcdef')));
    const packed = Buffer.from(termToBinary(t, { compressed: 6 }));
    packed.writeUInt32BE(100, 2);
    expectBadarg(packed);
  });

  test('300,000 levels of nesting decode without stack overflow', () => {
    // Far beyond what a recursive decoder survives (about 10,000 frames).
    const depth = 300_000;
    const input = new Uint8Array(2 + depth * 2);
    input[0] = 131;
    for (let i = 0; i < depth; i++) {
      input[1 + i * 2] = 104; // SMALL_TUPLE_EXT
      input[2 + i * 2] = 1;
    }
    input[1 + depth * 2] = 106; // NIL
    let t = binaryToTerm(input);
    let n = 0;
    while (t instanceof Tuple) {
      t = t.elements[0];
      n++;
    }
    expect(n).toBe(depth);
    expect(t).toBe(NIL);
    // The same nesting cut short is an error, not a crash.
    expectBadarg(input.subarray(0, input.length - 1));
  });

  test('random corruption only ever gives a term or EtfDecodeError', () => {
    let seed = 12345;
    const random = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    const samples: Term[] = [
      tuple(1, atom('ok'), list(float(1.5), binary('xyz'), new Pid(3, 0))),
      ErlMap.fromEntries(Array.from({ length: 40 }, (_, i) => [i, list(i)] as const)),
      listFromArray([new Reference([1, 2, 3]), new Port(1), 2n ** 80n, bitstring([0xf0], 4)], atom('tail')),
      ErlMap.fromEntries([
        [atom('a'), 1],
        [binary('k'), tuple()],
      ]),
    ];
    let decoded = 0;
    for (const sample of samples) {
      for (const opts of [{}, { minorVersion: 0 as const }, { compressed: 6 }]) {
        const good = termToBinary(sample, opts);
        for (let round = 0; round < 400; round++) {
          const bad = good.slice();
          const flips = 1 + Math.floor(random() * 3);
          for (let f = 0; f < flips; f++) bad[1 + Math.floor(random() * (bad.length - 1))] = Math.floor(random() * 256);
          try {
            binaryToTerm(bad);
            decoded++;
          } catch (e) {
            expect(e).toBeInstanceOf(EtfDecodeError);
          }
        }
      }
    }
    expect(decoded).toBeGreaterThan(0);
  });
});

