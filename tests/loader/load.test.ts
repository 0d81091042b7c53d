// Loading real .beam files compiled by OTP 26 (`erlc +deterministic`, sources next
// to them). Expected values were read from OTP 26 itself: beam_lib:chunks/2,
// beam_disasm:file/1, Mod:module_info(md5) and erlang:fun_info/1.

import { loadBeam } from '../../reference-vm/loader/load';
import type { Instruction, LoadedModule, Operand } from '../../reference-vm/loader/types';
import { Atom } from '../../reference-vm/terms/atom';
import { ErlMap } from '../../reference-vm/terms/map';
import { Bitstring, Cons, Float, NIL, Tuple, type Term } from '../../reference-vm/terms/types';
import { fixture } from './helpers';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const names = (entries: Array<{ function: Atom; arity: number; label: number }>) =>
  entries.map((e) => `${e.function.name}/${e.arity}@${e.label}`);
const strip = (i: Instruction) => [i.name, ...i.args.map(showOperand)];

function showOperand(o: Operand): string {
  switch (o.kind) {
    case 'u':
      return `${o.value}`;
    case 'i':
      return `{integer,${o.value}}`;
    case 'atom':
      return `{atom,${o.value.name}}`;
    case 'nil':
      return 'nil';
    case 'x':
    case 'y':
      return o.type === undefined ? `{${o.kind},${o.n}}` : `{${o.kind},${o.n},t${o.type}}`;
    case 'f':
      return `{f,${o.label}}`;
    case 'fr':
      return `{fr,${o.n}}`;
    case 'list':
      return `{list,[${o.items.map(showOperand).join(',')}]}`;
    case 'alloc':
      return `{alloc,${o.words},${o.floats},${o.funs}}`;
    case 'literal':
      return `{literal,${o.index}}`;
    case 'char':
      return `{char,${o.value}}`;
  }
}

function listToArray(t: Term): Term[] {
  const out: Term[] = [];
  while (t instanceof Cons) {
    out.push(t.head);
    t = t.tail;
  }
  expect(t).toBe(NIL);
  return out;
}

describe('lf_tiny.beam', () => {
  let m: LoadedModule;
  beforeAll(() => {
    m = loadBeam(fixture('lf_tiny.beam'), 'fixtures/lf_tiny.beam');
  });

  test('module name, atoms and chunk directory', () => {
    expect(m.name).toBe(Atom.of('lf_tiny'));
    expect(m.source).toBe('fixtures/lf_tiny.beam');
    expect(m.atoms.slice(1).map((a) => a.name)).toEqual(['lf_tiny', 'id', 'module_info', 'erlang', 'get_module_info']);
    expect(m.chunks.map((c) => `${c.id}:${c.size}`)).toEqual([
      'AtU8:50', 'Code:67', 'StrT:0', 'ImpT:28', 'ExpT:40', 'Meta:28', 'LocT:4',
      'Attr:39', 'CInf:26', 'Dbgi:66', 'Line:21', 'Type:10',
    ]);
    expect(m.chunks[0].offset).toBe(20);
  });

  test('exports, imports, header counts', () => {
    expect(names(m.exports)).toEqual(['module_info/1@6', 'module_info/0@4', 'id/1@2']);
    expect(m.locals).toEqual([]);
    expect(m.imports.map((i) => `${i.module.name}:${i.function.name}/${i.arity}`)).toEqual([
      'erlang:get_module_info/1',
      'erlang:get_module_info/2',
    ]);
    expect(m.lambdas).toEqual([]);
    expect(m.literals).toEqual([]);
    expect(m.labelCount).toBe(7);
    expect(m.functionCount).toBe(3);
    expect(m.maxOpcode).toBe(169);
    expect(m.strings.length).toBe(0);
  });

  test('instruction stream', () => {
    expect(m.code.map(strip)).toEqual([
      ['label', '1'],
      ['line', '1'],
      ['func_info', '{atom,lf_tiny}', '{atom,id}', '1'],
      ['label', '2'],
      ['return'],
      ['label', '3'],
      ['line', '0'],
      ['func_info', '{atom,lf_tiny}', '{atom,module_info}', '0'],
      ['label', '4'],
      ['move', '{atom,lf_tiny}', '{x,0}'],
      ['call_ext_only', '1', '0'],
      ['label', '5'],
      ['line', '0'],
      ['func_info', '{atom,lf_tiny}', '{atom,module_info}', '1'],
      ['label', '6'],
      ['move', '{x,0}', '{x,1}'],
      ['move', '{atom,lf_tiny}', '{x,0}'],
      ['call_ext_only', '2', '1'],
      ['int_code_end'],
    ]);
    expect(m.code.map((i) => i.offset).slice(0, 6)).toEqual([0, 2, 4, 8, 10, 11]);
    expect(m.code[m.code.length - 1].offset).toBe(46); // 47 code bytes = 67 - 20 header bytes
  });

  test('functions and labels', () => {
    expect(m.functions.map((f) => `${f.name.name}/${f.arity}:${f.label}/${f.entryLabel}@${f.funcInfoIndex}`)).toEqual([
      'id/1:1/2@2',
      'module_info/0:3/4@7',
      'module_info/1:5/6@13',
    ]);
    expect([...m.labels.entries()]).toEqual([[1, 0], [2, 3], [3, 5], [4, 8], [5, 11], [6, 14]]);
  });

  test('line table, type table, md5', () => {
    expect(m.lines).toEqual({ items: [{ file: 0, line: 0 }, { file: 0, line: 5 }], files: ['lf_tiny.erl'], instructionCount: 3 });
    expect(m.typeTable).toEqual({ version: 2, entries: [{ typeUnion: 0x1fff }] });
    expect(Array.from(m.types!)).toEqual([0, 0, 0, 2, 0, 0, 0, 1, 31, 255]);
    // lf_tiny:module_info(md5) in OTP 26
    expect(Array.from(m.md5)).toEqual([129, 13, 226, 212, 76, 172, 228, 196, 156, 60, 90, 11, 86, 230, 239, 194]);
    expect(m.meta).not.toBeNull();
  });

  test('attributes and compile info are decoded terms', () => {
    // [{vsn,[171542511960085854979091235479134597058]}]
    const [vsn] = listToArray(m.attributes);
    expect(vsn).toBeInstanceOf(Tuple);
    const t = vsn as Tuple;
    expect(t.elements[0]).toBe(Atom.of('vsn'));
    expect(listToArray(t.elements[1])).toEqual([171542511960085854979091235479134597058n]);
    // [{version,"8.4.3"}]
    const [version] = listToArray(m.compileInfo);
    expect((version as Tuple).elements[0]).toBe(Atom.of('version'));
    expect(String.fromCharCode(...(listToArray((version as Tuple).elements[1]) as number[]))).toBe('8.4.3');
  });
});

describe('lf_basic.beam', () => {
  let m: LoadedModule;
  beforeAll(() => {
    m = loadBeam(fixture('lf_basic.beam'), 'lf_basic.beam');
  });
  const fn = (name: string, arity: number) => {
    const f = m.functions.find((x) => x.name.name === name && x.arity === arity)!;
    const start = f.funcInfoIndex + 2;
    const next = m.functions.find((x) => x.funcInfoIndex > f.funcInfoIndex);
    // The next function starts at its label (a line instruction may sit before it).
    const end = next === undefined ? m.code.length - 1 : m.labels.get(next.label)!;
    return m.code.slice(start, end).map(strip);
  };

  test('tables', () => {
    expect(m.atoms.length).toBe(46);
    expect(m.atoms[45].name).toBe('-sum/1-fun-0-');
    expect(names(m.exports)).toEqual([
      'module_info/1@46', 'module_info/0@44', 'inc_fun/1@42', 'cmp/1@35', 'lookup/2@32', 'tag/1@28',
      'wait/1@23', 'safe_div/2@19', 'greet/1@16', 'fmul/2@14', 'neg/0@12', 'big/1@10', 'consts/0@8',
      'adder/1@6', 'sum/1@4', 'add/2@2',
    ]);
    expect(names(m.locals)).toEqual(['-sum/1-fun-0-/2@50', '-adder/1-fun-0-/2@48']);
    expect(m.imports.map((i) => `${i.module.name}:${i.function.name}/${i.arity}`)).toEqual([
      'erlang:+/2', 'lists:foldl/3', 'erlang:div/2', 'erlang:get_module_info/1', 'erlang:get_module_info/2',
    ]);
    expect(m.functionCount).toBe(18);
    expect(m.labelCount).toBe(51);
    expect(Buffer.from(m.strings).toString('latin1')).toBe('hi ');
  });

  test('lambdas (FunT), old_uniq as erlang:fun_info/1 reports it', () => {
    expect(m.lambdas.map((l) => ({ ...l, function: l.function.name }))).toEqual([
      { function: '-sum/1-fun-0-', arity: 2, label: 50, index: 0, numFree: 0, oldUniq: 68035216, oldIndex: 0 },
      { function: '-adder/1-fun-0-', arity: 2, label: 48, index: 1, numFree: 1, oldUniq: 68035216, oldIndex: 1 },
    ]);
  });

  test('md5 equals module_info(md5)', () => {
    expect(hex(m.md5)).toBe('81c452052b607db6a835521ada2c2b58');
  });

  test('lines with a second (included) file', () => {
    expect(m.lines!.files).toEqual(['lf_basic.erl', 'lf_inc.hrl']);
    expect(m.lines!.items.map((i) => `${i.file}:${i.line}`)).toEqual([
      '0:0', '0:9', '0:11', '0:13', '0:15', '0:17', '0:19', '0:21', '0:23', '0:26', '0:27', '0:31',
      '0:37', '0:41', '0:47', '1:2',
    ]);
    expect(m.lines!.instructionCount).toBe(19);
  });

  test('operand kinds: alloc lists, lambdas, float registers, literals, typed registers', () => {
    expect(fn('sum', 1).slice(0, 2)).toEqual([
      ['test_heap', '{alloc,0,0,1}', '1'],
      ['make_fun3', '0', '{x,1}', '{list,[]}'],
    ]);
    expect(fn('adder', 1)).toEqual([
      ['test_heap', '{alloc,1,0,1}', '1'],
      ['make_fun3', '1', '{x,0}', '{list,[{x,0}]}'],
      ['return'],
    ]);
    expect(fn('fmul', 2)).toEqual([
      ['is_float', '{f,13}', '{x,0}'],
      ['is_float', '{f,13}', '{x,1}'],
      ['fmove', '{x,0}', '{fr,0}'],
      ['fmove', '{x,1}', '{fr,1}'],
      ['fmul', '{f,0}', '{fr,0}', '{fr,1}', '{fr,0}'],
      ['fmove', '{literal,3}', '{fr,1}'],
      ['fadd', '{f,0}', '{fr,0}', '{fr,1}', '{fr,0}'],
      ['test_heap', '{alloc,0,1,0}', '0'],
      ['fmove', '{fr,0}', '{x,0}'],
      ['return'],
    ]);
    expect(fn('lookup', 2).slice(0, 2)).toEqual([
      ['is_map', '{f,33}', '{x,1}'],
      ['get_map_elements', '{f,33}', '{x,1,t3}', '{list,[{x,0},{x,0}]}'],
    ]);
    expect(m.typeTable!.entries).toEqual([
      { typeUnion: 0x1fff },
      { typeUnion: 2, unit: 8 }, // binary
      { typeUnion: 1 }, // atom
      { typeUnion: 128 }, // map
    ]);
  });

  test('integers: negative and multi-byte bignums in compact form', () => {
    expect(fn('cmp', 1)[0]).toEqual([
      'select_val',
      '{x,0}',
      '{f,39}',
      '{list,[{integer,-1267650600228229401496703205376},{f,38},{integer,-70000},{f,37},{integer,1267650600228229401496703205376},{f,36}]}',
    ]);
    const select = m.code.find((i) => i.name === 'select_val')!;
    const items = (select.args[2] as Operand & { kind: 'list' }).items;
    expect(items[0]).toEqual({ kind: 'i', value: -(2n ** 100n) });
    expect(items[2]).toEqual({ kind: 'i', value: -70000 });
    expect(items[4]).toEqual({ kind: 'i', value: 2n ** 100n });
    expect(fn('cmp', 1)).toContainEqual(['is_lt', '{f,40}', '{integer,-1}', '{x,0}']);
  });

  test('nil, string table operands, bs_match commands', () => {
    expect(fn('greet', 1).slice(1, 3)).toEqual([
      [
        'bs_match', '{f,17}', '{x,0}',
        '{list,[{atom,ensure_at_least},48,8,{atom,=:=},nil,31,875738678,{atom,=:=},nil,17,28448,{atom,get_tail},1,8,{x,0}]}',
      ],
      [
        'bs_create_bin', '{f,0}', '0', '1', '8', '{x,0}',
        '{list,[{atom,string},0,8,nil,0,{integer,3},{atom,binary},2,8,nil,{x,0,t1},{atom,all}]}',
      ],
    ]);
  });

  test('literals decode to terms', () => {
    expect(m.literals.length).toBe(4);
    // {[1,2,3], <<"bytes">>, #{a => 1, b => [x]}, 2.5, "str"}
    const t = m.literals[0] as Tuple;
    expect(t).toBeInstanceOf(Tuple);
    expect(t.arity).toBe(5);
    expect(listToArray(t.elements[0])).toEqual([1, 2, 3]);
    const bin = t.elements[1] as Bitstring;
    expect(bin).toBeInstanceOf(Bitstring);
    expect(Buffer.from(bin.bytes.subarray(0, bin.byteSize)).toString('latin1')).toBe('bytes');
    const map = t.elements[2] as ErlMap;
    expect(map).toBeInstanceOf(ErlMap);
    expect(map.size).toBe(2);
    expect(map.get(Atom.of('a'))).toBe(1);
    expect(listToArray(map.get(Atom.of('b'))!)).toEqual([Atom.of('x')]);
    expect((t.elements[3] as Float).value).toBe(2.5);
    expect(listToArray(t.elements[4])).toEqual([115, 116, 114]);
    expect(m.literals[1]).toBe(123456789012345678901234567890123456789012345n);
    expect(listToArray(m.literals[2])).toEqual([-1, -300, -70000, -5000000000]);
    expect(m.literals[3]).toBeInstanceOf(Float);
    expect((m.literals[3] as Float).value).toBe(1.0);
    // Operands carry the decoded term itself.
    const move = m.code.find((i) => i.name === 'move' && i.args[0].kind === 'literal')!;
    expect(move.args[0]).toMatchObject({ kind: 'literal', index: 0 });
    expect((move.args[0] as Operand & { kind: 'literal' }).value).toBe(m.literals[0]);
  });

  test('attributes keep an explicit -vsn', () => {
    const [vsn] = listToArray(m.attributes);
    expect((vsn as Tuple).elements[0]).toBe(Atom.of('vsn'));
    expect(listToArray((vsn as Tuple).elements[1])).toEqual([Atom.of('test_vsn')]);
  });
});

test('expectedModule option refuses a file whose module name differs', () => {
  const bytes = fixture('lf_tiny.beam');
  expect(loadBeam(bytes, 'x', { expectedModule: 'lf_tiny' }).name.name).toBe('lf_tiny');
  expect(() => loadBeam(bytes, 'x', { expectedModule: 'other' })).toThrow(/module name in object code is lf_tiny/);
});
