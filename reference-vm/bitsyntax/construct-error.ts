// How a failing bs_create_bin raises (OTP 26 JIT, beam_jit_bs_construct_fail_info):
// error:badarg (or system_limit) whose stack frame for the current function carries
//   {error_info, #{cause => {SegmentNumber, Op, Info, Value},
//                  function => format_bs_fail, module => erl_erts_errors}}
// Op is the segment type (binary for binary/append segments), Info says what was wrong
// (type, size, unit, short, invalid, no_float), Value is the offending term.

import { atoms } from '../terms/atom';
import { ErlMap } from '../terms/map';
import { Atom, Tuple, type Term } from '../terms/types';
import { Failure } from '../runtime/failure';

export const bsAtoms = {
  binary: Atom.of('binary'),
  float: Atom.of('float'),
  integer: Atom.of('integer'),
  utf8: Atom.of('utf8'),
  utf16: Atom.of('utf16'),
  utf32: Atom.of('utf32'),
  type: Atom.of('type'),
  size: Atom.of('size'),
  unit: Atom.of('unit'),
  short: Atom.of('short'),
  invalid: Atom.of('invalid'),
  no_float: Atom.of('no_float'),
  cause: Atom.of('cause'),
  function: Atom.of('function'),
  module: Atom.of('module'),
  format_bs_fail: Atom.of('format_bs_fail'),
  erl_erts_errors: Atom.of('erl_erts_errors'),
  all: Atom.of('all'),
  undefined: Atom.of('undefined'),
  append: Atom.of('append'),
  private_append: Atom.of('private_append'),
  string: Atom.of('string'),
} as const;

/** What went wrong in one segment; turned into an exception or a jump by the caller. */
export class ConstructError {
  constructor(
    readonly segment: number,
    readonly op: Atom,
    readonly info: Atom,
    readonly value: Term,
    /** badarg or system_limit */
    readonly reason: Atom = atoms.badarg,
  ) {}

  errorInfo(): Term {
    const cause = new Tuple([this.segment, this.op, this.info, this.value]);
    return ErlMap.fromEntries([
      [bsAtoms.cause, cause],
      [bsAtoms.function, bsAtoms.format_bs_fail],
      [bsAtoms.module, bsAtoms.erl_erts_errors],
    ]);
  }

  /** The exception raised by the instruction at `ip` (frame: that function, with error_info). */
  failure(ip: number): Failure {
    return new Failure('error', this.reason, null, ip, null, this.errorInfo());
  }
}

/** badarg unless `size` is a non-negative integer, in which case system_limit (OTP's rule). */
export function sizeErrorReason(size: Term): Atom {
  if ((typeof size === 'number' && size >= 0) || (typeof size === 'bigint' && size >= 0n)) return atoms.system_limit;
  return atoms.badarg;
}
