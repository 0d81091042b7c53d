// io: output through the calling process's group leader. OTP sends io requests to the
// group leader, which formats and writes; here the native does both and appends the
// UTF-8 bytes to the group leader's output, answering as OTP's group.erl answers.
// Input requests return eof (the harness gives programs no standard input).

import { Atom, atoms } from '../terms/atom';
import { Pid, Tuple, type Term } from '../terms/types';
import { writeTerm } from '../printing/write';
import { charactersToBinary } from '../unicode/encoding';
import { Bitstring } from '../terms/types';
import { ErlangException } from './exception';
import { formatChars } from './io_lib';
import type { NativeContext } from './types';
import type { NativeRegistry } from './registry';
import { routeToIoServers } from './io_request';

const STANDARD_IO = Atom.of('standard_io');
const STANDARD_ERROR = Atom.of('standard_error');
const USER = Atom.of('user');
const UNICODE = Atom.of('unicode');
const ERL_STDLIB_ERRORS = Atom.of('erl_stdlib_errors');

/** Where output to a device goes: the captured group-leader output, or nowhere we record. */
type Sink = 'captured' | 'uncaptured' | 'bad';

function sinkOf(device: Term | undefined): Sink {
  if (device === undefined || device === STANDARD_IO) return 'captured';
  // standard_error and user write to the VM's own stderr/stdout, which a case's
  // recorded output (its group leader's) does not include.
  if (device === STANDARD_ERROR || device === USER) return 'uncaptured';
  if (device instanceof Pid) return 'captured';
  return 'bad';
}

const encoder = new TextEncoder();

function utf8(chars: readonly number[]): Uint8Array {
  return encoder.encode(String.fromCodePoint(...chars));
}

/** The badarg io.erl raises for a device error (erlang:error/3 in its o_request). */
function deviceError(fn: string, origArgs: Term[], reason: Term): never {
  const { ErlMap } = require('../terms/map') as typeof import('../terms/map');
  const info = ErlMap.fromEntries([
    [Atom.of('cause'), new Tuple([Atom.of('device'), reason])],
    [Atom.of('module'), ERL_STDLIB_ERRORS],
  ]);
  void fn;
  throw new ErlangException('error', atoms.badarg, info, { args: origArgs, file: 'io.erl', line: 103 });
}

function emit(ctx: NativeContext, sink: Sink, bytes: Uint8Array): void {
  if (sink === 'captured') ctx.writeOutput(bytes);
}

function format(fn: string, device: Term | undefined, fmt: Term, args: Term, origArgs: Term[], ctx: NativeContext): Term {
  const sink = sinkOf(device);
  if (sink === 'bad') deviceError(fn, origArgs, atoms.undefined);
  const chars = formatChars(fmt, args);
  if (chars === null) deviceError(fn, origArgs, Atom.of('format'));
  emit(ctx, sink, utf8(chars));
  return atoms.ok;
}

function putChars(device: Term | undefined, chars: Term, origArgs: Term[], ctx: NativeContext): Term {
  const sink = sinkOf(device);
  if (sink === 'bad') deviceError('put_chars', origArgs, atoms.undefined);
  const bin = charactersToBinary(chars, UNICODE, () => deviceError('put_chars', origArgs, new Tuple([Atom.of('put_chars'), UNICODE, chars])));
  if (!(bin instanceof Bitstring)) deviceError('put_chars', origArgs, new Tuple([Atom.of('put_chars'), UNICODE, chars]));
  emit(ctx, sink, bin.bytes.subarray(0, bin.byteSize));
  return atoms.ok;
}

export function register(reg: NativeRegistry): void {
  for (const fn of ['format', 'fwrite']) {
    reg.plain('io', fn, 1, (a, ctx) => format(fn, undefined, a[0], NIL_LIST, a, ctx));
    reg.plain('io', fn, 2, (a, ctx) => format(fn, undefined, a[0], a[1], a, ctx));
    reg.plain('io', fn, 3, (a, ctx) => format(fn, a[0], a[1], a[2], a, ctx));
  }
  reg.plain('io', 'put_chars', 1, (a, ctx) => putChars(undefined, a[0], a, ctx));
  reg.plain('io', 'put_chars', 2, (a, ctx) => putChars(a[0], a[1], a, ctx));
  reg.plain('io', 'nl', 0, (_a, ctx) => (emit(ctx, 'captured', utf8([10])), atoms.ok));
  reg.plain('io', 'nl', 1, (a, ctx) => {
    const sink = sinkOf(a[0]);
    if (sink === 'bad') deviceError('nl', a, atoms.undefined);
    emit(ctx, sink, utf8([10]));
    return atoms.ok;
  });
  reg.plain('io', 'write', 1, (a, ctx) => (emit(ctx, 'captured', encoder.encode(writeTerm(a[0]))), atoms.ok));
  reg.plain('io', 'write', 2, (a, ctx) => {
    const sink = sinkOf(a[0]);
    if (sink === 'bad') deviceError('write', a, atoms.undefined);
    emit(ctx, sink, encoder.encode(writeTerm(a[1])));
    return atoms.ok;
  });
  reg.plain('io', 'get_line', 1, () => Atom.of('eof'));
  reg.plain('io', 'get_line', 2, () => Atom.of('eof'));
  reg.plain('io', 'get_chars', 2, () => Atom.of('eof'));
  reg.plain('io', 'get_chars', 3, () => Atom.of('eof'));
  reg.plain('io', 'columns', 0, () => new Tuple([atoms.error, Atom.of('enotsup')]));
  reg.plain('io', 'columns', 1, () => new Tuple([atoms.error, Atom.of('enotsup')]));
  reg.plain('io', 'rows', 0, () => new Tuple([atoms.error, Atom.of('enotsup')]));
  reg.plain('io', 'printable_range', 0, () => Atom.of('latin1'), true);
  reg.plain('io', 'setopts', 1, () => atoms.ok);
  reg.plain('io', 'setopts', 2, () => atoms.ok);
  reg.plain('io', 'getopts', 0, () => GETOPTS);
  // Output to an io server that is an Erlang process goes through the I/O protocol.
  routeToIoServers(reg);
}

import { listFromArray } from '../terms/construct';
const NIL_LIST: Term = listFromArray([]);
const GETOPTS: Term = listFromArray([new Tuple([Atom.of('binary'), atoms.false]), new Tuple([Atom.of('encoding'), UNICODE])]);
