import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import { Simulation } from '../../kernel/simulation';
import type { Scenario } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { eventsOf, run } from '../../testing/run';
import { swapIn } from '../swap';
import { memoryRun } from './samples';
import { scenarioOf } from '../../testing/scenarioOf';

const K = 4096;
const ALL = {
  pools: { aiModels: 1, aiData: 1, ledger: 1, chainState: 1, network: 1, system: 1 },
  constraints: { aiTotal: 1, aiModels: 1, aiData: 1, blockchainTotal: 1, ledger: 1, chainState: 1, system: 1 },
};

/** 16 frames; P1 takes 10 and touches 6 of them, P2's 10 at tick 1 push P1's pages out: P1 faults. */
function competing(memory: object): Scenario {
  const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [6] }, { arrival: 1, bursts: [2] }]);
  const v = validateScenario({
    ...base,
    processes: [
      {
        ...base.processes[0],
        needs: { memoryBytes: 10 * K, gpus: 0, networkMbps: 0 },
        accesses: { kind: 'sequence', every: 1, offsets: [0, K, 2 * K, 3 * K, 4 * K, 5 * K], writeEvery: 0 },
      },
      { ...base.processes[1], needs: { memoryBytes: 10 * K, gpus: 0, networkMbps: 0 } },
    ],
    memory: { physicalBytes: 16 * K, swapBytes: 32 * K, placement: 'anyFree', ...ALL, ...memory },
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

describe('a swap-in of 0 ticks', () => {
  it('is a fault counted without blocking: the run finishes and the faulting process keeps its CPU', () => {
    // Before: the fault blocked P1 for 0 ticks, waking it at the tick already decided: "no progress at tick 1".
    const r = run(competing({ swapInTicks: 0 }));
    expect(r.finished).toBe(true);
    const faults = eventsOf(r, 'pageFault');
    expect(faults.length).toBeGreaterThan(0);
    for (const f of faults) expect(f.until).toBe(f.tick);
    expect(r.memory?.stats.pageFaults).toBe(faults.length);
    expect(eventsOf(r, 'pageIn')).toEqual([]);
    // It runs its 6 ticks and the ticks its references stalled it, without a break.
    const end = 6 + (r.memory?.stallByProcess['1'] ?? 0);
    expect(r.timeline.filter((g) => g.pid !== null)).toEqual([
      { cpu: 0, start: 0, end, pid: 1 },
      { cpu: 0, start: end, end: end + 2, pid: 2 },
    ]);
    expect(r.processes[0]).toMatchObject({ cpuTime: end, ioTime: 0, completion: end });
    expect(explain(faults[0]!)).toContain('at once (a swap-in of 0 ticks), so it does not block');
  });
});

describe('a page a process blocked for is kept in for it', () => {
  it('so MRU with a switch cost cannot take it away before its process runs, fault after fault (found by fuzzing)', () => {
    // Two processes fault in turn: each page-in evicted the page just brought in for the other (MRU), and with a
    // context switch between them neither ever made its reference; the run never ended.
    const file = new URL('./fixtures/mru-switch-livelock.json', import.meta.url);
    const v = validateScenario(JSON.parse(readFileSync(file, 'utf8')));
    if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
    // A bounded seek, so that a livelock fails the test instead of hanging it.
    const sim = new Simulation(v.scenario);
    sim.seek(1000);
    expect(sim.state.finished).toBe(true);
    expect(sim.state.procs.every((p) => p.state === 'TERMINATED')).toBe(true);
  });
});

describe('a fault whose only possible victim is a page its owner has not used yet', () => {
  const file = new URL('./fixtures/one-frame-thrash.json', import.meta.url);
  const load = (): Scenario => {
    const v = validateScenario(JSON.parse(readFileSync(file, 'utf8')));
    if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
    return v.scenario;
  };

  it('waits and tries again instead of taking it, so two processes cannot trade one frame for ever (fuzz seed 5)', () => {
    // One frame could be evicted; each fault took the page just brought in for the other process, which faulted
    // for it again after its context switch. The run never ended. (Since references stall, the fixture has P4 arrive
    // at tick 8 and P6 run 4 ticks, so that the two still meet over that frame.)
    const sim = new Simulation(load());
    sim.seek(1000);
    expect(sim.state.finished).toBe(true);
    const waits = sim.state.events.filter((e) => e.kind === 'frameWait');
    expect(waits.length).toBeGreaterThan(0);
    const first = waits[0]!;
    expect(first.until).toBe(first.tick + 1);
    expect(explain(first)).toBe(
      `P${first.pid} page fault at 0x1000 (page 1 is in swap), but the only frame that could take it holds the page P${first.holder} was just given and has not used yet: it waits until tick ${first.until} and tries again.`,
    );
    const retry = sim.state.events.find((e) => e.kind === 'frameRetry' && e.pid === first.pid);
    expect(retry?.tick).toBe(first.until);
  });

  it('keeps the page only for an owner that will use it: for a suspended one it is an ordinary victim', () => {
    const sim = new Simulation(load());
    sim.seek(1000);
    const first = sim.state.events.find((e) => e.kind === 'frameWait')!;
    // Just after the fault: the holder has its page and has not used it; the faulting process waits for the frame.
    const at = new Simulation(load());
    at.seek(first.tick);
    const memory = memoryRun(at.state).memory;
    expect(swapIn(memory, first.pid, first.vpn, first.tick, () => true)).toMatchObject({
      ok: false,
      holder: first.holder,
    });
    const taken = swapIn(memory, first.pid, first.vpn, first.tick, (pid) => pid !== first.holder);
    expect(taken).toMatchObject({ ok: true, victim: { pid: first.holder } });
  });
});
