import { describe, expect, it } from 'vitest';
import type { Scenario, SchedulerConfig } from '../scenario/types';
import { eventsOf, gantt, run, runSafely, simulate } from '../testing/run';
import { scenarioOf, type Job } from '../testing/scenarioOf';
import { runResult } from './result';
import { Simulation } from './simulation';

const FIFO = { policy: 'FIFO' } as const;

describe('engine', () => {
  describe('several CPUs', () => {
    it('two CPUs under FIFO run two processes in parallel', () => {
      const r = run(scenarioOf(FIFO, [{ bursts: [5] }, { bursts: [3] }, { bursts: [2] }], { node: { cpus: 2 } }));
      expect(gantt(r, 0)).toBe('1:0-5');
      expect(gantt(r, 1)).toBe('2:0-3 3:3-5');
      expect(r.ticks).toBe(5);
      expect(r.summary.cpuUtilization).toBe(1);
    });

    it('affinity: a process returns to its last CPU when that one is free, even if a lower-numbered CPU is free too', () => {
      // P1 on CPU 0 until 3; P2 on CPU 1 until 1, then I/O until 3. At 3 both CPUs are free.
      const r = run(scenarioOf(FIFO, [{ bursts: [3] }, { bursts: [1, 2, 2] }], { node: { cpus: 2 } }));
      expect(gantt(r, 0)).toBe('1:0-3');
      expect(gantt(r, 1)).toBe('2:0-1 2:3-5');
    });

    it('affinity gives way: a process takes another CPU when its last one is busy', () => {
      // P2 runs on CPU 1, does I/O 1-2; meanwhile P3 took CPU 1 at 1, so P2 goes to CPU 0 when P1 is done at 2.
      const r = run(scenarioOf(FIFO, [{ bursts: [2] }, { bursts: [1, 1, 2] }, { bursts: [4] }], { node: { cpus: 2 } }));
      expect(gantt(r, 0)).toBe('1:0-2 2:2-4');
      expect(gantt(r, 1)).toBe('2:0-1 3:1-5');
    });
  });

  describe('GPUs', () => {
    const jobs: Job[] = [
      { bursts: [4], gpus: 1, type: 'AI_INFERENCE' },
      { bursts: [4], gpus: 1, type: 'AI_INFERENCE' },
      { bursts: [10] },
    ];
    const r = run(scenarioOf(FIFO, jobs, { node: { cpus: 2, gpus: 1 } }));

    it('two AI processes needing the one GPU never hold it at the same time; a non-GPU process fills the other CPU', () => {
      expect(gantt(r, 0)).toBe('1:0-4 2:4-8');
      expect(gantt(r, 1)).toBe('3:0-10');
      const p3 = eventsOf(r, 'dispatch').find((e) => e.pid === 3);
      expect(p3?.reason.skippedForGpu).toBe(1);
      expect(eventsOf(r, 'dispatch').map((e) => [e.pid, e.gpus])).toEqual([
        [1, [0]],
        [3, []],
        [2, [0]],
      ]);
    });

    it('gpuTimeline and gpuUtilization', () => {
      expect(r.gpuTimeline).toEqual([
        { gpu: 0, start: 0, end: 4, pid: 1 },
        { gpu: 0, start: 4, end: 8, pid: 2 },
      ]);
      expect(r.ticks).toBe(10);
      expect(r.summary.gpuUtilization).toEqual([0.8]);
    });

    it('a process needing two GPUs waits for both; one needing one does not wait for it (FIFO skips)', () => {
      const r2 = run(
        scenarioOf(
          FIFO,
          [
            { bursts: [3], gpus: 1 },
            { bursts: [2], gpus: 2 },
            { bursts: [2], gpus: 1 },
          ],
          { node: { cpus: 3, gpus: 2 } },
        ),
      );
      // At 0: P1 takes GPU 0, P2 cannot have two, P3 takes GPU 1. At 3 both are free and P2 runs.
      expect(r2.gpuTimeline).toEqual([
        { gpu: 1, start: 0, end: 2, pid: 3 },
        { gpu: 0, start: 0, end: 3, pid: 1 },
        { gpu: 0, start: 3, end: 5, pid: 2 },
        { gpu: 1, start: 3, end: 5, pid: 2 },
      ]);
    });
  });

  describe('I/O devices', () => {
    const jobs: Job[] = [{ bursts: [1, 4, 1] }, { bursts: [1, 4, 1] }];

    it('ioDevices 1: I/O is served one at a time in FIFO order, with ioQueued events', () => {
      const r = run(scenarioOf(FIFO, jobs, { options: { ioDevices: 1 } }));
      expect(eventsOf(r, 'ioQueued')).toEqual([{ tick: 2, kind: 'ioQueued', pid: 2, position: 1 }]);
      expect(eventsOf(r, 'ioStart')).toEqual([
        { tick: 1, kind: 'ioStart', pid: 1, until: 5, device: 0 },
        { tick: 5, kind: 'ioStart', pid: 2, until: 9, device: 0 },
      ]);
      expect(gantt(r)).toBe('1:0-1 2:1-2 1:5-6 2:9-10');
      // Queued for the device counts as I/O time (WAITING).
      expect(r.processes.map((p) => p.ioTime)).toEqual([4, 7]);
    });

    it('ioDevices 0: unlimited, in parallel', () => {
      const r = run(scenarioOf(FIFO, jobs));
      expect(eventsOf(r, 'ioQueued')).toEqual([]);
      expect(eventsOf(r, 'ioStart').map((e) => [e.tick, e.until, e.device])).toEqual([
        [1, 5, null],
        [2, 6, null],
      ]);
      expect(gantt(r)).toBe('1:0-1 2:1-2 1:5-6 2:6-7');
    });

    it('three on two devices: the third starts when the first device frees, in queue order', () => {
      const r = run(scenarioOf(FIFO, [...jobs, { bursts: [1, 4, 1] }], { options: { ioDevices: 2 } }));
      expect(eventsOf(r, 'ioStart').map((e) => [e.tick, e.pid, e.device])).toEqual([
        [1, 1, 0],
        [2, 2, 1],
        [5, 3, 0],
      ]);
    });
  });

  it('idle stretches cost nothing: an arrival at tick 1,000,000 is a handful of decision points', () => {
    const sim = simulate(scenarioOf(FIFO, [{ bursts: [2] }, { arrival: 1_000_000, bursts: [5] }]));
    const r = runResult(sim.state);
    expect(r.processes[1]).toMatchObject({ completion: 1_000_005, waiting: 0 });
    expect(r.finished).toBe(true);
    expect(sim.state.events.length).toBeLessThanOrEqual(8);
  });

  it('a process suspended with no resume: the run ends, stalled', () => {
    const sim = runSafely(
      scenarioOf(FIFO, [{ bursts: [5] }, { bursts: [3] }], { operations: [{ tick: 2, op: 'suspend', pid: 1 }] }),
    );
    expect(sim.livelockAt).toBeNull();
    const r = runResult(sim.state);
    expect(r.finished).toBe(true);
    expect(r.stalled).toBe(true);
    expect(r.ticks).toBe(5);
    expect(r.processes.map((p) => p.state)).toEqual(['SUSPENDED', 'TERMINATED']);
  });

  it('a run that ends normally is not stalled', () => {
    const r = run(
      scenarioOf(FIFO, [{ bursts: [5] }], {
        operations: [
          { tick: 2, op: 'suspend', pid: 1 },
          { tick: 3, op: 'resume', pid: 1 },
        ],
      }),
    );
    expect(r.stalled).toBe(false);
    expect(r.finished).toBe(true);
  });

  it.each<[string, SchedulerConfig]>([
    [
      'MLFQ with boost',
      {
        policy: 'MLFQ',
        levels: [{ quantum: 2, allotment: 1 }],
        allotmentUnit: 'quanta',
        boostInterval: 10,
        agingThreshold: 0,
        ioResetsAllotment: false,
        ioToFront: false,
      },
    ],
    ['PRIORITY with aging', { policy: 'PRIORITY', preemptive: true, agingInterval: 3 }],
  ])('a stalled run ends even with a recurring policy timer (%s)', (_name, scheduler) => {
    const sim = runSafely(
      scenarioOf(scheduler, [{ bursts: [5] }, { bursts: [3] }], { operations: [{ tick: 1, op: 'suspend', pid: 1 }] }),
      10_000,
    );
    expect(sim.livelockAt).toBeNull();
    expect(sim.state.finished).toBe(true);
    expect(sim.state.stalled).toBe(true);
  });

  it('time always moves on: MLFQ boost due while every process has ended but an operation is still to come', () => {
    // P1 ends at 4; the boost is due at 10, the create at 20. Nothing may stop the clock at 10.
    const late = {
      pid: 2,
      name: 'late',
      type: 'USER' as const,
      priority: 0,
      arrival: 0,
      bursts: [3],
      needs: { memoryBytes: 0, gpus: 0, networkMbps: 0 },
    };
    const scheduler: SchedulerConfig = {
      policy: 'MLFQ',
      levels: [
        { quantum: 2, allotment: 1 },
        { quantum: 4, allotment: 1 },
      ],
      allotmentUnit: 'quanta',
      boostInterval: 10,
      agingThreshold: 0,
      ioResetsAllotment: false,
      ioToFront: false,
    };
    const sim = runSafely(
      scenarioOf(scheduler, [{ bursts: [4] }], { operations: [{ tick: 20, op: 'create', process: late }] }),
      10_000,
    );
    expect(sim.livelockAt).toBeNull();
    const r = runResult(sim.state);
    expect(r.finished).toBe(true);
    expect(r.processes.map((p) => p.completion)).toEqual([4, 23]);
  });

  it('a run waits for a scheduled operation after all processes are done', () => {
    const late = {
      pid: 5,
      name: 'late',
      type: 'USER' as const,
      priority: 0,
      arrival: 0,
      bursts: [2],
      needs: { memoryBytes: 0, gpus: 0, networkMbps: 0 },
    };
    const r = run(scenarioOf(FIFO, [{ bursts: [1] }], { operations: [{ tick: 50, op: 'create', process: late }] }));
    expect(r.ticks).toBe(52);
    expect(r.processes.map((p) => p.completion)).toEqual([1, 52]);
  });

  describe('Simulation: random access in time', () => {
    // Long enough to cross several checkpoints, with randomness (lottery) and I/O.
    const jobs: Job[] = Array.from({ length: 12 }, (_, i) => ({
      arrival: i * 7,
      bursts: [30 + i, 5 + (i % 4), 20, 3, 10 + i],
      tickets: 10 * (i + 1),
    }));
    const scenarios: [string, Scenario][] = [
      [
        'LOTTERY',
        scenarioOf({ policy: 'LOTTERY', quantum: 3 }, jobs, {
          node: { cpus: 2 },
          seed: 11,
          options: { contextSwitchCost: 1, ioDevices: 2 },
        }),
      ],
      [
        'MLFQ with boost and operations',
        scenarioOf(
          {
            policy: 'MLFQ',
            levels: [
              { quantum: 2, allotment: 1 },
              { quantum: 4, allotment: 2 },
              { quantum: 8, allotment: 1 },
            ],
            allotmentUnit: 'quanta',
            boostInterval: 50,
            agingThreshold: 30,
            ioResetsAllotment: false,
            ioToFront: true,
          },
          jobs,
          {
            operations: [
              { tick: 100, op: 'suspend', pid: 3 },
              { tick: 300, op: 'resume', pid: 3 },
              { tick: 400, op: 'kill', pid: 5 },
            ],
          },
        ),
      ],
      [
        'PRIORITY with aging',
        scenarioOf(
          { policy: 'PRIORITY', preemptive: true, agingInterval: 5 },
          jobs.map((j, i) => ({ ...j, priority: i % 5 })),
        ),
      ],
    ];

    it.each(scenarios)(
      '%s: seeking back and forth gives the state a straight run has at that tick',
      (_name, scenario) => {
        const end = run(scenario).ticks;
        expect(end).toBeGreaterThan(520);
        for (const t of [0, 37, 256, 257, 511, end]) {
          const fresh = new Simulation(scenario);
          fresh.seek(t);
          const roaming = new Simulation(scenario);
          roaming.seek(end);
          roaming.seek(3);
          roaming.seek(t + 300);
          roaming.seek(Math.floor(t / 2));
          roaming.seek(t);
          expect(roaming.state.now).toBe(t);
          expect(runResult(roaming.state)).toEqual(runResult(fresh.state));
        }
        const roaming = new Simulation(scenario);
        roaming.seek(end - 1);
        roaming.seek(5);
        roaming.runToEnd();
        expect(runResult(roaming.state)).toEqual(run(scenario));
      },
    );

    it.each(scenarios)(
      '%s: addOperation at a tick equals the same operation in the scenario from the start',
      (_name, scenario) => {
        for (const [tick, pid] of [
          [45, 2],
          [260, 7],
          [513, 9],
        ] as const) {
          const planned = run({ ...scenario, operations: [...scenario.operations, { tick, op: 'kill', pid }] });
          const live = new Simulation(scenario);
          live.seek(tick + 200);
          live.seek(tick);
          live.addOperation({ tick: 0, op: 'kill', pid });
          live.runToEnd();
          expect(runResult(live.state).traceHash).toBe(planned.traceHash);
          expect(runResult(live.state)).toEqual(planned);
        }
      },
    );
  });
});
