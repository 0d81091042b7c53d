// The layout pass of io_lib_pretty: pp/8 and friends decide, subterm by
// subterm, whether the one-line text fits or the term is broken over lines;
// cind/7 and friends probe beforehand whether an indentation style for tagged
// tuples keeps every line in bounds.
//
// OTP's mutually recursive functions (pp, pp_list, pp_tail, pp_element,
// pp_tag_tuple, pp_map, pp_pairs_tail, pp_pair) are folded into one frame per
// broken sequence or association, run from an explicit stack: nesting depth
// costs heap, not JS stack, and stays linear.

import { K, isAtomic, pairIsAtomic, writeNode, type Bin, type Node, type Pair, type Seq } from './pretty-tree';

/** Thrown by the cind pass when an indentation style does not fit. */
export class NoGood extends Error {}

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
  Close, // the improper tail was broken: write the closing bracket
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
  ind: number; // indentation of broken elements
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
  ind: number;
  ld: number;
  w: number;
}

type Frame = SeqFrame | PairFrame;

export class Layout {
  private readonly half: number;

  constructor(
    readonly out: string[],
    readonly ll: number,
    readonly m: number,
  ) {
    this.half = Math.floor(ll / 2);
  }

  private nl(ind: number): void {
    this.out.push('\n' + ' '.repeat(ind));
  }

  private fits(n: Node, col: number, ld: number, w: number): boolean {
    return n.len < this.ll - col - ld && n.len + w + ld <= this.m;
  }

  /** Whether an element of a tail fits after the previous one on the current line. */
  private tailFits(len: number, col: number, ld1: number, w: number): boolean {
    const eLen = 1 + len;
    if (ld1 === 0) return eLen + 1 < this.ll - col && w + eLen + 1 <= this.m;
    return eLen < this.ll - col - ld1 && w + eLen + ld1 <= this.m;
  }

  /** Whether an improper list tail stays on the current line. */
  private endFits(end: Node, col: number, ld: number, w: number): boolean {
    return end.len + 1 < this.ll - col - (ld + 1) && end.len + 1 + w + (ld + 1) <= this.m && isAtomic(end);
  }

  // ---------------------------------------------------------------- pp

  /** pp/8 on the whole term. */
  print(root: Node, col: number, tInd: number, ind: number): void {
    const stack: Frame[] = [];
    this.ppEnter(stack, root, col, tInd, ind, 0, 0);
    while (stack.length > 0) {
      const f = stack[stack.length - 1]!;
      if (f.seq === null) this.ppPairStep(stack, f, tInd);
      else this.ppSeqStep(stack, f, tInd);
    }
  }

  /**
   * pp/8 on a subterm: writes it when it fits or cannot break, otherwise
   * opens it and pushes its frame. Returns whether a frame was pushed.
   */
  private ppEnter(stack: Frame[], n: Node, col: number, tInd: number, ind: number, ld: number, w: number): boolean {
    const out = this.out;
    if (this.fits(n, col, ld, w)) {
      writeNode(n, out);
      return false;
    }
    if (n.k === K.Bin) {
      this.ppBinary(n, col + 2, ind + 2, ld, w);
      return false;
    }
    if (n.k === K.Pair) {
      stack.push({ seq: null, pair: n, stage: Stage.PairKey, col, ind, ld, w });
      return true;
    }
    if (n.k !== K.List && n.k !== K.Tuple && n.k !== K.Map) {
      writeNode(n, out);
      return false;
    }
    const f: SeqFrame = {
      seq: n,
      pairs: n.k === K.Map,
      stage: Stage.First,
      i: 0,
      col0: col + 1,
      ind: ind + 1,
      ld,
      ww: w + 1,
      col: 0,
      sep: n.k === K.List ? '|' : ',',
      close: n.k === K.List ? ']' : '}',
    };
    if (n.k === K.List) {
      out.push('[');
    } else if (n.k === K.Map) {
      out.push('#{');
      f.col0 = col + 2;
      f.ind = ind + 2;
    } else {
      out.push('{');
      if (n.tagged) {
        // pp_tag_tuple: the tag, then the rest indented after it or by tInd.
        const tLen = n.elems[0]!.len;
        const tagInd = tLen + 2;
        writeNode(n.elems[0]!, out);
        f.i = 1;
        if (tInd > 0 && tagInd > tInd) {
          f.col0 = col + tInd;
          f.col = col + tagInd;
          f.ind = ind + tInd;
          f.ww = w + 1 + tLen;
          f.stage = Stage.Tail;
        } else {
          out.push(',');
          f.col0 = col + tagInd;
          f.ind = ind + tagInd;
          f.ww = w + 1 + tLen + 1;
        }
      }
    }
    stack.push(f);
    return true;
  }

  private ppSeqStep(stack: Frame[], f: SeqFrame, tInd: number): void {
    const out = this.out;
    const n = f.seq;
    const elems = n.elems;
    const ll = this.ll;
    for (;;) {
      switch (f.stage) {
        case Stage.First: {
          if (f.i >= elems.length) {
            // pp_list on {dots, ...}: only "..." is left.
            if (n.end !== null) out.push('...');
            out.push(f.close);
            stack.pop();
            return;
          }
          const e = elems[f.i]!;
          const ld1 = lastDepth(n, f.i + 1, f.ld);
          f.stage = Stage.AfterFirst;
          if (this.fits(e, f.col0, ld1, f.ww)) {
            writeNode(e, out);
            this.afterFirst(f, (f.pairs ? pairIsAtomic(e) : isAtomic(e)) ? e.len : ll);
            break;
          }
          if (this.ppEnter(stack, e, f.col0, tInd, f.ind, ld1, f.ww)) return;
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
          out.push(',');
          if (inline && this.tailFits(e.len, f.col, ld1, f.ww)) {
            writeNode(e, out);
            f.col += 1 + e.len;
            f.ww += 1 + e.len;
            f.i++;
            break;
          }
          this.nl(f.ind);
          f.stage = Stage.AfterTail;
          if (this.fits(e, f.col0, ld1, 0)) {
            writeNode(e, out);
            this.afterTail(f, inline ? e.len : ll);
            break;
          }
          if (this.ppEnter(stack, e, f.col0, tInd, f.ind, ld1, 0)) return;
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
          out.push(f.sep);
          if (end.k === K.Dots) {
            out.push('...');
          } else if (this.endFits(end, f.col, f.ld, f.ww)) {
            writeNode(end, out);
          } else {
            this.nl(f.ind);
            if (this.ppEnter(stack, end, f.col0, tInd, f.ind, f.ld + 1, 0)) return;
          }
          break;
        }
        case Stage.Close:
          out.push(f.close);
          stack.pop();
          return;
        default:
          throw new Error('pretty: bad sequence stage');
      }
    }
  }

  /** After the first element: pp_list continues with W + width, pp_map with the pair's width alone. */
  private afterFirst(f: SeqFrame, we: number): void {
    f.col = f.col0 + we;
    f.ww = f.pairs ? we : f.ww + we;
    f.i++;
    f.stage = Stage.Tail;
  }

  private afterTail(f: SeqFrame, we: number): void {
    f.col = f.col0 + we;
    f.ww = we;
    f.i++;
    f.stage = Stage.Tail;
  }

  /** pp_pair/8 for an association that does not fit: key, " =>", then the value below. */
  private ppPairStep(stack: Frame[], f: PairFrame, tInd: number): void {
    const i = tInd > 0 ? tInd : 4;
    for (;;) {
      switch (f.stage) {
        case Stage.PairKey:
          f.stage = Stage.PairValue;
          if (this.ppEnter(stack, f.pair.key, f.col, tInd, f.ind, f.ld, f.w)) return;
          break;
        case Stage.PairValue:
          this.out.push(' =>');
          this.nl(f.ind + i);
          f.stage = Stage.PairDone;
          if (this.ppEnter(stack, f.pair.value, f.col + i, tInd, f.ind + i, f.ld, 0)) return;
          break;
        default:
          stack.pop();
          return;
      }
    }
  }

  /** pp_binary/7: byte values wrapped to the available width. */
  private ppBinary(n: Bin, col: number, ind: number, ld: number, w: number): void {
    const n0 = Math.max(8, Math.min(this.ll - col, this.m - 4 - w) - ld);
    let room = n0;
    this.out.push('<<');
    const parts = n.parts;
    for (let i = 0; i < parts.length - 1; i++) {
      const len = parts[i]!.length + 1;
      if (room - len < 0) {
        this.nl(ind);
        this.out.push(parts[i]! + ',');
        room = n0 - len;
      } else {
        this.out.push(parts[i]! + ',');
        room -= len;
      }
    }
    const last = parts[parts.length - 1]!;
    if (last.length > room) this.nl(ind);
    this.out.push(last + '>>');
  }

  // ---------------------------------------------------------------- cind

  /** cind/7 on the whole term with tagged-tuple indentation `ind`; throws NoGood. */
  check(root: Node, col: number, ind: number): void {
    const stack: Frame[] = [];
    this.cindEnter(stack, root, col, ind, 0, 0);
    while (stack.length > 0) {
      const f = stack[stack.length - 1]!;
      if (f.seq === null) this.cindPairStep(stack, f, ind);
      else this.cindSeqStep(stack, f, ind);
    }
  }

  private cindEnter(stack: Frame[], n: Node, col: number, ind: number, ld: number, w: number): boolean {
    if (this.fits(n, col, ld, w)) return false;
    if (n.k === K.Pair) {
      stack.push({ seq: null, pair: n, stage: Stage.PairKey, col, ind, ld, w });
      return true;
    }
    if (n.k !== K.List && n.k !== K.Tuple && n.k !== K.Map) return false;
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
      sep: ',',
      close: '',
    };
    if (n.k === K.Map) {
      f.col0 = col + 2;
      f.ww = w + 2;
    } else if (n.k === K.Tuple && n.tagged) {
      // cind_tag_tuple
      const tLen = n.elems[0]!.len;
      const tagInd = tLen + 2;
      const tCol = col + tagInd;
      f.i = 1;
      if (ind > 0 && tagInd > ind) {
        const col1 = col + ind;
        if (!(this.m + col1 <= this.ll || col1 <= this.half)) throw new NoGood();
        f.col0 = col1;
        f.col = tCol;
        f.ww = w + 1 + tLen;
        f.stage = Stage.Tail;
      } else {
        if (!(this.m + tCol < this.ll || tCol < this.half)) throw new NoGood();
        f.col0 = tCol;
        f.ww = w + 1 + tLen + 1;
      }
    }
    stack.push(f);
    return true;
  }

  private cindSeqStep(stack: Frame[], f: SeqFrame, ind: number): void {
    const n = f.seq;
    const elems = n.elems;
    const ll = this.ll;
    for (;;) {
      switch (f.stage) {
        case Stage.First: {
          if (f.i >= elems.length) {
            stack.pop();
            return;
          }
          const e = elems[f.i]!;
          const ld1 = lastDepth(n, f.i + 1, f.ld);
          f.stage = Stage.AfterFirst;
          if (this.fits(e, f.col0, ld1, f.ww)) {
            this.cindAfterFirst(f, (f.pairs ? pairIsAtomic(e) : isAtomic(e)) ? e.len : ll);
            break;
          }
          if (this.cindEnter(stack, e, f.col0, ind, ld1, f.ww)) return;
          this.cindAfterFirst(f, ll);
          break;
        }
        case Stage.AfterFirst:
          this.cindAfterFirst(f, ll);
          break;
        case Stage.Tail: {
          if (f.i >= elems.length) {
            f.stage = Stage.End;
            break;
          }
          const e = elems[f.i]!;
          const ld1 = lastDepth(n, f.i + 1, f.ld);
          const inline = f.pairs ? pairIsAtomic(e) : isAtomic(e);
          if (inline && this.tailFits(e.len, f.col, ld1, f.ww)) {
            f.col += 1 + e.len;
            f.ww += 1 + e.len;
            f.i++;
            break;
          }
          f.stage = Stage.AfterTail;
          if (this.fits(e, f.col0, ld1, 0)) {
            this.afterTail(f, inline ? e.len : ll);
            break;
          }
          if (this.cindEnter(stack, e, f.col0, ind, ld1, 0)) return;
          this.afterTail(f, ll);
          break;
        }
        case Stage.AfterTail:
          this.afterTail(f, ll);
          break;
        case Stage.End: {
          const end = n.end;
          stack.pop();
          if (end === null || end.k === K.Dots || this.endFits(end, f.col, f.ld, f.ww)) return;
          // cind_tail/8 continues at the current column, not the element column.
          this.cindEnter(stack, end, f.col, ind, f.ld + 1, 0);
          return;
        }
        default:
          throw new Error('pretty: bad sequence stage');
      }
    }
  }

  /** cind_list/cind_map carry on with W + width. */
  private cindAfterFirst(f: SeqFrame, we: number): void {
    f.col = f.col0 + we;
    f.ww += we;
    f.i++;
    f.stage = Stage.Tail;
  }

  /** cind_pair/7 for an association that does not fit. */
  private cindPairStep(stack: Frame[], f: PairFrame, ind: number): void {
    for (;;) {
      switch (f.stage) {
        case Stage.PairKey:
          f.stage = Stage.PairValue;
          if (this.cindEnter(stack, f.pair.key, f.col, ind, f.ld, f.w)) return;
          break;
        case Stage.PairValue:
          f.stage = Stage.PairDone;
          if (this.cindEnter(stack, f.pair.value, f.col + (ind > 0 ? ind : 4), ind, f.ld, 0)) return;
          break;
        default:
          stack.pop();
          return;
      }
    }
  }
}
