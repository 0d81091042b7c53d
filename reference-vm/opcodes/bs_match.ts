// bs_match Fail Ctx {commands, [...]}      slots: a = Fail, b = Ctx, t = commands
//
// OTP 25+'s compact matching instruction: a sequence of sub-commands on one context,
// jumping to Fail as soon as one fails. Only the ensure_* and '=:=' commands can fail;
// the reads after an ensure are known to fit.
//   ensure_at_least Size Unit   at least Size bits left, and (left - Size) rem Unit =:= 0
//   ensure_exactly Size         exactly Size bits left
//   integer Live Flags Size Unit Dst / binary Live Flags Size Unit Dst
//                               read Size*Unit bits into Dst
//   get_tail Live Unit Dst      Dst = the rest (the position does not move)
//   skip Bits                   advance
//   '=:=' Live Bits Value       the next Bits bits, unsigned big-endian, equal Value

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get, put } from '../runtime/operands';
import type { Process } from '../process/process';
import { VmBug } from '../runtime/failure';
import type { Integer } from '../terms/types';
import { contextOf } from '../bitsyntax/match-context';
import { flagsOperand } from '../bitsyntax/flags';
import { decodeInteger } from '../bitsyntax/integer';

const ENSURE_AT_LEAST = 0;
const ENSURE_EXACTLY = 1;
const INTEGER = 2;
const BINARY = 3;
const GET_TAIL = 4;
const SKIP = 5;
const EQ = 6;

/** Operand count after the command name, by command. */
const COMMAND_ARITY: Record<string, [number, number]> = {
  ensure_at_least: [ENSURE_AT_LEAST, 2],
  ensure_exactly: [ENSURE_EXACTLY, 1],
  integer: [INTEGER, 5],
  binary: [BINARY, 5],
  get_tail: [GET_TAIL, 3],
  skip: [SKIP, 1],
  '=:=': [EQ, 3],
};

class MatchCommand {
  constructor(
    readonly op: number,
    /** Bits (size times unit) for reads, skips, ensures and comparisons. */
    readonly bits: number,
    /** Unit of ensure_at_least. */
    readonly unit: number,
    readonly flags: number,
    /** Destination operand code for integer/binary/get_tail. */
    readonly dst: number,
    /** The value '=:=' compares with. */
    readonly value: Integer,
  ) {}
}

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  const items = ctx.list(args[2]);
  const cmds: MatchCommand[] = [];
  let k = 0;
  while (k < items.length) {
    const name = items[k];
    const entry = name.kind === 'atom' ? COMMAND_ARITY[name.value.name] : undefined;
    if (entry === undefined) throw new VmBug(`bs_match: unknown command ${JSON.stringify(name)}`);
    const [op, arity] = entry;
    const o = items.slice(k + 1, k + 1 + arity);
    k += 1 + arity;
    switch (op) {
      case ENSURE_AT_LEAST:
        cmds.push(new MatchCommand(op, ctx.u(o[0]), ctx.u(o[1]), 0, 0, 0));
        break;
      case ENSURE_EXACTLY:
      case SKIP:
        cmds.push(new MatchCommand(op, ctx.u(o[0]), 1, 0, 0, 0));
        break;
      case INTEGER:
      case BINARY:
        cmds.push(new MatchCommand(op, ctx.u(o[2]) * ctx.u(o[3]), ctx.u(o[3]), flagsOperand(o[1]), ctx.dst(o[4]), 0));
        break;
      case GET_TAIL:
        cmds.push(new MatchCommand(op, 0, ctx.u(o[1]), 0, ctx.dst(o[2]), 0));
        break;
      case EQ: {
        const vo = o[2];
        const v = vo.kind === 'u' ? vo.value : ctx.term(vo);
        if (typeof v !== 'number' && typeof v !== 'bigint') throw new VmBug('bs_match: =:= value is not an integer');
        cmds.push(new MatchCommand(op, ctx.u(o[1]), 1, 0, 0, v));
        break;
      }
    }
  }
  i.t = cmds;
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const mc = contextOf(get(p, i.b));
  const cmds = i.t as MatchCommand[];
  for (let k = 0; k < cmds.length; k++) {
    const c = cmds[k];
    switch (c.op) {
      case ENSURE_AT_LEAST: {
        const left = mc.remaining;
        if (left < c.bits || (c.unit > 1 && (left - c.bits) % c.unit !== 0)) return i.a;
        break;
      }
      case ENSURE_EXACTLY:
        if (mc.remaining !== c.bits) return i.a;
        break;
      case INTEGER:
        put(p, c.dst, decodeInteger(mc.bytes, mc.offset, c.bits, c.flags));
        mc.offset += c.bits;
        break;
      case BINARY:
        put(p, c.dst, mc.take(c.bits));
        break;
      case GET_TAIL:
        put(p, c.dst, mc.tail());
        break;
      case SKIP:
        mc.offset += c.bits;
        break;
      case EQ: {
        const v = decodeInteger(mc.bytes, mc.offset, c.bits, 0);
        if (v !== c.value) return i.a;
        mc.offset += c.bits;
        break;
      }
    }
  }
  return ip + 1;
}
