// The per-case module for VMs that take no arguments and only start a module's
// start/0 (AtomVM, most embedded BEAMs). The portable driver's start/0 calls
// beamconf_case:spec() and runs the {Module, Function, Args} it gets back, so the
// case is baked into a tiny generated module:
//
//   -module(beamconf_case).
//   -export([spec/0]).
//   spec() -> <<"836803...">>.        % any literal term
//
// This file writes that module as a .beam with the fewest chunks OTP 26's loader
// (and AtomVM's) accept: AtU8, Code, StrT, ImpT, ExpT, LocT and a zlib-compressed
// LitT holding the one literal. No compiler is needed at run time.

import { deflateSync } from 'node:zlib';
import { termToBinary } from '../../../reference-vm/etf/encode';
import { Bitstring, type Term } from '../../../reference-vm/terms/types';

export const CASE_MODULE = 'beamconf_case';
export const CASE_FUNCTION = 'spec';
export const CASE_BEAM_FILE = `${CASE_MODULE}.beam`;

/** Generic opcode numbers (OTP's genop.tab) of the instructions the module uses. */
const OP = { label: 1, func_info: 2, int_code_end: 3, return: 19, move: 64 } as const;

/** Operand tags of the compact term encoding. */
const TAG = { u: 0, a: 2, x: 3, z: 7 } as const;
/** Extended-tag number of a literal-table index (written after the z tag). */
const EXT_LITERAL = 4;

/** One operand in the compact term encoding: tag in the low 3 bits, value above. */
function compact(tag: number, value: number): number[] {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`compact operand ${value} out of range`);
  if (value < 16) return [(value << 4) | tag];
  if (value < 2048) return [((value >> 3) & 0xe0) | 0x08 | tag, value & 0xff];
  // Larger values: a length-prefixed big-endian integer (2..8 bytes).
  const bytes: number[] = [];
  for (let v = value; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  if (bytes[0] & 0x80) bytes.unshift(0); // stays non-negative when read back as signed
  return [((bytes.length - 2) << 5) | 0x18 | tag, ...bytes];
}

const u = (n: number): number[] => compact(TAG.u, n);
const a = (atomIndex: number): number[] => compact(TAG.a, atomIndex);
const x = (n: number): number[] => compact(TAG.x, n);
const literal = (index: number): number[] => [(EXT_LITERAL << 4) | TAG.z, ...u(index)];

function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

/** An IFF chunk: id, big-endian size, data, zero padding to a 4-byte boundary. */
function chunk(id: string, data: Uint8Array | number[]): Uint8Array {
  const body = data instanceof Uint8Array ? data : Uint8Array.from(data);
  const padded = (body.length + 3) & ~3;
  const out = new Uint8Array(8 + padded);
  out.set(Buffer.from(id, 'latin1'), 0);
  out.set(u32(body.length), 4);
  out.set(body, 8);
  return out;
}

function atomTable(names: readonly string[]): number[] {
  const out = u32(names.length);
  for (const n of names) {
    const b = Buffer.from(n, 'utf8');
    if (b.length > 255) throw new RangeError(`atom ${n} is too long`);
    out.push(b.length, ...b);
  }
  return out;
}

/**
 * The .beam file of a module `moduleName` exporting `functionName/0`, which returns
 * `value` (a literal: no heap building at run time, so any term the external term
 * format can hold works).
 */
export function literalModuleBeam(value: Term, moduleName = CASE_MODULE, functionName = CASE_FUNCTION): Uint8Array {
  // Atom 1 must be the module's own name.
  const atoms = [moduleName, functionName];
  const MODULE_ATOM = 1;
  const FUNCTION_ATOM = 2;
  const code = [
    OP.label, ...u(1),
    OP.func_info, ...a(MODULE_ATOM), ...a(FUNCTION_ATOM), ...u(0),
    OP.label, ...u(2),
    OP.move, ...literal(0), ...x(0),
    OP.return,
    OP.int_code_end,
  ];
  const labelCount = 3; // labels 1 and 2, plus the unused label 0
  const functionCount = 1;
  const codeHeader = [...u32(16), ...u32(0), ...u32(OP.move), ...u32(labelCount), ...u32(functionCount)];

  const ext = termToBinary(value);
  const literals = Uint8Array.from([...u32(1), ...u32(ext.length), ...ext]);
  const litT = Uint8Array.from([...u32(literals.length), ...deflateSync(literals)]);

  const chunks = [
    chunk('AtU8', atomTable(atoms)),
    chunk('Code', [...codeHeader, ...code]),
    chunk('StrT', []),
    chunk('ImpT', u32(0)),
    // ExpT entries: function atom, arity, entry label.
    chunk('ExpT', [...u32(1), ...u32(FUNCTION_ATOM), ...u32(0), ...u32(2)]),
    chunk('LocT', u32(0)),
    chunk('LitT', litT),
  ];
  const bodySize = 4 + chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(8 + bodySize);
  out.set(Buffer.from('FOR1', 'latin1'), 0);
  out.set(u32(bodySize), 4);
  out.set(Buffer.from('BEAM', 'latin1'), 8);
  let at = 12;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** beamconf_case.beam for one case: spec/0 returns the case's spec hex as a binary. */
export function caseBeam(specHex: string): Uint8Array {
  return literalModuleBeam(new Bitstring(new Uint8Array(Buffer.from(specHex, 'latin1'))));
}
