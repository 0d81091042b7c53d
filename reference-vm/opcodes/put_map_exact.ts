// put_map_exact Fail Src Dst Live {list, [Key, Value, ...]} — Src#{Key := Value, ...}: every key must exist. Slots: a = Src, b = Dst, t = key codes, u = value codes.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { ErlangException } from '../bifs/exception';
import { get, put } from '../runtime/operands';
import { atoms } from '../terms/atom';
import { ErlMap } from '../terms/map';
import { Tuple } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.src(args[1]);
  i.b = ctx.dst(args[2]);
  const items = ctx.list(args[4]);
  const keys: number[] = [];
  const values: number[] = [];
  for (let k = 0; k + 1 < items.length; k += 2) {
    keys.push(ctx.src(items[k]));
    values.push(ctx.src(items[k + 1]));
  }
  i.t = Int32Array.from(keys);
  i.u = Int32Array.from(values);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const src = get(p, i.a);
  if (!(src instanceof ErlMap)) throw new ErlangException('error', new Tuple([atoms.badmap, src]));
  let m: ErlMap = src;
  const keys = i.t as Int32Array;
  const values = i.u as Int32Array;
  for (let k = 0; k < keys.length; k++) {
    const key = get(p, keys[k]);
    if (!m.has(key)) throw new ErlangException('error', new Tuple([atoms.badkey, key]));
    m = m.put(key, get(p, values[k]));
  }
  put(p, i.b, m);
  return ip + 1;
}
