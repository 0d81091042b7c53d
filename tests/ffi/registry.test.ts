// The README's FFI example, run: host code registers my_ffi:read_file/1 and Erlang calls it.

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VM } from '../../reference-vm/vm';
import { Atom } from '../../reference-vm/terms/atom';
import { Bitstring, Tuple, type Term } from '../../reference-vm/terms/types';
import { badarg } from '../../reference-vm/bifs/exception';
import { listFromArray } from '../../reference-vm/terms/construct';
import { termToBinary } from '../../reference-vm/etf/encode';

function makeVm(): VM {
  const vm = new VM();
  vm.natives.plain('my_ffi', 'read_file', 1, ([p]) => {
    if (!(p instanceof Bitstring)) badarg();
    try {
      const { readFileSync } = require('node:fs') as typeof import('node:fs');
      const bytes = readFileSync(Buffer.from(p.bytes).toString('utf8'));
      return new Tuple([Atom.of('ok'), new Bitstring(new Uint8Array(bytes))]);
    } catch {
      return new Tuple([Atom.of('error'), Atom.of('enoent')]);
    }
  });
  return vm;
}

const bin = (s: string): Bitstring => new Bitstring(new Uint8Array(Buffer.from(s)));
const same = (a: Term, b: Term): boolean => Buffer.from(termToBinary(a)).equals(Buffer.from(termToBinary(b)));

test('a host native is callable as an Erlang function', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ffi-'));
  const file = path.join(dir, 'x.txt');
  writeFileSync(file, 'hello');
  const vm = makeVm();
  const ok = vm.runEntry('my_ffi', 'read_file', [bin(file)]);
  expect(ok.outcome).toBe('return');
  if (ok.outcome === 'return') expect(same(ok.value, new Tuple([Atom.of('ok'), bin('hello')]))).toBe(true);
  const missing = vm.runEntry('my_ffi', 'read_file', [bin(path.join(dir, 'nope'))]);
  if (missing.outcome !== 'return') throw new Error(missing.outcome);
  expect(same(missing.value, new Tuple([Atom.of('error'), Atom.of('enoent')]))).toBe(true);
});

test('a host native that raises badarg raises it in Erlang', () => {
  const r = makeVm().runEntry('my_ffi', 'read_file', [Atom.of('not_a_binary')]);
  expect(r.outcome).toBe('exception');
  if (r.outcome === 'exception') {
    expect(r.cls).toBe('error');
    expect(r.reason).toBe(Atom.of('badarg'));
  }
});

test('erlang:apply/3 reaches a host native', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ffi-'));
  writeFileSync(path.join(dir, 'y.txt'), 'via apply');
  const r = makeVm().runEntry('erlang', 'apply', [Atom.of('my_ffi'), Atom.of('read_file'), listFromArray([bin(path.join(dir, 'y.txt'))])]);
  if (r.outcome !== 'return') throw new Error(r.outcome);
  expect(same(r.value, new Tuple([Atom.of('ok'), bin('via apply')]))).toBe(true);
});
