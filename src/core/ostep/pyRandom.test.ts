import { describe, expect, it } from 'vitest';
import {
  cloneRandom,
  pyChoice,
  pyGetrandbits,
  pyRandint,
  pyRandom,
  pyRandrange,
  pySeed,
  pyShuffle,
  type PyRandomState,
} from './pyRandom';

// Every expectation below was printed by python3 3.11.7 on this machine with the command in its comment.
const times = <T>(n: number, f: () => T): T[] => Array.from({ length: n }, f);
const first3 = (seed: number | bigint) => {
  const st = pySeed(seed);
  return times(3, () => pyRandom(st));
};

describe('pyRandom matches CPython random', () => {
  it('random() after seed(int), including 0, > 2^32 and negative seeds', () => {
    // python3 -c "import random; random.seed(0); print(repr([random.random() for _ in range(3)]))"
    expect(first3(0)).toEqual([0.8444218515250481, 0.7579544029403025, 0.420571580830845]);
    // python3 -c "import random; random.seed(1); print(repr([random.random() for _ in range(3)]))"
    expect(first3(1)).toEqual([0.13436424411240122, 0.8474337369372327, 0.763774618976614]);
    // python3 -c "import random; random.seed(42); print(repr([random.random() for _ in range(3)]))"
    expect(first3(42)).toEqual([0.6394267984578837, 0.025010755222666936, 0.27502931836911926]);
    // python3 -c "import random; random.seed(2**32+5); print(repr([random.random() for _ in range(3)]))"
    expect(first3(2 ** 32 + 5)).toEqual([0.15727238718789782, 0.2824866316461999, 0.6044540318498407]);
    expect(first3(2n ** 32n + 5n)).toEqual(first3(2 ** 32 + 5));
    // python3 -c "import random; random.seed(-3); print(repr([random.random() for _ in range(3)]))"
    expect(first3(-3)).toEqual([0.23796462709189137, 0.5442292252959519, 0.36995516654807925]);
    expect(first3(-3)).toEqual(first3(3));
  });

  it('random() past the first regeneration of the 624-word state', () => {
    const st = pySeed(5);
    for (let i = 0; i < 700; i++) pyRandom(st);
    // python3 -c "import random; random.seed(5); [random.random() for _ in range(700)]; print(repr(random.random()))"
    expect(pyRandom(st)).toBe(0.9569111041768784);
  });

  it('getrandbits(k) for 32, 64, 100, 1 and 0 bits', () => {
    const st = pySeed(1);
    // python3 -c "import random; random.seed(1); print([random.getrandbits(32) for _ in range(3)], random.getrandbits(64),
    //   random.getrandbits(100), random.getrandbits(1), random.getrandbits(0))"
    expect(times(3, () => pyGetrandbits(st, 32))).toEqual([577090037n, 2444712010n, 3639700191n]);
    expect(pyGetrandbits(st, 64)).toBe(14089154938208861744n);
    expect(pyGetrandbits(st, 100)).toBe(563939619696045208395865113809n);
    expect(pyGetrandbits(st, 1)).toBe(1n);
    expect(pyGetrandbits(st, 0)).toBe(0n);
  });

  it('randint and randrange with positive, negative and no steps, and a range wider than 32 bits', () => {
    let st = pySeed(42);
    // python3 -c "import random; random.seed(42); print([random.randint(1, 6) for _ in range(8)])"
    expect(times(8, () => pyRandint(st, 1, 6))).toEqual([6, 1, 1, 6, 3, 2, 2, 2]);
    st = pySeed(42);
    // python3 -c "import random; random.seed(42); print([random.randrange(0, 100, 7) for _ in range(5)],
    //   [random.randrange(10, 0, -3) for _ in range(5)], [random.randrange(50) for _ in range(3)], random.randrange(0, 2**40))"
    expect(times(5, () => pyRandrange(st, 0, 100, 7))).toEqual([70, 7, 0, 77, 28]);
    expect(times(5, () => pyRandrange(st, 10, 0, -3))).toEqual([7, 7, 7, 10, 10]);
    expect(times(3, () => pyRandrange(st, 50))).toEqual([37, 27, 2]);
    expect(pyRandrange(st, 0, 2 ** 40)).toBe(201991441006);
    st = pySeed(-3);
    // python3 -c "import random; random.seed(-3); print(random.randint(-5, 5), random.getrandbits(33))"
    expect(pyRandint(st, -5, 5)).toBe(-2);
    expect(pyGetrandbits(st, 33)).toBe(6840340626n);
  });

  it('randrange below, at and above 2^32 up to 2^53 (one word, then two words drawn as doubles)', () => {
    const st = pySeed(7);
    // python3 -c "import random; random.seed(7); print([random.randrange(2**53 - 1) for _ in range(3)],
    //   [random.randrange(3*2**32+1) for _ in range(3)], [random.randrange(2**32) for _ in range(2)],
    //   [random.randrange(2**32+1) for _ in range(2)])"
    expect(times(3, () => pyRandrange(st, 2 ** 53 - 1))).toEqual([8537610396283960, 3556250748849463, 434924069037136]);
    expect(times(3, () => pyRandrange(st, 3 * 2 ** 32 + 1))).toEqual([2301595691, 10160556536, 2179419893]);
    expect(times(2, () => pyRandrange(st, 2 ** 32))).toEqual([161042648, 1862494042]);
    expect(times(2, () => pyRandrange(st, 2 ** 32 + 1))).toEqual([300026767, 1823296038]);
  });

  it('choice and shuffle', () => {
    const st = pySeed(0);
    // python3 -c "import random; random.seed(0); print([random.choice('abcdefg') for _ in range(6)])"
    expect(times(6, () => pyChoice(st, [...'abcdefg']))).toEqual(['g', 'd', 'g', 'd', 'a', 'c']);
    const list = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    // python3 -c "import random; random.seed(2**32+5); l=list(range(10)); random.shuffle(l); print(l)"
    pyShuffle(pySeed(2 ** 32 + 5), list);
    expect(list).toEqual([5, 3, 6, 1, 9, 0, 8, 4, 7, 2]);
  });

  it('state is plain data: a clone continues identically and independently; misuse throws', () => {
    const a: PyRandomState = pySeed(7);
    pyRandom(a);
    const b = cloneRandom(a);
    const c = structuredClone(a);
    const fromA = times(4, () => pyRandom(a));
    expect(times(4, () => pyRandom(b))).toEqual(fromA);
    expect(times(4, () => pyRandom(c))).toEqual(fromA);
    expect(() => pyRandrange(a, 5, 5)).toThrow(RangeError);
    expect(() => pyRandrange(a, 0, 10, 0)).toThrow(RangeError);
    expect(() => pyChoice(a, [])).toThrow(RangeError);
  });
});
