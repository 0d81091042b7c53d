// timer:sleep/1 and tc/1..4 as generator natives: what they ask the interpreter to do.

import { Atom, atoms } from '../../reference-vm/terms/atom';
import { ExportFun, Float, Tuple, type Term } from '../../reference-vm/terms/types';
import { ErlangException } from '../../reference-vm/bifs/exception';
import type { HigherOrderNative } from '../../reference-vm/bifs/types';
import { newContext } from './support';

function native(t: ReturnType<typeof newContext>, fn: string, arity: number): HigherOrderNative {
  const e = t.vm.natives.lookup('timer', fn, arity);
  if (e === undefined || e.kind !== 'higher-order') throw new Error(`no timer:${fn}/${arity}`);
  return e.impl as HigherOrderNative;
}

describe('timer', () => {
  test('sleep(5) waits once on the virtual clock, then returns ok', () => {
    const t = newContext();
    const gen = native(t, 'sleep', 1)([5], t.process);
    const first = gen.next();
    expect(first.done).toBe(false);
    const req = first.value as { fun: Term; args: Term[] };
    expect(req.fun).toBeInstanceOf(ExportFun);
    expect((req.fun as ExportFun).functionName.name).toBe('beamconf_wait');
    expect(req.args).toEqual([5]);
    // The timer fired while the process waited.
    t.process.timedOut = true;
    const done = gen.next(atoms.ok);
    expect(done).toEqual({ done: true, value: atoms.ok });
    expect(t.process.timedOut).toBe(false);
  });

  test('sleep(0) returns at once; bad times raise timeout_value', () => {
    const t = newContext();
    expect(native(t, 'sleep', 1)([0], t.process).next()).toEqual({ done: true, value: atoms.ok });
    for (const bad of [-1, Atom.of('x'), new Float(1.5)]) {
      const gen = native(t, 'sleep', 1)([bad as Term], t.process);
      expect(() => gen.next()).toThrow(ErlangException);
    }
  });

  test('a message does not end a sleep early', () => {
    const t = newContext();
    const gen = native(t, 'sleep', 1)([10], t.process);
    gen.next();
    t.process.mailbox.enqueue(Atom.of('hello'));
    // Woken by the message, not by the timer: it waits again.
    const again = gen.next(atoms.ok);
    expect(again.done).toBe(false);
    t.process.timedOut = true;
    expect(gen.next(atoms.ok)).toEqual({ done: true, value: atoms.ok });
    expect(t.process.mailbox.length).toBe(1);
  });

  test('tc/1 calls the fun once and returns {Time, Value}', () => {
    const t = newContext();
    const gen = native(t, 'tc', 1)([new ExportFun(Atom.of('m'), Atom.of('f'), 0)], t.process);
    const req = gen.next();
    expect(req.done).toBe(false);
    const done = gen.next(Atom.of('result'));
    expect(done.done).toBe(true);
    const tuple = done.value as Tuple;
    expect(tuple.elements[1]).toBe(Atom.of('result'));
    expect(typeof tuple.elements[0]).toBe('number');
  });
});
