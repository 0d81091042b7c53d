// math natives against outcomes recorded from OTP 26.2.5 (see cases/math.ts).

import { parseTerm } from '../../harness/term-text';
import { Float, Tuple } from '../../reference-vm/terms/types';
import { expectTable, makeRegistry, outcomeTerm, show } from './support';
import { ERF_CASES, MATH_CASES } from './cases/math';

const isErf = ([call]: [string, string]): boolean => /^math:erfc?\(/.test(call);

test('math: results and errors (bit-exact)', () => expectTable(MATH_CASES.filter((c) => !isErf(c))));

/** The float inside {{ok, F}, []}. */
function okFloat(t: unknown): number {
  const result = ((t as Tuple).elements[0] as Tuple).elements;
  return (result[1] as Float).value;
}

test('math: erf/erfc within 4 ulps of OTP (glibc)', () => {
  const registry = makeRegistry();
  const failures: string[] = [];
  for (const [call, expected] of [...ERF_CASES, ...MATH_CASES.filter(isErf)]) {
    const actual = outcomeTerm(registry, call);
    const want = okFloat(parseTerm(expected));
    const got = okFloat(actual);
    const ulp = Math.max(Number.MIN_VALUE, Math.abs(want) * Number.EPSILON);
    if (!(Math.abs(got - want) <= 4 * ulp)) failures.push(`${call}: expected ${want}, got ${show(actual)}`);
  }
  expect(failures).toEqual([]);
});
