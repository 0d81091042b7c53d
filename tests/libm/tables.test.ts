// The generated tables (support/libm/tables.ts) are what their exact derivations give.

import { doubleFromBits } from '../../reference-vm/bifs/support/libm/bits';
import * as tables from '../../reference-vm/bifs/support/libm/tables';
import { deriveExpTable, deriveLogc, derivePowLogTable, logFixed } from './derive';
import { toDyadic } from '../../reference-vm/bifs/support/libm/exact';
import { fromWords } from '../../reference-vm/bifs/support/libm/bits';

const decode = (bits: readonly string[]): number[] => bits.map(doubleFromBits);

describe('libm tables', () => {
  it('exp: heads and tails of 2^(k/128)', () => {
    const exp = deriveExpTable();
    expect(decode(tables.EXP_HEAD)).toEqual(exp.head);
    expect(decode(tables.EXP_TAIL)).toEqual(exp.tail);
  });

  it("pow's log table", () => {
    const pow = derivePowLogTable();
    expect(decode(tables.POW_INVC)).toEqual(pow.invc);
    expect(decode(tables.POW_LOGC)).toEqual(pow.logc);
    expect(decode(tables.POW_LOGC_TAIL)).toEqual(pow.logctail);
  });

  it('log and log2: logc is log(1/invc) rounded', () => {
    expect(decode(tables.LOG_LOGC)).toEqual(deriveLogc(decode(tables.LOG_INVC), false));
    expect(decode(tables.LOG2_LOGC)).toEqual(deriveLogc(decode(tables.LOG2_INVC), true));
  });

  it.each([
    ['log', tables.LOG_INVC, 7, 43, false],
    ['log2', tables.LOG2_INVC, 6, 42, true],
  ] as const)('%s: each invc is near 1/centre and its log lies within 2^-28 grid units of the grid', (_name, bits, tableBits, gridBits, base2) => {
    const F = 200;
    const ln2 = logFixed(2n, 1n, F);
    decode(bits).forEach((invc, i) => {
      const step = 1 << (20 - tableBits);
      const centre = (fromWords(0x3fe60000 + i * step, 0) + fromWords(0x3fe60000 + (i + 1) * step, 0)) / 2;
      expect(Math.abs(invc * centre - 1)).toBeLessThan(2 ** -22); // within 2^29 ulps of 1/centre
      const d = toDyadic(invc);
      let l = logFixed(1n << BigInt(-d.exp), d.mant, F) << BigInt(gridBits);
      if (base2) l = (l << BigInt(F)) / ln2;
      const one = 1n << BigInt(F);
      const frac = ((l % one) + one) % one;
      const dist = frac < one - frac ? frac : one - frac;
      expect(dist < one >> 28n).toBe(true);
    });
  });
});
