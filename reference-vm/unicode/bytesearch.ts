// Byte-pattern search behind binary:match/matches/split and string's binary fast paths.
// One needle: plain leftmost search (the BEAM uses Boyer-Moore; the matches found are
// the same). Several needles: an Aho-Corasick automaton with the BEAM's rules for
// choosing among overlapping matches, which are observable:
//  - first match: the leftmost start, and at that start the longest needle;
//  - all matches: non-overlapping, resolved the way erl_bif_binary.c resolves them
//    (a later, longer match at an earlier or equal start replaces earlier ones).

export interface Match {
  pos: number;
  len: number;
}

interface AcNode {
  depth: number;
  /** >0: a needle ends here; -1: a needle ends somewhere along the failure chain; 0: none */
  final: number;
  fail: AcNode | null;
  next: Map<number, AcNode>;
}

export type CompiledSearch =
  | { kind: 'bm'; needle: Uint8Array }
  | { kind: 'ac'; root: AcNode };

/** Compile needles (all non-empty; validated by the caller). */
export function compileSearch(needles: readonly Uint8Array[]): CompiledSearch {
  if (needles.length === 1) return { kind: 'bm', needle: needles[0] };
  const root: AcNode = { depth: 0, final: 0, fail: null, next: new Map() };
  let counter = 0;
  for (const needle of needles) {
    counter++;
    let node = root;
    for (let i = 0; i < needle.length; i++) {
      let child = node.next.get(needle[i]);
      if (child === undefined) {
        child = { depth: i + 1, final: 0, fail: root, next: new Map() };
        node.next.set(needle[i], child);
      }
      node = child;
    }
    if (node.final === 0) node.final = counter;
  }
  // Breadth-first failure links, byte values in ascending order as the BEAM does.
  const queue: AcNode[] = [];
  for (const b of [...root.next.keys()].sort((x, y) => x - y)) {
    const child = root.next.get(b)!;
    child.fail = root;
    queue.push(child);
  }
  for (let qh = 0; qh < queue.length; qh++) {
    const parent = queue[qh];
    for (const b of [...parent.next.keys()].sort((x, y) => x - y)) {
      const child = parent.next.get(b)!;
      queue.push(child);
      let r: AcNode | null = parent.fail;
      while (r !== null && !r.next.has(b)) r = r === root ? null : r.fail;
      if (r === null) {
        child.fail = root.next.get(b) ?? root;
      } else {
        child.fail = r.next.get(b)!;
        if (child.final === 0 && child.fail.final !== 0) child.final = -1;
      }
    }
  }
  root.fail = root;
  return { kind: 'ac', root };
}

function step(root: AcNode, q: AcNode, byte: number): AcNode {
  while (!q.next.has(byte) && q !== root) q = q.fail!;
  return q.next.get(byte) ?? q;
}

function bmFirst(needle: Uint8Array, hay: Uint8Array, start: number, end: number): Match | undefined {
  const n = needle.length;
  outer: for (let j = start; j + n <= end; j++) {
    for (let i = n - 1; i >= 0; i--) if (hay[j + i] !== needle[i]) continue outer;
    return { pos: j, len: n };
  }
  return undefined;
}

export function findFirst(c: CompiledSearch, hay: Uint8Array, start: number, end: number): Match | undefined {
  if (c.kind === 'bm') return bmFirst(c.needle, hay, start, end);
  const root = c.root;
  let q = root;
  let candidate: AcNode | null = null;
  let candidateStart = 0;
  let i = start;
  while (i < end) {
    q = step(root, q, hay[i]);
    i++;
    if (candidate !== null && i - q.depth > candidateStart) break;
    if (q.final !== 0) {
      let r = q;
      while (r.final < 0) r = r.fail!;
      const rstart = i - r.depth;
      if (candidate === null || rstart < candidateStart || (rstart === candidateStart && candidate.depth < q.depth)) {
        candidateStart = rstart;
        candidate = r;
      }
    }
  }
  return candidate === null ? undefined : { pos: candidateStart, len: candidate.depth };
}

export function findAll(c: CompiledSearch, hay: Uint8Array, start: number, end: number): Match[] {
  const out: Match[] = [];
  if (c.kind === 'bm') {
    let j = start;
    for (;;) {
      const m = bmFirst(c.needle, hay, j, end);
      if (m === undefined) return out;
      out.push(m);
      j = m.pos + m.len;
    }
  }
  const root = c.root;
  let q = root;
  let m = 0;
  let i = start;
  while (i < end) {
    q = step(root, q, hay[i]);
    i++;
    if (q.final === 0) continue;
    let r = q;
    while (r.final !== 0) {
      while (r.final < 0) r = r.fail!;
      const rstart = i - r.depth;
      const saveM = m;
      while (m > 0 && (out[m - 1].pos > rstart || (out[m - 1].pos === rstart && out[m - 1].len < r.depth))) m--;
      if (m === 0 || out[m - 1].pos + out[m - 1].len <= rstart) {
        out[m] = { pos: rstart, len: r.depth };
        m++;
      } else {
        m = saveM;
      }
      r = r.fail!;
    }
  }
  out.length = m;
  return out;
}
