// Runs the calls of cases.txt on the reference VM and compares every result (value, or
// exception class, reason and stack trace with error_info) with what Erlang/OTP 26.2.5
// gave for the same call (otp-results.ts, produced by capture.escript).
//
// Fixtures: bs_match_ops.erl and bs_construct_ops.erl compiled with
// `erlc +deterministic`, bs_legacy.S assembled with `erlc +from_asm +deterministic`
// (pre-OTP 25 instructions the compiler no longer emits).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VM } from '../../reference-vm/vm';
import { parseArgs, parseTerm } from '../../harness/term-text';
import { exactEquals } from '../../reference-vm/terms/compare';
import { writeTerm } from '../../reference-vm/printing/write';
import { Atom, Tuple, type Term } from '../../reference-vm/terms/types';
import { OTP_RESULTS } from './otp-results';

const FIXTURES = join(__dirname, 'fixtures');
const MODULES = ['bs_match_ops', 'bs_construct_ops', 'bs_legacy'];

function newVm(): VM {
  const vm = new VM();
  for (const m of MODULES) vm.loadModule(new Uint8Array(readFileSync(join(FIXTURES, `${m}.beam`))), `${m}.beam`);
  return vm;
}

/** The outcome in the shape capture.escript prints: {return, V} | {exception, C, R, Stack}. */
function outcome(vm: VM, module: string, fn: string, args: Term[]): Term {
  const r = vm.runEntry(module, fn, args, { timeoutMs: 10_000 });
  if (r.outcome === 'return') return new Tuple([Atom.of('return'), r.value]);
  if (r.outcome === 'exception') return new Tuple([Atom.of('exception'), Atom.of(r.cls), r.reason, r.stacktrace]);
  return new Tuple([Atom.of(r.outcome)]);
}

describe('bit-syntax opcodes against OTP 26.2.5', () => {
  const vm = newVm();
  test.each(OTP_RESULTS.map((c) => [`${c.module}:${c.fn}${c.args}`, c] as const))('%s', (_name, c) => {
    const actual = outcome(vm, c.module, c.fn, parseArgs(c.args));
    const expected = parseTerm(c.result);
    if (!exactEquals(actual, expected)) {
      // Show both as text for a readable failure.
      expect(writeTerm(actual)).toBe(writeTerm(expected));
    }
    expect(exactEquals(actual, expected)).toBe(true);
  });
});

describe('bit-syntax opcodes seen by the VM', () => {
  test('every bit-syntax opcode of the fixtures ran', () => {
    const vm = newVm();
    for (const c of OTP_RESULTS) outcome(vm, c.module, c.fn, parseArgs(c.args));
    const ran = [...vm.executedOpcodeCounts().keys()].filter((n) => n.startsWith('bs_')).sort();
    expect(ran).toEqual([
      'bs_add',
      'bs_append',
      'bs_create_bin',
      'bs_get_binary2',
      'bs_get_float2',
      'bs_get_integer2',
      'bs_get_position',
      'bs_get_tail',
      'bs_get_utf16',
      'bs_get_utf32',
      'bs_get_utf8',
      'bs_init2',
      'bs_init_bits',
      'bs_init_writable',
      'bs_match',
      'bs_match_string',
      'bs_private_append',
      'bs_put_binary',
      'bs_put_float',
      'bs_put_integer',
      'bs_put_utf16',
      'bs_put_utf32',
      'bs_put_utf8',
      'bs_set_position',
      'bs_skip_bits2',
      'bs_skip_utf16',
      'bs_skip_utf32',
      'bs_skip_utf8',
      'bs_start_match3',
      'bs_start_match4',
      'bs_test_tail2',
      'bs_test_unit',
      'bs_utf16_size',
      'bs_utf8_size',
    ]);
  });
});

describe('appending in a loop', () => {
  test('<<Acc/binary, N:8>> 200000 times stays fast and correct', () => {
    const vm = newVm();
    const started = Date.now();
    const r = vm.runEntry('bs_construct_ops', 'append_loop', [200_000], { timeoutMs: 20_000 });
    expect(r.outcome).toBe('return');
    if (r.outcome !== 'return') return;
    const b = r.value as unknown as { bytes: Uint8Array; bitSize: number };
    expect(b.bitSize).toBe(200_000 * 8);
    for (const k of [0, 1, 999, 199_999]) expect(b.bytes[k]).toBe((200_000 - k) & 0xff);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
