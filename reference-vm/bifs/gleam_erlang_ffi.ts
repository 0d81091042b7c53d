// The gleam_erlang package's Erlang FFI module `gleam_erlang_ffi`, implemented natively.
//
// Implemented from gleam-lang/erlang release v1.3.0 (tag v1.3.0, commit
// 51b0d4566508290cc82be64f9a92b69e96f4c8ce), src/gleam_erlang_ffi.erl: every exported function.
//
// Receives (select/1,2, receive/1,2, flush_messages/0) and sleeps scan and wait on the
// mailbox through timer.ts's receiveMatching, so they block on the VM's virtual clock exactly
// as `receive ... after` does. BIFs the Erlang code calls (erlang:link/1, register/2, ...) are
// called through the VM's own natives.
//
// Known differences: map_selector/2 builds its wrapping handlers as closures of this native
// module; select/1,2 run them, but Erlang code that calls such a handler itself gets `undef`
// (there is no loaded gleam_erlang_ffi code to run the closure). priv_directory/1 answers
// {error, nil} for every application: the reference VM has no code path with applications.

import { Atom, atoms } from '../terms/atom';
import { exactEquals } from '../terms/compare';
import { ErlMap } from '../terms/map';
import { Bitstring, Fun, Pid, Tuple, type Term } from '../terms/types';
import { copyBits } from '../bitsyntax/bits';
import { ErlangException, badarg, raiseError } from './exception';
import type { NativeRegistry } from './registry';
import type { HigherOrderNative, NativeContext, PlainNative } from './types';
import { callFun, type CallGen } from './support/call';
import { badmatch, functionClause } from './support/errors';
import { arrayToList } from './support/lists';
import { callOtp } from './gleam_stdlib';
import { receiveMatching, sleepFor } from './timer';
import type { Process } from '../process/process';

const M = 'gleam_erlang_ffi';

const A = {
  nil: Atom.of('nil'),
  selector: Atom.of('selector'),
  anything: Atom.of('anything'),
  DOWN: Atom.of('DOWN'),
  process: Atom.of('process'),
  port: Atom.of('port'),
  process_down: Atom.of('process_down'),
  port_down: Atom.of('port_down'),
  abnormal: Atom.of('abnormal'),
  subject: Atom.of('subject'),
  named_subject: Atom.of('named_subject'),
  flush: Atom.of('flush'),
  trap_exit: Atom.of('trap_exit'),
  positive: Atom.of('positive'),
  failed_to_connect: Atom.of('failed_to_connect'),
  local_node_is_not_alive: Atom.of('local_node_is_not_alive'),
  mapped: Atom.of('-map_selector/2-fun-0-'),
  gleam_erlang_ffi: Atom.of(M),
};

const ERROR_NIL = new Tuple([atoms.error, A.nil]);

function ok(v: Term): Tuple {
  return new Tuple([atoms.ok, v]);
}

/** `try Expr catch error:badarg -> Fallback end` */
function onBadarg(compute: () => Term, fallback: Term): Term {
  try {
    return compute();
  } catch (e) {
    if (e instanceof ErlangException && e.cls === 'error' && e.reason === atoms.badarg) return fallback;
    throw e;
  }
}

// ---- atoms and names ----

const atomFromString: PlainNative = ([s], ctx) =>
  onBadarg(() => ok(callOtp(ctx, 'erlang', 'binary_to_existing_atom', [s])), ERROR_NIL);

/** <<Prefix/bits, "$", Suffix/bits>> */
function concatBits(a: Term, b: Bitstring): Bitstring {
  if (!(a instanceof Bitstring)) badarg();
  const total = a.bitSize + b.bitSize;
  const out = new Uint8Array((total + 7) >>> 3);
  copyBits(a.bytes, 0, out, 0, a.bitSize);
  copyBits(b.bytes, 0, out, a.bitSize, b.bitSize);
  return new Bitstring(out, total);
}

const newName: PlainNative = ([prefix], ctx) => {
  const unique = callOtp(ctx, 'erlang', 'unique_integer', [arrayToList([A.positive])]);
  const suffix = callOtp(ctx, 'erlang', 'integer_to_binary', [unique]) as Bitstring;
  const name = concatBits(prefix, concatBits(new Bitstring(Uint8Array.of(0x24)), suffix));
  return callOtp(ctx, 'erlang', 'binary_to_atom', [name]);
};

// ---- sleeping ----

const sleep: HigherOrderNative = function* ([ms], ctx) {
  yield* sleepFor(ctx, ms);
  return A.nil;
};

const sleepForever: HigherOrderNative = function* (_args, ctx) {
  yield* sleepFor(ctx, atoms.infinity);
  return A.nil;
};

// ---- selectors ----

/** The handlers term of a {selector, Handlers} argument (function_clause for anything else). */
function handlersTerm(selector: Term): Term {
  if (selector instanceof Tuple && selector.elements.length === 2 && selector.elements[0] === A.selector) {
    return selector.elements[1];
  }
  return functionClause();
}

/** Handlers#{...}, maps:merge/2, maps:remove/2 and maps:map/2 fail on a non-map with {badmap, H}. */
function asMap(h: Term): ErlMap {
  if (h instanceof ErlMap) return h;
  return raiseError(new Tuple([atoms.badmap, h]));
}

function handlersOf(selector: Term): ErlMap {
  return asMap(handlersTerm(selector));
}

function selectorOf(handlers: ErlMap): Tuple {
  return new Tuple([A.selector, handlers]);
}

const newSelector: PlainNative = () => selectorOf(ErlMap.empty);

/** A handler made by map_selector/2: fun(Message) -> Fn(Handler(Message)) end. */
function mappedHandler(handler: Term, fn: Term): Fun {
  return new Fun(A.gleam_erlang_ffi, -1, 1, [fn, handler], A.mapped, 0, new Uint8Array(16), -1);
}

function isMappedHandler(t: Term): t is Fun {
  return t instanceof Fun && t.module === A.gleam_erlang_ffi && t.functionName === A.mapped && t.index === -1;
}

/** Call a selector handler, unwrapping map_selector's compositions. */
function* callHandler(handler: Term, message: Term): CallGen {
  // Compositions nest; collect the outer functions and apply them innermost first.
  const outer: Term[] = [];
  let h = handler;
  while (isMappedHandler(h)) {
    outer.push(h.env[0]);
    h = h.env[1];
  }
  let value = yield* callFun(h, [message]);
  for (let k = outer.length - 1; k >= 0; k--) value = yield* callFun(outer[k], [value]);
  return value;
}

const mapSelector: PlainNative = ([selector, fn]) => {
  const handlers = handlersOf(selector);
  let mapped = ErlMap.empty;
  for (const [tag, handler] of handlers.entries()) mapped = mapped.put(tag, mappedHandler(handler, fn));
  return selectorOf(mapped);
};

const mergeSelector: PlainNative = ([a, b]) => {
  const ta = handlersTerm(a);
  const tb = handlersTerm(b);
  const ha = asMap(ta);
  const hb = asMap(tb);
  let merged = ha;
  for (const [k, v] of hb.entries()) merged = merged.put(k, v);
  return selectorOf(merged);
};

const insertSelectorHandler: PlainNative = ([selector, tag, fn]) => selectorOf(handlersOf(selector).put(tag, fn));

const removeSelectorHandler: PlainNative = ([selector, tag]) => selectorOf(handlersOf(selector).remove(tag));

const castExitReason = (reason: Term): Term =>
  reason === atoms.normal || reason === atoms.killed ? reason : new Tuple([A.abnormal, reason]);

function castDownMessage(m: Term): Term {
  if (m instanceof Tuple && m.elements.length === 5 && m.elements[0] === A.DOWN) {
    const [, ref, kind, who, reason] = m.elements;
    if (kind === A.process) return new Tuple([A.process_down, ref, who, castExitReason(reason)]);
    if (kind === A.port) return new Tuple([A.port_down, ref, who, castExitReason(reason)]);
  }
  return functionClause();
}

type Selected = { handler: Term; message: Term; down: boolean };

function* select(selector: Term, timeout: Term, ctx: NativeContext): CallGen {
  const handlers = handlersOf(selector);
  const anything = handlers.get(A.anything);
  const match = (m: Term): Selected | undefined => {
    if (m instanceof Tuple) {
      const els = m.elements;
      if (els.length === 5 && els[0] === A.DOWN) {
        const h = handlers.get(els[1]);
        if (h !== undefined) return { handler: h, message: m, down: true };
      }
      if (els.length >= 1) {
        const h = handlers.get(new Tuple([els[0], els.length]));
        if (h !== undefined) return { handler: h, message: m, down: false };
      }
    }
    if (anything !== undefined && anything !== atoms.undefined) return { handler: anything, message: m, down: false };
    return undefined;
  };
  const got = yield* receiveMatching(ctx, match, timeout);
  if (got === 'timeout') return ERROR_NIL;
  const message = got.down ? castDownMessage(got.message) : got.message;
  return ok(yield* callHandler(got.handler, message));
}

const select1: HigherOrderNative = function* ([selector], ctx) {
  const r = yield* select(selector, atoms.infinity, ctx);
  if (r instanceof Tuple && r.elements.length === 2 && r.elements[0] === atoms.ok) return r.elements[1];
  return badmatch(r);
};

const select2: HigherOrderNative = function* ([selector, timeout], ctx) {
  return yield* select(selector, timeout, ctx);
};

// ---- subjects ----

/** The tag a subject's messages carry: its reference, or its registered name. */
function subjectTag(subject: Term): Term {
  if (subject instanceof Tuple) {
    const els = subject.elements;
    if (els.length === 3 && els[0] === A.subject) return els[2];
    if (els.length === 2 && els[0] === A.named_subject) return els[1];
  }
  return functionClause();
}

function taggedWith(tag: Term): (m: Term) => Term | undefined {
  return (m) => (m instanceof Tuple && m.elements.length === 2 && exactEquals(m.elements[0], tag) ? m.elements[1] : undefined);
}

const receive1: HigherOrderNative = function* ([subject], ctx) {
  const r = yield* receiveMatching(ctx, taggedWith(subjectTag(subject)), atoms.infinity);
  return r === 'timeout' ? functionClause() : r;
};

const receive2: HigherOrderNative = function* ([subject, timeout], ctx) {
  const r = yield* receiveMatching(ctx, taggedWith(subjectTag(subject)), timeout);
  return r === 'timeout' ? ERROR_NIL : ok(r);
};

const flushMessages: PlainNative = (_args, ctx) => {
  const p = ctx.process as Process;
  p.mailbox.removeWhere(() => true);
  p.mailbox.resetScan();
  return A.nil;
};

// ---- processes ----

const demonitor: PlainNative = ([ref], ctx) => callOtp(ctx, 'erlang', 'demonitor', [ref, arrayToList([A.flush])]);

const link: PlainNative = ([pid], ctx) => {
  try {
    return callOtp(ctx, 'erlang', 'link', [pid]);
  } catch (e) {
    if (e instanceof ErlangException && e.cls === 'error') return atoms.false;
    throw e;
  }
};

const trapExits: PlainNative = ([flag], ctx) => {
  callOtp(ctx, 'erlang', 'process_flag', [A.trap_exit, flag]);
  return A.nil;
};

/** `true = erlang:F(Args)` inside `try ... catch error:badarg -> {error, nil} end`. */
function expectTrue(ctx: NativeContext, fn: string, args: Term[]): Term {
  return onBadarg(() => {
    const r = callOtp(ctx, 'erlang', fn, args);
    if (r !== atoms.true) badmatch(r);
    return ok(A.nil);
  }, ERROR_NIL);
}

const registerProcess: PlainNative = ([pid, name], ctx) => expectTrue(ctx, 'register', [name, pid]);
const unregisterProcess: PlainNative = ([name], ctx) => expectTrue(ctx, 'unregister', [name]);

const processNamed: PlainNative = ([name], ctx) => {
  const r = callOtp(ctx, 'erlang', 'whereis', [name]);
  return r instanceof Pid ? ok(r) : ERROR_NIL;
};

const privDirectory: PlainNative = ([name], ctx) =>
  onBadarg(() => {
    callOtp(ctx, 'erlang', 'binary_to_existing_atom', [name]);
    // code:priv_dir/1 finds no application here: {error, bad_name}.
    return ERROR_NIL;
  }, ERROR_NIL);

const connectNode: PlainNative = ([node]) => {
  // net_kernel:connect_node/1 takes atoms; on a node that is not alive it answers `ignored`.
  if (!(node instanceof Atom)) functionClause();
  return new Tuple([atoms.error, A.local_node_is_not_alive]);
};

const identity: PlainNative = ([x]) => x;

export function register(reg: NativeRegistry): void {
  reg.plain(M, 'atom_from_string', 1, atomFromString);
  reg.higherOrder(M, 'sleep', 1, sleep);
  reg.higherOrder(M, 'sleep_forever', 0, sleepForever);
  reg.plain(M, 'demonitor', 1, demonitor);
  reg.plain(M, 'new_selector', 0, newSelector);
  reg.plain(M, 'link', 1, link);
  reg.plain(M, 'insert_selector_handler', 3, insertSelectorHandler);
  reg.plain(M, 'remove_selector_handler', 2, removeSelectorHandler);
  reg.higherOrder(M, 'select', 1, select1);
  reg.higherOrder(M, 'select', 2, select2);
  reg.plain(M, 'trap_exits', 1, trapExits);
  reg.plain(M, 'map_selector', 2, mapSelector);
  reg.plain(M, 'merge_selector', 2, mergeSelector);
  reg.plain(M, 'flush_messages', 0, flushMessages);
  reg.plain(M, 'priv_directory', 1, privDirectory);
  reg.plain(M, 'connect_node', 1, connectNode);
  reg.plain(M, 'register_process', 2, registerProcess);
  reg.plain(M, 'unregister_process', 1, unregisterProcess);
  reg.plain(M, 'process_named', 1, processNamed);
  reg.plain(M, 'identity', 1, identity);
  reg.higherOrder(M, 'receive', 1, receive1);
  reg.higherOrder(M, 'receive', 2, receive2);
  reg.plain(M, 'new_name', 1, newName);
  reg.plain(M, 'cast_down_message', 1, ([m]) => castDownMessage(m));
  reg.plain(M, 'cast_exit_reason', 1, ([r]) => castExitReason(r));
}

export const internals = { castDownMessage, castExitReason };
