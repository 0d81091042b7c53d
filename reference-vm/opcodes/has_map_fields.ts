// has_map_fields Fail Src {list, Keys} — jump to Fail unless the map Src has every key. Slots: a = Fail, b = Src, t = key codes.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get } from '../runtime/operands';
import { ErlMap } from '../terms/map';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = ctx.src(args[1]);
  i.t = Int32Array.from(ctx.list(args[2]), (o) => ctx.src(o));
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  const m = get(p, i.b);
  if (!(m instanceof ErlMap)) return i.a;
  const keys = i.t as Int32Array;
  for (let k = 0; k < keys.length; k++) if (!m.has(get(p, keys[k]))) return i.a;
  return ip + 1;
}
