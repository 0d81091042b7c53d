// unicode_util:nfd/nfc/nfkd/nfkc: normalise the first grapheme cluster of chardata.
// OTP normalises cluster by cluster. Decomposition (with canonical reordering) is the
// standard one, done here with String.prototype.normalize; composition follows OTP's own
// algorithm over the cluster, which differs from standard NFC in one respect: a starter
// that did not combine does not block later marks from combining with the first code
// point ([$A, ZWJ, U+0308] composes to [U+00C4, ZWJ]). The composition data is Unicode 15.0.

import { Cons, type Term } from '../terms/types';
import { gc } from './unicode-util';
import { combiningClass, composePair } from './props';
import { cpsToString, list, stringToCps } from './terms-util';

export type NormForm = 'nfd' | 'nfc' | 'nfkd' | 'nfkc';

/** Code points below this limit are returned as they are (OTP's fast path). */
const FAST_LIMIT: Record<NormForm, number> = { nfd: 128, nfc: 256, nfkd: 128, nfkc: 128 };

function clusterCps(g: Term): number[] {
  if (typeof g === 'number') return [g];
  const out: number[] = [];
  while (g instanceof Cons) {
    out.push(g.head as number);
    g = g.tail;
  }
  return out;
}

function decompose(cps: number[], compat: boolean): number[] {
  return stringToCps(cpsToString(cps).normalize(compat ? 'NFKD' : 'NFD'));
}

const isLead = (c: number): boolean => c >= 0x1100 && c <= 0x1112;
const isVowel = (c: number): boolean => c >= 0x1161 && c <= 0x1175;

/** compose/1 of unicode_util on a decomposed cluster (as a code point array). */
function compose(cps: number[]): number[] {
  if (cps.length === 1) return cps;
  const [lead, vowel] = cps;
  if (isLead(lead)) {
    if (isVowel(vowel)) {
      const lv = 0xac00 + (lead - 0x1100) * 588 + (vowel - 0x1161) * 28;
      const trail = cps.slice(2);
      if (trail.length > 0 && trail[0] >= 0x11a7 && trail[0] <= 0x11c2) return [lv + trail[0] - 0x11a7, ...trail.slice(1)];
      return [lv, ...trail];
    }
    return [lead, ...compose(cps.slice(1))];
  }
  if (cps.length === 2) {
    const c = composePair(cps[0], cps[1]);
    return c === undefined ? cps : [c];
  }
  let base = cps[0];
  const accents: number[] = [];
  let prev = combiningClass(base);
  for (const c of cps.slice(1)) {
    const cls = combiningClass(c);
    const combined = prev === 0 || prev < cls ? composePair(base, c) : undefined;
    if (combined === undefined) {
      accents.push(c);
      prev = cls;
    } else base = combined;
  }
  return [base, ...accents];
}

/** compose_compat_0/1: compose each cluster of a compatibility decomposition. */
function composeCompat(cps: number[]): number[] {
  const out: number[] = [];
  let rest: Term = list(cps);
  for (;;) {
    const r = gc(rest);
    if (!(r instanceof Cons)) return out;
    out.push(...compose(clusterCps(r.head)));
    rest = r.tail;
  }
}

function asCluster(cps: number[]): Term {
  return cps.length === 1 ? cps[0] : list(cps);
}

/** Normalise one grapheme cluster; a single resulting code point stays an integer. */
export function normalizeCluster(g: Term, form: NormForm): Term {
  const cps = clusterCps(g);
  switch (form) {
    case 'nfd':
      return asCluster(decompose(cps, false));
    case 'nfkd':
      return asCluster(decompose(cps, true));
    case 'nfc':
      return asCluster(compose(decompose(cps, false)));
    case 'nfkc': {
      const d = decompose(cps, true);
      return d.length === 1 ? d[0] : list(composeCompat(d));
    }
  }
}

/** [NormalisedGC | Rest], [] or {error, Rest}. */
export function normalizeFirst(t: Term, form: NormForm): Term {
  const r = gc(t);
  if (!(r instanceof Cons)) return r;
  const g = r.head;
  if (typeof g === 'number' && g >= 0 && g < FAST_LIMIT[form]) return r;
  return new Cons(normalizeCluster(g, form), r.tail);
}

