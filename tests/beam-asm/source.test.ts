// The .beamasm source format: a bad source is reported with file, line and column; the
// committed suite module is reproduced byte for byte; our writer encodes instructions
// exactly as erlc does (when an OTP 26 is installed); and the reference VM refuses the
// forms of fcheckerror / recv_set that OTP 26's loader refuses.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assembleFile, assembleSource, AsmSourceError } from '../../scripts/lib/beam-asm';
import { LoadError } from '../../reference-vm/loader/errors';
import { loadBeam } from '../../reference-vm/loader/load';
import { VM } from '../../reference-vm/vm';
import { splitChunks } from '../loader/helpers';

const ROOT = path.join(__dirname, '..', '..');

const HEADER = `{module, m}.
{exports, [{f, 0}]}.
{function, f, 0, 2}.
  {label, 1}.
    {func_info, {atom, m}, {atom, f}, 0}.
  {label, 2}.
`;

function sourceError(text: string): AsmSourceError {
  try {
    assembleSource(text, 'suites/x/m.beamasm');
  } catch (e) {
    if (e instanceof AsmSourceError) return e;
    throw e;
  }
  throw new Error('the source was accepted');
}

describe('errors name the file, line and column', () => {
  test.each<[string, string, string]>([
    ['an unknown opcode', HEADER + '    {mov, {x, 0}, {x, 1}}.\n', "suites/x/m.beamasm:7:5: unknown opcode 'mov'"],
    ['a wrong operand count', HEADER + '    return.\n    {move, {x, 0}}.\n', 'suites/x/m.beamasm:8:5: move takes 2 operands, got 1'],
    ['an undefined label', HEADER + '    {jump, {f, 99}}.\n', 'suites/x/m.beamasm:7:5: label 99 is not defined'],
    ['an unknown operand', HEADER + '    {move, {z, 0}, {x, 0}}.\n', 'suites/x/m.beamasm:7:5: unknown operand {z,0}'],
    ['a negative untagged integer', HEADER + '    {allocate, -1, 0}.\n', 'suites/x/m.beamasm:7:5: untagged operand -1 must be a non-negative small integer'],
    ['a syntax error', HEADER + '    {move, {x, 0} {x, 1}}.\n', "suites/x/m.beamasm:7:5: syntax error: expected '}'"],
    ['a form without its dot', HEADER + '    return\n', "suites/x/m.beamasm:7:5: form does not end with '.'"],
    ['an unterminated quoted atom', HEADER + "    {move, {atom, 'a}, {x, 0}}.\n", 'suites/x/m.beamasm:7:19: unterminated quoted atom'],
    ['an instruction before any function', '{module, m}.\n{exports, []}.\nreturn.\n', 'suites/x/m.beamasm:3:1: an instruction before the first {function, Name, Arity, Entry}'],
    ['no module form first', '{exports, []}.\n', 'suites/x/m.beamasm:1:1: the first form must be {module, Name}'],
    ['a wrong label count', '{module, m}.\n{exports, []}.\n{labels, 9}.\n' + HEADER.split('\n').slice(2).join('\n') + '    return.\n', 'suites/x/m.beamasm:3:1: {labels, 9} does not match the highest label 2 (expected {labels, 3})'],
    ['an export with no function', '{module, m}.\n{exports, [{f, 0},\n           {g, 1}]}.\n' + HEADER.split('\n').slice(2).join('\n') + '    return.\n', 'suites/x/m.beamasm:3:12: exported function g/1 is not defined'],
  ])('%s', (_what, text, message) => {
    expect(sourceError(text).message).toMatch(new RegExp('^' + message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });

  test('comments, strings and quoted atoms with dots do not end a form', () => {
    const text = HEADER + "    % a comment. With dots.\n    {move, {literal, {\"a. b\", 'c.d', $.}}, {x, 0}}. % trailing.\n    return.\n";
    const m = loadBeam(assembleSource(text, 'm.beamasm'), 'm.beamasm');
    expect(m.code.map((i) => i.name)).toEqual(['label', 'func_info', 'label', 'move', 'return', 'int_code_end']);
  });
});

test('the committed op_legacy_asm.beam is what its source assembles to', () => {
  const dir = path.join(ROOT, 'suites', 'opcodes');
  const built = assembleFile(path.join(dir, 'op_legacy_asm.beamasm'));
  expect(Buffer.from(built).equals(readFileSync(path.join(dir, 'ebin', 'op_legacy_asm.beam')))).toBe(true);
  const m = loadBeam(built, 'op_legacy_asm.beam');
  for (const op of ['fclearerror', 'fcheckerror', 'recv_mark', 'recv_set']) expect(m.code.some((i) => i.name === op)).toBe(true);
});

describe('the reference VM refuses what OTP 26 refuses to load', () => {
  const load = (body: string): unknown => {
    try {
      new VM().loadModule(assembleSource(HEADER + body, 'm.beamasm'), 'm.beam');
      return null;
    } catch (e) {
      return e;
    }
  };
  test('fcheckerror with a fail label', () => {
    const e = load('    fclearerror.\n    {fcheckerror, {f, 1}}.\n    return.\n');
    expect(e).toBeInstanceOf(LoadError);
    expect((e as LoadError).detail).toContain('fcheckerror: no specific operation found');
    expect(load('    fclearerror.\n    {fcheckerror, {f, 0}}.\n    return.\n')).toBeNull();
  });
  test('recv_set not followed by a label and loop_rec', () => {
    const e = load('    {recv_set, {f, 2}}.\n    return.\n');
    expect(e).toBeInstanceOf(LoadError);
    expect((e as LoadError).detail).toContain('recv_set: no specific operation found');
  });
});

// Real OTP is optional: beamconf's tests never need Erlang.
const OTP_HOME = process.env.BEAMCONF_OTP_HOME ?? '/opt/otp26';
const ERLC = path.join(OTP_HOME, 'bin', 'erlc');
const withOtp = existsSync(ERLC) ? test : test.skip;

// A .S file both erlc and our assembler accept: integers at the encoding's boundaries,
// high registers, atoms, nil, literals, floats and imports.
const SHARED_S = `{module, enc}.
{exports, [{f,0}]}.
{attributes, []}.
{labels, 3}.
{function, f, 0, 2}.
  {label,1}.
    {func_info,{atom,enc},{atom,f},0}.
  {label,2}.
    {move,{integer,15},{x,0}}.
    {move,{x,0},{x,1022}}.
    {move,{atom,f},{x,17}}.
    {move,nil,{x,3}}.
    {move,{literal,{a,b}},{x,0}}.
    {move,{float,1.5},{x,0}}.
    {move,{literal,{a,b}},{x,1}}.
    {allocate,0,2}.
    {call_ext,1,{extfunc,erlang,abs,1}}.
    {move,{literal,{a,b}},{x,1}}.
    {call_ext,2,{extfunc,erlang,min,2}}.
    {call_ext,1,{extfunc,erlang,abs,1}}.
    {move,{integer,16},{x,0}}.
    {move,{integer,2047},{x,0}}.
    {move,{integer,2048},{x,0}}.
    {move,{integer,-1},{x,0}}.
    {move,{integer,-129},{x,0}}.
    {move,{integer,-32769},{x,0}}.
    {move,{integer,128},{x,0}}.
    {move,{integer,32768},{x,0}}.
    {move,{integer,576460752303423487},{x,0}}.
    {move,{integer,-576460752303423488},{x,0}}.
    {move,{integer,18446744073709551616},{x,0}}.
    {move,{integer,-18446744073709551617},{x,0}}.
    {deallocate,0}.
    return.
`;

withOtp(`the Code, AtU8, ImpT and ExpT chunks equal erlc's for the same .S (skipped when ${ERLC} is absent)`, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beamconf-asm-'));
  try {
    writeFileSync(path.join(dir, 'enc.S'), SHARED_S);
    execFileSync(ERLC, ['+deterministic', 'enc.S'], { cwd: dir, timeout: 60_000 });
    const theirs = new Map(splitChunks(new Uint8Array(readFileSync(path.join(dir, 'enc.beam')))).map((c) => [c.id, Buffer.from(c.data)]));
    const ours = new Map(splitChunks(assembleSource(SHARED_S, 'enc.S')).map((c) => [c.id, Buffer.from(c.data)]));
    for (const id of ['AtU8', 'ImpT', 'ExpT', 'LocT', 'StrT']) expect([id, ours.get(id)!.toString('hex')]).toEqual([id, theirs.get(id)!.toString('hex')]);
    // The Code header's highest-opcode word differs (erlc writes its own constant); the
    // format, label and function counts and every instruction byte agree.
    const code = (b: Buffer): string => b.subarray(0, 8).toString('hex') + b.subarray(12).toString('hex');
    expect(code(ours.get('Code')!)).toBe(code(theirs.get('Code')!));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
