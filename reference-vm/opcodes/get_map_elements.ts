// get_map_elements Fail Src {list, [Key, Dst, ...]} — fetch values of keys from the map Src; jump to Fail if Src is not a map or a key is missing. Slots: a = Fail, b = Src, t = key codes, u = destination codes.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get, put } from '../runtime/operands';
import { ErlMap } from '../terms/map';
import type { Term } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  const items = ctx.list(args[2]);
  const keys: number[] = [];
  const dsts: number[] = [];
  for (let k = 0; k + 1 < items.length; k += 2) {
    keys.push(ctx.src(items[k]));
    dsts.push(ctx.dst(items[k + 1]));
  }
  i.t = Int32Array.from(keys);
  i.u = Int32Array.from(dsts);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const m = get(p, i.b);
  if (!(m instanceof ErlMap)) return i.a;
  const keys = i.t as Int32Array;
  const dsts = i.u as Int32Array;
  // Read every key before writing any register: a destination may also be a key source.
  const n = keys.length;
  if (n === 1) {
    const v = m.get(get(p, keys[0]));
    if (v === undefined) return i.a;
    put(p, dsts[0], v);
    return ip + 1;
  }
  const found = new Array<Term>(n);
  for (let k = 0; k < n; k++) {
    const v = m.get(get(p, keys[k]));
    if (v === undefined) return i.a;
    found[k] = v;
  }
  for (let k = 0; k < n; k++) put(p, dsts[k], found[k]);
  return ip + 1;
}
