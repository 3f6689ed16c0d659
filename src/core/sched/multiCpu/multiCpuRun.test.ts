import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pySeed } from '../../ostep/pyRandom';
import { explainMultiCpuDecision } from './multiCpuExplain';
import { runMultiCpu } from './multiCpuRun';
import type { MultiCpuConfig, MultiCpuJob, MultiCpuRun } from './multiCpuTypes';

const CONFIG: MultiCpuConfig = {
  cpus: 2,
  quantum: 10,
  perCpuQueues: true,
  peekInterval: 30,
  randomOrder: false,
  stealCheck: 'affinity',
  cache: { size: 100, warmRate: 2, coldRate: 1, warmupTime: 10 },
  maxCpuTicks: 1_000_000,
};

const job = (name: string, runTime: number, workingSet: number, affinity: number[] = []): MultiCpuJob => ({
  name,
  runTime,
  workingSet,
  affinity,
});

function run(jobs: MultiCpuJob[], config: MultiCpuConfig = CONFIG, seed = 0): MultiCpuRun {
  const r = runMultiCpu(jobs, config, pySeed(seed));
  if (typeof r === 'string') throw new Error(r);
  return r;
}

describe('multiprocessor scheduling with warming caches', () => {
  it("steals by affinity, or by multi.py's check of the whole job record", () => {
    // b may run on CPU 0 or 1 and waits in CPU 0's queue while CPU 1's queue is empty.
    const jobs = [job('a', 40, 10), job('c', 10, 10, [1]), job('b', 40, 10, [0, 1])];
    const ours = run(jobs, { ...CONFIG, peekInterval: 5 });
    const stolen = ours.decisions.find((d) => d.kind === 'steal');
    expect(stolen && explainMultiCpuDecision(stolen)).toBe(
      "at 5: CPU 1's queue is empty; it steals job b from CPU 0's queue: its affinity allows this CPU",
    );
    const ostep = run(jobs, { ...CONFIG, peekInterval: 5, stealCheck: 'multi.py' });
    expect(ostep.decisions.some((d) => d.kind === 'steal' && d.job === 'b')).toBe(false);
    expect(ostep.decisions.find((d) => d.kind === 'peek')).toMatchObject({ t: 5, cpu: 1, from: 0 });
  });

  it('refuses a run that passes its bound (a warm rate of 0 never finishes a warm job)', () => {
    const r = runMultiCpu(
      [job('a', 50, 10)],
      { ...CONFIG, cache: { ...CONFIG.cache, warmRate: 0 }, maxCpuTicks: 1000 },
      pySeed(0),
    );
    expect(r).toMatch(/^the run passes 1000 CPU-ticks/);
  });

  const problem = fc.record({
    jobs: fc.array(
      fc.record({
        runTime: fc.integer({ min: 0, max: 60 }),
        workingSet: fc.integer({ min: 0, max: 150 }),
        affinity: fc.subarray([0, 1, 2, 3]),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    cpus: fc.integer({ min: 1, max: 4 }),
    quantum: fc.integer({ min: 1, max: 20 }),
    perCpuQueues: fc.boolean(),
    peekInterval: fc.integer({ min: 0, max: 20 }),
    randomOrder: fc.boolean(),
    warmRate: fc.integer({ min: 1, max: 4 }),
    warmupTime: fc.integer({ min: 0, max: 15 }),
    size: fc.integer({ min: 0, max: 200 }),
    seed: fc.nat(1000),
  });

  it('runs one job per CPU a tick, each job on one CPU at most, does all the work and only where allowed', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const jobs = p.jobs.map((j, i) =>
          job(
            `j${i}`,
            j.runTime,
            j.workingSet,
            j.affinity.filter((c) => c < p.cpus),
          ),
        );
        const config: MultiCpuConfig = {
          ...CONFIG,
          cpus: p.cpus,
          quantum: p.quantum,
          perCpuQueues: p.perCpuQueues,
          peekInterval: p.cpus > 1 ? p.peekInterval : 0,
          randomOrder: p.randomOrder,
          cache: { size: p.size, warmRate: p.warmRate, coldRate: 1, warmupTime: p.warmupTime },
        };
        const r = run(jobs, config, p.seed);
        const done = jobs.map(() => 0);
        const ran = r.stats.map(() => 0);
        for (const tick of r.ticks) {
          expect(tick.cpus).toHaveLength(p.cpus);
          const names = tick.cpus.flatMap((c) => (c ? [c.job] : []));
          expect(new Set(names).size).toBe(names.length);
          tick.cpus.forEach((c, cpu) => {
            if (!c) return;
            ran[cpu] = (ran[cpu] as number) + 1;
            const i = jobs.findIndex((j) => j.name === c.job);
            const allowed = (jobs[i] as MultiCpuJob).affinity;
            expect(allowed.length === 0 || allowed.includes(cpu)).toBe(true);
            expect(c.rate).toBe(c.warm ? p.warmRate : 1);
            done[i] = (done[i] as number) + c.rate;
          });
        }
        expect(ran).toEqual(r.stats.map((s) => s.ran));
        jobs.forEach((j, i) => {
          expect(done[i]).toBeGreaterThanOrEqual(j.runTime);
          expect(r.finish[i]).toBeLessThanOrEqual(r.time);
        });
        expect(Math.max(...r.finish)).toBe(r.time);
      }),
      { numRuns: 40 },
    );
  });

  it('never finishes later with warm runs than with a cache that never warms (one CPU, one queue)', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const jobs = p.jobs.map((j, i) => job(`j${i}`, j.runTime, j.workingSet));
        const config: MultiCpuConfig = {
          ...CONFIG,
          cpus: 1,
          quantum: p.quantum,
          perCpuQueues: false,
          cache: { size: p.size, warmRate: p.warmRate, coldRate: 1, warmupTime: p.warmupTime },
        };
        const cold = run(jobs, { ...config, cache: { ...config.cache, warmRate: 1 } });
        expect(run(jobs, config).time).toBeLessThanOrEqual(cold.time);
      }),
      { numRuns: 40 },
    );
  });
});
