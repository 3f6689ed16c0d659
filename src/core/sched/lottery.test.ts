import { describe, expect, it } from 'vitest';
import { eventsOf, gantt, run } from '../testing/run';
import { scenarioOf, type Job } from '../testing/scenarioOf';

const LOTTERY = { policy: 'LOTTERY', quantum: 1 } as const;
const three: Job[] = [{ bursts: [20], tickets: 50 }, { bursts: [20], tickets: 30 }, { bursts: [20], tickets: 20 }];

describe('Lottery', () => {
  it('the same seed gives the same schedule', () => {
    const a = run(scenarioOf(LOTTERY, three, { seed: 7 }));
    const b = run(scenarioOf(LOTTERY, three, { seed: 7 }));
    expect(gantt(a)).toBe(gantt(b));
    expect(a.traceHash).toBe(b.traceHash);
  });

  it('different seeds give different schedules', () => {
    const schedules = new Set([1, 2, 3, 4].map((seed) => gantt(run(scenarioOf(LOTTERY, three, { seed })))));
    expect(schedules.size).toBe(4);
  });

  it('with tickets 3:1 the first process gets about 75% of the CPU while both compete', () => {
    const r = run(scenarioOf(LOTTERY, [{ bursts: [1000], tickets: 300 }, { bursts: [1000], tickets: 100 }], { seed: 42 }));
    // Over the first 800 quanta both are READY; each quantum is a draw with p = 0.75 (sd about 1.5%).
    const share = r.timeline.filter((s) => s.pid === 1 && s.end <= 800).reduce((n, s) => n + s.end - s.start, 0) / 800;
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.8);
    const draws = eventsOf(r, 'dispatch').filter((e) => e.tick < 800);
    expect(draws.every((e) => e.reason.totalTickets === 400 && (e.reason.ticket as number) < 400)).toBe(true);
    // Tickets are laid out in pid order: P1 holds 0-299, P2 300-399.
    expect(draws.every((e) => (e.pid === 1) === ((e.reason.ticket as number) < 300))).toBe(true);
  });

  it('a single process always wins, with a ticket among its own', () => {
    const r = run(scenarioOf({ policy: 'LOTTERY', quantum: 2 }, [{ bursts: [9], tickets: 5 }], { seed: 3 }));
    const draws = eventsOf(r, 'dispatch');
    expect(draws).toHaveLength(5);
    expect(draws.every((e) => e.pid === 1 && e.reason.totalTickets === 5 && (e.reason.ticket as number) < 5)).toBe(true);
    expect(r.processes[0]?.completion).toBe(9);
  });

  it('a process whose GPUs are busy is not in the draw', () => {
    // One GPU, two CPUs: P1 and P2 need the GPU, P3 does not.
    const jobs: Job[] = [
      { bursts: [6], gpus: 1, tickets: 100 },
      { bursts: [6], gpus: 1, tickets: 100 },
      { bursts: [12], tickets: 100 },
    ];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const r = run(scenarioOf(LOTTERY, jobs, { seed, node: { cpus: 2, gpus: 1 } }));
      const gpu = r.gpuTimeline.slice().sort((a, b) => a.start - b.start);
      for (let i = 1; i < gpu.length; i++) expect(gpu[i]!.start).toBeGreaterThanOrEqual(gpu[i - 1]!.end);
      for (const e of eventsOf(r, 'dispatch')) {
        const holder = gpu.find((g) => g.start < e.tick && e.tick < g.end);
        if (e.pid !== 3) expect(holder, `seed ${seed}: P${e.pid} drawn at ${e.tick} while P${holder?.pid} holds the GPU`).toBeUndefined();
      }
      expect(r.processes.map((p) => p.state)).toEqual(['TERMINATED', 'TERMINATED', 'TERMINATED']);
    }
  });
});
