// Comparing a target's run of a case with the golden from OTP 26.
// Terms are compared as terms (decoded from term_to_binary, matched with =:=), so a
// target need not print like OTP to be judged; the `~tp` texts are only for diffs.

import { createTwoFilesPatch } from 'diff';
import { binaryToTerm } from '../reference-vm/etf/decode';
import { exactEquals } from '../reference-vm/terms/compare';
import { Atom } from '../reference-vm/terms/atom';
import { Cons, Tuple, type Term } from '../reference-vm/terms/types';
import { listFromArray } from '../reference-vm/terms/construct';
import { goldenStdout, unhex, utf8OrNull } from './golden/io';
import type { GoldenCase } from './golden/types';
import type { ResolvedCase } from './suite/types';
import type { CaseRun } from './targets/types';

/** How much of a stack trace must agree. */
export type StackLevel = 'full' | 'no-lines' | 'none';

export interface Mismatch {
  what: 'stdout' | 'result' | 'outcome' | 'class' | 'reason' | 'stacktrace' | 'halt';
  expected: string;
  actual: string;
  /** Unified diff of expected vs actual text. */
  diff: string;
}

export interface CompareOptions {
  stackLevel: StackLevel;
}

export function compareRun(c: ResolvedCase, golden: GoldenCase, run: CaseRun, opts: CompareOptions): Mismatch[] {
  const out: Mismatch[] = [];
  if (c.compare.includes('stdout')) {
    const expected = textOf(goldenStdout(golden));
    const actual = textOf(run.stdout);
    const same = c.stdoutMode === 'unordered-lines' ? sortedLines(expected) === sortedLines(actual) : expected === actual;
    if (!same) out.push(mismatch('stdout', expected, actual));
  }
  const checkResult = c.compare.includes('result');
  const checkExit = c.compare.includes('exit');
  if (!checkResult && !checkExit) return out;
  if (run.outcome !== golden.outcome) {
    const exp =
      golden.outcome === 'return' ? `return ${golden.result}` : golden.outcome === 'halt' ? describeHalt(golden.status, golden.slogan) : `${golden.outcome} ${golden.class ?? ''} ${golden.reason}`;
    const act = describeRun(run);
    out.push(mismatch('outcome', exp, act));
    return out;
  }
  if (golden.outcome === 'halt') {
    // The exit status (and slogan) is how a halted node ends: part of `exit`.
    const same = golden.status === run.haltStatus && golden.slogan === run.haltSlogan;
    if (checkExit && !same) out.push(mismatch('halt', describeHalt(golden.status, golden.slogan), describeRun(run)));
    return out;
  }
  if (golden.outcome === 'return') {
    if (checkResult && !sameTerm(golden.result_etf, run.resultEtf)) {
      out.push(mismatch('result', golden.result ?? '', run.resultText ?? '(no value text)'));
    }
    return out;
  }
  if (!checkExit) return out;
  if (golden.class !== undefined && golden.class !== run.class) out.push(mismatch('class', golden.class, String(run.class)));
  if (!sameTerm(golden.reason_etf, run.reasonEtf)) out.push(mismatch('reason', golden.reason ?? '', run.reasonText ?? '(no reason text)'));
  if (opts.stackLevel !== 'none' && golden.stacktrace_etf !== undefined) {
    const exp = decode(golden.stacktrace_etf);
    const act = run.stackEtf ? safeDecode(run.stackEtf) : null;
    const ok = exp !== null && act !== null && exactEquals(normaliseStack(exp, opts.stackLevel), normaliseStack(act, opts.stackLevel));
    if (!ok) out.push(mismatch('stacktrace', golden.stacktrace ?? '', run.stackText ?? '(no stack trace)'));
  }
  return out;
}

function describeRun(run: CaseRun): string {
  switch (run.outcome) {
    case 'return':
      return `return ${run.resultText ?? ''}`;
    case 'exception': {
      // The top frame says where: for undef, which function is missing.
      const top = run.stackText?.replace(/\s+/g, ' ').match(/^\[(\{[^{}]*?(?:\{[^{}]*\}[^{}]*?)*\})/)?.[1];
      return `exception ${run.class ?? ''} ${run.reasonText ?? ''}${top ? ` at ${top}` : ''}`;
    }
    case 'exit':
      return `exit ${run.reasonText ?? ''}`;
    case 'halt':
      return describeHalt(run.haltStatus, run.haltSlogan);
    default:
      return `${run.outcome}${run.message ? `: ${run.message}` : ''}`;
  }
}

/** How a halt reads in reports: `halt 3`, `halt abort`, `halt 1 (slogan "...")`. */
export function describeHalt(status: number | 'abort' | undefined, slogan: string | undefined): string {
  return `halt ${status ?? '?'}${slogan === undefined ? '' : ` (slogan ${JSON.stringify(slogan)})`}`;
}

function sameTerm(goldenHex: string | undefined, actual: Uint8Array | undefined): boolean {
  if (goldenHex === undefined || actual === undefined) return goldenHex === undefined && actual === undefined;
  const expectedBytes = unhex(goldenHex);
  if (Buffer.from(expectedBytes).equals(Buffer.from(actual))) return true;
  const a = safeDecode(expectedBytes);
  const b = safeDecode(actual);
  return a !== null && b !== null && exactEquals(a, b);
}

function decode(hexText: string): Term | null {
  return safeDecode(unhex(hexText));
}

function safeDecode(bytes: Uint8Array): Term | null {
  try {
    return binaryToTerm(bytes);
  } catch {
    return null;
  }
}

const FILE = Atom.of('file');
const LINE = Atom.of('line');

/** Drop what the level does not compare: at no-lines, the file/line location items. */
function normaliseStack(stack: Term, level: StackLevel): Term {
  if (level === 'full') return stack;
  const frames: Term[] = [];
  for (let cur = stack; cur instanceof Cons; cur = cur.tail) {
    const f = cur.head;
    if (f instanceof Tuple && f.arity === 4) {
      const items: Term[] = [];
      for (let l = f.elements[3]; l instanceof Cons; l = l.tail) {
        const it = l.head;
        if (it instanceof Tuple && it.arity === 2 && (it.elements[0] === FILE || it.elements[0] === LINE)) continue;
        items.push(it);
      }
      frames.push(new Tuple([f.elements[0], f.elements[1], f.elements[2], listFromArray(items)]));
    } else frames.push(f);
  }
  return listFromArray(frames);
}


function textOf(bytes: Uint8Array): string {
  return utf8OrNull(bytes) ?? `<non-UTF-8 bytes: ${Buffer.from(bytes).toString('hex')}>`;
}

function sortedLines(s: string): string {
  return s.split('\n').sort().join('\n');
}

function mismatch(what: Mismatch['what'], expected: string, actual: string): Mismatch {
  const diff = createTwoFilesPatch(`expected ${what} (OTP 26)`, `actual ${what}`, withNewline(expected), withNewline(actual), undefined, undefined, { context: 3 });
  return { what, expected, actual, diff: diff.split('\n').slice(2).join('\n') };
}

function withNewline(s: string): string {
  return s.endsWith('\n') ? s : s + '\n';
}
