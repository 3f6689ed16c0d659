import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPLACEMENTS } from '../types';
import { pyRandom, pySeed } from '../../ostep/pyRandom';
import { compareReplacement, simulateReferences } from './referenceString';

const RUNS = { seed: 11, numRuns: 300 };
const refString = fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 60 });
const frameCount = fc.integer({ min: 1, max: 8 });

type OstepPolicy = 'FIFO' | 'LRU' | 'MRU' | 'OPT' | 'UNOPT' | 'RAND' | 'CLOCK';

/**
 * OSTEP paging-policy.py's list model: new pages at the end; LRU and MRU move hits to the end; FIFO and LRU
 * evict the first, MRU the last; OPT keeps the last page in the list whose next use is >= the best so far,
 * UNOPT the first whose next use is < the best; RAND pops index int(random() * n); CLOCK probes random indexes,
 * decrementing use counters (1 on load, +1 per hit up to `bits`) until one is 0. Returns the evicted page per
 * step and the list after it.
 */
function ostepModel(
  policy: OstepPolicy,
  frames: number,
  refs: number[],
  seed = 0,
  bits = 2,
): { victims: (number | null)[]; memory: number[][] } {
  const memory: number[] = [];
  const victims: (number | null)[] = [];
  const snapshots: number[][] = [];
  const rng = pySeed(seed);
  const ref = new Map<number, number>();
  const nextUse = (p: number, i: number): number => {
    const next = refs.indexOf(p, i + 1);
    return next === -1 ? refs.length : next;
  };
  refs.forEach((r, i) => {
    let victim: number | null = null;
    const at = memory.indexOf(r);
    if (at >= 0) {
      if (policy === 'LRU' || policy === 'MRU') memory.push(...memory.splice(at, 1));
    } else {
      if (memory.length === frames) {
        let idx = 0;
        if (policy === 'MRU') idx = frames - 1;
        if (policy === 'RAND') idx = Math.floor(pyRandom(rng) * frames);
        if (policy === 'OPT' || policy === 'UNOPT') {
          let best = policy === 'OPT' ? -1 : refs.length + 1;
          memory.forEach((p, j) => {
            const when = nextUse(p, i);
            if (policy === 'OPT' ? when >= best : when < best) [best, idx] = [when, j];
          });
        }
        if (policy === 'CLOCK') {
          for (;;) {
            idx = Math.floor(pyRandom(rng) * frames);
            const page = memory[idx]!;
            if (ref.get(page)! < 1) break;
            ref.set(page, ref.get(page)! - 1);
          }
        }
        victim = memory.splice(idx, 1)[0]!;
        ref.delete(victim);
      }
      memory.push(r);
    }
    ref.set(r, ref.has(r) ? Math.min(ref.get(r)! + 1, bits) : 1);
    victims.push(victim);
    snapshots.push(memory.slice());
  });
  return { victims, memory: snapshots };
}

/** Textbook CLOCK over an array of frames: loads and hits set the bit; the hand rests after the victim. */
function clockModel(frames: number, refs: number[]): { victims: (number | null)[]; frames: (number | null)[][] } {
  const page = Array.from({ length: frames }, (): number | null => null);
  const bit = Array.from({ length: frames }, () => 0);
  let hand = 0;
  const victims: (number | null)[] = [];
  const out: (number | null)[][] = [];
  for (const r of refs) {
    let victim: number | null = null;
    const at = page.indexOf(r);
    if (at >= 0) bit[at] = 1;
    else {
      let slot = page.indexOf(null);
      if (slot === -1) {
        while (bit[hand] === 1) {
          bit[hand] = 0;
          hand = (hand + 1) % frames;
        }
        slot = hand;
        victim = page[slot]!;
        hand = (hand + 1) % frames;
      }
      page[slot] = r;
      bit[slot] = 1;
    }
    victims.push(victim);
    out.push(page.slice());
  }
  return { victims, frames: out };
}

describe('policies against reference models (fast-check)', () => {
  it('FIFO, LRU, MRU, OPT and UNOPT evict what OSTEP evicts and print memory in its order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('FIFO' as const, 'LRU' as const, 'MRU' as const, 'OPT' as const, 'UNOPT' as const),
        frameCount,
        refString,
        (policy, frames, refs) => {
          const run = simulateReferences(policy, frames, refs);
          const model = ostepModel(policy, frames, refs);
          expect(run.steps.map((s) => s.victim)).toEqual(model.victims);
          expect(run.steps.map((s) => s.memory)).toEqual(model.memory);
        },
      ),
      RUNS,
    );
  });

  it("RANDOM and CLOCK_COUNTERS on CPython's stream evict what OSTEP's RAND and CLOCK evict", () => {
    const names = { RAND: 'RANDOM', CLOCK: 'CLOCK_COUNTERS' } as const;
    fc.assert(
      fc.property(
        fc.constantFrom('RAND' as const, 'CLOCK' as const),
        frameCount,
        refString,
        fc.nat(1000),
        fc.integer({ min: 0, max: 4 }),
        (policy, frames, refs, seed, bits) => {
          const run = simulateReferences(names[policy], frames, refs, 1, {
            pythonRandom: pySeed(seed),
            clockCounterLimit: bits,
          });
          const model = ostepModel(policy, frames, refs, seed, bits);
          expect(run.steps.map((s) => s.victim)).toEqual(model.victims);
          expect(run.steps.map((s) => s.memory)).toEqual(model.memory);
        },
      ),
      RUNS,
    );
  });

  it('CLOCK matches the array model, and second chance evicts the same pages', () => {
    fc.assert(
      fc.property(frameCount, refString, (frames, refs) => {
        const run = simulateReferences('CLOCK', frames, refs);
        const model = clockModel(frames, refs);
        expect(run.steps.map((s) => s.victim)).toEqual(model.victims);
        expect(run.steps.map((s) => s.frames)).toEqual(model.frames);
        expect(simulateReferences('SECOND_CHANCE', frames, refs).steps.map((s) => s.victim)).toEqual(model.victims);
      }),
      RUNS,
    );
  });

  it('with period 1, AGING evicts like LRU while every page was used in the last 8 references', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 60 }),
        (frames, refs) => {
          const lru = simulateReferences('LRU', frames, refs).steps;
          const aged = simulateReferences('AGING', frames, refs).steps;
          aged.forEach((step, i) => {
            const window = new Set(refs.slice(Math.max(0, i - 8), i));
            const resident = lru[i - 1]?.frames ?? [];
            if (resident.every((p) => p === null || window.has(p))) expect(step.victim).toBe(lru[i]!.victim);
          });
        },
      ),
      RUNS,
    );
  });

  it('OPT never misses more than any policy; hits + misses = length; resident pages ≤ frames', () => {
    fc.assert(
      fc.property(frameCount, refString, fc.integer({ min: 1, max: 1000 }), (frames, refs, seed) => {
        const runs = compareReplacement(refs, frames, REPLACEMENTS, seed);
        expect(runs.map((r) => r.policy)).toEqual([...REPLACEMENTS]);
        const optMisses = runs.find((r) => r.policy === 'OPT')!.misses;
        for (const run of runs) {
          expect(optMisses).toBeLessThanOrEqual(run.misses);
          expect(run.hits + run.misses).toBe(refs.length);
          for (const step of run.steps) {
            const resident = step.frames.filter((p) => p !== null);
            expect(new Set(resident).size).toBe(resident.length);
            expect(resident.length).toBeLessThanOrEqual(frames);
            expect(resident).toContain(step.ref);
            expect(step.memory.slice().sort()).toEqual(resident.slice().sort());
          }
        }
      }),
      RUNS,
    );
  });
});
