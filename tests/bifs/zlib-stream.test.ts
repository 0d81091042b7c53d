// The zstream NIF model (reference-vm/bifs/zlib): iolist_to_iovec segmentation, the codec
// loop's chunking and the zlib 1.2.13 behaviours pako lacks, against values recorded from
// OTP 26.2.5 (erts linked with zlib 1.2.13).

import { iovecSegments } from '../../reference-vm/bifs/zlib/iovec';
import { NifRaise, ZlibStream } from '../../reference-vm/bifs/zlib/stream';
import { Atom } from '../../reference-vm/terms/atom';
import { Bitstring, Cons, NIL, Pid, Tuple, type Term } from '../../reference-vm/terms/types';

const OWNER = new Pid(80);
const OTHER = new Pid(81);
const Z_SYNC_FLUSH = 2;
const Z_FINISH = 4;

const bin = (n: number, byte = 97): Bitstring => new Bitstring(new Uint8Array(n).fill(byte));
const list = (items: Term[], tail: Term = NIL): Term => items.reduceRight<Term>((t, h) => new Cons(h, t), tail);
const str = (n: number, byte: number): Term => list(new Array<Term>(n).fill(byte));
const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Raised reason of a NIF call, or 'returned'. */
function raised(f: () => unknown): string {
  try {
    f();
    return 'returned';
  } catch (e) {
    if (e instanceof NifRaise) return (e.reason as Atom).name;
    throw e;
  }
}

/** One NIF result {Mark, [Bin] | []} as [mark, bytes]. */
function chunk(r: Term): [string, number[]] {
  const [mark, out] = (r as Tuple).elements;
  return [(mark as Atom).name, out instanceof Cons ? [...(out.head as Bitstring).bytes] : []];
}

/** dequeue_all_chunks/2 of deflate/3: the byte size of each call's output. */
function deflateCalls(s: ZlibStream, flush: number): number[] {
  const sizes: number[] = [];
  for (;;) {
    const [mark, bytes] = chunk(s.deflate(OWNER, 8192, 8192, flush));
    if (bytes.length > 0) sizes.push(bytes.length);
    if (mark === 'finished') return sizes;
  }
}

/** nat_zlib_stream's text/1: words drawn by the same LCG, newest first. */
function text(n: number): Uint8Array {
  const words = ['the ', 'quick ', 'brown ', 'fox ', 'jumps ', 'over ', 'lazy ', 'dog ', 'zlib ', 'beam\n', 'stream '];
  let seed = 42n;
  const picked: string[] = [];
  for (let k = 0; k < n; k++) {
    seed = (seed * 1103515245n + 12345n) & 0x7fffffffn;
    picked.push(words[Number(seed >> 16n) % 11]);
  }
  return ascii(picked.reverse().join(''));
}

describe('iolist_to_iovec segments', () => {
  // [byte_size(S) || S <- erlang:iolist_to_iovec(X)] on OTP 26.2.5.
  const cases: [string, Term, number[]][] = [
    ['small binaries merge up to 8 KB capacity', list(Array.from({ length: 200 }, () => bin(100))), [8100, 8100, 3800]],
    ['byte lists merge', list(Array.from({ length: 30 }, () => str(1000, 120))), [16000, 14000]],
    ['a small accumulator is topped up from a large binary', list([bin(10), bin(20000)]), [256, 19754]],
    ['small plus large under 512 joins', list([bin(200), bin(250), bin(300)]), [450, 300]],
    ['large then small', list([bin(300), bin(5)]), [300, 5]],
    ['255 + 256', list([bin(255), bin(256)]), [511]],
    ['nested lists, empty binary, binary tail', list([97, list([bin(300)]), bin(0), list([list([98], bin(10))])], bin(400)), [312, 400]],
    ['large accumulator stays apart', list([bin(4000), 120, bin(4000), bin(5000)]), [4000, 256, 3745, 5000]],
    ['capacity limit', list([bin(7000), bin(200), bin(3000)]), [7000, 256, 2944]],
    ['one long byte run', list([bin(3), str(9000, 1)]), [9003]],
  ];
  test.each(cases)('%s', (_name, data, sizes) => {
    expect(iovecSegments(data).map((s) => s.length)).toEqual(sizes);
  });
  test('a binary alone is one segment, an empty one none', () => {
    expect(iovecSegments(bin(20)).map((s) => s.length)).toEqual([20]);
    expect(iovecSegments(bin(0))).toEqual([]);
    expect(iovecSegments(NIL)).toEqual([]);
  });
  test('not iodata is badarg', () => {
    expect(() => iovecSegments(list([256]))).toThrow();
    expect(() => iovecSegments(list([1], 2))).toThrow();
    expect(() => iovecSegments(new Bitstring(new Uint8Array([1]), 7))).toThrow();
  });
});

describe('zstream states', () => {
  test('owner, initialisation and closing', () => {
    const s = new ZlibStream(OWNER);
    expect(raised(() => s.crc32(OWNER))).toBe('not_initialized');
    expect(raised(() => s.getBufSize(OTHER))).toBe('not_on_controlling_process');
    expect(s.getBufSize(OWNER)).toBe(4000);
    expect((s.deflateInit(OWNER, -1, 8, 15, 8, 0) as Atom).name).toBe('ok');
    expect(raised(() => s.inflateInit(OWNER, 15, 2))).toBe('already_initialized');
    expect(raised(() => s.inflateEnd(OWNER))).toBe('not_initialized');
    expect((s.setController(OWNER, OTHER) as Atom).name).toBe('ok');
    expect(raised(() => s.deflateEnd(OWNER))).toBe('not_on_controlling_process');
    expect((s.close(OTHER) as Atom).name).toBe('ok');
    expect(raised(() => s.close(OTHER))).toBe('not_initialized');
  });

  test('a raw stream never used ends cleanly (zlib 1.2.13 starts it in INIT_STATE)', () => {
    const s = new ZlibStream(OWNER);
    s.deflateInit(OWNER, -1, 8, -15, 8, 0);
    expect((s.deflateEnd(OWNER) as Atom).name).toBe('ok');
  });

  test('deflateEnd before finish and inflateEnd before the end are data errors', () => {
    const s = new ZlibStream(OWNER);
    s.deflateInit(OWNER, -1, 8, 15, 8, 0);
    s.enqueue(OWNER, [ascii('abc')]);
    deflateCalls(s, 0);
    expect(raised(() => s.deflateEnd(OWNER))).toBe('data_error');
    s.inflateInit(OWNER, 15, 2);
    expect(raised(() => s.inflateEnd(OWNER))).toBe('data_error');
  });
});

describe('deflate', () => {
  test('output per call follows zlib 1.2.13, which flushes whole bytes of the bit buffer', () => {
    // nat_zlib_stream:large_text on OTP 26.2.5: three 300000-byte-ish parts, then finish.
    const t = text(180000);
    const s = new ZlibStream(OWNER);
    s.deflateInit(OWNER, -1, 8, 15, 8, 0);
    const perCall = [t.subarray(0, 300000), t.subarray(300000, 600000), t.subarray(600000)].map((part) => {
      s.enqueue(OWNER, [part]);
      return deflateCalls(s, 0);
    });
    expect(perCall).toEqual([
      [2, 8192, 8192, 8192, 8192, 966],
      [8192, 8192, 8192, 8192, 991],
      [8192, 8192, 8192, 8192, 968, 8192, 8192, 8192, 8192, 991],
    ]);
    expect(deflateCalls(s, Z_FINISH)).toEqual([229]);
  });

  test('deflateParams after a sync flush leaves zlib ready for another empty block', () => {
    const s = new ZlibStream(OWNER);
    s.deflateInit(OWNER, 3, 8, 15, 8, 0);
    s.enqueue(OWNER, [ascii('abc')]);
    expect(chunk(s.deflate(OWNER, 8192, 8192, Z_SYNC_FLUSH))).toEqual(['finished', [120, 94, 74, 76, 74, 6, 0, 0, 0, 255, 255]]);
    expect(chunk(s.deflate(OWNER, 8192, 8192, Z_SYNC_FLUSH))).toEqual(['finished', []]);
    expect((s.deflateParams(OWNER, 3, 0) as Atom).name).toBe('ok');
    expect(chunk(s.deflate(OWNER, 8192, 8192, Z_SYNC_FLUSH))).toEqual(['finished', []]);
    expect((s.deflateParams(OWNER, 9, 2) as Atom).name).toBe('ok');
    expect(chunk(s.deflate(OWNER, 8192, 8192, Z_SYNC_FLUSH))).toEqual(['finished', [0, 0, 0, 255, 255]]);
  });

  test('a raw stream reports the dictionary adler32 counted from 0', () => {
    const s = new ZlibStream(OWNER);
    s.deflateInit(OWNER, -1, 8, -15, 8, 0);
    // adler32(0, "abc"): s1 = 294, s2 = 97 + 195 + 294.
    expect(s.deflateSetDictionary(OWNER, ascii('abc'))).toBe(586 * 65536 + 294);
    const z = new ZlibStream(OWNER);
    z.deflateInit(OWNER, -1, 8, 15, 8, 0);
    expect(z.deflateSetDictionary(OWNER, ascii('abc'))).toBe(0x024d0127);
  });

  test('input after finish is a stream error and stays queued', () => {
    const s = new ZlibStream(OWNER);
    s.deflateInit(OWNER, -1, 8, 15, 8, 0);
    deflateCalls(s, Z_FINISH);
    s.enqueue(OWNER, [ascii('more')]);
    expect(raised(() => s.deflate(OWNER, 8192, 8192, Z_FINISH))).toBe('stream_error');
    expect(raised(() => s.deflateEnd(OWNER))).toBe('data_error');
  });
});

describe('inflate', () => {
  /** compress/1 of "hello" with preset dictionary "hello" (zlib 1.2.13). */
  function withDictionary(): Uint8Array {
    const s = new ZlibStream(OWNER);
    s.deflateInit(OWNER, -1, 8, 15, 8, 0);
    s.deflateSetDictionary(OWNER, ascii('hello'));
    s.enqueue(OWNER, [ascii('hello hello')]);
    return new Uint8Array(chunk(s.deflate(OWNER, 8192, 8192, Z_FINISH))[1]);
  }

  test('need_dictionary, a wrong dictionary, then the right one', () => {
    const s = new ZlibStream(OWNER);
    s.inflateInit(OWNER, 15, 2);
    s.enqueue(OWNER, [withDictionary()]);
    const need = s.inflate(OWNER, 8192, 16384, 0) as Tuple;
    expect((need.elements[0] as Atom).name).toBe('need_dictionary');
    expect(raised(() => s.inflateSetDictionary(OWNER, ascii('wrong')))).toBe('data_error');
    s.inflateSetDictionary(OWNER, ascii('hello'));
    const [mark, out] = chunk(s.inflate(OWNER, 8192, 16384, 0));
    expect([mark, new TextDecoder().decode(new Uint8Array(out))]).toEqual(['finished', 'hello hello']);
    // OTP 26.2.5 (zlib 1.2.13) answers the preset dictionary alone here, as pako does.
    expect(new TextDecoder().decode((s.inflateGetDictionary(OWNER) as Bitstring).bytes)).toBe('hello');
  });

  test('a header alone asks for no dictionary yet: the queue is empty', () => {
    const s = new ZlibStream(OWNER);
    s.inflateInit(OWNER, 15, 2);
    const data = withDictionary();
    s.enqueue(OWNER, [data.subarray(0, 6)]);
    expect(chunk(s.inflate(OWNER, 8192, 16384, 0))).toEqual(['finished', []]);
    s.enqueue(OWNER, [data.subarray(6)]);
    expect(raised(() => s.inflate(OWNER, 8192, 16384, 0))).toBe('data_error');
  });

  test('safeInflate-sized chunks of one binary: 16 KB out per call', () => {
    const t = text(30000);
    const d = new ZlibStream(OWNER);
    d.deflateInit(OWNER, -1, 8, 15, 8, 0);
    d.enqueue(OWNER, [t]);
    const parts: number[][] = [];
    for (;;) {
      const [mark, bytes] = chunk(d.deflate(OWNER, 8192, 8192, Z_FINISH));
      parts.push(bytes);
      if (mark === 'finished') break;
    }
    const s = new ZlibStream(OWNER);
    s.inflateInit(OWNER, 15, 2);
    s.enqueue(OWNER, [new Uint8Array(parts.flat())]);
    const sizes: [string, number][] = [];
    for (;;) {
      const [mark, bytes] = chunk(s.inflate(OWNER, 8192, 16384, 0));
      sizes.push([mark, bytes.length]);
      if (mark === 'finished') break;
    }
    const full = Math.floor(t.length / 16384);
    expect(sizes).toEqual([...new Array<[string, number]>(full).fill(['continue', 16384]), ['finished', t.length - full * 16384]]);
  });
});
