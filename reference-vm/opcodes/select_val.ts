// select_val Src Fail {list, [Value, Label, ...]} — multi-way branch on an atom or number.
// Slots: a = Src, b = Fail; integer and atom keys: t = key array and u = Int32Array of
// targets (scanned with ===, fastest for the usual handful of keys) or, for many keys,
// t = Map from key to target; float keys: t = [value, target][] (compared by value), u = Map for any other keys.

import type { Operand } from '../loader/types';
import type { Process } from '../process/process';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { get } from '../runtime/operands';
import { Float, type Term } from '../terms/types';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.src(args[0]);
  i.b = ctx.label(args[1]);
  const items = ctx.list(args[2]);
  const keys: Term[] = [];
  const targets: number[] = [];
  const floats: Array<[number, number]> = [];
  for (let k = 0; k + 1 < items.length; k += 2) {
    const v = ctx.term(items[k]);
    const target = ctx.label(items[k + 1]);
    if (v instanceof Float) floats.push([v.value, target]);
    else {
      keys.push(v);
      targets.push(target);
    }
  }
  if (floats.length > 0) {
    i.t = floats;
    const others = new Map<unknown, number>();
    keys.forEach((key, k) => others.has(key) || others.set(key, targets[k]));
    i.u = others;
    i.exec = execFloat;
  } else if (keys.length <= 16) {
    i.t = keys;
    i.u = Int32Array.from(targets);
    i.exec = execScan;
  } else {
    // Integers (number or bigint, compared by value) and atoms (interned) key a Map.
    const table = new Map<unknown, number>();
    keys.forEach((key, k) => table.has(key) || table.set(key, targets[k]));
    i.t = table;
    i.exec = execMap;
  }
}

export function execScan(p: Process, i: Insn): number {
  const v = get(p, i.a);
  const keys = i.t as Term[];
  for (let k = 0; k < keys.length; k++) if (keys[k] === v) return (i.u as Int32Array)[k];
  return i.b;
}

export function execMap(p: Process, i: Insn): number {
  const target = (i.t as Map<unknown, number>).get(get(p, i.a));
  return target === undefined ? i.b : target;
}

function execFloat(p: Process, i: Insn): number {
  const v = get(p, i.a);
  if (!(v instanceof Float)) return (i.u as Map<unknown, number>).get(v) ?? i.b;
  for (const [f, target] of i.t as Array<[number, number]>) if (f === v.value) return target;
  return i.b;
}
