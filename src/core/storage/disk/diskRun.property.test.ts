import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diskLayout } from './diskLayout';
import { explainDiskDecision } from './diskExplain';
import { runDisk, startDisk, stepDisk } from './diskRun';
import { DISK_POLICY_NAMES, type DiskConfig, type DiskLayout, type DiskState } from './diskTypes';
import { trackOf, waiting } from './policies/diskPolicy';
import { DISK_POLICIES } from './policies/registry';

/** A disk and requests on it: blocks drawn as fractions of the layout so every one exists. */
const problem = fc
  .record({
    zones: fc.constantFrom([30, 30, 30], [10, 20, 30], [20, 40, 60], [36, 36, 36], [60, 45, 30]),
    skew: fc.integer({ min: -2, max: 3 }),
    seekSpeed: fc.constantFrom(1, 2, 4, 0.5, 10, 40, -1),
    rotateSpeed: fc.constantFrom(1, 2, 0.5, 3, 1.5, 10),
    policy: fc.constantFrom(...DISK_POLICY_NAMES),
    window: fc.constantFrom(-1, 1, 2, 3, 5),
    requests: fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 25 }),
    late: fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 6 }),
  })
  .map((p) => {
    const layout = diskLayout(p.zones, p.skew) as DiskLayout;
    const block = (f: number) => Math.floor(f * layout.blocks.length);
    const config: DiskConfig = {
      layout,
      seekSpeed: p.seekSpeed,
      rotateSpeed: p.rotateSpeed,
      policy: p.policy,
      window: p.window,
    };
    return { config, requests: p.requests.map(block), late: p.late.map(block) };
  });

function run(p: { config: DiskConfig; requests: number[]; late: number[] }): DiskState {
  const st = runDisk(p.config, p.requests, p.late);
  if (typeof st === 'string') throw new Error(st);
  return st;
}

/** The states of a run just after each pick (a policy's next pick from there is the property's case). */
function eachState(p: { config: DiskConfig; requests: number[]; late: number[] }, visit: (st: DiskState) => void) {
  const st = startDisk(p.config, p.requests, p.late);
  if (typeof st === 'string') throw new Error(st);
  while (!st.done) {
    if (st.seekBegin === st.tick) visit(st);
    const error = stepDisk(st, p.config);
    if (error) throw new Error(error);
  }
}

const view = (config: DiskConfig, state: DiskState) => ({ config, state, end: state.queue.length });

describe('the disk model', () => {
  it('serves every request, first and late, exactly once', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const st = run(p);
        expect(st.log.map((s) => s.index).sort((a, b) => a - b)).toEqual(
          Array.from({ length: p.requests.length + p.late.length }, (_, i) => i),
        );
        expect(st.log.map((s) => s.block)).toEqual(st.log.map((s) => st.queue[s.index]));
      }),
      { numRuns: 300 },
    );
  });

  it('totals are the sums of the per-request parts, and the run ends when the last request does', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const st = run(p);
        const sum = (k: 'seek' | 'rotate' | 'transfer' | 'total') => st.log.reduce((a, s) => a + s[k], 0);
        for (const s of st.log) expect(s.seek + s.rotate + s.transfer).toBe(s.total);
        expect(st.totals).toEqual({ seek: sum('seek'), rotate: sum('rotate'), transfer: sum('transfer') });
        expect(sum('total')).toBe(st.tick);
        expect(st.decisions.map(explainDiskDecision).every((w) => w.includes(' chosen'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a run coasting through the quiet ticks ends as one stepped tick by tick', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const stepped = startDisk(p.config, p.requests, p.late);
        if (typeof stepped === 'string') throw new Error(stepped);
        while (!stepped.done) if (stepDisk(stepped, p.config)) throw new Error('refused');
        expect(run(p)).toEqual(stepped);
      }),
      { numRuns: 200 },
    );
  });

  it('SSTF never picks a request farther (in tracks) than another one waiting', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const config = { ...p.config, policy: 'SSTF' as const, window: -1 };
        eachState({ ...p, config }, (st) => {
          const v = view(config, st);
          const choice = DISK_POLICIES.SSTF.choose(v);
          const dist = (i: number) => Math.abs(trackOf(config, st.queue[i] as number) - st.arm.track);
          if (!choice) return;
          for (const i of waiting(v)) expect(dist(choice.index)).toBeLessThanOrEqual(dist(i));
        });
      }),
      { numRuns: 100 },
    );
  });

  it('SCAN and LOOK never turn while a request lies ahead, and the circular ones only sweep inwards', () => {
    fc.assert(
      fc.property(problem, fc.constantFrom('SCAN', 'LOOK', 'C-SCAN', 'C-LOOK' as const), (p, policy) => {
        const config = { ...p.config, policy, window: -1 };
        eachState({ ...p, config }, (st) => {
          const v = view(config, st);
          const choice = DISK_POLICIES[policy].choose(v);
          if (!choice) return;
          const tracks = waiting(v).map((i) => trackOf(config, st.queue[i] as number));
          const ahead = tracks.some((t) => (t - st.arm.track) * st.direction >= 0);
          if (policy.startsWith('C-')) expect(choice.direction).toBe(1);
          else if (ahead) expect(choice.direction).toBe(st.direction);
          const target = trackOf(config, st.queue[choice.index] as number);
          if (ahead) expect((target - st.arm.track) * st.direction).toBeGreaterThanOrEqual(0);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('a window of one under SATF serves in arrival order, as FIFO does', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const fifo = run({ ...p, config: { ...p.config, policy: 'FIFO' } });
        const satf1 = run({ ...p, config: { ...p.config, policy: 'SATF', window: 1 } });
        expect(satf1.log).toEqual(fifo.log);
      }),
      { numRuns: 200 },
    );
  });
});
