// Dynamic native coverage: a case's called natives include those reached only through
// apply (which no import table shows), and asking whether a function exists binds nothing.

import path from 'node:path';
import { runReferenceCase } from '../../harness/targets/reference-case';
import { VM } from '../../reference-vm/vm';
import { Atom } from '../../reference-vm/terms/types';

const EBIN = path.join(__dirname, '..', '..', 'suites', 'gleam_ffi', 'ebin');

test('natives called through apply are reported for the case', () => {
  const r = runReferenceCase({ key: 'gffi_stdlib/identity', beams: [path.join(EBIN, 'gffi_stdlib.beam')], module: 'gffi_stdlib', function: 'identity', argsText: '[]', timeoutMs: 10_000 });
  expect(r.run.outcome).toBe('return');
  // gffi_stdlib calls apply(gleam_stdlib, identity, Args): no import of gleam_stdlib:identity/1.
  expect(r.natives).toContain('gleam_stdlib:identity/1');
  expect(r.natives).not.toContain('gleam_stdlib:parse_int/1');
  expect([...r.natives].sort()).toEqual(r.natives);
});

test('function_exported/3 on a native does not count as a call', () => {
  const vm = new VM();
  expect(vm.runtime.isExported(Atom.of('lists'), Atom.of('reverse'), 1)).toBe(true);
  expect(vm.runtime.isExported(Atom.of('lists'), Atom.of('no_such_function'), 1)).toBe(false);
  expect(vm.calledNatives()).not.toContain('lists:reverse/1');
});
