import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import type { Scenario } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { eventsOf, run } from '../../testing/run';
import { scenarioOf, type Job } from '../../testing/scenarioOf';

const K = 4096;
const ALL = {
  pools: { aiModels: 1, aiData: 1, ledger: 1, chainState: 1, network: 1, system: 1 },
  constraints: { aiTotal: 1, aiModels: 1, aiData: 1, blockchainTotal: 1, ledger: 1, chainState: 1, system: 1 },
};

/** One page each, referenced (offset 0) every `every` ticks of progress. */
function referencing(jobs: Job[], every: number): Scenario {
  const base = scenarioOf({ policy: 'FIFO' }, jobs, { node: { cpus: jobs.length } });
  const v = validateScenario({
    ...base,
    processes: base.processes.map((p) => ({
      ...p,
      needs: { memoryBytes: K, gpus: 0, networkMbps: 0 },
      accesses: { kind: 'sequence', every, offsets: [0], writeEvery: 0 },
    })),
    memory: { physicalBytes: 16 * K, tlbMode: 'asid', ...ALL },
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

describe('a reference to a page in memory', () => {
  it('stalls the process on its CPU for its latency: its burst ends that much later and its CPU time counts it', () => {
    // A 4-tick burst with a reference after 2 ticks of progress: USER memory (2 ticks) and a page-table walk on the
    // TLB's first miss (1 tick) stall it 3 ticks, so it ends at 7; its next reference would have been at 7 too.
    const r = run(referencing([{ bursts: [4], type: 'USER' }], 2));
    const refs = eventsOf(r, 'memRef');
    expect(refs).toEqual([
      {
        tick: 2,
        kind: 'memRef',
        pid: 1,
        cpu: 0,
        address: 0x1000,
        access: 'read',
        memoryType: 'USER',
        tier: 1,
        latency: 2,
        walk: 1,
      },
    ]);
    expect(explain(refs[0]!)).toBe(
      'P1 reads 0x1000: USER, tier 1, 2 ticks, plus 1 tick for the page-table walk (TLB miss); it stalls on CPU 0 for 3 ticks.',
    );
    expect(r.timeline).toEqual([{ cpu: 0, start: 0, end: 7, pid: 1 }]);
    expect(r.processes[0]).toMatchObject({ cpuTime: 7, completion: 7, state: 'TERMINATED' });
    expect(r.memory?.stallByProcess).toEqual({ '1': 3 });
    expect(r.memory?.stats.stallTicks).toBe(3);
  });

  it('costs the slow tier ten times the fast one: a ledger reference stalls 20 ticks, an AI model one 2', () => {
    // Same bursts and references; a TLB hit after the first reference, so only the first pays for a walk.
    const r = run(
      referencing(
        [
          { bursts: [6], type: 'BLOCKCHAIN_VALIDATOR' },
          { bursts: [6], type: 'AI_INFERENCE' },
        ],
        3,
      ),
    );
    const [ledger, model] = [
      eventsOf(r, 'memRef').filter((e) => e.pid === 1),
      eventsOf(r, 'memRef').filter((e) => e.pid === 2),
    ];
    expect(ledger.map((e) => [e.tick, e.latency, e.walk])).toEqual([[3, 20, 1]]);
    expect(model.map((e) => [e.tick, e.latency, e.walk])).toEqual([[3, 2, 1]]);
    expect(explain(ledger[0]!)).toContain('BLOCKCHAIN_LEDGER, tier 2, 20 ticks');
    // Each ends its 6 ticks of work after its stall: 6 + 21 and 6 + 3.
    expect(r.processes.map((p) => p.completion)).toEqual([27, 9]);
    const pool = (name: string) => r.memory?.pools.find((p) => p.name === name);
    expect(pool('ledger')).toMatchObject({ references: 1, latencyTicks: 20, averageLatency: 20 });
    expect(pool('aiModels')).toMatchObject({ references: 1, latencyTicks: 2, averageLatency: 2 });
    expect(pool('network')).toMatchObject({ references: 0, latencyTicks: 0, averageLatency: 0 });
  });

  it('delays the next reference by the stall: references come every `every` ticks of progress', () => {
    // every 1, a 5-tick burst, USER memory in the TLB after the first: 3, then 2 ticks per reference.
    const r = run(referencing([{ bursts: [5], type: 'USER' }], 1));
    expect(eventsOf(r, 'memRef').map((e) => e.tick)).toEqual([1, 5, 8, 11]);
    expect(r.processes[0]).toMatchObject({ cpuTime: 5 + 3 + 2 + 2 + 2, completion: 14 });
  });
});
