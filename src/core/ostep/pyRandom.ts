/**
 * CPython's `random` module, reproduced exactly for what the OSTEP homework scripts use: the Mersenne Twister
 * MT19937, CPython's seeding of an int seed, random(), getrandbits(k), _randbelow (getrandbits-based
 * rejection), randrange, randint, choice and shuffle (CPython 3.11's algorithms). The state is plain data
 * (624 words + an index), so it clones and can live in a simulation state. Checked against python3 3.11
 * in pyRandom.test.ts.
 *
 * Misuse that Python answers with ValueError/IndexError (an empty range, a zero step, choice from an empty
 * list) throws a RangeError here: callers translate user input first, so this is a bug of ours, not input.
 */

const N = 624;
const M = 397;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;
const MATRIX_A = 0x9908b0df;

export interface PyRandomState {
  mt: Uint32Array;
  /** next word to temper; N = regenerate first */
  index: number;
}

function initGenrand(mt: Uint32Array, s: number): void {
  mt[0] = s >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1] as number;
    mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
  }
}

function initByArray(key: readonly number[]): Uint32Array {
  const mt = new Uint32Array(N);
  initGenrand(mt, 19650218);
  let i = 1;
  let j = 0;
  for (let k = Math.max(N, key.length); k > 0; k--) {
    const prev = mt[i - 1] as number;
    mt[i] = (((mt[i] as number) ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + (key[j] as number) + j) >>> 0;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1] as number;
      i = 1;
    }
    if (j >= key.length) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = mt[i - 1] as number;
    mt[i] = (((mt[i] as number) ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1] as number;
      i = 1;
    }
  }
  mt[0] = UPPER_MASK; // MSB is 1, assuring a non-zero initial array
  return mt;
}

/** `random.seed(n)` for an int n: CPython seeds with the 32-bit words of |n|, least significant first (0 -> [0]). */
export function pySeed(seed: number | bigint): PyRandomState {
  if (typeof seed === 'number' && !Number.isSafeInteger(seed))
    throw new RangeError(`pySeed: ${seed} is not a safe integer`);
  let n = BigInt(seed);
  if (n < 0n) n = -n;
  const key: number[] = [];
  do {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return { mt: initByArray(key), index: N };
}

/** A deep copy: the generator continues independently. */
export function cloneRandom(st: PyRandomState): PyRandomState {
  return { mt: st.mt.slice(), index: st.index };
}

/**
 * The next 624 words in place, in three runs so that no index wraps (no `%` per word): the draws of a long trace
 * spend a fifth of their time here. The Uint32Array store truncates to 32 bits itself.
 */
function twist(mt: Uint32Array): void {
  let kk = 0;
  for (; kk < N - M; kk++) {
    const y = ((mt[kk] as number) & UPPER_MASK) | ((mt[kk + 1] as number) & LOWER_MASK);
    mt[kk] = (mt[kk + M] as number) ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
  }
  for (; kk < N - 1; kk++) {
    const y = ((mt[kk] as number) & UPPER_MASK) | ((mt[kk + 1] as number) & LOWER_MASK);
    mt[kk] = (mt[kk + M - N] as number) ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
  }
  const y = ((mt[N - 1] as number) & UPPER_MASK) | ((mt[0] as number) & LOWER_MASK);
  mt[N - 1] = (mt[M - 1] as number) ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
}

/** One tempered 32-bit word (genrand_uint32). */
export function genrandUint32(st: PyRandomState): number {
  if (st.index >= N) {
    twist(st.mt);
    st.index = 0;
  }
  let y = st.mt[st.index++] as number;
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** `random.random()`: a float in [0, 1) with 53 random bits, (a*2^26 + b) / 2^53 with a = w>>5, b = w>>6. */
export function pyRandom(st: PyRandomState): number {
  const a = genrandUint32(st) >>> 5;
  const b = genrandUint32(st) >>> 6;
  return (a * 67108864 + b) / 9007199254740992;
}

/** `random.getrandbits(k)`, k ≥ 0: words are drawn least significant first; the last one keeps its top bits. */
export function pyGetrandbits(st: PyRandomState, k: number): bigint {
  if (!Number.isInteger(k) || k < 0) throw new RangeError('number of bits must be non-negative');
  if (k === 0) return 0n;
  if (k <= 32) return BigInt(genrandUint32(st) >>> (32 - k));
  let result = 0n;
  let shift = 0n;
  for (let left = k; left > 0; left -= 32) {
    let r = genrandUint32(st);
    if (left < 32) r >>>= 32 - left;
    result |= BigInt(r) << shift;
    shift += 32n;
  }
  return result;
}

/** bit_length of a safe integer n ≥ 0, by counting leading zeros (no string). */
function bitLength(n: number): number {
  return n < 0x100000000 ? 32 - Math.clz32(n) : 64 - Math.clz32(Math.floor(n / 0x100000000));
}

/** `random._randbelow(n)` (the getrandbits version), 0 < n ≤ 2^53: draw bit_length(n) bits until below n. */
export function pyRandbelow(st: PyRandomState, n: number): number {
  if (!Number.isSafeInteger(n) || n <= 0) throw new RangeError(`randbelow: ${n} is not a positive safe integer`);
  const k = bitLength(n);
  if (k <= 32) {
    const shift = 32 - k;
    for (;;) {
      const r = genrandUint32(st) >>> shift;
      if (r < n) return r;
    }
  }
  // getrandbits(k) for 32 < k ≤ 53 in doubles, not BigInt: the low word whole, then the high word's top k - 32 bits.
  const shift = 64 - k;
  for (;;) {
    const low = genrandUint32(st);
    const r = (genrandUint32(st) >>> shift) * 0x100000000 + low;
    if (r < n) return r;
  }
}

/** `random.randrange(start, stop, step)` with integer arguments; `stop` undefined = randrange(start). */
export function pyRandrange(st: PyRandomState, start: number, stop?: number, step = 1): number {
  if (
    !Number.isSafeInteger(start) ||
    !(stop === undefined || Number.isSafeInteger(stop)) ||
    !Number.isSafeInteger(step)
  )
    throw new RangeError('randrange: arguments must be integers');
  if (stop === undefined) {
    if (step !== 1) throw new RangeError('Missing a non-None stop argument');
    if (start > 0) return pyRandbelow(st, start);
    throw new RangeError('empty range for randrange()');
  }
  const width = stop - start;
  if (step === 1) {
    if (width > 0) return start + pyRandbelow(st, width);
    throw new RangeError(`empty range for randrange() (${start}, ${stop}, ${width})`);
  }
  if (step === 0) throw new RangeError('zero step for randrange()');
  // Python's // is floor division.
  const n = step > 0 ? Math.floor((width + step - 1) / step) : Math.floor((width + step + 1) / step);
  if (n <= 0) throw new RangeError('empty range for randrange()');
  return start + step * pyRandbelow(st, n);
}

/** `random.randint(a, b)`: a ≤ result ≤ b. */
export function pyRandint(st: PyRandomState, a: number, b: number): number {
  return pyRandrange(st, a, b + 1);
}

/** `random.choice(seq)`. */
export function pyChoice<T>(st: PyRandomState, seq: readonly T[]): T {
  if (seq.length === 0) throw new RangeError('Cannot choose from an empty sequence');
  return seq[pyRandbelow(st, seq.length)] as T;
}

/** `random.shuffle(list)` in place (CPython 3.11: Fisher–Yates from the end, j = _randbelow(i + 1)). */
export function pyShuffle<T>(st: PyRandomState, list: T[]): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = pyRandbelow(st, i + 1);
    const tmp = list[i] as T;
    list[i] = list[j] as T;
    list[j] = tmp;
  }
}
