// Differential cases: every {Module, Function, Args} in cases/<name>.cases is run through
// the native implementation and compared, as canonical text, with the line recorded from
// OTP 26.2.5 in expected/<name>.expected (regenerate with gen-expected.escript).

import * as fs from 'fs';
import * as path from 'path';
import { Atom } from '../../reference-vm/terms/atom';
import { Tuple, type Term } from '../../reference-vm/terms/types';
import { call, parseForms, showOutcome } from './support';

const DIR = __dirname;

function loadCases(name: string): { label: string; mod: string; fn: string; args: Term[]; expected: string }[] {
  const forms = parseForms(fs.readFileSync(path.join(DIR, 'cases', `${name}.cases`), 'utf8'));
  const expected = fs.readFileSync(path.join(DIR, 'expected', `${name}.expected`), 'latin1').split('\n');
  if (expected[expected.length - 1] === '') expected.pop();
  if (expected.length !== forms.length) throw new Error(`${name}: ${forms.length} cases but ${expected.length} expected lines`);
  return forms.map((f, i) => {
    const [m, fn, args] = (f as Tuple).elements;
    const argv: Term[] = [];
    let a = args;
    while (a instanceof Object && 'head' in a) {
      argv.push((a as { head: Term }).head);
      a = (a as { tail: Term }).tail;
    }
    const mod = (m as Atom).name;
    const fun = (fn as Atom).name;
    return { label: `#${i + 1} ${mod}:${fun}/${argv.length}`, mod, fn: fun, args: argv, expected: expected[i] };
  });
}

for (const name of ['string', 'unicode', 'binary', 'fuzz', 'fuzz2', 'fuzzb']) {
  describe(`${name} module against OTP 26.2.5`, () => {
    const cases = fs.existsSync(path.join(DIR, 'cases', `${name}.cases`)) ? loadCases(name) : [];
    test.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
      expect(showOutcome(call(c.mod, c.fn, c.args))).toBe(c.expected);
    });
  });
}
