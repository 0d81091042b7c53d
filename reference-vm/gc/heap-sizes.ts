// The heap-size ladder of ERTS (erl_gc.c erts_init_gc): every young and old heap block a
// process gets has one of these sizes, in words. The first 23 grow like Fibonacci numbers
// plus one word; after that each size is the previous one plus a fifth, up to 2^53 bytes.

const FIBONACCI_STAGE = 23;
/** Largest heap in words on a 64-bit machine (2^53 bytes / 8). */
const MAX_HEAP_WORDS = 2 ** 53 / 8;

export const HEAP_SIZES: readonly number[] = (() => {
  const h = [12, 38];
  for (let i = 2; i < FIBONACCI_STAGE; i++) h.push(h[i - 1] + h[i - 2] + 1);
  for (;;) {
    const last = h[h.length - 1];
    const next = last + Math.floor(last / 5);
    if (next > MAX_HEAP_WORDS) break;
    h.push(next);
  }
  return h;
})();

/**
 * erts_next_heap_size(size, offset): with offset 0 the smallest ladder size >= size; with
 * offset 1 the ladder size after that (for a size on the ladder, the next one up).
 */
export function nextHeapSize(size: number, offset: 0 | 1 = 0): number {
  const h = HEAP_SIZES;
  if (size < h[0]) return h[0];
  let lo = 0;
  let hi = h.length - 1;
  // Smallest index with h[i] >= size.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (h[mid] < size) lo = mid + 1;
    else hi = mid;
  }
  const i = Math.min(lo + offset, h.length - 1);
  return h[i];
}

/** OTP's next_heap_size(p, size, offset): never below the process's min_heap_size. */
export function nextHeapSizeFor(minHeapSize: number, size: number, offset: 0 | 1 = 0): number {
  const s = nextHeapSize(size, offset);
  return s < minHeapSize ? minHeapSize : s;
}

/** The defaults of `erl` without flags (erl_process.c / erl_init.c). */
export const H_DEFAULT_SIZE = 233;
export const H_MIN_SIZE = 233;
export const BIN_VH_MIN_SIZE = 46422;

/**
 * Words the JIT keeps free between the heap top and the stack (erl_vm.h S_RESERVED on
 * x86-64 with the native Erlang stack: one continuation pointer plus a three-word red zone).
 */
export const S_RESERVED = 4;
