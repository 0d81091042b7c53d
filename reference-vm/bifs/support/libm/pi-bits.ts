// pi to any precision, in BigInt fixed point, for the argument reductions (2/pi) and the
// derived tables. Computed here with Machin's formula rather than copied from anywhere.

/** atan(1/n) * 2^bits, truncated (error below the number of terms summed, a few units). */
function arctanInverse(n: bigint, bits: number): bigint {
  const n2 = n * n;
  let power = (1n << BigInt(bits)) / n; // 2^bits / n^(2k+1)
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    const term = power / k;
    sum = ((k - 1n) / 2n) % 2n === 0n ? sum + term : sum - term;
    power /= n2;
  }
  return sum;
}

let cachedBits = 0;
let cachedPi = 0n;

/** floor(pi * 2^bits) within one unit (64 guard bits absorb the series' truncations). */
export function piFixed(bits: number): bigint {
  if (bits > cachedBits) {
    const guard = bits + 64;
    // pi = 16 atan(1/5) - 4 atan(1/239)
    cachedPi = 16n * arctanInverse(5n, guard) - 4n * arctanInverse(239n, guard);
    cachedBits = guard;
  }
  return cachedPi >> BigInt(cachedBits - bits);
}

let cachedInvBits = 0;
let cachedInv = 0n;

/** floor(2/pi * 2^bits) within one unit. */
export function twoOverPiFixed(bits: number): bigint {
  if (bits > cachedInvBits) {
    const b = Math.max(bits, 2 * cachedInvBits) + 64;
    const w = b + 64;
    cachedInv = (1n << BigInt(b + w + 1)) / piFixed(w);
    cachedInvBits = b;
  }
  return cachedInv >> BigInt(cachedInvBits - bits);
}
