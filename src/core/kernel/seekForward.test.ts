import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate';
import type { Scenario } from '../scenario/types';
import { scenarioOf } from '../testing/scenarioOf';
import { DEFAULT_WORKLOAD, generateWorkload } from '../scenario/generate';
import { DEFAULT_MEMORY } from '../memory/defaults';
import { logsOf } from './checkpoint';
import { runResult } from './result';
import { Simulation } from './simulation';

const ALL_POOLS = {
  pools: { aiModels: 1, aiData: 1, ledger: 1, chainState: 1, network: 1, system: 1 },
  constraints: { aiTotal: 1, aiModels: 1, aiData: 1, blockchainTotal: 1, ledger: 1, chainState: 1, system: 1 },
};

// Long enough for dozens of checkpoints: 2 × 5,000 quanta of one tick, each an expiry and a dispatch.
const long = scenarioOf({ policy: 'RR', quantum: 1 }, [{ bursts: [5_000] }, { bursts: [2_500, 50, 2_500] }]);
const refs = (every: number, offsets: number[]) => ({ kind: 'sequence', every, offsets });

/** Two processes making memory references all along, so the memory subsystem's own log grows with the run. */
function referencing(): Scenario {
  const base = scenarioOf({ policy: 'RR', quantum: 2 }, [{ bursts: [3_000] }, { bursts: [3_000] }]);
  const v = validateScenario({
    ...base,
    processes: base.processes.map((p, i) => ({
      ...p,
      type: 'DATA_PROCESSING',
      needs: { ...p.needs, memoryBytes: 32_768 },
      accesses: i === 0 ? refs(3, [0, 28_672, 20_480]) : refs(5, [4096, 24_576, 8192]),
    })),
    memory: { physicalBytes: 65_536, swapBytes: 131_072, ...ALL_POOLS },
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}
const withMemory = referencing();

/**
 * The seek benchmark's run with memory in small: a generated workload arriving faster than 64 frames can hold, so
 * processes wait in NEW for memory and are tried again as others end (the admission checks a replay repeats), and
 * long enough for a dozen checkpoints.
 */
function waitingForMemory(): Scenario {
  const memory = { ...DEFAULT_MEMORY, physicalBytes: 64 * 4096, swapBytes: 128 * 4096 };
  const processes = generateWorkload(
    {
      ...DEFAULT_WORKLOAD,
      seed: 7,
      count: 300,
      arrival: { kind: 'uniform', span: 300 * 40 },
      cpuBurst: { kind: 'uniform', min: 10, max: 150 },
      ioBurst: { kind: 'uniform', min: 5, max: 60 },
      priorities: { min: 0, max: 20 },
      validatorSlot: 400,
      gpus: 2,
    },
    memory,
  );
  const base = scenarioOf({ policy: 'RR', quantum: 4 }, [], { node: { cpus: 2, gpus: 2 } });
  const v = validateScenario({ ...base, processes, memory });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}
const memoryWaits = waitingForMemory();

/**
 * What a state has done: its trace hash covers every event and segment; the processes carry their times; memory
 * management's whole state (frames, page tables, swap, TLB, who waits) as it stands. Not the graphs' samples: a
 * regular one is taken at the first decision point of its 10 ticks, and a seek's target is a decision point, so
 * where a run was paused moves the tick of a sample (and may move what it reads).
 */
function fingerprint(sim: Simulation) {
  const { ticks, traceHash, processes, summary } = runResult(sim.state);
  const memory = sim.state.sub.memory && { ...sim.state.sub.memory, samples: null };
  return { ticks, traceHash, processes, summary, events: sim.state.events.length, memory };
}

/** The state at `tick` as a straight run from the start has it. */
function straightAt(scenario: Scenario, tick: number) {
  const sim = new Simulation(scenario);
  sim.seek(tick);
  return sim;
}

describe('jumping forward to a checkpoint the run has been past', () => {
  it.each([
    ['RR, two processes', long],
    ['RR with memory references', withMemory],
    ['RR with processes waiting for memory', memoryWaits],
  ] as const)(
    '%s: any order of seeks gives the straight run’s state',
    (_name, scenario) => {
      const end = new Simulation(scenario).runToEnd();
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: end }), { minLength: 2, maxLength: 6 }), (ticks) => {
          const roaming = new Simulation(scenario);
          roaming.runToEnd();
          for (const t of ticks) roaming.seek(t);
          const last = ticks[ticks.length - 1] as number;
          const fresh = straightAt(scenario, last);
          expect(roaming.state.now).toBe(last);
          expect(fingerprint(roaming)).toEqual(fingerprint(fresh));
          roaming.runToEnd();
          fresh.runToEnd();
          expect(fingerprint(roaming)).toEqual(fingerprint(fresh));
        }),
        { seed: 20261205, numRuns: 8 },
      );
    },
    30_000,
  );

  it('an operation added after a jump forward changes the future it jumps over', () => {
    const end = new Simulation(long).runToEnd();
    const live = new Simulation(long);
    live.runToEnd();
    live.seek(100);
    live.seek(end - 2_000);
    live.addOperation({ tick: 0, op: 'kill', pid: 1 });
    live.seek(200);
    live.seek(end);
    const planned = new Simulation({ ...long, operations: [{ tick: end - 2_000, op: 'kill', pid: 1 }] });
    planned.runToEnd();
    expect(fingerprint(live)).toEqual(fingerprint(planned));
  });
});

it('the run waiting for memory has what its case is named for: admissions refused and retried, many checkpoints', () => {
  const sim = new Simulation(memoryWaits);
  sim.runToEnd();
  const kinds = sim.state.events.map((e) => e.kind);
  expect(kinds.filter((k) => k === 'memWait').length).toBeGreaterThan(20);
  expect(kinds.filter((k) => k === 'memAlloc').length).toBe(memoryWaits.processes.length);
  expect(sim.state.events.length).toBeGreaterThan(12 * 1024);
});

it('the memory scenario logs memory samples of its own all along', () => {
  const sim = new Simulation(withMemory);
  sim.runToEnd();
  const logs = logsOf(sim.state);
  expect(logs.length).toBeGreaterThan(3);
  expect(logs[3]?.length).toBeGreaterThan(20);
});
