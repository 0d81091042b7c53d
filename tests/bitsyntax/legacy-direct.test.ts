// bs_put_string cannot be produced from source or .S by the OTP 26 compiler (beam_a turns
// it into bs_put_binary of a literal), so it is exercised directly here through its
// prepare/exec halves, with the legacy builder as bs_init2 leaves it.

import * as bs_put_string from '../../reference-vm/opcodes/bs_put_string';
import { builder, startBuilding } from '../../reference-vm/bitsyntax/legacy-builder';
import { Insn } from '../../reference-vm/runtime/insn';
import type { PrepareContext } from '../../reference-vm/runtime/prepare';
import type { LoadedModule, Operand } from '../../reference-vm/loader/types';
import type { Process } from '../../reference-vm/process/process';

function fakeContext(strings: Uint8Array): PrepareContext {
  return {
    loaded: { strings } as unknown as LoadedModule,
    u: (o: Operand) => (o.kind === 'u' ? o.value : NaN),
  } as unknown as PrepareContext;
}

test('bs_put_string copies string-table bytes at the (unaligned) write position', () => {
  const insn = new Insn(92, () => 0);
  const strings = new TextEncoder().encode('xxabcyy');
  bs_put_string.prepare(insn, [{ kind: 'u', value: 3 }, { kind: 'u', value: 2 }], fakeContext(strings));
  const out = new Uint8Array(4);
  startBuilding(out, 4);
  expect(insn.exec(null as unknown as Process, insn, 10)).toBe(11);
  expect(builder.offset).toBe(28);
  // 4 zero bits, then "abc" = 0x61 0x62 0x63, then 4 zero bits
  expect([...out]).toEqual([0x06, 0x16, 0x26, 0x30]);
});
