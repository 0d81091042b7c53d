// The `os` module: environment variables, os:type/0 and the time functions.
//
// The environment is NOT the host's: every VM starts with the fixed environment below, so a
// program's results cannot depend on the machine it runs on; putenv/2 and unsetenv/1 change
// that VM's copy only.
//
//   HOME=/home/beamconf  LANG=C.UTF-8  PATH=/usr/local/bin:/usr/bin:/bin  PWD=/
//   SHELL=/bin/sh  TERM=dumb  USER=beamconf
//
// os:type/0 is {unix, linux}. system_time/0,1 and timestamp/0 read the VM's virtual clock:
// through erlang:system_time/0,1 and erlang:timestamp/0 when the VM has them, otherwise as
// 2026-01-01T00:00:00Z plus the virtual time (native unit: microseconds).
// getenv/1, putenv/2, unsetenv/1, system_time/0,1 and timestamp/0 are BIFs (NIFs of os).

import { Atom, atoms } from '../terms/atom';
import { Bitstring, Cons, NIL, Tuple, normalizeInteger, type Term } from '../terms/types';
import type { Process } from '../process/process';
import { badarg } from './exception';
import type { NativeRegistry } from './registry';
import type { NativeContext, PlainNative } from './types';
import { arrayToList } from './support/lists';
import { charlistFromString } from './support/text';

export const FIXED_ENVIRONMENT: ReadonlyArray<readonly [string, string]> = [
  ['HOME', '/home/beamconf'],
  ['LANG', 'C.UTF-8'],
  ['PATH', '/usr/local/bin:/usr/bin:/bin'],
  ['PWD', '/'],
  ['SHELL', '/bin/sh'],
  ['TERM', 'dumb'],
  ['USER', 'beamconf'],
];

/** 2026-01-01T00:00:00Z in seconds: the virtual clock's epoch when erlang has no clock. */
export const VIRTUAL_EPOCH_SECONDS = 1767225600;

const envs = new WeakMap<object, Map<string, string>>();

function envOf(ctx: NativeContext): Map<string, string> {
  const vm = ctx.vm as object;
  let e = envs.get(vm);
  if (e === undefined) {
    e = new Map(FIXED_ENVIRONMENT);
    envs.set(vm, e);
  }
  return e;
}

const decoder = new TextDecoder();

/** A variable name or value given as a (possibly deep) character list; undefined if not one. */
function textOf(t: Term): string | undefined {
  if (!(t instanceof Cons) && t !== NIL) return undefined;
  const out: string[] = [];
  const stack: Term[] = [t];
  while (stack.length > 0) {
    const x = stack.pop() as Term;
    if (x === NIL) continue;
    if (x instanceof Cons) {
      stack.push(x.tail);
      const h = x.head;
      if (typeof h === 'number' && Number.isInteger(h) && h >= 0 && h <= 0x10ffff) out.push(String.fromCodePoint(h));
      else if (h instanceof Cons || h === NIL) stack.push(h);
      else if (h instanceof Bitstring && (h.bitSize & 7) === 0) out.push(decoder.decode(h.bytes.subarray(0, h.byteSize)));
      else return undefined;
      continue;
    }
    return undefined;
  }
  return out.join('');
}

function nameOf(t: Term): string {
  const name = textOf(t);
  if (name === undefined || name.includes('=') || name.includes('\0')) badarg();
  return name;
}

const getenv1: PlainNative = ([name], ctx) => {
  const n = nameOf(name);
  const v = envOf(ctx).get(n);
  return v === undefined ? atoms.false : charlistFromString(v);
};

const getenv2: PlainNative = ([name, dflt], ctx) => {
  const n = nameOf(name);
  const v = envOf(ctx).get(n);
  return v === undefined ? dflt : charlistFromString(v);
};

const getenv0: PlainNative = (_args, ctx) =>
  arrayToList([...envOf(ctx)].map(([k, v]) => charlistFromString(`${k}=${v}`)));

const putenv: PlainNative = ([name, value], ctx) => {
  const n = nameOf(name);
  const v = textOf(value);
  if (n === '' || v === undefined || v.includes('\0')) badarg();
  envOf(ctx).set(n, v);
  return atoms.true;
};

const unsetenv: PlainNative = ([name], ctx) => {
  envOf(ctx).delete(nameOf(name));
  return atoms.true;
};

const env0: PlainNative = (_args, ctx) =>
  arrayToList([...envOf(ctx)].map(([k, v]) => new Tuple([charlistFromString(k), charlistFromString(v)])));

const UNIX = Atom.of('unix');
const LINUX = Atom.of('linux');

// ---- time ----

function erlangNative(ctx: NativeContext, fn: string, arity: number): PlainNative | undefined {
  const nat = (ctx.vm as { natives?: NativeRegistry }).natives?.lookup('erlang', fn, arity);
  return nat !== undefined && nat.kind === 'plain' ? (nat.impl as PlainNative) : undefined;
}

/** Microseconds since the epoch on the virtual clock (fallback clock). */
function virtualMicros(ctx: NativeContext): bigint {
  const now = (ctx.process as Process).rt.scheduler.now;
  return BigInt(VIRTUAL_EPOCH_SECONDS) * 1_000_000n + BigInt(Math.floor(now * 1000));
}

const PER_SECOND: Record<string, bigint> = {
  second: 1n,
  seconds: 1n,
  millisecond: 1000n,
  milli_seconds: 1000n,
  microsecond: 1_000_000n,
  micro_seconds: 1_000_000n,
  nanosecond: 1_000_000_000n,
  nano_seconds: 1_000_000_000n,
  native: 1_000_000n,
  perf_counter: 1_000_000n,
};

function unitPerSecond(unit: Term): bigint {
  if (unit instanceof Atom && Object.prototype.hasOwnProperty.call(PER_SECOND, unit.name)) return PER_SECOND[unit.name];
  if (typeof unit === 'number' && Number.isInteger(unit) && unit > 0) return BigInt(unit);
  return badarg();
}

const systemTime0: PlainNative = (args, ctx) =>
  erlangNative(ctx, 'system_time', 0)?.(args, ctx) ?? normalizeInteger(virtualMicros(ctx));

const systemTime1: PlainNative = (args, ctx) => {
  const viaErlang = erlangNative(ctx, 'system_time', 1);
  if (viaErlang !== undefined) return viaErlang(args, ctx);
  const per = unitPerSecond(args[0]);
  const us = virtualMicros(ctx);
  // Rounded towards minus infinity, as erlang:convert_time_unit/3 does.
  const scaled = us * per;
  const q = scaled / 1_000_000n;
  return normalizeInteger(scaled < 0n && q * 1_000_000n !== scaled ? q - 1n : q);
};

const timestamp: PlainNative = (args, ctx) => {
  const viaErlang = erlangNative(ctx, 'timestamp', 0);
  if (viaErlang !== undefined) return viaErlang(args, ctx);
  const us = virtualMicros(ctx);
  const secs = us / 1_000_000n;
  return new Tuple([Number(secs / 1_000_000n), Number(secs % 1_000_000n), Number(us % 1_000_000n)]);
};

const T: ReadonlyArray<[string, number, PlainNative, boolean]> = [
  ['getenv', 0, getenv0, false],
  ['getenv', 1, getenv1, true],
  ['getenv', 2, getenv2, false],
  ['putenv', 2, putenv, true],
  ['unsetenv', 1, unsetenv, true],
  ['env', 0, env0, true],
  ['type', 0, () => new Tuple([UNIX, LINUX]), false],
  ['system_time', 0, systemTime0, true],
  ['system_time', 1, systemTime1, true],
  ['timestamp', 0, timestamp, true],
];

export function register(reg: NativeRegistry): void {
  for (const [name, arity, impl, bif] of T) reg.plain('os', name, arity, impl, bif);
}
