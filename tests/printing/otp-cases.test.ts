// Every case in otp-expectations.ts (outputs recorded from OTP 26.2.5) run through
// the reference VM's printers.

import { parseArgs, parseTerm } from '../../harness/term-text';
import { codePointsOf } from '../../reference-vm/printing/chars';
import { displayTerm } from '../../reference-vm/printing/display';
import { FormatError, formatToString } from '../../reference-vm/printing/format';
import { OTP_CASES } from './otp-expectations';

function run(kind: 'format' | 'format_pc_unicode' | 'display', fmt: string, args: string): string | null {
  if (kind === 'display') return displayTerm(parseTerm(args));
  try {
    const printableRange = kind === 'format_pc_unicode' ? 'unicode' : 'latin1';
    return formatToString(codePointsOf(fmt), parseArgs(args), { printableRange });
  } catch (e) {
    if (e instanceof FormatError) return null;
    throw e;
  }
}

const formatCases = OTP_CASES.filter((c) => c[0] === 'format' && c[3] !== false);
const pcUnicodeCases = OTP_CASES.filter((c) => c[0] === 'format_pc_unicode');
const displayCases = OTP_CASES.filter((c) => c[0] === 'display');
const nonCharCases = OTP_CASES.filter((c) => c[3] === false);

describe('io_lib:format/2 matches OTP 26', () => {
  test.each(formatCases.map((c, i) => [i, c[1], c[2], c[3]] as const))('#%d %j %s', (_i, fmt, args, expected) => {
    expect(run('format', fmt, args)).toBe(expected);
  });
});

describe('io_lib:format/2 matches OTP 26 started with +pc unicode', () => {
  test.each(pcUnicodeCases.map((c) => [c[1], c[2], c[3]] as const))('%j %s', (fmt, args, expected) => {
    expect(run('format_pc_unicode', fmt, args)).toBe(expected);
  });
});

describe('erlang:display/1 text matches OTP 26', () => {
  test.each(displayCases.map((c) => [c[2], c[3]] as const))('%s', (args, expected) => {
    expect(run('display', '', args)).toBe(expected);
  });
});

// OTP returns these lists with non-characters in them (the io server fails later);
// the reference printer rejects them up front.
describe('non-character output is rejected', () => {
  test.each(nonCharCases.map((c) => [c[1], c[2]] as const))('%j %s', (fmt, args) => {
    expect(() => formatToString(codePointsOf(fmt), parseArgs(args))).toThrow(FormatError);
  });
});
