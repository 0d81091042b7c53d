// Time BIFs on the VM's virtual clock (scheduler.now, in milliseconds), so a run is
// deterministic: monotonic_time starts at a fixed, OTP-like negative value and advances
// only with virtual time; system time is a fixed epoch plus virtual time. The native
// time unit is the nanosecond, as on Linux.

import { Atom } from '../../terms/atom';
import { Cons, NIL, normalizeInteger, toBigInt, Tuple, type Term } from '../../terms/types';
import type { Process } from '../../process/process';
import type { Runtime } from '../../runtime/runtime';
import { badarg } from '../exception';

const NATIVE_PER_SECOND = 1_000_000_000n;
const NATIVE_PER_MS = 1_000_000n;
/**
 * Where the monotonic clock starts: about -2^59 ns like OTP's, rounded to whole seconds
 * so that times in any unit add up exactly (system = monotonic + offset).
 */
const MONOTONIC_START = -576460752n * NATIVE_PER_SECOND;
/** System time when the virtual clock reads 0: 2024-01-01T00:00:00Z. */
const SYSTEM_START_SECONDS = 1704067200n;
const TIME_OFFSET = SYSTEM_START_SECONDS * NATIVE_PER_SECOND - MONOTONIC_START;

/** Per-runtime counters (unique_integer, erlang:now). */
interface ClockState {
  unique: bigint;
  lastNow: bigint;
}
const states = new WeakMap<Runtime, ClockState>();
function state(rt: Runtime): ClockState {
  let s = states.get(rt);
  if (s === undefined) {
    s = { unique: 0n, lastNow: -1n };
    states.set(rt, s);
  }
  return s;
}

function monotonicNative(p: Process): bigint {
  return MONOTONIC_START + BigInt(p.rt.scheduler.now) * NATIVE_PER_MS;
}
function systemNative(p: Process): bigint {
  return monotonicNative(p) + TIME_OFFSET;
}

/** Parts per second of a time unit, or undefined for a bad unit. */
function unitRate(u: Term): bigint | undefined {
  if (typeof u === 'number' && Number.isInteger(u) && u > 0) return BigInt(u);
  if (typeof u === 'bigint' && u > 0n) return u;
  if (!(u instanceof Atom)) return undefined;
  switch (u.name) {
    case 'second':
    case 'seconds':
      return 1n;
    case 'millisecond':
    case 'milli_seconds':
      return 1000n;
    case 'microsecond':
    case 'micro_seconds':
      return 1_000_000n;
    case 'nanosecond':
    case 'nano_seconds':
    case 'native':
    case 'perf_counter':
      return NATIVE_PER_SECOND;
    default:
      return undefined;
  }
}

/** convert_time_unit: floor division, as erlang.erl does it. */
function convert(t: bigint, from: bigint, to: bigint): bigint {
  const scaled = t * to;
  return (t < 0n ? scaled - (from - 1n) : scaled) / from;
}

function inUnit(native: bigint, unit: Term): Term {
  const rate = unitRate(unit);
  if (rate === undefined) return badarg();
  return normalizeInteger(convert(native, NATIVE_PER_SECOND, rate));
}

export function monotonicTime(p: Process, unit?: Term): Term {
  const t = monotonicNative(p);
  return unit === undefined ? normalizeInteger(t) : inUnit(t, unit);
}
export function systemTime(p: Process, unit?: Term): Term {
  const t = systemNative(p);
  return unit === undefined ? normalizeInteger(t) : inUnit(t, unit);
}
export function timeOffset(unit?: Term): Term {
  return unit === undefined ? normalizeInteger(TIME_OFFSET) : inUnit(TIME_OFFSET, unit);
}
export function convertTimeUnit(t: Term, from: Term, to: Term): Term {
  const f = unitRate(from);
  const u = unitRate(to);
  if ((typeof t !== 'number' && typeof t !== 'bigint') || f === undefined || u === undefined) return badarg();
  return normalizeInteger(convert(toBigInt(t), f, u));
}

function megaSecMicro(micros: bigint): Term {
  const mega = micros / 1_000_000_000_000n;
  const secs = (micros / 1_000_000n) % 1_000_000n;
  const us = micros % 1_000_000n;
  return new Tuple([Number(mega), Number(secs), Number(us)]);
}

/** erlang:timestamp/0: {MegaSecs, Secs, MicroSecs} of system time. */
export function timestamp(p: Process): Term {
  return megaSecMicro(systemNative(p) / 1000n);
}

/** erlang:now/0: like timestamp, but strictly increasing between calls. */
export function now(p: Process): Term {
  const s = state(p.rt);
  let us = systemNative(p) / 1000n;
  if (us <= s.lastNow) us = s.lastNow + 1n;
  s.lastNow = us;
  return megaSecMicro(us);
}

const POSITIVE = Atom.of('positive');
const MONOTONIC = Atom.of('monotonic');

/** unique_integer/0,1: a per-runtime counter (monotonic by construction). */
export function uniqueInteger(p: Process, opts: Term = NIL): Term {
  let positive = false;
  let l = opts;
  for (; l instanceof Cons; l = l.tail) {
    if (l.head === POSITIVE) positive = true;
    else if (l.head !== MONOTONIC) return badarg();
  }
  if (l !== NIL) return badarg();
  const s = state(p.rt);
  s.unique += 1n;
  return positive ? normalizeInteger(s.unique) : normalizeInteger(MONOTONIC_START + s.unique);
}

// ---- calendar BIFs (UTC; the reference VM's local time zone is UTC) ----

interface Civil {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function civil(p: Process): Civil {
  const ms = Number(systemNative(p) / NATIVE_PER_MS);
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}
function dateTerm(c: Civil): Term {
  return new Tuple([c.year, c.month, c.day]);
}
function timeTerm(c: Civil): Term {
  return new Tuple([c.hour, c.minute, c.second]);
}

export function date(p: Process): Term {
  return dateTerm(civil(p));
}
export function time(p: Process): Term {
  return timeTerm(civil(p));
}
export function universaltime(p: Process): Term {
  const c = civil(p);
  return new Tuple([dateTerm(c), timeTerm(c)]);
}

