// Chunked ets traversal (reference-vm/ets/select-chunk.ts) on hand-built bucket layouts,
// against OTP 26's erl_db_hash.c / erl_db_tree.c rules: hash walks stop only between
// buckets, the surplus rides in the continuation (reversed when a continuation splits
// it), a ground key visits one bucket in one go, ordered_set stops at exactly Limit.

import { hashFirstChunk, hashNextChunk, keyBoundness, orderedChunk, type Chunk } from '../../reference-vm/ets/select-chunk';
import { Atom, Tuple, type Term } from '../../reference-vm/terms/types';

const obj = (k: number): Tuple => new Tuple([k]);
const key = (o: Tuple): Term => o.elements[0];
const all = (o: Tuple): Term => o.elements[0];
const UNBOUND = { kind: 'unbound' } as const;
const noBucket = (): number => -1;

describe('hash tables', () => {
  // Buckets 0..3: [1, 2], [], [3, 4, 5], [6]
  const chains = [[obj(1), obj(2)], [], [obj(3), obj(4), obj(5)], [obj(6)]];

  test('a chunk ends at a bucket boundary; the newest surplus rides along, newest first', () => {
    const c = hashFirstChunk(chains, UNBOUND, noBucket, 2, all);
    // Bucket 0 gives 2 results: enough, stop before bucket 1.
    expect(c).toEqual<Chunk>({ kind: 'more', items: [2, 1], next: 1, rest: [] });
    const c3 = hashFirstChunk(chains, UNBOUND, noBucket, 3, all);
    // Buckets 0 and 2 give 5 results; the 3 oldest go out, 5 and 4 wait (list order).
    expect(c3).toEqual<Chunk>({ kind: 'more', items: [3, 2, 1], next: 3, rest: [5, 4] });
  });

  test('a continuation with enough in hand returns without walking, surplus reversed', () => {
    const c = hashNextChunk(chains, 3, [5, 4, 9], 1, all);
    // List in hand [5, 4, 9]: the head two are copied off (reversing them), 9 is returned.
    expect(c).toEqual<Chunk>({ kind: 'more', items: [9], next: 3, rest: [4, 5] });
  });

  test('the walk runs out: the last results, then the end of the table', () => {
    expect(hashNextChunk(chains, 3, [5, 4], 3, all)).toEqual<Chunk>({ kind: 'last', items: [6, 5, 4] });
    expect(hashNextChunk(chains, -1, [], 3, all)).toEqual<Chunk>({ kind: 'eot' });
    expect(hashFirstChunk([[], []], UNBOUND, noBucket, 3, all)).toEqual<Chunk>({ kind: 'eot' });
    expect(hashNextChunk(chains, 9, [], 3, all)).toBeUndefined();
  });

  test('a ground key visits its bucket in one go', () => {
    const bound = keyBoundness([new Tuple([4, Atom.of('_')])], 1);
    expect(bound).toEqual({ kind: 'keys', keys: [4] });
    const c = hashFirstChunk(chains, bound, () => 2, 1, all);
    expect(c).toEqual<Chunk>({ kind: 'more', items: [3], next: -1, rest: [5, 4] });
    expect(hashFirstChunk(chains, bound, () => 1, 1, all)).toEqual<Chunk>({ kind: 'eot' });
  });

  test('key boundness of heads', () => {
    expect(keyBoundness([Atom.of('_')], 1)).toEqual(UNBOUND);
    expect(keyBoundness([new Tuple([Atom.of('$1')])], 1)).toEqual(UNBOUND);
    expect(keyBoundness([new Tuple([new Tuple([1, Atom.of('_')])])], 1)).toEqual(UNBOUND);
    expect(keyBoundness([new Tuple([1]), Atom.of('atom')], 2)).toEqual({ kind: 'impossible' });
  });
});

describe('ordered_set tables', () => {
  const objs = [1, 2, 3, 4, 5].map(obj);

  test('exactly Limit results, then resume after the last key, forwards or backwards', () => {
    expect(orderedChunk(objs, key, UNBOUND, undefined, false, 2, all)).toEqual<Chunk>({ kind: 'more-ordered', items: [1, 2], lastKey: 2 });
    expect(orderedChunk(objs, key, UNBOUND, { key: 4 }, false, 2, all)).toEqual<Chunk>({ kind: 'last', items: [5] });
    expect(orderedChunk(objs, key, UNBOUND, { key: 5 }, false, 2, all)).toEqual<Chunk>({ kind: 'eot' });
    expect(orderedChunk(objs, key, UNBOUND, { key: 3 }, true, 2, all)).toEqual<Chunk>({ kind: 'more-ordered', items: [2, 1], lastKey: 1 });
  });

  test('one ground key is a lookup that ends the table', () => {
    const bound = keyBoundness([new Tuple([3])], 1);
    expect(orderedChunk(objs, key, bound, undefined, false, 1, all)).toEqual<Chunk>({ kind: 'last', items: [3] });
  });
});
