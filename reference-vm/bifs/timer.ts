// The `timer` module's process-local functions: sleep/1 on the VM's virtual clock, tc/1..4,
// and the pure time arithmetic (now_diff/2, seconds/1, minutes/1, hours/1, hms/3).
// The timer server functions (apply_after, send_interval, ...) are not provided.
//
// Natives cannot block, so waiting is done the way a receive does it: a generator native
// scans the mailbox, and when nothing matches it calls the internal primitive
// `erts_internal:beamconf_wait/1`, which marks the process as waiting (with a virtual-time
// timer) and ends its time slice. A message or the timer wakes the process, the primitive
// "returns" and the generator scans again. `receiveMatching` packages this for other natives
// (gleam_erlang_ffi's receive and select).

import { Atom, atoms } from '../terms/atom';
import { Cons, ExportFun, Float, NIL, Tuple, normalizeInteger, type Term } from '../terms/types';
import { add, intMul } from './support/numbers';
import type { Process } from '../process/process';
import { ErlangException, badarg, raiseError, type LibraryFrame } from './exception';
import { frame, raiseAt } from './support/frames';
import type { NativeRegistry } from './registry';
import type { HigherOrderNative, NativeContext, PlainNative } from './types';
import { callFun, type CallGen } from './support/call';
import { functionClause } from './support/errors';
import { listToArray } from './support/lists';

/** The largest timeout a receive accepts (OTP's MAX_RECEIVE_AFTER). */
export const MAX_RECEIVE_AFTER = 0xffffffff;

const WAIT_MODULE = 'erts_internal';
const WAIT_FUNCTION = 'beamconf_wait';
const WAIT_FUN = new ExportFun(Atom.of(WAIT_MODULE), Atom.of(WAIT_FUNCTION), 1);

/**
 * erts_internal:beamconf_wait(Ms | infinity): suspend the calling process until a message
 * arrives or Ms of virtual time pass (the timer is only started if none is running, so a
 * wait resumed by a non-matching message keeps its original deadline).
 */
const beamconfWait: PlainNative = ([ms], ctx) => {
  const p = ctx.process as Process;
  if (typeof ms === 'number' && p.timerDeadline < 0 && !p.timedOut) p.rt.scheduler.startTimer(p, ms);
  p.state = 'waiting';
  p.reds = 0;
  return atoms.ok;
};

function isValidTimeout(t: Term): boolean {
  return t === atoms.infinity || (typeof t === 'number' && Number.isInteger(t) && t >= 0 && t <= MAX_RECEIVE_AFTER);
}

/**
 * `receive Pattern -> ... after Timeout -> ... end`: the first message (oldest first) for
 * which `match` returns a value is removed and that value returned; 'timeout' when the
 * timeout passes first. An invalid timeout raises timeout_value once no message matches,
 * as the BEAM's wait_timeout does.
 */
export function* receiveMatching<T>(ctx: NativeContext, match: (m: Term) => T | undefined, timeout: Term): CallGen<T | 'timeout'> {
  const p = ctx.process as Process;
  const mailbox = p.mailbox;
  let waited = false;
  for (;;) {
    mailbox.resetScan();
    for (;;) {
      const m = mailbox.peek();
      if (m === undefined) break;
      const r = match(m);
      if (r !== undefined) {
        mailbox.removeCurrent();
        if (waited) p.rt.scheduler.cancelTimer(p);
        p.timedOut = false;
        return r;
      }
      mailbox.advance();
    }
    mailbox.resetScan();
    if (!isValidTimeout(timeout)) raiseError(atoms.timeout_value);
    if (waited && p.timedOut) {
      p.timedOut = false;
      return 'timeout';
    }
    if (timeout === 0) return 'timeout';
    waited = true;
    yield { fun: WAIT_FUN, args: [timeout] };
  }
}

/** receive after T -> ok end, in chunks of at most MAX_RECEIVE_AFTER as timer:sleep/1 does. */
export function* sleepFor(ctx: NativeContext, t: Term): CallGen<void> {
  let left = t;
  while ((typeof left === 'bigint' || typeof left === 'number') && left > MAX_RECEIVE_AFTER) {
    yield* receiveMatching(ctx, () => undefined, MAX_RECEIVE_AFTER);
    left = normalizeInteger(BigInt(left) - BigInt(MAX_RECEIVE_AFTER));
  }
  yield* receiveMatching(ctx, () => undefined, left);
}

const sleep: HigherOrderNative = function* ([t], ctx) {
  yield* sleepFor(ctx, t);
  return atoms.ok;
};

// ---- tc: monotonic time around a call ----

const NATIVE = Atom.of('native');
const MICROSECOND = Atom.of('microsecond');

interface Clock {
  now(): Term;
  convert(diff: Term, unit: Term): Term;
}

/**
 * erlang:monotonic_time/0 and convert_time_unit/3 from the VM's natives when they exist
 * (so tc agrees with the rest of the VM), otherwise the virtual clock in microseconds.
 */
function clockOf(ctx: NativeContext): Clock {
  const natives = (ctx.vm as { natives?: NativeRegistry }).natives;
  const mono = natives?.lookup('erlang', 'monotonic_time', 0);
  const conv = natives?.lookup('erlang', 'convert_time_unit', 3);
  if (mono !== undefined && conv !== undefined && mono.kind === 'plain' && conv.kind === 'plain') {
    return {
      now: () => (mono.impl as PlainNative)([], ctx),
      convert: (diff, unit) => (conv.impl as PlainNative)([diff, NATIVE, unit], ctx),
    };
  }
  const p = ctx.process as Process;
  return {
    now: () => p.rt.scheduler.now * 1000,
    convert: (diff, unit) => convertMicroseconds(diff as number, unit),
  };
}

const UNITS_PER_SECOND: Record<string, number> = {
  second: 1,
  seconds: 1,
  millisecond: 1000,
  milli_seconds: 1000,
  microsecond: 1_000_000,
  micro_seconds: 1_000_000,
  nanosecond: 1_000_000_000,
  nano_seconds: 1_000_000_000,
  native: 1_000_000,
  perf_counter: 1_000_000,
};

/** A microsecond count in another time unit, rounded down as convert_time_unit/3 does. */
function convertMicroseconds(us: number, unit: Term): Term {
  let perSecond: number | undefined;
  if (unit instanceof Atom) perSecond = UNITS_PER_SECOND[unit.name];
  else if (typeof unit === 'number' && Number.isInteger(unit) && unit > 0) perSecond = unit;
  if (perSecond === undefined) badarg();
  return normalizeInteger((BigInt(us) * BigInt(perSecond)) / 1_000_000n);
}

function* timed(ctx: NativeContext, fun: Term, args: Term[], unit: Term): CallGen {
  const clock = clockOf(ctx);
  const t1 = clock.now();
  const value = yield* callFun(fun, args);
  const t2 = clock.now();
  const diff = typeof t1 === 'number' && typeof t2 === 'number' ? t2 - t1 : normalizeInteger(BigInt(t2 as number) - BigInt(t1 as number));
  return new Tuple([clock.convert(diff, unit), value]);
}

/** apply(F, Args): the argument list must be proper. */
function applyArgs(list: Term): Term[] {
  const args = listToArray(list);
  if (args === undefined) badarg();
  return args;
}

/** is_list/1 */
function isListTerm(t: Term): boolean {
  return t instanceof Cons || t === NIL;
}

const tc1: HigherOrderNative = function* ([f], ctx) {
  return yield* timed(ctx, f, [], MICROSECOND);
};

const tc2: HigherOrderNative = function* ([f, a], ctx) {
  if (isListTerm(a)) return yield* timed(ctx, f, applyArgs(a), MICROSECOND);
  return yield* timed(ctx, f, [], a);
};

const tc3: HigherOrderNative = function* ([m, f, a], ctx) {
  if (isListTerm(a)) return yield* timed(ctx, new Tuple([m, f]), applyArgs(a), MICROSECOND);
  return yield* timed(ctx, m, applyArgs(f), a);
};

const tc4: HigherOrderNative = function* ([m, f, a, unit], ctx) {
  return yield* timed(ctx, new Tuple([m, f]), applyArgs(a), unit);
};

// ---- pure arithmetic ----

function num(t: Term): number | bigint {
  if (typeof t === 'number' || typeof t === 'bigint') return t;
  if (t instanceof Float) return t.value;
  throw new ErlangException('error', atoms.badarith);
}

/** K * T as Erlang's `*` computes it (badarith for non-numbers). */
function times(k: number, t: Term): Term {
  if (typeof t === 'number' || typeof t === 'bigint') return intMul(k, t);
  if (t instanceof Float) return new Float(k * t.value);
  throw new ErlangException('error', atoms.badarith);
}

const nowDiff: PlainNative = ([t2, t1]) => {
  if (!(t2 instanceof Tuple) || t2.elements.length !== 3 || !(t1 instanceof Tuple) || t1.elements.length !== 3) {
    return functionClause();
  }
  const [a2, b2, c2] = t2.elements.map(num);
  const [a1, b1, c1] = t1.elements.map(num);
  // ((A2-A1)*1000000 + B2-B1)*1000000 + C2-C1, all integers in practice
  if ([a2, b2, c2, a1, b1, c1].every((x) => typeof x === 'bigint' || Number.isInteger(x))) {
    const big = (x: number | bigint): bigint => BigInt(x);
    return normalizeInteger(((big(a2) - big(a1)) * 1000000n + big(b2) - big(b1)) * 1000000n + big(c2) - big(c1));
  }
  return new Float(((Number(a2) - Number(a1)) * 1e6 + Number(b2) - Number(b1)) * 1e6 + Number(c2) - Number(c1));
};

/** The conversions of timer.erl: the factor and the line of its multiplication. */
const CONVERSIONS = {
  seconds: { factor: 1000, line: 335 },
  minutes: { factor: 60000, line: 341 },
  hours: { factor: 3600000, line: 347 },
} as const;

/**
 * seconds/1, minutes/1 or hours/1 of `t`: a non-number fails in erlang:'*'/2 (the
 * compiler folds the constant factors and puts the variable first), inside the
 * conversion function, below `callers` (hms/3 when it made the call).
 */
function convert(fn: keyof typeof CONVERSIONS, t: Term, callers: LibraryFrame[] = []): Term {
  const { factor, line } = CONVERSIONS[fn];
  try {
    return times(factor, t);
  } catch (e) {
    if (!(e instanceof ErlangException)) throw e;
    return raiseAt(e.reason, frame('timer.erl', fn, line, 1), callers, { module: 'erlang', function: '*', args: [t, factor] });
  }
}

const IN_HMS: LibraryFrame[] = [frame('timer.erl', 'hms', 355, 3)];

const seconds: PlainNative = ([s]) => convert('seconds', s);
const minutes: PlainNative = ([m]) => convert('minutes', m);
const hours: PlainNative = ([h]) => convert('hours', h);
const hms: PlainNative = ([h, m, s]) => add(add(convert('hours', h, IN_HMS), convert('minutes', m, IN_HMS)), convert('seconds', s, IN_HMS));

export function register(reg: NativeRegistry): void {
  reg.plain(WAIT_MODULE, WAIT_FUNCTION, 1, beamconfWait);
  reg.higherOrder('timer', 'sleep', 1, sleep);
  reg.higherOrder('timer', 'tc', 1, tc1);
  reg.higherOrder('timer', 'tc', 2, tc2);
  reg.higherOrder('timer', 'tc', 3, tc3);
  reg.higherOrder('timer', 'tc', 4, tc4);
  reg.plain('timer', 'now_diff', 2, nowDiff);
  reg.plain('timer', 'seconds', 1, seconds);
  reg.plain('timer', 'minutes', 1, minutes);
  reg.plain('timer', 'hours', 1, hours);
  reg.plain('timer', 'hms', 3, hms);
}
