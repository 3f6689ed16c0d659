import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcessSpec, Scenario } from '../scenario/types';
import { validateScenario } from '../scenario/validate';
import { fuzzScenarioArb } from '../testing/fuzzScenario';
import { scenarioOf } from '../testing/scenarioOf';
import { checkpointOf, restoreCheckpoint, type Checkpoint } from './checkpoint';
import { advanceTo } from './engine';
import { runResult } from './result';
import { Simulation } from './simulation';
import { createState } from './state';

/**
 * A Simulation freezes the PCBs of processes still NEW at each checkpoint, the first one at its start, and shares
 * them (see checkpointOf): whatever changes a process before it arrives must take a copy of its own first (ownPcb),
 * or the run throws. These runs check that against the engine alone, which keeps no checkpoint and freezes nothing.
 */

/** The fuzz scenarios, each process forked by an earlier one that is there first, or by none; some are SYSTEM (init). */
const withTrees = fuzzScenarioArb.chain((s) => {
  const procs = s.processes as ProcessSpec[];
  return fc.tuple(...procs.map(() => fc.nat())).map((picks) => ({
    ...s,
    processes: procs.map((p, i) => {
      const earlier = procs.filter((q) => q.pid < p.pid && q.arrival <= p.arrival);
      const parent = earlier[(picks[i] as number) % (earlier.length + 1)];
      return parent ? { ...p, parent: parent.pid } : p;
    }),
  }));
});

function straightRun(s: Scenario) {
  const st = createState(s);
  advanceTo(st, Infinity);
  return { result: runResult(st), events: st.events };
}

/** The run with a checkpoint taken at every tick, each freezing what is NEW then, as a long run's would. */
function checkpointedRun(s: Scenario) {
  const st = createState(s);
  const checkpoints: Checkpoint[] = [];
  for (let t = 0; !st.finished; t++) {
    advanceTo(st, t);
    checkpoints.push(checkpointOf(st));
  }
  return { st, checkpoints };
}

const ALL_POOLS = {
  pools: { aiModels: 1, aiData: 1, ledger: 1, chainState: 1, network: 1, system: 1 },
  constraints: { aiTotal: 1, aiModels: 1, aiData: 1, blockchainTotal: 1, ledger: 1, chainState: 1, system: 1 },
};

describe('processes not arrived yet, shared by the checkpoints', () => {
  it('an orphan still to arrive is adopted by init', () => {
    const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [1, 200, 1] }, { bursts: [5] }, { bursts: [5] }]);
    const s: Scenario = {
      ...base,
      processes: base.processes.map((p) => ({
        ...p,
        ...(p.pid === 1 && { type: 'SYSTEM' as const }),
        ...(p.pid === 3 && { parent: 2, arrival: 50 }),
      })),
    };
    const sim = new Simulation(s);
    sim.runToEnd();
    expect(sim.state.events).toContainEqual({ tick: 6, kind: 'reparent', pid: 2, orphans: [3], to: 1 });
    expect(runResult(sim.state)).toEqual(straightRun(s).result);
  });

  it('one waiting in NEW for memory misses its deadline', () => {
    // Both want all of memory as SYSTEM memory, which is never swapped out: P2 waits for P1 to end.
    const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [100] }, { bursts: [5] }]);
    const v = validateScenario({
      ...base,
      processes: base.processes.map((p) => ({
        ...p,
        type: 'SYSTEM',
        needs: { ...p.needs, memoryBytes: 16 * 4096 },
        ...(p.pid === 2 && { arrival: 1, deadline: 10 }),
      })),
      memory: { physicalBytes: 16 * 4096, swapBytes: 16 * 4096, ...ALL_POOLS },
    });
    if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
    const { st } = checkpointedRun(v.scenario);
    expect(st.events).toContainEqual({ tick: 10, kind: 'deadlineMiss', pid: 2, deadline: 10 });
    expect(runResult(st)).toEqual(straightRun(v.scenario).result);
  });

  // About 2 s alone; beside the rest of the suite on a busy machine, 12 s.
  it(
    'a run checkpointed at every tick, and one restored from any of them, are the run the engine makes alone',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(withTrees, fc.double({ min: 0, max: 1, noNaN: true }), (input, at) => {
          const v = validateScenario(input);
          fc.pre(v.ok);
          if (!v.ok) return;
          const straight = straightRun(v.scenario);
          const { st, checkpoints } = checkpointedRun(v.scenario);
          expect(st.events).toEqual(straight.events);
          const again = restoreCheckpoint(checkpoints[Math.floor(at * (checkpoints.length - 1))] as Checkpoint);
          advanceTo(again, Infinity);
          expect(runResult(again)).toEqual(straight.result);
        }),
        { seed: 13, numRuns: 200 },
      );
    },
  );
});
