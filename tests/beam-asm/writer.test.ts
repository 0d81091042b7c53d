// The BEAM writer (scripts/lib/beam-asm): what it writes, our loader reads back the same
// (instructions, atoms, imports, literals, exports); the compact term encoding at its
// edges; the stored-block zlib stream of LitT; and the errors of a module it cannot write.

import { inflateSync } from 'node:zlib';
import { encodeTagged, signedBytes, writeBeam, zlibStored, AsmError, type AsmInstruction, type AsmModule, type AsmOperand } from '../../scripts/lib/beam-asm';
import { readTagged, TAG_A, TAG_F, TAG_I, TAG_U, TAG_X } from '../../reference-vm/loader/compact';
import { ByteReader } from '../../reference-vm/loader/reader';
import { loadBeam } from '../../reference-vm/loader/load';
import type { Operand } from '../../reference-vm/loader/types';
import { termToBinary } from '../../reference-vm/etf/encode';
import { Atom, Bitstring, Float, NIL, type Term } from '../../reference-vm/terms/types';
import { list, tuple } from '../../reference-vm/terms/construct';
import { splitChunks } from '../loader/helpers';

const a = (name: string): Atom => Atom.of(name);
const u = (value: number): AsmOperand => ({ kind: 'u', value });
const x = (n: number): AsmOperand => ({ kind: 'x', n });
const f = (label: number): AsmOperand => ({ kind: 'f', label });
const ins = (op: string, ...args: AsmOperand[]): AsmInstruction => ({ op, args });
const hex = (t: Term): string => Buffer.from(termToBinary(t)).toString('hex');

/** `name/arity` with the usual prologue: label L, func_info, label L+1 (the entry). */
function fn(name: string, arity: number, firstLabel: number, body: AsmInstruction[]) {
  return {
    name: a(name),
    arity,
    entry: firstLabel + 1,
    code: [
      ins('label', u(firstLabel)),
      ins('func_info', { kind: 'atom', value: a('rt') }, { kind: 'atom', value: a(name) }, u(arity)),
      ins('label', u(firstLabel + 1)),
      ...body,
    ],
  };
}

const BIG = 2n ** 200n;
const LITERAL = tuple(a('ok'), list(1, BIG, new Bitstring(Uint8Array.of(1, 2, 3), 20)), a('λ'), new Float(1.5));

const MODULE: AsmModule = {
  name: a('rt'),
  exports: [{ name: a('main'), arity: 1 }],
  functions: [
    fn('main', 1, 1, [
      ins('allocate', u(1), u(1)),
      ins('move', x(0), { kind: 'y', n: 0 }),
      ins('call', u(1), f(4)),
      ins('move', { kind: 'literal', value: LITERAL }, x(1)),
      ins('move', { kind: 'i', value: -BIG - 1n }, x(2)),
      ins('move', { kind: 'i', value: -129 }, x(3)),
      ins('move', { kind: 'nil' }, x(1023)),
      ins('test_heap', { kind: 'alloc', words: 3, floats: 1, funs: 0 }, u(2)),
      ins('fconv', x(0), { kind: 'fr', n: 7 }),
      ins('select_val', x(0), f(1), { kind: 'list', items: [{ kind: 'atom', value: a('a') }, f(4), { kind: 'i', value: 2 }, f(1)] }),
      ins('call_ext', u(1), { kind: 'extfunc', module: a('erlang'), function: a('abs'), arity: 1 }),
      ins('move', { kind: 'literal', value: LITERAL }, x(1)), // shared with the first use
      ins('call_ext_last', u(1), { kind: 'extfunc', module: a('erlang'), function: a('abs'), arity: 1 }, u(1)),
    ]),
    fn('helper', 1, 3, [ins('return')]),
  ],
  attributes: list(tuple(a('vsn'), list(1))),
  compileInfo: NIL,
};

/** The loader's operand, in the writer's vocabulary (import and literal indices resolved). */
function asWritten(o: Operand, imports: ReturnType<typeof loadBeam>['imports'], opIndex: number, op: string): AsmOperand {
  switch (o.kind) {
    case 'literal':
      return { kind: 'literal', value: o.value };
    case 'list':
      return { kind: 'list', items: o.items.map((item) => asWritten(item, imports, -1, op)) };
    case 'u':
      if ((op === 'call_ext' || op === 'call_ext_last') && opIndex === 1) {
        const imp = imports[o.value];
        return { kind: 'extfunc', module: imp.module, function: imp.function, arity: imp.arity };
      }
      return o;
    default:
      return o as AsmOperand;
  }
}

describe('writeBeam round trip through our loader', () => {
  const m = loadBeam(writeBeam(MODULE), 'rt.beam');

  test('atoms are numbered in order of first use, the module first', () => {
    expect(m.atoms.slice(1).map((t) => t.name)).toEqual(['rt', 'main', 'a', 'erlang', 'abs', 'helper']);
  });

  test('every instruction and operand reads back as written, int_code_end appended', () => {
    const written = MODULE.functions.flatMap((g) => g.code);
    expect(m.code.map((i) => i.name)).toEqual([...written.map((i) => i.op), 'int_code_end']);
    m.code.slice(0, -1).forEach((i, k) => {
      const back = i.args.map((o, n) => asWritten(o, m.imports, n, i.name));
      const expected = written[k].args;
      // Terms are compared through their external format; the rest structurally.
      expect(JSON.stringify(back, replacer)).toBe(JSON.stringify(expected, replacer));
    });
  });

  test('equal literals share one LitT entry, which decodes to the same term', () => {
    expect(m.literals).toHaveLength(1);
    expect(hex(m.literals[0])).toBe(hex(LITERAL));
  });

  test('imports are shared; exports and locals name their entry labels', () => {
    expect(m.imports.map((i) => `${i.module.name}:${i.function.name}/${i.arity}`)).toEqual(['erlang:abs/1']);
    expect(m.exports.map((e) => [e.function.name, e.arity, e.label])).toEqual([['main', 1, 2]]);
    expect(m.locals.map((e) => [e.function.name, e.arity, e.label])).toEqual([['helper', 1, 4]]);
    expect(m.functions.map((g) => g.name.name)).toEqual(['main', 'helper']);
    expect(m.labelCount).toBe(5);
    expect(m.maxOpcode).toBe(Math.max(...m.code.map((i) => i.op)));
  });

  test('Attr and CInf hold the given terms; absent ones are not written', () => {
    expect(hex(m.attributes)).toBe(hex(MODULE.attributes!));
    expect(splitChunks(writeBeam(MODULE)).map((c) => c.id)).toEqual(['AtU8', 'Code', 'StrT', 'ImpT', 'ExpT', 'LocT', 'LitT', 'Attr', 'CInf']);
    const bare = { ...MODULE, attributes: undefined, compileInfo: undefined, functions: [fn('main', 1, 1, [ins('return')])] };
    expect(splitChunks(writeBeam(bare)).map((c) => c.id)).toEqual(['AtU8', 'Code', 'StrT', 'ImpT', 'ExpT', 'LocT']);
  });

  test('the same module gives the same bytes', () => {
    expect(Buffer.from(writeBeam(MODULE)).equals(Buffer.from(writeBeam(MODULE)))).toBe(true);
  });
});

function replacer(_k: string, v: unknown): unknown {
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof Atom) return `'${v.name}'`;
  const operand = v as { kind?: unknown; value?: Term } | null;
  if (operand !== null && typeof operand === 'object' && operand.kind === 'literal') return { literal: hex(operand.value!) };
  return v;
}

describe('compact term encoding', () => {
  const read = (bytes: number[]) => {
    const r = new ByteReader(Uint8Array.from(bytes), 'c.beam', 'Code', 0, bytes.length);
    const t = readTagged(r);
    expect(r.pos).toBe(bytes.length);
    return t;
  };

  // As OTP 26's beam_asm writes them (the loader's tests hold the same table).
  test.each<[number | bigint, number[]]>([
    [0, [0x01]],
    [15, [0xf1]],
    [16, [0x09, 0x10]],
    [2047, [0xe9, 0xff]],
    [2048, [0x19, 0x08, 0x00]],
    [-1, [0x19, 0xff, 0xff]],
    [-32769, [0x39, 0xff, 0x7f, 0xff]],
    [2147483648, [0x79, 0x00, 0x80, 0x00, 0x00, 0x00]],
    [-9223372036854775808n, [0xd9, 0x80, 0, 0, 0, 0, 0, 0, 0]],
    [18446744073709551616n, [0xf9, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 0]],
    [-1267650600228229401496703205376n, [0xf9, 0x40, 0xf0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ])('integer %p', (value, bytes) => {
    expect(encodeTagged(TAG_I, value)).toEqual(bytes);
  });

  test('integers round-trip at every byte-length boundary, positive and negative', () => {
    for (let bits = 0; bits <= 300; bits++) {
      const p = 1n << BigInt(bits);
      for (const v of [p - 1n, p, -p, -p - 1n]) {
        const t = read(encodeTagged(TAG_I, v));
        expect(t.tag).toBe(TAG_I);
        expect(BigInt(t.value)).toBe(v);
      }
    }
  });

  test('an integer needing more than 8 bytes carries its length as a nested u term', () => {
    const v = 2n ** 2000n; // 251 bytes: count - 9 = 242, a two-byte u term
    const bytes = encodeTagged(TAG_I, v);
    expect(bytes.slice(0, 4)).toEqual([0xf9, 0x08, 0xf2, 0x01]);
    expect(bytes.length).toBe(3 + 251);
    expect(read(bytes).value).toBe(v);
  });

  test('other tags keep their tag and value; values over 2047 use the long form', () => {
    for (const tag of [TAG_U, TAG_A, TAG_X, TAG_F]) {
      for (const v of [0, 15, 16, 2047, 2048, 65535, 2 ** 31, 2 ** 40]) {
        const t = read(encodeTagged(tag, v));
        expect([t.tag, t.value]).toEqual([tag, v]);
      }
    }
    // A positive value with its top bit set gets a zero byte so it stays positive.
    expect(encodeTagged(TAG_U, 0x8000)).toEqual([0x38, 0x00, 0x80, 0x00]);
  });

  test('signedBytes gives the shortest two\'s complement', () => {
    expect(signedBytes(127n)).toEqual([0x7f]);
    expect(signedBytes(128n)).toEqual([0x00, 0x80]);
    expect(signedBytes(-128n)).toEqual([0x80]);
    expect(signedBytes(-129n)).toEqual([0xff, 0x7f]);
    expect(signedBytes(-1n)).toEqual([0xff]);
  });

  test('a value that is not an integer is refused', () => {
    expect(() => encodeTagged(TAG_U, 1.5)).toThrow(RangeError);
  });
});

describe('LitT zlib stream', () => {
  test.each([0, 1, 65535, 65536, 200_000])('%p bytes inflate back unchanged', (n) => {
    const data = Uint8Array.from({ length: n }, (_v, k) => (k * 7) & 0xff);
    expect(Buffer.from(inflateSync(zlibStored(data))).equals(Buffer.from(data))).toBe(true);
  });
});

describe('modules the writer refuses', () => {
  const one = (body: AsmInstruction[], extra: Partial<AsmModule> = {}): AsmModule => ({
    name: a('rt'),
    exports: [{ name: a('main'), arity: 0 }],
    functions: [fn('main', 0, 1, body)],
    ...extra,
  });
  const refusal = (m: AsmModule): AsmError => {
    try {
      writeBeam(m);
    } catch (e) {
      if (e instanceof AsmError) return e;
      throw e;
    }
    throw new Error('writeBeam accepted the module');
  };

  test.each<[string, AsmModule, string, object]>([
    ['an unknown opcode', one([ins('mov', x(0), x(1))]), "unknown opcode 'mov'", { function: 0, instruction: 3 }],
    ['a wrong operand count', one([ins('move', x(0))]), 'move takes 2 operands, got 1', { function: 0, instruction: 3 }],
    ['an obsolete opcode', one([ins('put_string', u(1), u(0), x(0))]), "opcode 'put_string' is obsolete", { function: 0, instruction: 3 }],
    ['an undefined label', one([ins('jump', f(9))]), 'label 9 is not defined', { function: 0, instruction: 3 }],
    ['a register beyond 1023', one([ins('move', x(0), x(1024))]), 'register x(1024) is outside 0..1023', { function: 0, instruction: 3 }],
    ['a list that is not last', one([ins('put_list', { kind: 'list', items: [] }, x(0), x(0))]), 'an extended list must be the last operand', { function: 0, instruction: 3 }],
    ['a label defined twice', one([ins('label', u(2))]), 'label 2 is defined twice', { function: 0, instruction: 3 }],
    ['an export with no function', one([ins('return')], { exports: [{ name: a('nope'), arity: 3 }] }), 'exported function nope/3 is not defined', { export: 0 }],
  ])('%s', (_what, m, message, at) => {
    const e = refusal(m);
    expect(e.message).toContain(message);
    expect(e.at).toEqual(at);
  });
});
