// sin and cos as glibc computes them (sysdeps/ieee754/dbl-64/s_sin.c, IBM Accurate
// Mathematical Library without its slow paths, glibc >= 2.28), in the x86-64 FMA build.
//
// The argument is reduced to a + da, |a| <= pi/4, in one of three ways (none, 136-bit
// Cody-Waite for |x| < 105414350, branred.ts beyond); then sin(a + da) is a Taylor
// polynomial for |a| < 0.126, otherwise a table point x_i = i/128 near |a| gives
// sin(x_i + z) = sin x_i cos z + cos x_i sin z with short polynomials for sin z and cos z.
// The fma(...) calls are the operations the FMA build fuses (read off its machine code);
// they are not the source's error-free sums, so they matter for the last bit.

import { branred } from './branred';
import { hexDouble, highWord, lowWord } from './bits';
import { fma } from './fma';
import { sinCosTable } from './sincos-data';

// Taylor coefficients for sin, |x| < 0.126.
const S1 = hexDouble('-0x1.5555555555555p-3');
const S2 = hexDouble('0x1.1111111110ECEp-7');
const S3 = hexDouble('-0x1.A01A019DB08B8p-13');
const S4 = hexDouble('0x1.71DE27B9A7ED9p-19');
const S5 = hexDouble('-0x1.ADDFFC2FCDF59p-26');
// Short polynomials for sin z and cos z around a table point, |z| <= 1/256.
const SN3 = -1.66666666666664880952546298448555e-1;
const SN5 = 8.33333214285722277379541354343671e-3;
const CS2 = 4.99999999999999999999950396842453e-1;
const CS4 = -4.16666666666664434524222570944589e-2;
const CS6 = 1.38888874007937613028114285595617e-3;
// 1.5 * 2^45: |x| + BIG has round(128 |x|) in its low word.
const BIG = hexDouble('0x1.8p45');
const HP0 = hexDouble('0x1.921FB54442D18p0'); // pi/2 = HP0 + HP1
const HP1 = hexDouble('0x1.1A62633145C07p-54');
// pi/2 = MP1 + MP2 + PP3 + PP4 (MP1, MP2, PP3 short, so xn * them is exact for small xn).
const MP1 = hexDouble('0x1.921FB58000000p0');
const MP2 = hexDouble('-0x1.DDE973C000000p-27');
const PP3 = hexDouble('-0x1.CB3B398000000p-55');
const PP4 = hexDouble('-0x1.d747f23e32ed7p-83');
const HPINV = hexDouble('0x1.45F306DC9C883p-1'); // 2/pi
const TOINT = hexDouble('0x1.8p52');

/** sin(x + dx) for |x| < 0.126 by its Taylor series. */
function taylorSin(x: number, dx: number): number {
  const xx = x * x;
  const poly = fma(fma(fma(fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
  return x + fma(xx, fma(poly, x, -(0.5 * dx)), dx);
}

/** sin(x + dx), |x| <= pi/4 (glibc's do_sin). */
function doSin(x: number, dx: number): number {
  if (Math.abs(x) < 0.126) return taylorSin(x, dx);
  const xold = x;
  if (x <= 0) dx = -dx;
  const u = BIG + Math.abs(x);
  const k = lowWord(u) << 2;
  x = Math.abs(x) - (u - BIG);
  const xx = x * x;
  const s = x + fma(x * xx, fma(xx, SN5, SN3), dx);
  const c = fma(x, dx, xx * fma(fma(xx, CS6, CS4), xx, CS2));
  const tab = sinCosTable();
  const sn = tab[k];
  const cor = fma(s, tab[k + 2], fma(-c, sn, fma(s, tab[k + 3], tab[k + 1])));
  const r = sn + cor;
  return xold < 0 ? -Math.abs(r) : Math.abs(r); // copysign(r, xold)
}

/** cos(x + dx), |x| <= pi/4 (glibc's do_cos). */
function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const u = BIG + Math.abs(x);
  const k = lowWord(u) << 2;
  x = Math.abs(x) - (u - BIG) + dx;
  const xx = x * x;
  const s = fma(x * xx, fma(xx, SN5, SN3), x);
  const c = xx * fma(fma(xx, CS6, CS4), xx, CS2);
  const tab = sinCosTable();
  const cs = tab[k + 2];
  const cor = fma(-s, tab[k], fma(-c, cs, fma(-s, tab[k + 1], tab[k + 3])));
  return cs + cor;
}

/** x = n pi/2 + (a + da) for |x| < 105414350: [n mod 4, a, da]. */
function reduceSinCos(x: number): [number, number, number] {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  const n = lowWord(t) & 3;
  // |xn| <= 2^26 and MP1, MP2, PP3 have at most 27 significant bits, so these products
  // are exact and the fused operations are plain ones (which is why the source splits so).
  const y = x - xn * MP1 - xn * MP2;
  const t2 = y - xn * PP3;
  const db = y - t2 - PP3 * xn;
  const b = fma(-xn, PP4, t2);
  return [n, b, db + fma(-xn, PP4, t2 - b)];
}

/** sin (n even) or cos (n odd) of a + da, negated in quadrants 2 and 3. */
function doSinCos(n: number, a: number, da: number): number {
  const r = n & 1 ? doCos(a, da) : doSin(a, da);
  return n & 2 ? -r : r;
}

function reduce(x: number, k: number): [number, number, number] {
  return k < 0x419921fb ? reduceSinCos(x) : branred(x);
}

export function sin(x: number): number {
  const k = highWord(x) & 0x7fffffff;
  if (k < 0x3e500000) return x; // |x| < 2^-26: sin x rounds to x
  if (k < 0x3feb6000) return doSin(x, 0); // |x| < 0.855469
  if (k < 0x400368fd) {
    // |x| < 2.426265: sin x = cos(pi/2 - |x|), with the sign of x
    const r = doCos(HP0 - Math.abs(x), HP1);
    return x < 0 ? -r : r;
  }
  if (k < 0x7ff00000) {
    const [n, a, da] = reduce(x, k);
    return doSinCos(n, a, da);
  }
  return NaN; // inf or NaN
}

export function cos(x: number): number {
  const k = highWord(x) & 0x7fffffff;
  if (k < 0x3e400000) return 1; // |x| < 2^-27
  if (k < 0x3feb6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    // cos x = sin(pi/2 - |x|), with pi/2 - |x| as a double-double
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    return doSin(a, y - a + HP1);
  }
  if (k < 0x7ff00000) {
    const [n, a, da] = reduce(x, k);
    return doSinCos(n + 1, a, da);
  }
  return NaN;
}
