// Unicode property and case-mapping lookups over the generated UCD tables (Unicode 15.0,
// the version OTP 26's unicode_util was generated from).

import * as ucd from './ucd-tables';

/** A sorted list of inclusive ranges, flattened as [start0, end0, start1, end1, ...]. */
type RangeSet = Int32Array;

function decodeRanges(encoded: string): RangeSet {
  if (encoded === '') return new Int32Array(0);
  const parts = encoded.split(',');
  const out = new Int32Array(parts.length * 2);
  parts.forEach((p, i) => {
    const [a, len] = p.split('+');
    const start = parseInt(a, 36);
    out[2 * i] = start;
    out[2 * i + 1] = start + (len === undefined ? 0 : parseInt(len, 36));
  });
  return out;
}

function inRanges(set: RangeSet, cp: number): boolean {
  let lo = 0;
  let hi = set.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < set[2 * mid]) hi = mid - 1;
    else if (cp > set[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

const CONTROL = decodeRanges(ucd.GCB_CONTROL);
const EXTEND = decodeRanges(ucd.GCB_EXTEND);
const ZWJ = decodeRanges(ucd.GCB_ZWJ);
const PREPEND = decodeRanges(ucd.GCB_PREPEND);
const HANGUL_L = decodeRanges(ucd.GCB_L);
const HANGUL_V = decodeRanges(ucd.GCB_V);
const HANGUL_T = decodeRanges(ucd.GCB_T);
const HANGUL_LV = decodeRanges(ucd.GCB_LV);
const HANGUL_LVT = decodeRanges(ucd.GCB_LVT);
const REGIONAL = decodeRanges(ucd.GCB_REGIONAL_INDICATOR);
const EXT_PICT = decodeRanges(ucd.EXTENDED_PICTOGRAPHIC);
const WHITE_SPACE = decodeRanges(ucd.PATTERN_WHITE_SPACE);

export const isControl = (cp: number): boolean => inRanges(CONTROL, cp);
export const isPrepend = (cp: number): boolean => inRanges(PREPEND, cp);
export const isHangulL = (cp: number): boolean => inRanges(HANGUL_L, cp);
export const isHangulV = (cp: number): boolean => inRanges(HANGUL_V, cp);
export const isHangulT = (cp: number): boolean => inRanges(HANGUL_T, cp);
export const isHangulLV = (cp: number): boolean => inRanges(HANGUL_LV, cp);
export const isHangulLVT = (cp: number): boolean => inRanges(HANGUL_LVT, cp);
export const isRegionalIndicator = (cp: number): boolean => inRanges(REGIONAL, cp);
export const isExtPict = (cp: number): boolean => inRanges(EXT_PICT, cp);

/** Extend-like for grapheme purposes (Extend, SpacingMark, ZWJ); ZWJ is reported apart. */
export function extendKind(cp: number): 'zwj' | 'extend' | null {
  if (inRanges(ZWJ, cp)) return 'zwj';
  if (inRanges(EXTEND, cp)) return 'extend';
  return null;
}

/** Pattern_White_Space code points in ascending order. */
export function patternWhiteSpace(): number[] {
  const out: number[] = [];
  for (let i = 0; i < WHITE_SPACE.length; i += 2) {
    for (let cp = WHITE_SPACE[i]; cp <= WHITE_SPACE[i + 1]; cp++) out.push(cp);
  }
  return out;
}

// ---- case mapping ----

/** A mapping result as unicode_util has it: one code point, or several. */
export type CaseMapping = number | number[];

function decodeCaseMap(encoded: string): Map<number, CaseMapping> {
  const m = new Map<number, CaseMapping>();
  if (encoded === '') return m;
  for (const entry of encoded.split(',')) {
    const [k, v] = entry.split(':');
    const cps = v.split(' ').map((s) => parseInt(s, 36));
    m.set(parseInt(k, 36), cps.length === 1 ? cps[0] : cps);
  }
  return m;
}

let caseMaps:
  | { upper: Map<number, CaseMapping>; lower: Map<number, CaseMapping>; title: Map<number, CaseMapping>; fold: Map<number, CaseMapping> }
  | undefined;

function maps(): NonNullable<typeof caseMaps> {
  if (caseMaps === undefined) {
    caseMaps = {
      upper: decodeCaseMap(ucd.CASE_UPPER),
      lower: decodeCaseMap(ucd.CASE_LOWER),
      title: decodeCaseMap(ucd.CASE_TITLE),
      fold: decodeCaseMap(ucd.CASE_FOLD),
    };
  }
  return caseMaps;
}

export function upperOf(cp: number): CaseMapping {
  return maps().upper.get(cp) ?? cp;
}
export function lowerOf(cp: number): CaseMapping {
  return maps().lower.get(cp) ?? cp;
}
export function titleOf(cp: number): CaseMapping {
  return maps().title.get(cp) ?? upperOf(cp);
}
export function foldOf(cp: number): CaseMapping {
  return maps().fold.get(cp) ?? lowerOf(cp);
}

// ---- normalisation data ----

let cccTable: Int32Array | undefined; // triples: start, end, class

function combiningClasses(): Int32Array {
  if (cccTable === undefined) {
    const parts = ucd.COMBINING_CLASS.split(',');
    cccTable = new Int32Array(parts.length * 3);
    parts.forEach((p, i) => {
      const [range, cls] = p.split('=');
      const [a, len] = range.split('+');
      const start = parseInt(a, 36);
      cccTable![3 * i] = start;
      cccTable![3 * i + 1] = start + (len === undefined ? 0 : parseInt(len, 36));
      cccTable![3 * i + 2] = parseInt(cls, 36);
    });
  }
  return cccTable;
}

/** Canonical combining class (0 for most code points). */
export function combiningClass(cp: number): number {
  const t = combiningClasses();
  let lo = 0;
  let hi = t.length / 3 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < t[3 * mid]) hi = mid - 1;
    else if (cp > t[3 * mid + 1]) lo = mid + 1;
    else return t[3 * mid + 2];
  }
  return 0;
}

let pairs: Map<number, Map<number, number>> | undefined;

/** The primary composite of two code points, or undefined. */
export function composePair(a: number, b: number): number | undefined {
  if (pairs === undefined) {
    pairs = new Map();
    for (const entry of ucd.COMPOSITION_PAIRS.split(',')) {
      const [ab, c] = entry.split(':');
      const [x, y] = ab.split(' ').map((s) => parseInt(s, 36));
      if (!pairs.has(x)) pairs.set(x, new Map());
      pairs.get(x)!.set(y, parseInt(c, 36));
    }
  }
  return pairs.get(a)?.get(b);
}
