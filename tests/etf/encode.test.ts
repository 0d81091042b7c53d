import { createHash } from 'node:crypto';
import { termToBinary } from '../../reference-vm/etf/encode';
import { binaryToTerm } from '../../reference-vm/etf/decode';
import {
  Cons,
  ErlMap,
  ExportFun,
  Fun,
  NIL,
  Pid,
  Reference,
  Port,
  atom,
  binary,
  exactEquals,
  listFromArray,
  tuple,
  type Term,
} from '../../reference-vm/terms';
import { OTP_VECTORS, type Encoded } from '../terms/otp26-vectors';

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex').toUpperCase();
}

function expectEncoded(bytes: Uint8Array, expected: Encoded): void {
  if (typeof expected === 'string') {
    expect(hex(bytes)).toBe(expected);
  } else {
    expect(bytes.length).toBe(expected.length);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(expected.sha256);
  }
}

describe('termToBinary matches OTP 26 byte for byte', () => {
  describe.each(OTP_VECTORS.map((v) => [v.erlang, v] as const))('%s', (_name, v) => {
    const term = v.term();
    test('term_to_binary/1', () => expectEncoded(termToBinary(term), v.t2b));
    test('{minor_version, 0}', () => expectEncoded(termToBinary(term, { minorVersion: 0 }), v.t2bMinor0));
    test('{minor_version, 1}', () => expectEncoded(termToBinary(term, { minorVersion: 1 }), v.t2bMinor1));
    test('deterministic', () => expectEncoded(termToBinary(term, { deterministic: true }), v.t2bDeterministic));
  });
});

describe('termToBinary of pids, references, ports and funs', () => {
  const node = atom('nonode@nohost');

  test('pid: NEW_PID_EXT (OTP 26: <<131,88,119,13,"nonode@nohost",0,0,0,77,0,0,0,3,0,0,0,0>>)', () => {
    expect(hex(termToBinary(new Pid(77, 3)))).toBe('835877' + '0D' + hex(Buffer.from('nonode@nohost')) + '0000004D' + '00000003' + '00000000');
  });

  test('reference: NEWER_REFERENCE_EXT with the id words least significant first', () => {
    const ref = new Reference([9, 8, 7], node, 0);
    expect(hex(termToBinary(ref))).toBe(
      '835A0003' + '770D' + hex(Buffer.from('nonode@nohost')) + '00000000' + '00000009' + '00000008' + '00000007',
    );
  });

  test('port: V4_PORT_EXT with a 64-bit id (OTP 26 never emits NEW_PORT_EXT)', () => {
    expect(hex(termToBinary(new Port(7)))).toBe('8378770D' + hex(Buffer.from('nonode@nohost')) + '0000000000000007' + '00000000');
  });

  // Taken from OTP 26.2.5: F = funv:mk(5) where funv.erl is
  //   -module(funv). -export([mk/1]). mk(X) -> fun(A) -> {A, X} end.
  // created by <0.9.0>; erlang:fun_info(F) gave new_index 0, index 0,
  // uniq 19359989, new_uniq <<16#24ED1EAC1E15BCD16FD769CD9EB507FD:128>>.
  const funvMk5 = (): Fun =>
    new Fun(
      atom('funv'),
      0,
      1,
      [5],
      atom('-mk/1-fun-0-'),
      19359989,
      Uint8Array.from(Buffer.from('24ED1EAC1E15BCD16FD769CD9EB507FD', 'hex')),
      0,
      new Pid(9, 0),
    );
  const funvMk5Etf =
    '8370000000480124ED1EAC1E15BCD16FD769CD9EB507FD0000000000000001770466756E76610062012768F558770D6E6F6E6F6465406E6F686F73740000000900000000000000006105';

  test('local fun: NEW_FUN_EXT as OTP 26 writes it', () => {
    expect(hex(termToBinary(funvMk5()))).toBe(funvMk5Etf);
  });

  test('local fun decodes with every field (function name unknown: the empty atom)', () => {
    const back = binaryToTerm(Buffer.from(funvMk5Etf, 'hex')) as Fun;
    expect(back).toBeInstanceOf(Fun);
    expect(back.module).toBe(atom('funv'));
    expect(back.index).toBe(0);
    expect(back.oldIndex).toBe(0);
    expect(back.arity).toBe(1);
    expect(back.uniq).toBe(19359989);
    expect(hex(back.moduleMd5)).toBe('24ED1EAC1E15BCD16FD769CD9EB507FD');
    expect(back.env).toEqual([5]);
    expect(back.pid?.id).toBe(9);
    expect(back.functionName).toBe(atom(''));
    expect(exactEquals(back, funvMk5())).toBe(true);
  });

  test('fun M:F/A: EXPORT_EXT (OTP 26: term_to_binary(fun funv:mk/1))', () => {
    expect(hex(termToBinary(new ExportFun(atom('funv'), atom('mk'), 1)))).toBe('8371770466756E7677026D6B6101');
  });

  test('a fun without a creator pid is written as created by <0.0.0>', () => {
    const f = new Fun(atom('funv'), 0, 1, [], atom('x'), 1, new Uint8Array(16), 0, null);
    expect((binaryToTerm(termToBinary(f)) as Fun).pid?.id).toBe(0);
  });
});

describe('compression', () => {
  test('small terms stay uncompressed (OTP 26: term_to_binary(a, [compressed]) = <<131,119,1,97>>)', () => {
    expect(hex(termToBinary(atom('a'), { compressed: true }))).toBe('83770161');
  });

  test('level 0 means no compression', () => {
    const t = listFromArray(new Array(1000).fill(binary('abc')));
    expect(hex(termToBinary(t, { compressed: 0 }))).toBe(hex(termToBinary(t)));
  });

  test('compressible terms get the 131,80,Size header and round-trip', () => {
    const t = listFromArray(new Array(100).fill(binary('abc')));
    const plain = termToBinary(t);
    for (const level of [1, 6, 9, true] as const) {
      const packed = termToBinary(t, { compressed: level });
      expect(packed[0]).toBe(131);
      expect(packed[1]).toBe(80);
      expect(Buffer.from(packed).readUInt32BE(2)).toBe(plain.length - 1);
      expect(packed.length).toBeLessThan(plain.length);
      expect(exactEquals(binaryToTerm(packed), t)).toBe(true);
    }
  });

  test('OTP 26 compressed output decodes', () => {
    // term_to_binary(lists:duplicate(100, <<"abc">>), [compressed]) from OTP 26.2.5.
    const otp = Buffer.from('835000000326789CCB61606048C90512CC8949C9A3F4283D4A63D25900CF769FD3', 'hex');
    expect(exactEquals(binaryToTerm(otp), listFromArray(new Array(100).fill(binary('abc'))))).toBe(true);
  });

  test('invalid levels are refused', () => {
    expect(() => termToBinary(NIL, { compressed: 10 })).toThrow(RangeError);
  });
});

describe('structure', () => {
  test('deterministic sorts map keys in term order (atoms by text)', () => {
    const z = atom('zz_determ');
    const a = atom('aa_determ');
    const m = ErlMap.fromEntries([
      [z, 1],
      [a, 2],
    ]);
    const bytes = termToBinary(m, { deterministic: true });
    const back = binaryToTerm(bytes) as ErlMap;
    expect(back.size).toBe(2);
    const order = hex(bytes).indexOf(hex(Buffer.from('aa_determ'))) < hex(bytes).indexOf(hex(Buffer.from('zz_determ')));
    expect(order).toBe(true);
  });

  test('a 1,000,000-deep nested list encodes without stack overflow', () => {
    let t: Term = NIL;
    for (let i = 0; i < 1_000_000; i++) t = new Cons(t, NIL);
    const bytes = termToBinary(t);
    // LIST_EXT 1 + ... + NIL per level, then the innermost NIL.
    expect(bytes.length).toBe(1 + 1_000_000 * 6 + 1);
    expect(bytes[1]).toBe(108);
  });

  test('nested tuples in deep recursion', () => {
    let t: Term = tuple();
    for (let i = 0; i < 200_000; i++) t = tuple(t);
    expect(termToBinary(t).length).toBe(1 + 200_000 * 2 + 2);
  });
});
