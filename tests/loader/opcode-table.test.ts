// The opcode table data against facts of OTP 26's genop.tab.

import { existsSync, readFileSync } from 'node:fs';
import { allOpcodes, OPCODE_COUNT, opcodeByName, opcodeByNumber } from '../../reference-vm/opcodes/table';

test('182 opcodes, numbered 1..182 without gaps', () => {
  expect(OPCODE_COUNT).toBe(182);
  allOpcodes().forEach((op, i) => expect(op.number).toBe(i + 1));
  expect(opcodeByNumber(0)).toBeUndefined();
  expect(opcodeByNumber(183)).toBeUndefined();
  expect(opcodeByNumber(1.5)).toBeUndefined();
});

test('known entries', () => {
  expect(opcodeByNumber(1)).toEqual({ number: 1, name: 'label', arity: 1, obsolete: false });
  expect(opcodeByNumber(64)).toEqual({ number: 64, name: 'move', arity: 2, obsolete: false });
  expect(opcodeByName('call_ext')).toEqual({ number: 7, name: 'call_ext', arity: 2, obsolete: false });
  expect(opcodeByName('bs_append')).toMatchObject({ number: 134, arity: 8 });
  expect(opcodeByName('bs_match')).toEqual({ number: 182, name: 'bs_match', arity: 3, obsolete: false });
  expect(opcodeByName('m_plus')).toEqual({ number: 27, name: 'm_plus', arity: 4, obsolete: true });
  expect(opcodeByName('put_literal')).toMatchObject({ number: 128, obsolete: true });
  expect(opcodeByName('no_such_op')).toBeUndefined();
});

test('36 obsolete opcodes', () => {
  const obsolete = allOpcodes().filter((op) => op.obsolete).map((op) => op.number);
  expect(obsolete).toEqual([
    27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 54, 68, 70, 71, 76, 79, 80, 81, 82, 83, 84, 85, 86, 87,
    88, 93, 110, 116, 122, 123, 126, 127, 128, 130,
  ]);
});

// When the OTP 26 sources are at hand, compare with genop.tab line by line.
const GENOP = '/opt/otp26-src/lib/compiler/src/genop.tab';
(existsSync(GENOP) ? test : test.skip)('matches genop.tab', () => {
  const rows = readFileSync(GENOP, 'utf8')
    .split('\n')
    .map((l) => /^(\d+): (-?)(\w+)\/(\d+)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ number: Number(m[1]), name: m[3], arity: Number(m[4]), obsolete: m[2] === '-' }));
  expect(allOpcodes()).toEqual(rows);
});
