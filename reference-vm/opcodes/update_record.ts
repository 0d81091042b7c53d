// update_record Hint Size Src Dst {list, [Pos, Value, ...]} — copy a tuple with some elements replaced (OTP 26 record update). Slots: a = Src, b = Dst, t = positions (1-based), u = value codes.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get, put } from '../runtime/operands';
import { Tuple } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.src(args[2]);
  i.b = ctx.dst(args[3]);
  const items = ctx.list(args[4]);
  const positions: number[] = [];
  const values: number[] = [];
  for (let k = 0; k + 1 < items.length; k += 2) {
    positions.push(ctx.u(items[k]));
    values.push(ctx.src(items[k + 1]));
  }
  i.t = Int32Array.from(positions);
  i.u = Int32Array.from(values);
  i.exec = exec;
}

function exec(p: Process, i: Insn, ip: number): number {
  // The hint (reuse/copy) only matters for memory; the result is always a fresh tuple.
  const src = get(p, i.a) as Tuple;
  const elements = src.elements.slice();
  const positions = i.t as Int32Array;
  const values = i.u as Int32Array;
  for (let k = 0; k < positions.length; k++) elements[positions[k] - 1] = get(p, values[k]);
  put(p, i.b, new Tuple(elements));
  return ip + 1;
}
