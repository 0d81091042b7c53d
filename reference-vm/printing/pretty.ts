// io_lib_pretty:print/2 (the ~p and ~P directives) with OTP 26's layout.
//
// Like OTP, printing runs in two passes: first an intermediate tree records each
// subterm's one-line text length (pretty-tree.ts, print_length/7), then the
// layout pass decides per subterm whether it fits on the current line or must
// be broken (pretty-layout.ts, pp/8), after probing which indentation style for
// tagged tuples keeps the output within bounds (cind/7).
//
// Under a chars limit (io_lib:format/3's chars_limit), the tree comes from
// intermediate/7 (pretty-limited.ts) instead and is laid out the same way.
// Not implemented: record printing.

import { Atom } from '../terms/atom';
import { ErlMap } from '../terms/map';
import { Bitstring, Cons, NIL, Tuple, type Term } from '../terms/types';
import { writeAtom, type Encoding, type PrintableRange } from './chars';
import type { MapsOrder } from './maporder';
import { DeepOut, FlatOut, type Chars, type Out } from './deep-chars';
import { Layout, NoGood } from './pretty-layout';
import { intermediate } from './pretty-limited';
import { buildTree, writeNode, type Ctx } from './pretty-tree';
import { writeAtomic } from './write';

export interface PrettyOptions {
  /** Column where the term starts (1-based); default 1. */
  column?: number;
  /** Line length; default 80. 0 means everything on one line. */
  lineLength?: number;
  /** -1 (default) for no limit. */
  depth?: number;
  /** line_max_chars; -1 (default) for no limit. */
  lineMaxChars?: number;
  /** chars_limit; -1 (default) for no limit. */
  charsLimit?: number;
  /** latin1 (default, ~p) or unicode (~tp). */
  encoding?: Encoding;
  /** Whether lists and binaries may be shown as strings (false for ~lp); default true. */
  strings?: boolean;
  mapsOrder?: MapsOrder;
  /** io:printable_range(); OTP's default is latin1 (erl +pc latin1). */
  printableRange?: PrintableRange;
}

/** io_lib_pretty:print/2, as text. */
export function prettyTerm(term: Term, opts: PrettyOptions = {}): string {
  const out = new FlatOut();
  prettyTo(out, term, opts);
  return out.result();
}

/** io_lib_pretty:print/2, as the deep list OTP returns. */
export function prettyChars(term: Term, opts: PrettyOptions = {}): Chars {
  const out = new DeepOut();
  prettyTo(out, term, opts);
  return out.result();
}

/** Writes the elements of io_lib_pretty:print/2's result to out. */
export function prettyTo(out: Out, term: Term, opts: PrettyOptions = {}): void {
  const depth = opts.depth ?? -1;
  const charsLimit = opts.charsLimit ?? -1;
  if (depth === 0 || charsLimit === 0) return out.text('...');
  let col = opts.column ?? 1;
  if (col <= 0) col = 1;
  const ll = opts.lineLength ?? 80;
  const enc: Encoding = opts.encoding ?? 'latin1';
  if (term instanceof Atom) return out.text(writeAtom(term, enc));
  const compound =
    term instanceof Tuple || term instanceof Cons || term === NIL || term instanceof ErlMap || term instanceof Bitstring;
  if (!compound) return out.text(writeAtomic(term, 'latin1'));
  const ctx: Ctx = {
    enc,
    str: opts.strings ?? true,
    order: opts.mapsOrder,
    range: opts.printableRange ?? 'latin1',
  };
  const tree = charsLimit < 0 ? buildTree(term, depth, ctx) : intermediate(term, depth, charsLimit, ctx);
  const m0 = opts.lineMaxChars ?? -1;
  const m = m0 < 0 ? tree.len : m0;
  if (ll === 0 || (tree.len < ll - col && tree.len <= m)) return writeNode(tree, out);
  const layout = new Layout(ll, m);
  // Tagged tuples: no extra indentation if that fits, else 4, else 1.
  let tInd = 1;
  for (const candidate of [-1, 4]) {
    try {
      layout.check(tree, col, candidate);
      tInd = candidate;
      break;
    } catch (e) {
      if (!(e instanceof NoGood)) throw e;
    }
  }
  layout.print(tree, col, tInd, out);
}

/** The text of io_lib:format("~tp", [Term]) (what the harness shows for a term). */
export function formatTerm(term: Term, opts: PrettyOptions = {}): string {
  return prettyTerm(term, { encoding: 'unicode', ...opts });
}
