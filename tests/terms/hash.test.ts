import {
  ErlMap,
  ExportFun,
  Fun,
  NIL,
  Pid,
  Port,
  Reference,
  atom,
  atomHashValue,
  float,
  list,
  listFromArray,
  makeHash,
  makeHash2,
  makeInternalHash,
  phash,
  phash2,
  type Term,
} from '../../reference-vm/terms';
import { OTP_VECTORS } from './otp26-vectors';

describe('phash2 and phash match OTP 26', () => {
  test.each(OTP_VECTORS.map((v) => [v.erlang, v] as const))('%s', (_name, v) => {
    const t = v.term();
    expect(phash2(t)).toBe(v.phash2);
    expect(phash2(t, 2 ** 32)).toBe(v.phash2Range32);
    expect(makeHash2(t)).toBe(v.phash2Range32);
    expect(phash(t, 2 ** 32)).toBe(v.phashRange32);
    expect(phash(t, 1000)).toBe(v.phashRange1000);
  });

  // Values below taken from OTP 26.2.5.
  test('references hash their first id word: #Ref<0.7.8.9>', () => {
    const r = new Reference([9, 8, 7]);
    expect(phash2(r)).toBe(76679156);
    expect(phash(r, 2 ** 32)).toBe(786229334);
  });

  test('ports: #Port<0.7>', () => {
    const p = new Port(7);
    expect(phash2(p)).toBe(101549390);
    expect(phash(p, 2 ** 32)).toBe(134293116);
  });

  test('local fun: funv:mk(5) (see tests/etf/encode.test.ts)', () => {
    const f = new Fun(
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
    expect(phash2(f)).toBe(110749938);
    expect(phash(f, 2 ** 32)).toBe(3058548290);
  });

  test('fun M:F/A hashes module, name and arity', () => {
    // erlang:phash2(fun lists:map/2) is in the vectors; a different arity differs.
    expect(phash2(new ExportFun(atom('lists'), atom('map'), 2))).not.toBe(
      phash2(new ExportFun(atom('lists'), atom('map'), 3)),
    );
  });

  test('100,000-deep nested list (OTP 26: phash2 115397172, phash 2744812066)', () => {
    let deep: Term = NIL;
    for (let i = 0; i < 100_000; i++) deep = list(deep);
    expect(phash2(deep)).toBe(115397172);
    expect(phash(deep, 2 ** 32)).toBe(2744812066);
  });

  test('lists:seq(1, 100000) (OTP 26: phash2 117080664, phash 3203720409)', () => {
    const long = listFromArray(Array.from({ length: 100_000 }, (_, i) => i + 1));
    expect(phash2(long)).toBe(117080664);
    expect(phash(long, 2 ** 32)).toBe(3203720409);
  });

  test('0.0 and -0.0 hash alike (OTP normalises the sign)', () => {
    expect(phash2(float(-0))).toBe(phash2(float(0)));
    expect(phash(float(-0), 1000)).toBe(phash(float(0), 1000));
    expect(makeInternalHash(float(-0))).toBe(makeInternalHash(float(0)));
  });

  test('phash2 of a map does not depend on the map representation', () => {
    const entries = Array.from({ length: 40 }, (_, i) => [i, i * i] as const);
    const a = ErlMap.fromEntries(entries);
    let b = ErlMap.empty;
    for (const [k, v] of entries.slice().reverse()) b = b.put(k, v);
    expect(makeHash2(a)).toBe(makeHash2(b));
    expect(makeHash(a)).toBe(makeHash(b));
  });

  test('range arguments', () => {
    expect(phash2(atom('a'), 1)).toBe(0);
    expect(phash(atom('a'), 1)).toBe(1);
    expect(() => phash2(atom('a'), 0)).toThrow(RangeError);
    expect(() => phash(atom('a'), 2 ** 32 + 1)).toThrow(RangeError);
  });

  test('atom table hash (hashpjw over the name)', () => {
    // erlang:phash2(abc) = 26499 in OTP 26: the atom's table hash, unmixed.
    expect(atomHashValue(atom('abc'))).toBe(26499);
    // A latin-1 character hashes as its single byte, not its UTF-8 pair.
    expect(atomHashValue(atom('\u00e9'))).toBe(0xe9);
  });
});
