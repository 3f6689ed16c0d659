// Tests may read files; the core itself never does.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceTo } from '../kernel/engine';
import { nextEventTime } from '../kernel/nextEvent';
import { createState } from '../kernel/state';
import { BEYOND_ENVELOPE, LONE_STRETCHES, WORST_ACCEPTED } from '../testing/costly';
import { fuzzScenarioArb } from '../testing/fuzzScenario';
import { EVERY_SCHEDULER } from '../testing/schedulers';
import { estimateCost, MAX_STEPS } from './cost';
import { DEFAULT_WORKLOAD, generateWorkload } from './generate';
import type { Scenario } from './types';
import { validateScenario } from './validate';

const DIR = new URL('../../../public/scenarios/', import.meta.url);
const presets = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => [f, JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as Scenario] as const);

function valid(input: unknown): Scenario {
  const v = validateScenario(input);
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('\n'));
  return v.scenario;
}

/** The decision points a run really has, counted one by one. */
function decisionPoints(s: Scenario): number {
  const st = createState(s);
  let n = 0;
  while (!st.finished) {
    const target = st.processedThrough < st.now ? st.now : nextEventTime(st);
    advanceTo(st, target);
    n++;
  }
  return n;
}

/** A process that references its two pages every tick of its two 6-tick CPU bursts. */
const referencing = (pid: number, type: string) => ({
  pid,
  name: `P${pid}`,
  type,
  arrival: 0,
  bursts: [6, 2, 6],
  needs: { memoryBytes: 8192 },
  accesses: { kind: 'sequence', every: 1, offsets: [0, 4096] },
});

/**
 * A preset under another scheduler; affinities are dropped under the policies that refuse them (their picks draw
 * from every READY process: scenario/cacheChecks.ts).
 */
function withScheduler(preset: Scenario, scheduler: Scenario['scheduler']): Scenario {
  if (scheduler.policy !== 'LOTTERY' && scheduler.policy !== 'PID_SCAN') return { ...preset, scheduler };
  const processes = preset.processes.map((p) => {
    const copy = { ...p };
    delete copy.affinity;
    return copy;
  });
  return { ...preset, scheduler, processes };
}

describe('the cost envelope', () => {
  it.each(Object.keys(BEYOND_ENVELOPE))('refuses %s up front, naming the estimate, the limit and the field', (name) => {
    const v = validateScenario(BEYOND_ENVELOPE[name]);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors).toHaveLength(1);
    const e = v.errors[0] as (typeof v.errors)[0];
    expect(e.limit).toBe('at most 1,000,000 decision points');
    expect(e.message).toMatch(/could need up to [\d,]+ decision points .* more than the 1,000,000 a run may have/);
    expect(e.path).toMatch(/^(scheduler\.(quantum|boostInterval)|processes\[0\]\.accesses\.every)$/);
  });

  it.each(Object.keys(WORST_ACCEPTED))('accepts %s, just inside the envelope', (name) => {
    const steps = estimateCost(valid(WORST_ACCEPTED[name])).steps;
    expect(steps).toBeLessThanOrEqual(MAX_STEPS);
    expect(steps).toBeGreaterThan(MAX_STEPS * 0.9);
  });

  // One test a preset: together they run for seconds, more than one test's timeout on a loaded machine.
  it.each(presets)('bounds the decision points of %s under every scheduler', (file, preset) => {
    for (const scheduler of [preset.scheduler, ...EVERY_SCHEDULER]) {
      const s = valid(withScheduler(preset, scheduler));
      expect({ file, scheduler, points: decisionPoints(s) <= estimateCost(s).steps }).toEqual({
        file,
        scheduler,
        points: true,
      });
    }
  });

  it('bounds the warm-ups of a working set that pushes itself out of its cache each time it warms', () => {
    const [, preset] = presets.find(([f]) => f === 'cache-affinity.json') as (typeof presets)[number];
    const s = valid({
      ...preset,
      node: { ...preset.node, cache: { size: 10, warmRate: 3, warmupTime: 1 } },
      processes: preset.processes.map((p) => ({ ...p, workingSet: 50 })),
    });
    const points = decisionPoints(s);
    // A warm-up every tick on each CPU: about a decision point a tick until the 300 ticks of work are done.
    expect(points).toBeGreaterThan(150);
    expect(points).toBeLessThanOrEqual(estimateCost(s).steps);
  });

  it('counts every slice of a lone process when the node has caches (its slices are not merged then)', () => {
    const lone = valid(LONE_STRETCHES[Object.keys(LONE_STRETCHES)[0] as string]);
    const cached = { ...lone, node: { ...lone.node, cache: { size: 100, warmRate: 2, warmupTime: 10 } } };
    expect(estimateCost(cached).steps).toBeGreaterThan(1000 * estimateCost(lone).steps);
  });

  it.each(Object.keys(LONE_STRETCHES))('accepts %s, whose lone quanta are merged, as a few steps', (name) => {
    const s = valid(LONE_STRETCHES[name]);
    expect(estimateCost(s).steps).toBeLessThan(100);
    expect(decisionPoints(s)).toBeLessThanOrEqual(estimateCost(s).steps);
  });

  it('bounds the decision points of random scenarios under RR, whose lone stretches are merged', () => {
    fc.assert(
      fc.property(
        fuzzScenarioArb,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 9 }),
        (input, q, scale) => {
          const raw = input as { processes: { bursts: number[] }[] };
          const processes = raw.processes.map((p) => ({ ...p, bursts: p.bursts.map((b) => b * scale) }));
          const v = validateScenario({ ...raw, processes, scheduler: { policy: 'RR', quantum: q } });
          if (!v.ok) return;
          expect(decisionPoints(v.scenario)).toBeLessThanOrEqual(estimateCost(v.scenario).steps);
        },
      ),
      { seed: 13, numRuns: 300 },
    );
  }, 30_000);

  it('bounds the decision points of processes whose references stall them across many slices', () => {
    // Ledger pages take 20 ticks a reference: under RR with quantum 1 each reference spans 21 slices.
    for (const quantum of [1, 2, 5]) {
      const s = valid({
        format: 'bcos-scenario',
        version: 3,
        scheduler: { policy: 'RR', quantum },
        processes: [referencing(1, 'BLOCKCHAIN_VALIDATOR'), referencing(2, 'AI_INFERENCE')],
        memory: { pageTableLevels: 2, autoCompact: true },
      });
      const e = estimateCost(s);
      const st = createState(s);
      advanceTo(st, Infinity);
      expect({ quantum, points: decisionPoints(s) <= e.steps, ends: st.now <= e.horizon }).toEqual({
        quantum,
        points: true,
        ends: true,
      });
    }
  });

  it('bounds the decision points of generated workloads, with switch costs and operations', () => {
    const base = presets.find(([f]) => f === 'default.json')?.[1] as Scenario;
    for (let seed = 1; seed <= 6; seed++) {
      const processes = generateWorkload({ ...DEFAULT_WORKLOAD, seed, count: 25, gpus: base.node.gpus });
      for (const scheduler of EVERY_SCHEDULER)
        for (const contextSwitchCost of [0, 3]) {
          const s = valid({ ...base, seed, scheduler, processes, options: { ...base.options, contextSwitchCost } });
          expect({ seed, scheduler, contextSwitchCost, within: decisionPoints(s) <= estimateCost(s).steps }).toEqual({
            seed,
            scheduler,
            contextSwitchCost,
            within: true,
          });
        }
    }
  });
});
