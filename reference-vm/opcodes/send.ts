// send — x0 ! x1; the message stays in x0.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { sendMessage } from '../bifs/erlang_process';
import { bifFailure } from '../runtime/bif-call';
import { Atom } from '../terms/types';

export function prepare(i: Insn, _args: Operand[], _ctx: PrepareContext): void {
  i.exec = exec;
}

const ERLANG = Atom.of('erlang');
const SEND = Atom.of('send');

export function exec(p: Process, _i: Insn, ip: number): number {
  const to = p.x[0];
  const msg = p.x[1];
  try {
    sendMessage(p, to, msg);
  } catch (e) {
    throw bifFailure(e, ERLANG, SEND, [to, msg], ip);
  }
  p.x[0] = msg;
  return ip + 1;
}
