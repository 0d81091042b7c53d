// Large and deeply nested terms: output must match OTP 26.2.5 (compared through MD5
// digests of OTP's output, recorded below) and nesting depth must not hit the JS stack.

import { createHash } from 'node:crypto';
import { displayTerm } from '../../reference-vm/printing/display';
import { prettyTerm } from '../../reference-vm/printing/pretty';
import { writeTerm } from '../../reference-vm/printing/write';
import { Atom } from '../../reference-vm/terms/atom';
import { Bitstring, Cons, NIL, Tuple, type Term } from '../../reference-vm/terms/types';

const md5 = (s: string): string => createHash('md5').update(s, 'utf8').digest('hex');

function list(items: Term[]): Term {
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i]!, l);
  return l;
}
const str = (s: string): Term => list(Array.from(s, (c) => c.codePointAt(0)!));

const N = 100_000;
const flat = list(Array.from({ length: N }, (_, i) => i + 1));
let deep: Term = NIL;
for (let i = 0; i < N; i++) deep = new Cons(deep, NIL);
let deepTuple: Term = new Tuple([]);
for (let i = 0; i < N; i++) deepTuple = new Tuple([deepTuple]);

describe('large terms (expected digests from OTP 26.2.5)', () => {
  test('~p of lists:seq(1, 100000)', () => {
    expect(md5(prettyTerm(flat))).toBe('e8048acfeee6115375fb27079dc8ea8b');
  });

  test('~p of a 100000-deep nested list', () => {
    const s = prettyTerm(deep);
    expect(s.length).toBe(2 * N + 2);
    expect(md5(s)).toBe('ec4bfe085332f32af2fbb952127d5b6e');
  });

  test('~P of a 100000-deep nested list', () => {
    expect(md5(prettyTerm(deep, { depth: 50 }))).toBe('7763aef795af2d11d0eb3c8abfb3bb43');
    expect(prettyTerm(deep, { depth: 6 })).toBe('[[[[[[...]]]]]]');
    expect(prettyTerm(deepTuple, { depth: 6 })).toBe('{{{{{{...}}}}}}');
  });

  test('~p of a 100000-deep nested tuple', () => {
    expect(md5(prettyTerm(deepTuple))).toBe('46888f87771a10ac8b67fa7d48e97866');
  });

  test('~p of 20000 strings', () => {
    const strs = list(Array.from({ length: 20_000 }, (_, i) => str(`${i + 1} bottles`)));
    expect(md5(prettyTerm(strs))).toBe('53ee28387ef7836c478e5b6f45ce3885');
  });

  test('~p of 5000 tagged tuples', () => {
    const person = Atom.of('person');
    const x = new Bitstring(new Uint8Array([0x78]));
    const recs = list(
      Array.from({ length: 5000 }, (_, k) => {
        const i = k + 1;
        return new Tuple([person, i, str(`Name${i}`), new Tuple([i % 90, x])]);
      }),
    );
    expect(md5(prettyTerm(recs))).toBe('e4fcab4d8a2c0c095373808f93f4ef31');
  });

  test('~w and erlang:display of deep terms', () => {
    // Compared as booleans: a failing diff of 200 kB strings is unreadable.
    const expected = '['.repeat(N + 1) + ']'.repeat(N + 1);
    expect(writeTerm(deep) === expected).toBe(true);
    expect(displayTerm(deep) === expected).toBe(true);
    expect(writeTerm(deepTuple) === '{'.repeat(N + 1) + '}'.repeat(N + 1)).toBe(true);
    expect(writeTerm(deep, { depth: 4 })).toBe('[[[[...]]]]');
  });
});
