// Driver for the FFI/ETS/rand/os/timer native tests: natives run against a real VM's
// runtime and a real (never scheduled) process, so per-VM tables, the process dictionary
// and `self()` behave as in a run. Higher-order natives get their CallRequests answered
// by other natives (no Erlang code is loaded in these tests).

import { parseArgs, parseTerm } from '../../harness/term-text';
import { Atom, atoms } from '../../reference-vm/terms/atom';
import { ExportFun, Float, NIL, Cons, Tuple, type Term } from '../../reference-vm/terms/types';
import { ErlangException } from '../../reference-vm/bifs/exception';
import type { CallRequest, HigherOrderNative, PlainNative } from '../../reference-vm/bifs/types';
import type { Process } from '../../reference-vm/process/process';
import { sameTerm } from '../bifs/support';
import { VM } from '../../reference-vm/vm';

export interface TestContext {
  vm: VM;
  process: Process;
}

/** A fresh VM with one process to act as the caller. */
export function newContext(): TestContext {
  const vm = new VM();
  const process = vm.runtime.spawn(Atom.of('erlang'), Atom.of('self'), [], null);
  return { vm, process };
}

function answer(t: TestContext, req: CallRequest): Term {
  const f = req.fun;
  let module: string;
  let fn: string;
  if (f instanceof ExportFun) {
    module = f.module.name;
    fn = f.functionName.name;
  } else if (f instanceof Tuple && f.elements.length === 2 && f.elements[0] instanceof Atom && f.elements[1] instanceof Atom) {
    module = f.elements[0].name;
    fn = f.elements[1].name;
  } else {
    throw new Error('the test driver only calls natives');
  }
  return callNative(t, module, fn, req.args);
}

/** module:fn(args) through the VM's registry; Erlang exceptions propagate as ErlangException. */
export function callNative(t: TestContext, module: string, fn: string, args: Term[]): Term {
  const entry = t.vm.natives.lookup(module, fn, args.length);
  if (entry === undefined) throw new ErlangException('error', atoms.undef);
  if (entry.kind === 'plain') return (entry.impl as PlainNative)(args, t.process);
  const gen = (entry.impl as HigherOrderNative)(args, t.process);
  let step = gen.next();
  while (!step.done) step = gen.next(answer(t, step.value));
  return step.value;
}

/** {ok, Value} or {Class, Reason}, as the OTP side of the expectations records it. */
export function outcome(t: TestContext, module: string, fn: string, args: Term[]): Term {
  try {
    return new Tuple([atoms.ok, callNative(t, module, fn, args)]);
  } catch (e) {
    if (e instanceof ErlangException) return new Tuple([Atom.of(e.cls), e.reason]);
    throw e;
  }
}

/** Run `mod:fun(Args...)` text and compare with OTP's outcome text; null when equal. */
export function check(t: TestContext, callText: string, expectedText: string): string | null {
  const m = /^\s*([a-z_0-9]+):([a-z_0-9]+)\(([\s\S]*)\)\s*$/.exec(callText);
  if (m === null) throw new Error(`bad call text: ${callText}`);
  const actual = outcome(t, m[1], m[2], parseArgs(`[${m[3]}]`));
  const expected = parseTerm(expectedText);
  return sameTerm(actual, expected) ? null : `${callText}\n  expected ${expectedText}\n  actual   ${JSON.stringify(show(actual))}`;
}

/** A rough text of a term for failure messages. */
export function show(t: Term): unknown {
  if (typeof t === 'bigint') return `${t}n`;
  if (t instanceof Atom) return t.name;
  if (t instanceof Float) return `${t.value}f`;
  if (t instanceof Tuple) return { tuple: t.elements.map(show) };
  if (t instanceof Cons) {
    const items: unknown[] = [];
    let l: Term = t;
    while (l instanceof Cons) {
      items.push(show(l.head));
      l = l.tail;
    }
    if (l !== NIL) items.push({ tail: show(l) });
    return items;
  }
  if (t === NIL) return [];
  if (t instanceof Object && 'bytes' in t) return { bin: Array.from((t as { bytes: Uint8Array }).bytes) };
  return String(t);
}

/** Check a table of [call text, OTP outcome text] rows in one context, in order. */
export function expectRows(rows: ReadonlyArray<readonly [string, string]>, t: TestContext = newContext()): void {
  const failures = rows.map(([call, expected]) => check(t, call, expected)).filter((x): x is string => x !== null);
  expect(failures).toEqual([]);
}
