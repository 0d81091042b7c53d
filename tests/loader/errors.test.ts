// One test per LoadError kind, each corrupting a real fixture at a known place.
//
// lf_tiny's code area (offsets from the first instruction):
//   0 label 1 [01 10]   2 line 1 [99 10]   4 func_info [02 12 22 10]   8 label 2 [01 20]
//  10 return [13]      11 label 3 ...     21 move {atom,lf_tiny} {x,0} [40 12 03]
//  24 call_ext_only 1 0 [4e 10 00] ...    46 int_code_end [03]

import { LoadError, loadBeam } from '../../reference-vm/loader/load';
import {
  chunkOffset,
  codeStart,
  expectKind,
  fixture,
  getChunk,
  inflateLiterals,
  instructionAt,
  literalChunk,
  loadError,
  patched,
  withChunk,
  writeU32,
} from './helpers';

const tiny = fixture('lf_tiny.beam');
const basic = fixture('lf_basic.beam');
const code = codeStart(tiny);

function renameChunk(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const at = chunkOffset(bytes, from) - 8;
  return patched(bytes, at, Array.from(to, (c) => c.charCodeAt(0)));
}

describe('LoadError', () => {
  test('names file, chunk and offset in its message', () => {
    const e = loadError(patched(tiny, code + 10, [0]), 'dir/lf_tiny.beam');
    expect(e).toBeInstanceOf(LoadError);
    expect(e).toBeInstanceOf(Error);
    expect(e.file).toBe('dir/lf_tiny.beam');
    expect(e.chunk).toBe('Code');
    expect(e.offset).toBe(code + 10);
    expect(e.message).toContain('dir/lf_tiny.beam');
    expect(e.message).toContain("'Code'");
    expect(e.message).toContain(`byte ${code + 10}`);
  });

  test('the unmodified fixtures load', () => {
    expect(loadBeam(tiny, 't').name.name).toBe('lf_tiny');
    expect(loadBeam(basic, 'b').name.name).toBe('lf_basic');
  });
});

describe('container', () => {
  test('bad-magic: not FOR1', () => {
    const e = expectKind(patched(tiny, 0, [0x58]), 'bad-magic');
    expect(e.chunk).toBeNull();
    expect(e.offset).toBe(0);
    expectKind(new TextEncoder().encode('#!/usr/bin/env escript\n'), 'bad-magic');
  });

  test('bad-magic: form type is not BEAM', () => {
    const e = expectKind(patched(tiny, 11, [0x58]), 'bad-magic');
    expect(e.offset).toBe(8);
  });

  test('truncated: file shorter than its form size', () => {
    const e = expectKind(tiny.slice(0, 200), 'truncated');
    expect(e.offset).toBe(4);
    expectKind(tiny.slice(0, 3), 'truncated');
    expectKind(new Uint8Array(0), 'truncated');
    expectKind(tiny.slice(0, 10), 'truncated');
  });

  test('truncated: stray bytes after the last chunk', () => {
    const bytes = new Uint8Array(tiny.length + 4);
    bytes.set(tiny);
    const grown = writeU32(bytes, 4, tiny.length - 8 + 4);
    expectKind(grown, 'truncated');
  });

  test('bad-chunk-size: chunk larger than the form', () => {
    const sizeAt = chunkOffset(tiny, 'Code') - 4;
    const e = expectKind(writeU32(tiny, sizeAt, 0x7fffffff), 'bad-chunk-size');
    expect(e.chunk).toBe('Code');
    expect(e.offset).toBe(sizeAt);
    expectKind(writeU32(tiny, sizeAt, 0xfffffff0), 'bad-chunk-size');
  });

  test('bad-chunk-size: Code header larger than the chunk', () => {
    const e = expectKind(writeU32(tiny, chunkOffset(tiny, 'Code'), 1000), 'bad-chunk-size');
    expect(e.chunk).toBe('Code');
  });

  test('missing-chunk: Code, AtU8, ImpT, ExpT', () => {
    expect(expectKind(renameChunk(tiny, 'Code', 'Cod_'), 'missing-chunk').message).toContain('missing code chunk');
    expect(expectKind(withChunk(tiny, 'AtU8', null), 'missing-chunk').message).toContain('missing atom table');
    expect(expectKind(withChunk(tiny, 'ImpT', null), 'missing-chunk').message).toContain('missing import table');
    expect(expectKind(withChunk(tiny, 'ExpT', null), 'missing-chunk').message).toContain('missing export table');
  });

  test('obsolete-chunk: latin1 Atom table of OTP 20 and earlier', () => {
    const e = expectKind(renameChunk(tiny, 'AtU8', 'Atom'), 'obsolete-chunk');
    expect(e.message).toContain('please re-compile this module with an Erlang/OTP 26 compiler');
  });
});

describe('Code chunk', () => {
  test('bad-code-header: unknown instruction set version', () => {
    expectKind(writeU32(tiny, chunkOffset(tiny, 'Code') + 4, 1), 'bad-code-header');
  });

  test('unknown-opcode: opcode 0 and opcode 183', () => {
    expect(expectKind(patched(tiny, code + 10, [0]), 'unknown-opcode').message).toContain('invalid opcode 0');
    expectKind(patched(tiny, code + 10, [183]), 'unknown-opcode');
  });

  test('unknown-opcode: header announces an opcode newer than OTP 26', () => {
    const e = expectKind(writeU32(tiny, chunkOffset(tiny, 'Code') + 8, 183), 'unknown-opcode');
    expect(e.message).toContain('compiled for a later version of the runtime system');
  });

  test('obsolete-opcode: m_plus/4 (27) and put_literal/2 (128)', () => {
    const e = expectKind(patched(tiny, code + 10, [27]), 'obsolete-opcode');
    expect(e.offset).toBe(code + 10);
    expect(e.message).toContain('m_plus/4');
    expect(e.message).toContain('please re-compile this module with an Erlang/OTP 26 compiler or update your Erlang/OTP version');
    expectKind(patched(tiny, code + 10, [128]), 'obsolete-opcode');
  });

  test('bad-compact-term: character tag, float literal, bad extended tag, huge register', () => {
    expectKind(patched(tiny, code + 22, [0x16]), 'bad-compact-term'); // 'h' tag
    expectKind(patched(tiny, code + 22, [0x07]), 'bad-compact-term'); // z 0: old float
    expectKind(patched(tiny, code + 22, [0x67]), 'bad-compact-term'); // z 6: unknown
    expectKind(patched(tiny, code + 22, [0x37, 0x03]), 'bad-compact-term'); // z 3 alloc list, count tagged 'x'
    // x(2047): valid encoding, register beyond MAX_REG
    const e = expectKind(patched(tiny, code + 21, [0x40, 0x12, 0xeb, 0xff]), 'bad-compact-term');
    expect(e.message).toContain('x(2047)');
  });

  test('bad-compact-term: extended list that is not the last operand', () => {
    expectKind(patched(tiny, code + 22, [0x17, 0x00]), 'bad-compact-term');
  });

  test('truncated: code ends without int_code_end', () => {
    const codeData = getChunk(tiny, 'Code');
    const e = expectKind(withChunk(tiny, 'Code', codeData.slice(0, codeData.length - 1)), 'truncated');
    expect(e.chunk).toBe('Code');
    expect(e.message).toContain('without int_code_end');
    // an operand cut off by the end of the chunk
    expectKind(withChunk(tiny, 'Code', codeData.slice(0, 20 + 22)), 'truncated');
  });

  test('atom-index: func_info atom beyond the atom table', () => {
    const e = expectKind(patched(tiny, code + 5, [0xf2]), 'atom-index');
    expect(e.offset).toBe(code + 5);
    expect(e.message).toContain('atom index 15');
  });

  test('literal-index: literal operand beyond LitT', () => {
    const m = loadBeam(basic, 'b');
    const move = m.code.find((i) => i.name === 'move' && i.args[0].kind === 'literal')!;
    const at = codeStart(basic) + move.offset; // move {literal,0} {x,0} = [40 47 00 03]
    expect(Array.from(basic.subarray(at, at + 4))).toEqual([0x40, 0x47, 0x00, 0x03]);
    const e = expectKind(patched(basic, at + 2, [0x40]), 'literal-index');
    expect(e.message).toContain('literal index 4');
  });

  test('label: defined twice, out of range, never defined', () => {
    expect(expectKind(patched(tiny, code + 9, [0x10]), 'label').message).toContain('label 1 defined more than once');
    const fewer = writeU32(tiny, chunkOffset(tiny, 'Code') + 12, 2);
    expectKind(fewer, 'label');
    // move {f,7} {x,0}, with the header allowing labels up to 7
    const more = writeU32(patched(tiny, code + 22, [0x75]), chunkOffset(tiny, 'Code') + 12, 8);
    expect(expectKind(more, 'label').message).toContain('label 7 is never defined');
    // label 7 when the header says 7 labels (0..6)
    expectKind(patched(tiny, code + 22, [0x75]), 'label');
  });

  test('import-index: call_ext_only naming import 2 of 2', () => {
    const e = expectKind(patched(tiny, code + 26, [0x20]), 'import-index');
    expect(e.offset).toBe(code + 24);
  });

  test('lambda-index: make_fun3 naming lambda 2 of 2', () => {
    const at = instructionAt(basic, 'make_fun3');
    expectKind(patched(basic, at + 1, [0x20]), 'lambda-index');
  });

  test('line-index: line item beyond the Line table', () => {
    expectKind(patched(tiny, code + 3, [0x50]), 'line-index');
  });

  test('string-range: bs_put_string beyond StrT', () => {
    // move {atom,lf_tiny} {x,0} rewritten as bs_put_string 5 0 (StrT is empty)
    expectKind(patched(tiny, code + 21, [92, 0x50, 0x00]), 'string-range');
  });

  test('bad-function: function count, foreign module in func_info, lone func_info', () => {
    const e = expectKind(writeU32(tiny, chunkOffset(tiny, 'Code') + 16, 4), 'bad-function');
    expect(e.message).toContain('header says 4');
    expect(expectKind(patched(tiny, code + 5, [0x22]), 'bad-function').message).toContain("module 'id'");
    // label 1 replaced by a 2-byte 'return, return': func_info has no label before it
    expect(expectKind(patched(tiny, code + 0, [0x13, 0x13]), 'bad-function').message).toContain('not preceded by its label');
  });

  test('bad-operand: label/1 with an atom operand', () => {
    expectKind(patched(tiny, code + 9, [0x22]), 'bad-operand');
  });
});

describe('tables', () => {
  test('bad-table: zero atoms, invalid UTF-8 atom, bad arity, lambda table size', () => {
    const atoms = chunkOffset(tiny, 'AtU8');
    expectKind(writeU32(tiny, atoms, 0), 'bad-table');
    expectKind(patched(tiny, atoms + 5, [0xff]), 'bad-table');
    expectKind(writeU32(tiny, chunkOffset(tiny, 'ImpT') + 12, 256), 'bad-table');
    // FunT must be 4 + 24 * N bytes (the module checksum walks it in 24-byte steps)
    const funT = getChunk(basic, 'FunT');
    const longer = new Uint8Array(funT.length + 1);
    longer.set(funT);
    expectKind(withChunk(basic, 'FunT', longer), 'bad-table');
    expectKind(withChunk(basic, 'FunT', funT.slice(0, funT.length - 1)), 'truncated');
  });

  test('truncated: table count larger than its chunk', () => {
    const e = expectKind(writeU32(tiny, chunkOffset(tiny, 'ImpT'), 1000), 'truncated');
    expect(e.chunk).toBe('ImpT');
  });

  test('atom-index: import naming atom 0 or beyond the table', () => {
    expectKind(writeU32(tiny, chunkOffset(tiny, 'ImpT') + 4, 0), 'atom-index');
    expectKind(writeU32(tiny, chunkOffset(tiny, 'ImpT') + 8, 6), 'atom-index');
  });

  test('bad-export: export label that is not its function entry', () => {
    const exp = chunkOffset(tiny, 'ExpT');
    // first entry: module_info/1 at label 6
    const e = expectKind(writeU32(tiny, exp + 12, 5), 'bad-export');
    expect(e.chunk).toBe('ExpT');
    expect(e.offset).toBe(exp + 4);
    expectKind(writeU32(tiny, exp + 12, 99), 'bad-export');
    expectKind(writeU32(tiny, exp + 12, 4), 'bad-export'); // entry of module_info/0, not /1
  });

  test('label: lambda label that is not its function entry', () => {
    expectKind(writeU32(basic, chunkOffset(basic, 'FunT') + 4 + 8, 1), 'label');
  });

  test('bad-line-table: item with a register tag', () => {
    const line = chunkOffset(tiny, 'Line');
    expect(tiny[line + 20]).toBe(0x51);
    expectKind(patched(tiny, line + 20, [0x53]), 'bad-line-table');
    expectKind(writeU32(tiny, line + 12, 100), 'bad-line-table');
  });

  test('a Line chunk of an unknown version is ignored', () => {
    const m = loadBeam(writeU32(tiny, chunkOffset(tiny, 'Line'), 7), 't');
    expect(m.lines).toBeNull();
  });

  test('bad-type-table: entry 0 is not the any type', () => {
    const type = chunkOffset(tiny, 'Type');
    expectKind(patched(tiny, type + 8, [0x00, 0x01]), 'bad-type-table');
    expectKind(patched(tiny, type + 8, [0x00, 0x00]), 'bad-type-table');
  });

  test('a Type chunk of an unknown version is ignored (typed registers lose their type)', () => {
    const m = loadBeam(writeU32(basic, chunkOffset(basic, 'Type'), 9), 'b');
    expect(m.typeTable).toBeNull();
    const gme = m.code.find((i) => i.name === 'get_map_elements')!;
    expect(gme.args[1]).toEqual({ kind: 'x', n: 1 });
  });
});

describe('literals', () => {
  test('zlib: corrupt compressed stream', () => {
    const lit = chunkOffset(basic, 'LitT');
    const e = expectKind(patched(basic, lit + 4, [0x00]), 'zlib');
    expect(e.chunk).toBe('LitT');
    expectKind(patched(basic, lit + 20, [basic[lit + 20] ^ 0xff]), 'zlib');
  });

  test('zlib: negative declared size, truncated stream', () => {
    const lit = chunkOffset(basic, 'LitT');
    expectKind(writeU32(basic, lit, 0xffffffff), 'zlib');
    const data = getChunk(basic, 'LitT');
    expectKind(withChunk(basic, 'LitT', data.slice(0, data.length - 10)), 'zlib');
  });

  test('zlib: a bomb is cut off at the declared size', () => {
    const table = new Uint8Array(50_000_000); // inflates to 50 MB of zeros
    const e = expectKind(withChunk(basic, 'LitT', literalChunk(table, 1000)), 'zlib');
    expect(e.message).toContain('declared size 1000');
    // smaller than declared is accepted by OTP (uncompress reports the real size)
    const real = inflateLiterals(basic);
    expect(loadBeam(withChunk(basic, 'LitT', literalChunk(real, real.length + 100)), 'b').literals.length).toBe(4);
  });

  test('bad-literal: external term with a wrong version byte', () => {
    const table = inflateLiterals(basic);
    expect(table[8]).toBe(131);
    const bad = table.slice();
    bad[8] = 0;
    const e = expectKind(withChunk(basic, 'LitT', literalChunk(bad)), 'bad-literal');
    expect(e.message).toContain('literal 0');
  });

  test('bad-literal: literal size beyond the table, count beyond the table', () => {
    const table = inflateLiterals(basic);
    const big = table.slice();
    new DataView(big.buffer).setUint32(4, 100000);
    expectKind(withChunk(basic, 'LitT', literalChunk(big)), 'bad-literal');
    const many = table.slice();
    new DataView(many.buffer).setUint32(0, 100000);
    expectKind(withChunk(basic, 'LitT', literalChunk(many)), 'bad-literal');
  });

  test('bad-term: Attr and CInf that are not external terms', () => {
    expectKind(patched(tiny, chunkOffset(tiny, 'Attr'), [0]), 'bad-term');
    expectKind(patched(tiny, chunkOffset(tiny, 'CInf') + 1, [0xff]), 'bad-term');
  });
});

test('module-name: expected name differs', () => {
  let caught: unknown;
  try {
    loadBeam(tiny, 't', { expectedModule: 'other' });
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(LoadError);
  expect((caught as LoadError).kind).toBe('module-name');
  expect((caught as LoadError).chunk).toBe('AtU8');
});
