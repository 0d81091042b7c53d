// The layout pass of io_lib_pretty. pp/8 and friends decide, subterm by
// subterm, whether the one-line text fits or the term is broken over lines;
// cind/7 and friends walk the same decisions beforehand, without output, to
// check that an indentation style for tagged tuples keeps every line in bounds.
//
// Both walks are one machine here (Walk), run from an explicit stack: OTP's
// mutually recursive functions (pp, pp_list, pp_tail, pp_element,
// pp_tag_tuple, pp_map, pp_pairs_tail, pp_pair and their cind twins) become
// one frame per broken sequence or association, so nesting depth costs heap,
// not JS stack. The few places where cind differs from pp are marked.
//
// When printing, the output goes to an Out with the nesting OTP gives its
// result: [$[, pp_list(...), $]], each element a nested list, and after a
// line break the indentation as a nested list built by indent/2.

import { duplicateChars, type Chars, type Out } from './deep-chars';
import { K, isAtomic, pairIsAtomic, writeNode, type Bin, type Node, type Pair, type Seq } from './pretty-tree';
import { emitBinaryPart } from './write';

/** Thrown by the cind pass when an indentation style does not fit. */
export class NoGood extends Error {}

/** An indentation: a column count when only text is kept, else OTP's deep list of spaces. */
type Indent = number | Chars;

/** last_depth/2: 0 when more elements follow position i, else LD + 1. */
function lastDepth(n: Seq, i: number, ld: number): number {
  return i < n.elems.length ? 0 : ld + 1;
}

const enum Stage {
  First, // the first element (pp_list's pp_element)
  AfterFirst, // the first element was broken: continue after it
  Tail, // the remaining elements (pp_tail / pp_pairs_tail)
  AfterTail, // a tail element was broken: continue after it
  End, // the improper tail, "..." or nothing
  Close, // write the closing bracket
  PairKey, // broken association: the key
  PairValue, // broken association: " =>", newline, the value
  PairDone,
}

interface SeqFrame {
  seq: Seq;
  pairs: boolean; // a map: elements are associations
  stage: Stage;
  i: number; // element being laid out
  col0: number; // column where broken elements start
  ind: Indent; // indentation of broken elements
  ld: number; // last depth: closing brackets that follow this sequence
  ww: number; // width used on the current line (for the line_max_chars test)
  col: number; // current column
  sep: string; // '|' before a list tail, ',' otherwise
  close: string;
}

interface PairFrame {
  seq: null;
  pair: Pair;
  stage: Stage;
  col: number;
  ind: Indent;
  ld: number;
  w: number;
}

type Frame = SeqFrame | PairFrame;

export class Layout {
  private readonly half: number;

  constructor(
    readonly ll: number,
    readonly m: number,
  ) {
    this.half = Math.floor(ll / 2);
  }

  /** cind/7 on the whole term with tagged-tuple indentation tInd; throws NoGood. */
  check(root: Node, col: number, tInd: number): void {
    new Walk(this, null, tInd).run(root, col, 0);
  }

  /** pp/8 on the whole term, writing to out. */
  print(root: Node, col: number, tInd: number, out: Out): void {
    // indent/1: the first line's indentation is Col - 1 spaces.
    const ind: Indent = out.deep ? duplicateChars(' ', col - 1, false) : col - 1;
    new Walk(this, out, tInd).run(root, col, ind);
  }

  fits(n: Node, col: number, ld: number, w: number): boolean {
    return n.len < this.ll - col - ld && n.len + w + ld <= this.m;
  }

  /** Whether an element of a tail fits after the previous one on the current line. */
  tailFits(len: number, col: number, ld1: number, w: number): boolean {
    const eLen = 1 + len;
    if (ld1 === 0) return eLen + 1 < this.ll - col && w + eLen + 1 <= this.m;
    return eLen < this.ll - col - ld1 && w + eLen + ld1 <= this.m;
  }

  /** Whether an improper list tail stays on the current line. */
  endFits(end: Node, col: number, ld: number, w: number): boolean {
    return end.len + 1 < this.ll - col - (ld + 1) && end.len + 1 + w + (ld + 1) <= this.m && isAtomic(end);
  }

  /** The tagged-tuple rules of cind_tag_tuple: the column must leave room. */
  tagColumnOk(col: number, strict: boolean): boolean {
    return strict ? this.m + col < this.ll || col < this.half : this.m + col <= this.ll || col <= this.half;
  }
}

/** One pp (out set) or cind (out null) walk over a tree. */
class Walk {
  private readonly stack: Frame[] = [];

  constructor(
    private readonly lay: Layout,
    private readonly out: Out | null,
    private readonly tInd: number,
  ) {}

  run(root: Node, col: number, ind: Indent): void {
    this.enter(root, col, ind, 0, 0);
    const stack = this.stack;
    while (stack.length > 0) {
      const f = stack[stack.length - 1]!;
      if (f.seq === null) this.pairStep(f);
      else this.seqStep(f);
    }
  }

  /** indent/2: N more spaces in front of Ind. */
  private indent(n: number, ind: Indent): Indent {
    if (typeof ind === 'number') return ind + n;
    if (n === 1) return [' ', ...ind];
    if (n === 4) return [['  '], ['  '], ...ind];
    return [duplicateChars(' ', n, false), ...ind];
  }

  /** A line break and the indentation: [$\n, Ind | ...]. */
  private newline(ind: Indent): void {
    const out = this.out!;
    if (typeof ind === 'number') {
      out.text('\n' + ' '.repeat(ind));
    } else {
      out.text('\n');
      out.nested(ind);
    }
  }

  /**
   * pp/8 (cind/7) on a subterm: writes it when it fits or cannot break,
   * otherwise opens it and pushes its frame. Returns whether a frame was pushed.
   */
  private enter(n: Node, col: number, ind: Indent, ld: number, w: number): boolean {
    const out = this.out;
    const lay = this.lay;
    if (lay.fits(n, col, ld, w)) {
      if (out) writeNode(n, out);
      return false;
    }
    if (n.k === K.Bin) {
      if (out) this.ppBinary(n, col + 2, this.indent(2, ind), ld, w);
      return false;
    }
    if (n.k === K.Pair) {
      this.stack.push({ seq: null, pair: n, stage: Stage.PairKey, col, ind, ld, w });
      return true;
    }
    if (n.k !== K.List && n.k !== K.Tuple && n.k !== K.Map) {
      if (out) writeNode(n, out);
      return false;
    }
    const f: SeqFrame = {
      seq: n,
      pairs: n.k === K.Map,
      stage: Stage.First,
      i: 0,
      col0: col + 1,
      ind,
      ld,
      ww: w + 1,
      col: 0,
      sep: n.k === K.List ? '|' : ',',
      close: n.k === K.List ? ']' : '}',
    };
    if (out) out.text(n.k === K.List ? '[' : n.k === K.Map ? '#{' : '{');
    out?.open();
    if (n.k === K.Map) {
      f.col0 = col + 2;
      f.ind = this.indent(2, ind);
      // cind_map carries W + 2, pp_map W + 1.
      if (!out) f.ww = w + 2;
    } else if (n.k === K.Tuple && n.tagged && n.elems.length > 0) {
      this.tagTuple(f, n, col, ind, w);
    } else {
      f.ind = this.indent(1, ind);
    }
    this.stack.push(f);
    return true;
  }

  /** pp_tag_tuple / cind_tag_tuple: the tag, then the rest indented by tInd or after the tag. */
  private tagTuple(f: SeqFrame, n: Seq, col: number, ind: Indent, w: number): void {
    const out = this.out;
    const tag = n.elems[0]!;
    const tLen = tag.len;
    const tagInd = tLen + 2;
    const tCol = col + tagInd;
    f.i = 1;
    if (out) {
      out.open();
      writeNode(tag, out);
      out.close();
    }
    if (this.tInd > 0 && tagInd > this.tInd) {
      const col1 = col + this.tInd;
      if (!out && !this.lay.tagColumnOk(col1, false)) throw new NoGood();
      f.col0 = col1;
      f.col = tCol;
      f.ind = this.indent(this.tInd, ind);
      f.ww = w + 1 + tLen;
      f.stage = Stage.Tail;
    } else {
      if (!out && !this.lay.tagColumnOk(tCol, true)) throw new NoGood();
      if (out) out.text(',');
      f.col0 = tCol;
      f.ind = this.indent(tagInd, ind);
      f.ww = w + 1 + tLen + 1;
    }
  }

  private seqStep(f: SeqFrame): void {
    const out = this.out;
    const lay = this.lay;
    const n = f.seq;
    const elems = n.elems;
    const ll = lay.ll;
    for (;;) {
      switch (f.stage) {
        case Stage.First: {
          if (f.i >= elems.length) {
            // pp_list on {dots, ...}: only "..." is left.
            if (out && n.end !== null) out.text('...');
            f.stage = Stage.Close;
            break;
          }
          const e = elems[f.i]!;
          const ld1 = lastDepth(n, f.i + 1, f.ld);
          f.stage = Stage.AfterFirst;
          out?.open();
          if (lay.fits(e, f.col0, ld1, f.ww)) {
            if (out) writeNode(e, out);
            this.afterFirst(f, (f.pairs ? pairIsAtomic(e) : isAtomic(e)) ? e.len : ll);
            break;
          }
          if (this.enter(e, f.col0, f.ind, ld1, f.ww)) return;
          this.afterFirst(f, ll);
          break;
        }
        case Stage.AfterFirst:
          this.afterFirst(f, ll);
          break;
        case Stage.Tail: {
          if (f.i >= elems.length) {
            f.stage = Stage.End;
            break;
          }
          const e = elems[f.i]!;
          const ld1 = lastDepth(n, f.i + 1, f.ld);
          const inline = f.pairs ? pairIsAtomic(e) : isAtomic(e);
          if (out) out.text(',');
          if (inline && lay.tailFits(e.len, f.col, ld1, f.ww)) {
            if (out) {
              out.open();
              writeNode(e, out);
              out.close();
            }
            f.col += 1 + e.len;
            f.ww += 1 + e.len;
            f.i++;
            break;
          }
          if (out) {
            this.newline(f.ind);
            out.open();
          }
          f.stage = Stage.AfterTail;
          if (lay.fits(e, f.col0, ld1, 0)) {
            if (out) writeNode(e, out);
            this.afterTail(f, inline ? e.len : ll);
            break;
          }
          if (this.enter(e, f.col0, f.ind, ld1, 0)) return;
          this.afterTail(f, ll);
          break;
        }
        case Stage.AfterTail:
          this.afterTail(f, ll);
          break;
        case Stage.End: {
          const end = n.end;
          f.stage = Stage.Close;
          if (end === null) break;
          if (out) out.text(f.sep);
          if (end.k === K.Dots) {
            if (out) out.text('...');
          } else if (lay.endFits(end, f.col, f.ld, f.ww)) {
            if (out) writeNode(end, out);
          } else {
            if (out) this.newline(f.ind);
            // pp_tail breaks the tail at the element column, cind_tail checks it at the current one.
            if (this.enter(end, out ? f.col0 : f.col, f.ind, f.ld + 1, 0)) return;
          }
          break;
        }
        case Stage.Close:
          if (out) {
            out.close();
            out.text(f.close);
          }
          this.stack.pop();
          return;
        default:
          throw new Error('pretty: bad sequence stage');
      }
    }
  }

  /** After the first element: pp_map carries on with the pair's width alone, the rest with W + width. */
  private afterFirst(f: SeqFrame, we: number): void {
    this.out?.close();
    f.col = f.col0 + we;
    f.ww = f.pairs && this.out ? we : f.ww + we;
    f.i++;
    f.stage = Stage.Tail;
  }

  private afterTail(f: SeqFrame, we: number): void {
    this.out?.close();
    f.col = f.col0 + we;
    f.ww = we;
    f.i++;
    f.stage = Stage.Tail;
  }

  /** pp_pair/8 for an association that does not fit: [Key, " =>\n", Ind | Value]. */
  private pairStep(f: PairFrame): void {
    const out = this.out;
    const i = this.tInd > 0 ? this.tInd : 4;
    for (;;) {
      switch (f.stage) {
        case Stage.PairKey:
          f.stage = Stage.PairValue;
          out?.open();
          if (this.enter(f.pair.key, f.col, f.ind, f.ld, f.w)) return;
          break;
        case Stage.PairValue: {
          const vInd = this.indent(i, f.ind);
          if (out) {
            out.close();
            out.open();
            out.text(' =>');
            if (typeof vInd === 'number') {
              out.text('\n');
              out.close();
              out.text(' '.repeat(vInd));
            } else {
              out.text('\n');
              out.close();
              out.nested(vInd);
            }
          }
          f.stage = Stage.PairDone;
          if (this.enter(f.pair.value, f.col + i, vInd, f.ld, 0)) return;
          break;
        }
        default:
          this.stack.pop();
          return;
      }
    }
  }

  /** pp_binary/7: [$<,$<, Body, $>,$>] with the byte values wrapped to the available width. */
  private ppBinary(n: Bin, col: number, ind: Indent, ld: number, w: number): void {
    const out = this.out!;
    const lay = this.lay;
    const n0 = Math.max(8, Math.min(lay.ll - col, lay.m - 4 - w) - ld);
    let room = n0;
    out.text('<<');
    out.open();
    const parts = n.parts;
    for (let i = 0; i < parts.length - 1; i++) {
      const len = parts[i]!.length + 1;
      if (room - len < 0) {
        this.newline(ind);
        room = n0 - len;
      } else {
        room -= len;
      }
      emitBinaryPart(out, parts[i]!);
      out.text(',');
    }
    const last = parts[parts.length - 1]!;
    if (last.length > room) {
      // [$\n, Ind, S]: the rest of the body as one nested list.
      this.newline(ind);
      out.open();
      emitBinaryPart(out, last);
      out.close();
    } else {
      emitBinaryPart(out, last);
    }
    out.close();
    out.text('>>');
  }
}
