// Generates ucd-tables.ts from the Unicode Character Database text files (Unicode 15.0,
// the version OTP 26 is built against). Run by hand when the Unicode version changes:
//
//   npx ts-node --transpile-only reference-vm/unicode/gen-ucd-tables.ts <dir-with-UCD-files>
//
// Needed files: UnicodeData.txt, SpecialCasing.txt, CaseFolding.txt,
// GraphemeBreakProperty.txt, emoji-data.txt, PropList.txt.
// Only facts from the UCD go into the output; the algorithms live in the other modules.

import * as fs from 'fs';
import * as path from 'path';

type Range = [number, number];

function readLines(dir: string, file: string): string[] {
  return fs
    .readFileSync(path.join(dir, file), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l.length > 0);
}

function parseRange(field: string): Range {
  const [a, b] = field.trim().split('..');
  const start = parseInt(a, 16);
  return [start, b === undefined ? start : parseInt(b, 16)];
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last[1] + 1 >= r[0]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Property file (`range ; Name`) to ranges grouped by lower-cased name. */
function properties(dir: string, file: string): Map<string, Range[]> {
  const byName = new Map<string, Range[]>();
  for (const line of readLines(dir, file)) {
    const [cps, name] = line.split(';');
    const key = name.trim().toLowerCase();
    if (!byName.has(key)) byName.set(key, []);
    byName.get(key)!.push(parseRange(cps));
  }
  return byName;
}

function hexList(field: string): number[] {
  return field
    .trim()
    .split(/\s+/)
    .filter((s) => s.length > 0)
    .map((s) => parseInt(s, 16));
}

interface CaseEntry {
  upper: number[];
  lower: number[];
  title: number[];
  fold: number[];
}

function caseEntries(dir: string): Map<number, CaseEntry> {
  const table = new Map<number, CaseEntry>();
  for (const line of readLines(dir, 'UnicodeData.txt')) {
    const f = line.split(';');
    const cp = parseInt(f[0], 16);
    const [u, l, t] = [f[12], f[13], f[14]];
    if (u === '' && l === '' && t === '') continue;
    // An empty field means "maps to itself".
    const one = (s: string): number[] => (s === '' ? [cp] : [parseInt(s, 16)]);
    table.set(cp, { upper: one(u), lower: one(l), title: one(t), fold: [] });
  }
  // Unconditional special casings only: the conditional block starts at Final_Sigma.
  for (const line of fs.readFileSync(path.join(dir, 'SpecialCasing.txt'), 'utf8').split('\n')) {
    if (line.startsWith('03A3;')) break;
    const body = line.replace(/#.*$/, '').trim();
    if (body === '') continue;
    const f = body.split(';');
    const cp = parseInt(f[0], 16);
    table.set(cp, { lower: hexList(f[1]), title: hexList(f[2]), upper: hexList(f[3]), fold: [] });
  }
  // Full case folding: statuses C and F (S is the simple variant, T is Turkic).
  for (const line of readLines(dir, 'CaseFolding.txt')) {
    const f = line.split(';');
    const status = f[1].trim();
    if (status !== 'C' && status !== 'F') continue;
    const cp = parseInt(f[0], 16);
    const entry = table.get(cp);
    if (entry === undefined) throw new Error(`fold without case entry ${f[0]}`);
    entry.fold = hexList(f[2]);
  }
  return table;
}

/** Non-zero canonical combining classes as "start+len=class" runs. */
function combiningClasses(dir: string): string {
  const runs: [number, number, number][] = [];
  for (const line of readLines(dir, 'UnicodeData.txt')) {
    const f = line.split(';');
    const cp = parseInt(f[0], 16);
    const ccc = parseInt(f[3], 10);
    if (ccc === 0) continue;
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] + 1 === cp && last[2] === ccc) last[1] = cp;
    else runs.push([cp, cp, ccc]);
  }
  return runs.map(([a, b, c]) => `${a.toString(36)}${a === b ? '' : `+${(b - a).toString(36)}`}=${c.toString(36)}`).join(',');
}

/**
 * Primary composites: canonical decompositions into exactly two code points whose first
 * has combining class 0, minus the composition exclusions.
 */
function compositionPairs(dir: string): string {
  const ccc = new Map<number, number>();
  const decomp = new Map<number, number[]>();
  for (const line of readLines(dir, 'UnicodeData.txt')) {
    const f = line.split(';');
    const cp = parseInt(f[0], 16);
    ccc.set(cp, parseInt(f[3], 10));
    if (f[5] !== '' && !f[5].startsWith('<')) decomp.set(cp, hexList(f[5]));
  }
  const excluded = new Set(readLines(dir, 'CompositionExclusions.txt').map((l) => parseInt(l, 16)));
  const out: string[] = [];
  for (const [cp, d] of [...decomp.entries()].sort((a, b) => a[0] - b[0])) {
    if (d.length !== 2 || excluded.has(cp) || (ccc.get(d[0]) ?? 0) !== 0) continue;
    out.push(`${d[0].toString(36)} ${d[1].toString(36)}:${cp.toString(36)}`);
  }
  return out.join(',');
}

function encodeRanges(ranges: Range[]): string {
  // start and length, base 36, to keep the generated file small
  return ranges.map(([a, b]) => (a === b ? a.toString(36) : `${a.toString(36)}+${(b - a).toString(36)}`)).join(',');
}

function encodeSeq(cps: number[]): string {
  return cps.map((c) => c.toString(36)).join(' ');
}

function same(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function main(): void {
  const dir = process.argv[2];
  if (dir === undefined) throw new Error('usage: gen-ucd-tables <ucd-dir>');
  const gbp = properties(dir, 'GraphemeBreakProperty.txt');
  const emoji = properties(dir, 'emoji-data.txt');
  const props = properties(dir, 'PropList.txt');
  const get = (m: Map<string, Range[]>, k: string): Range[] => {
    const r = m.get(k);
    if (r === undefined) throw new Error(`missing property ${k}`);
    return mergeRanges(r);
  };

  const control = mergeRanges([...get(gbp, 'cr'), ...get(gbp, 'lf'), ...get(gbp, 'control')]);
  const extend = mergeRanges([...get(gbp, 'extend'), ...get(gbp, 'spacingmark')]);

  const cases = caseEntries(dir);
  const upper: string[] = [];
  const lower: string[] = [];
  const title: string[] = [];
  const fold: string[] = [];
  for (const [cp, e] of [...cases.entries()].sort((a, b) => a[0] - b[0])) {
    const k = cp.toString(36);
    const fld = e.fold.length === 0 ? [cp] : e.fold;
    if (!same(e.upper, [cp])) upper.push(`${k}:${encodeSeq(e.upper)}`);
    if (!same(e.lower, [cp])) lower.push(`${k}:${encodeSeq(e.lower)}`);
    if (!same(e.title, e.upper)) title.push(`${k}:${encodeSeq(e.title)}`);
    if (!same(fld, e.lower)) fold.push(`${k}:${encodeSeq(fld)}`);
  }

  const out = `// GENERATED by gen-ucd-tables.ts from the Unicode 15.0 Character Database. Do not edit.
// Ranges are "start" or "start+length" in base 36, comma separated.
// Case maps are "cp:mapping" in base 36 (a mapping may be several code points, space separated).

export const UNICODE_VERSION: readonly [number, number] = [15, 0];

/** Grapheme_Cluster_Break = CR | LF | Control */
export const GCB_CONTROL = '${encodeRanges(control)}';
/** Grapheme_Cluster_Break = Extend | SpacingMark (ZWJ is separate) */
export const GCB_EXTEND = '${encodeRanges(extend)}';
export const GCB_ZWJ = '${encodeRanges(get(gbp, 'zwj'))}';
export const GCB_PREPEND = '${encodeRanges(get(gbp, 'prepend'))}';
export const GCB_L = '${encodeRanges(get(gbp, 'l'))}';
export const GCB_V = '${encodeRanges(get(gbp, 'v'))}';
export const GCB_T = '${encodeRanges(get(gbp, 't'))}';
export const GCB_LV = '${encodeRanges(get(gbp, 'lv'))}';
export const GCB_LVT = '${encodeRanges(get(gbp, 'lvt'))}';
export const GCB_REGIONAL_INDICATOR = '${encodeRanges(get(gbp, 'regional_indicator'))}';
export const EXTENDED_PICTOGRAPHIC = '${encodeRanges(get(emoji, 'extended_pictographic'))}';
export const PATTERN_WHITE_SPACE = '${encodeRanges(get(props, 'pattern_white_space'))}';

/** Canonical combining classes other than 0: "start[+length]=class", base 36. */
export const COMBINING_CLASS = '${combiningClasses(dir)}';
/** Canonical composition pairs "first second:composite", base 36. */
export const COMPOSITION_PAIRS = '${compositionPairs(dir)}';

/** Full upper case mapping where it is not the identity. */
export const CASE_UPPER = '${upper.join(',')}';
/** Full lower case mapping where it is not the identity. */
export const CASE_LOWER = '${lower.join(',')}';
/** Full title case mapping where it differs from the upper case mapping. */
export const CASE_TITLE = '${title.join(',')}';
/** Full case folding (C + F) where it differs from the lower case mapping. */
export const CASE_FOLD = '${fold.join(',')}';
`;
  fs.writeFileSync(path.join(__dirname, 'ucd-tables.ts'), out);
}

if (require.main === module) main();
