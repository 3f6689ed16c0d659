// Replacement-policy throughput: references per second with 1,024 frames on a seeded, locality-heavy stream.
import { performance } from 'node:perf_hooks';
import { nextInt, nextU32, seedRng } from '../core/kernel/rng';
import { replacementPolicy } from '../core/memory/replacement/registry';
import { REPLACEMENTS, type ReplacementName } from '../core/memory/types';

const FRAMES = 1024;
const PAGES = 8192;
/** the working set: fewer pages than frames, drifting one page every DRIFT references */
const HOT = 900;
const DRIFT = 2000;
/** percent of references inside the working set */
const LOCALITY = 97;
/**
 * AGING's period for this stream: 8 shifts × 256 refs cover the working set's reuse distance. With period 1
 * its 8 bits remember only the last 8 references, nearly every counter is 0 and it misses about half the time.
 */
const AGING_PERIOD = 256;

/** A reproducible stream: mostly the drifting working set, sometimes any page. */
function localityStream(length: number, seed: number): Int32Array {
  const rng = seedRng(seed);
  const refs = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    const base = Math.floor(i / DRIFT);
    refs[i] = nextU32(rng) % 100 < LOCALITY ? (base + nextInt(rng, HOT)) % PAGES : nextInt(rng, PAGES);
  }
  return refs;
}

/** For each position, the next position of the same page (Infinity when never): OPT's future knowledge. */
function nextPositions(refs: Int32Array): Float64Array {
  const next = new Float64Array(refs.length);
  const seen = new Float64Array(PAGES).fill(Infinity);
  for (let i = refs.length - 1; i >= 0; i--) {
    next[i] = seen[refs[i]!]!;
    seen[refs[i]!] = i;
  }
  return next;
}

const all = (): boolean => true;

/** The loop a memory manager runs: hit -> onAccess; miss -> free frame or victim, then onLoad. */
function drive(name: ReplacementName, refs: Int32Array, next: Float64Array, count: number): number {
  const policy = replacementPolicy(name, { agingPeriod: AGING_PERIOD });
  const state = policy.init(FRAMES, 1);
  const frameOf = new Int32Array(PAGES).fill(-1);
  const pageIn = new Int32Array(FRAMES).fill(-1);
  const frameNext = new Float64Array(FRAMES);
  let i = 0;
  const nextUse = (f: number): number => frameNext[f]! - i;
  let used = 0;
  let misses = 0;
  for (; i < count; i++) {
    const page = refs[i]!;
    let f = frameOf[page]!;
    if (f >= 0) policy.onAccess(state, f, i);
    else {
      misses++;
      if (used < FRAMES) f = used++;
      else {
        f = policy.chooseVictim(state, all, nextUse)!.frame;
        frameOf[pageIn[f]!] = -1;
      }
      frameOf[page] = f;
      pageIn[f] = page;
      policy.onLoad(state, f, i);
    }
    frameNext[f] = next[i]!;
  }
  return misses;
}

/** refs per policy: the O(frames)-per-miss policies (OPT, UNOPT, AGING, CLOCK_COUNTERS, RANDOM's fallback) get a shorter run */
const LENGTH: Record<ReplacementName, number> = {
  LRU: 16_000_000,
  FIFO: 16_000_000,
  CLOCK: 16_000_000,
  SECOND_CHANCE: 16_000_000,
  RANDOM: 16_000_000,
  AGING: 4_000_000,
  OPT: 2_000_000,
  UNOPT: 200_000,
  MRU: 16_000_000,
  CLOCK_COUNTERS: 4_000_000,
};

export function replacementBenchmarks(): { name: string; ms: number; detail: string }[] {
  const refs = localityStream(LENGTH.LRU, 42);
  const next = nextPositions(refs);
  return REPLACEMENTS.map((name) => {
    drive(name, refs, next, 200_000); // warm-up: let the JIT compile this policy's methods
    const count = LENGTH[name];
    const t0 = performance.now();
    const misses = drive(name, refs, next, count);
    const ms = performance.now() - t0;
    const perSecond = (count / ms) * 1000;
    return {
      name: `replacement ${name}${name === 'AGING' ? ` (period ${AGING_PERIOD})` : ''}: ${count / 1e6}M refs, ${FRAMES} frames`,
      ms,
      detail: `${(perSecond / 1e6).toFixed(1)}M refs/s, ${((100 * misses) / count).toFixed(2)}% misses`,
    };
  });
}
