import { parseArgs, parseTerm, TermSyntaxError } from '../../harness/term-text';
import { Atom } from '../../reference-vm/terms/atom';
import { Bitstring, Cons, ExportFun, Float, NIL, Tuple } from '../../reference-vm/terms/types';
import { ErlMap } from '../../reference-vm/terms/map';

const bytes = (t: unknown): number[] => [...(t as Bitstring).bytes];

test('integers: decimal, based, char, separators, bignums, signs', () => {
  expect(parseTerm('42')).toBe(42);
  expect(parseTerm('-7')).toBe(-7);
  expect(parseTerm('16#ff')).toBe(255);
  expect(parseTerm('2#1010')).toBe(10);
  expect(parseTerm('$a')).toBe(97);
  expect(parseTerm('$\\n')).toBe(10);
  expect(parseTerm('1_000_000')).toBe(1000000);
  expect(parseTerm('123456789012345678901234567890')).toBe(123456789012345678901234567890n);
  expect(parseTerm('-9007199254740993')).toBe(-9007199254740993n);
});

test('floats keep their float-ness', () => {
  const f = parseTerm('1.0');
  expect(f).toBeInstanceOf(Float);
  expect((f as Float).value).toBe(1);
  expect((parseTerm('-2.5e-3') as Float).value).toBe(-0.0025);
});

test('atoms, quoted atoms and strings', () => {
  expect(parseTerm('ok')).toBe(Atom.of('ok'));
  expect(parseTerm("'hello world'")).toBe(Atom.of('hello world'));
  expect(parseTerm('node@host')).toBe(Atom.of('node@host'));
  const s = parseTerm('"hé"') as Cons;
  expect(s.head).toBe(104);
  expect((s.tail as Cons).head).toBe(233);
  expect((s.tail as Cons).tail).toBe(NIL);
  expect(parseTerm('""')).toBe(NIL);
});

test('tuples, lists, improper lists, maps, funs', () => {
  const t = parseTerm('{a, [1, 2 | 3], {}}') as Tuple;
  expect(t.arity).toBe(3);
  const l = t.elements[1] as Cons;
  expect(l.head).toBe(1);
  expect((l.tail as Cons).tail).toBe(3);
  expect((t.elements[2] as Tuple).arity).toBe(0);
  const m = parseTerm('#{a => 1, <<"b">> => [2]}') as ErlMap;
  expect(m.size).toBe(2);
  expect(m.get(Atom.of('a'))).toBe(1);
  const f = parseTerm('fun lists:reverse/1') as ExportFun;
  expect(f).toBeInstanceOf(ExportFun);
  expect(f.functionName).toBe(Atom.of('reverse'));
  expect(f.arity).toBe(1);
});

test('binaries: integers, strings with encodings, sizes, bit strings', () => {
  expect(bytes(parseTerm('<<1, 2, 255>>'))).toEqual([1, 2, 255]);
  expect(bytes(parseTerm('<<"é"/utf8>>'))).toEqual([0xc3, 0xa9]);
  expect(bytes(parseTerm('<<"ab">>'))).toEqual([97, 98]);
  expect(bytes(parseTerm('<<256:16>>'))).toEqual([1, 0]);
  expect(bytes(parseTerm('<<256:16/little>>'))).toEqual([0, 1]);
  expect(bytes(parseTerm('<<-1:16>>'))).toEqual([255, 255]);
  expect(bytes(parseTerm('<<"a"/utf16>>'))).toEqual([0, 97]);
  const bits = parseTerm('<<5:3>>') as Bitstring;
  expect(bits.bitSize).toBe(3);
  expect(bytes(bits)).toEqual([0b10100000]);
  expect(bytes(parseTerm('<<1.5/float>>'))).toEqual([0x3f, 0xf8, 0, 0, 0, 0, 0, 0]);
  expect((parseTerm('<<>>') as Bitstring).bitSize).toBe(0);
});

test('argument lists', () => {
  expect(parseArgs('[]')).toEqual([]);
  expect(parseArgs('[1, a].')).toEqual([1, Atom.of('a')]);
});

test.each([
  ['[1, 2', /expected ']'/],
  ['{a b}', /expected '}'/],
  ['X', /variables are not terms/],
  ['"abc', /unterminated string/],
  ['1 2', /unexpected/],
  ['#', /unexpected character/],
])('bad text %s is a TermSyntaxError', (text, msg) => {
  expect(() => parseTerm(text)).toThrow(TermSyntaxError);
  expect(() => parseTerm(text)).toThrow(msg);
});

test('args must be a proper list', () => {
  expect(() => parseArgs('{1}')).toThrow(/proper list/);
  expect(() => parseArgs('[1|2]')).toThrow(/proper list/);
});
