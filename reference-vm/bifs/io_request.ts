// The Erlang I/O protocol for output to an io server written in Erlang.
//
// The harness's group leader (the runtime's root group leader) is not a process: output to
// it is captured directly (io.ts). When a program makes one of its own processes a group
// leader (group_leader/2) or passes such a process as the device, io:format/put_chars/nl/
// write do what io.erl does: monitor the server, send it
//   {io_request, Self, Mref, Request}
// and wait for {io_reply, Mref, Reply} (or the monitor's 'DOWN': error terminated).
// Requests are built as io.erl's io_request/2 builds them for a local, unicode-aware
// server: {put_chars, unicode, io_lib, format, [F, A]}, {put_chars, unicode, Binary}, ...

import { Atom, atoms } from '../terms/atom';
import { ErlMap } from '../terms/map';
import { Bitstring, Cons, NIL, Pid, Reference, Tuple, type Term } from '../terms/types';
import type { Process } from '../process/process';
import { deliverMessage, demonitor, monitor, refKey } from '../process/signals';
import { charactersToBinary } from '../unicode/encoding';
import { ErlangException } from './exception';
import { receiveMatching } from './timer';
import type { CallGen } from './support/call';
import type { NativeContext, PlainNative } from './types';
import type { NativeRegistry } from './registry';

const STANDARD_IO = Atom.of('standard_io');
const UNICODE = Atom.of('unicode');
const IO_LIB = Atom.of('io_lib');
const PUT_CHARS = Atom.of('put_chars');
const IO_REQUEST = Atom.of('io_request');
const IO_REPLY = Atom.of('io_reply');
const TERMINATED = Atom.of('terminated');
const CALLING_SELF = Atom.of('calling_self');
const ERL_STDLIB_ERRORS = Atom.of('erl_stdlib_errors');

/** The io server process output to `device` goes to, or null when it is not a live process. */
export function ioServerOf(ctx: NativeContext, device: Term | undefined): Process | null {
  const p = ctx.process as Process;
  let d = device === undefined || device === STANDARD_IO ? p.groupLeader : device;
  if (d instanceof Atom) {
    const named = p.rt.registered.get(d);
    if (named === undefined) return null;
    d = named.pid;
  }
  if (!(d instanceof Pid)) return null;
  const server = p.rt.processes.get(d.id);
  return server !== undefined && server.state !== 'exited' ? server : null;
}

/** What io:format/fwrite sends. */
export function formatRequest(fmt: Term, args: Term): Term {
  return new Tuple([PUT_CHARS, UNICODE, IO_LIB, Atom.of('format'), list([fmt, args])]);
}
/** What io:write sends. */
export function writeRequest(term: Term): Term {
  return new Tuple([PUT_CHARS, UNICODE, IO_LIB, Atom.of('write'), list([term])]);
}
/** What io:nl sends (io_lib:nl() is not converted to a binary). */
export function nlRequest(): Term {
  return new Tuple([PUT_CHARS, UNICODE, new Cons(10, NIL)]);
}
/** What io:put_chars sends: a character list becomes a binary when it can. */
export function putCharsRequest(chars: Term): Term {
  if (chars instanceof Cons || chars === NIL) {
    try {
      const bin = charactersToBinary(chars, UNICODE, () => {
        throw NOT_CONVERTED;
      });
      if (bin instanceof Bitstring) return new Tuple([PUT_CHARS, UNICODE, bin]);
    } catch (e) {
      if (e !== NOT_CONVERTED) throw e;
    }
  }
  return new Tuple([PUT_CHARS, UNICODE, chars]);
}
const NOT_CONVERTED = { notConverted: true };

/** The output functions of io and where their device argument is (-1: the group leader). */
const ROUTED: ReadonlyArray<{ fn: string; arity: number; device: number; request: (a: Term[]) => Term }> = [
  { fn: 'format', arity: 1, device: -1, request: (a) => formatRequest(a[0], NIL) },
  { fn: 'format', arity: 2, device: -1, request: (a) => formatRequest(a[0], a[1]) },
  { fn: 'format', arity: 3, device: 0, request: (a) => formatRequest(a[1], a[2]) },
  { fn: 'fwrite', arity: 1, device: -1, request: (a) => formatRequest(a[0], NIL) },
  { fn: 'fwrite', arity: 2, device: -1, request: (a) => formatRequest(a[0], a[1]) },
  { fn: 'fwrite', arity: 3, device: 0, request: (a) => formatRequest(a[1], a[2]) },
  { fn: 'put_chars', arity: 1, device: -1, request: (a) => putCharsRequest(a[0]) },
  { fn: 'put_chars', arity: 2, device: 0, request: (a) => putCharsRequest(a[1]) },
  { fn: 'nl', arity: 0, device: -1, request: () => nlRequest() },
  { fn: 'nl', arity: 1, device: 0, request: () => nlRequest() },
  { fn: 'write', arity: 1, device: -1, request: (a) => writeRequest(a[0]) },
  { fn: 'write', arity: 2, device: 0, request: (a) => writeRequest(a[1]) },
];

/**
 * Wrap io's output natives (registered by io.ts as plain natives that write to the
 * captured output) so that output to an io server process uses the I/O protocol.
 */
export function routeToIoServers(reg: NativeRegistry): void {
  for (const r of ROUTED) {
    const plain = reg.lookup('io', r.fn, r.arity);
    if (plain === undefined || plain.kind !== 'plain') continue;
    const direct = plain.impl as PlainNative;
    reg.register({
      ...plain,
      kind: 'higher-order',
      impl: function* (args: Term[], ctx: NativeContext): CallGen {
        const server = ioServerOf(ctx, r.device < 0 ? undefined : args[r.device]);
        if (server === null) return direct(args, ctx);
        return yield* ioRequest(ctx, server, r.request(args), args);
      },
    });
  }
}

function list(items: Term[]): Term {
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}

/** io.erl's conv_reason/1. */
function convReason(r: Term): Term {
  if (r === Atom.of('arguments')) return atoms.badarg;
  if (r === TERMINATED || r === CALLING_SELF) return r;
  if (r instanceof Tuple && r.elements.length === 3 && r.elements[0] === Atom.of('no_translation')) return Atom.of('no_translation');
  return atoms.badarg;
}

function ioError(reason: Term, origArgs: Term[], cause: Term, line: number): never {
  const info = ErlMap.fromEntries([
    [Atom.of('cause'), cause],
    [Atom.of('module'), ERL_STDLIB_ERRORS],
  ]);
  throw new ErlangException('error', convReason(reason), info, { args: origArgs, file: 'io.erl', line });
}

/**
 * Send `request` to `server` and wait for the reply, as io.erl's execute_request does;
 * returns what o_request returns (ok, or the reply), raising as io.erl raises.
 */
export function* ioRequest(ctx: NativeContext, server: Process, request: Term, origArgs: Term[]): CallGen {
  const p = ctx.process as Process;
  const rt = p.rt;
  if (server === p) ioError(CALLING_SELF, origArgs, new Tuple([Atom.of('io'), CALLING_SELF]), 98);
  const mref = monitor(rt, p, server, server.pid);
  const key = refKey(mref);
  deliverMessage(rt, server, new Tuple([IO_REQUEST, p.pid, mref, request]));
  p.reds -= 4;
  const isOurs = (t: Term): boolean => t instanceof Reference && refKey(t) === key;
  const got = yield* receiveMatching<{ reply: Term } | { down: true }>(
    ctx,
    (m) => {
      if (!(m instanceof Tuple)) return undefined;
      const e = m.elements;
      if (e.length === 3 && e[0] === IO_REPLY && isOurs(e[1])) return { reply: e[2] };
      if (e.length === 5 && e[0] === atoms.DOWN && isOurs(e[1])) return { down: true };
      return undefined;
    },
    atoms.infinity,
  );
  if (got === 'timeout' || 'down' in got) {
    // The server died: drop a pending 'EXIT' from it (io.erl does, with `after 0`).
    p.mailbox.removeWhere((m) => m instanceof Tuple && m.elements.length === 3 && m.elements[0] === atoms.EXIT && m.elements[1] === server.pid);
    ioError(TERMINATED, origArgs, new Tuple([Atom.of('io'), TERMINATED]), 98);
  }
  demonitor(rt, p, mref);
  p.mailbox.removeWhere((m) => m instanceof Tuple && m.elements.length === 5 && m.elements[0] === atoms.DOWN && isOurs(m.elements[1]));
  const reply = got.reply;
  if (reply instanceof Tuple && reply.elements.length === 2 && reply.elements[0] === atoms.error) {
    ioError(reply.elements[1], origArgs, new Tuple([Atom.of('device'), reply.elements[1]]), 103);
  }
  return reply;
}
