import { describe, expect, it } from 'vitest';
import { explain } from '../kernel/explain';
import { runResult } from '../kernel/result';
import { Simulation } from '../kernel/simulation';
import { eventsOf, gantt, run } from '../testing/run';
import { scenarioOf, type Job } from '../testing/scenarioOf';
import { validateScenario } from '../scenario/validate';

const LOTTERY = { policy: 'LOTTERY', quantum: 1 } as const;
const three: Job[] = [
  { bursts: [20], tickets: 50 },
  { bursts: [20], tickets: 30 },
  { bursts: [20], tickets: 20 },
];

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
    const r = run(
      scenarioOf(
        LOTTERY,
        [
          { bursts: [1000], tickets: 300 },
          { bursts: [1000], tickets: 100 },
        ],
        { seed: 42 },
      ),
    );
    // Over the first 800 quanta both are READY; each quantum is a draw with p = 0.75 (sd about 1.5%).
    const share = r.timeline.filter((s) => s.pid === 1 && s.end <= 800).reduce((n, s) => n + s.end - s.start, 0) / 800;
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.8);
    const draws = eventsOf(r, 'dispatch').filter((e) => e.tick < 800);
    expect(draws.every((e) => e.reason.totalTickets === 400 && (e.reason.ticket as number) < 400)).toBe(true);
    // Tickets are laid out in pid order: P1 holds 0-299, P2 300-399.
    expect(draws.every((e) => (e.pid === 1) === (e.reason.ticket as number) < 300)).toBe(true);
  });

  it('a single process always wins, with a ticket among its own', () => {
    const r = run(scenarioOf({ policy: 'LOTTERY', quantum: 2 }, [{ bursts: [9], tickets: 5 }], { seed: 3 }));
    const draws = eventsOf(r, 'dispatch');
    expect(draws).toHaveLength(5);
    expect(draws.every((e) => e.pid === 1 && e.reason.totalTickets === 5 && (e.reason.ticket as number) < 5)).toBe(
      true,
    );
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
        if (e.pid !== 3)
          expect(
            holder,
            `seed ${seed}: P${e.pid} drawn at ${e.tick} while P${holder?.pid} holds the GPU`,
          ).toBeUndefined();
      }
      expect(r.processes.map((p) => p.state)).toEqual(['TERMINATED', 'TERMINATED', 'TERMINATED']);
    }
  });
});

describe('Lottery with Python draws and full quanta (OSTEP lottery.py)', () => {
  const OSTEP = { policy: 'LOTTERY', quantum: 1, draw: 'python', fullQuantum: true } as const;

  it("draws r = floor(random() * 1000001) from Python's stream and takes ticket r mod total, as lottery.py -l 8:75,4:25 -s 0 does", () => {
    // python3 -c "import random; random.seed(0); print([int(random.random() * 1000001) for _ in range(3)])"
    // prints [844422, 757955, 420572]; tickets 0-74 are P1's, 75-99 P2's.
    const r = run(
      scenarioOf(
        OSTEP,
        [
          { bursts: [8], tickets: 75 },
          { bursts: [4], tickets: 25 },
        ],
        { seed: 0 },
      ),
    );
    const draws = eventsOf(r, 'dispatch').map((e) => [e.reason.draw, e.reason.ticket, e.reason.totalTickets, e.pid]);
    expect(draws.slice(0, 3)).toEqual([
      [844422, 22, 100, 1],
      [757955, 55, 100, 1],
      [420572, 72, 100, 1],
    ]);
  });

  it('draws at every decision, also when one job is left (12 ticks of work, quantum 1: 12 draws)', () => {
    const r = run(
      scenarioOf(
        OSTEP,
        [
          { bursts: [8], tickets: 75 },
          { bursts: [4], tickets: 25 },
        ],
        { seed: 0 },
      ),
    );
    const draws = eventsOf(r, 'dispatch');
    expect(draws).toHaveLength(12);
    expect(draws.filter((e) => e.reason.competitors === 1).length).toBeGreaterThan(0);
  });

  it('skips drawOffset values of the stream first', () => {
    const jobs: Job[] = [
      { bursts: [3], tickets: 10 },
      { bursts: [3], tickets: 10 },
    ];
    const plain = eventsOf(run(scenarioOf(OSTEP, jobs, { seed: 0 })), 'dispatch').map((e) => e.reason.draw);
    const skipped = eventsOf(run(scenarioOf({ ...OSTEP, drawOffset: 2 }, jobs, { seed: 0 })), 'dispatch').map(
      (e) => e.reason.draw,
    );
    expect(skipped.slice(0, 2)).toEqual(plain.slice(2, 4));
  });

  it('keeps the CPU idle for the rest of a quantum the winner did not need, and says so', () => {
    // One job of 3 ticks, quantum 2: it runs 0-2 and 2-3, then the CPU holds until 4.
    const r = run(scenarioOf({ ...OSTEP, quantum: 2 }, [{ bursts: [3] }, { bursts: [2] }], { seed: 5 }));
    const holds = eventsOf(r, 'hold');
    expect(holds.length).toBeGreaterThan(0);
    for (const h of holds) {
      expect(h.until).not.toBeNull();
      expect((h.until as number) % 2).toBe(0);
      expect(r.timeline).toContainEqual({ cpu: 0, start: h.tick, end: h.until, pid: null });
    }
    // Every dispatch starts on a quantum boundary.
    expect(eventsOf(r, 'dispatch').every((e) => e.tick % 2 === 0)).toBe(true);
    expect(explain(holds[0] as (typeof holds)[number])).toMatch(
      /^CPU 0 stays idle until tick \d+: P\d's quantum runs to its end/,
    );
  });

  it("ends the run when the last quantum ends, as lottery.py's clock does (5 ticks of work, quantum 2: ends at 6)", () => {
    const r = run(scenarioOf({ ...OSTEP, quantum: 2 }, [{ bursts: [3] }, { bursts: [2] }], { seed: 5 }));
    expect(r.ticks).toBe(6);
    expect(r.finished).toBe(true);
    expect(r.stalled).toBe(false);
    expect(Math.max(...r.processes.map((p) => p.completion as number))).toBeLessThan(6);
  });

  it('explains a Python draw with r, the ticket and the total', () => {
    const r = run(
      scenarioOf(
        OSTEP,
        [
          { bursts: [1], tickets: 75 },
          { bursts: [1], tickets: 25 },
        ],
        { seed: 0 },
      ),
    );
    expect(explain(eventsOf(r, 'dispatch')[0] as ReturnType<typeof eventsOf<'dispatch'>>[number])).toBe(
      'P1 chosen for CPU 0: won the lottery: draw r=844422, ticket 22 of 100 (r mod 100), among 2 READY, slice 1.',
    );
  });

  it('replays the same draws after seeking back (the Python state is in every checkpoint)', () => {
    const scenario = scenarioOf(
      OSTEP,
      [
        { bursts: [900], tickets: 3 },
        { bursts: [900], tickets: 5 },
        { bursts: [900], tickets: 7 },
      ],
      { seed: 11 },
    );
    const straight = run(scenario);
    const sim = new Simulation(scenario);
    sim.seek(2500);
    sim.seek(700);
    sim.seek(1900);
    sim.runToEnd();
    expect(runResult(sim.state).traceHash).toBe(straight.traceHash);
  });

  it('leaves scenarios without the new fields as they were, and refuses drawOffset without Python draws', () => {
    expect(validateScenario(scenarioOf({ policy: 'LOTTERY', quantum: 2 }, three)).ok).toBe(true);
    const bad = validateScenario(scenarioOf({ policy: 'LOTTERY', quantum: 2, drawOffset: 3 }, three));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]?.path).toBe('scheduler.drawOffset');
    const big = validateScenario(
      scenarioOf({ policy: 'LOTTERY', quantum: 2, draw: 'python', drawOffset: 1_000_001 }, three),
    );
    expect(!big.ok && big.errors[0]?.message).toMatch(/scheduler.drawOffset.*0 to 1000000/);
  });
});
