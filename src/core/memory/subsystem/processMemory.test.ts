import { describe, expect, it } from 'vitest';
import { runResult } from '../../kernel/result';
import { Simulation } from '../../kernel/simulation';
import { processMetrics } from '../../metrics/metrics';
import { subsystemView } from '../../kernel/subsystems';
import type { Scenario } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { scenarioOf } from '../../testing/scenarioOf';

const K = 4096;
const ANY = {
  pools: { aiModels: 1, aiData: 1, ledger: 1, chainState: 1, network: 1, system: 1 },
  constraints: { aiTotal: 1, aiModels: 1, aiData: 1, blockchainTotal: 1, ledger: 1, chainState: 1, system: 1 },
};

/**
 * 16 frames: P1 (AI data, 10 pages) arrives at 0, P2 (a user shell, 10 KiB + 1 byte: 11 pages) at 2 and pushes 5
 * of P1's pages to swap; P1 references its first pages and faults them back in.
 */
function twoProcesses(memory: object | null): Scenario {
  const base = scenarioOf({ policy: 'FIFO' }, [
    { bursts: [6], type: 'DATA_PROCESSING' },
    { arrival: 2, bursts: [2], type: 'USER' },
  ]);
  const s = {
    ...base,
    processes: [
      {
        ...base.processes[0]!,
        needs: { memoryBytes: 10 * K, gpus: 0, networkMbps: 100 },
        accesses: { kind: 'sequence' as const, every: 1, offsets: [0, K, 2 * K], writeEvery: 0 },
      },
      { ...base.processes[1]!, needs: { memoryBytes: 10 * K + 1, gpus: 0, networkMbps: 0 } },
    ],
    ...(memory && { memory }),
  };
  const v = validateScenario(s);
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

const SMALL = { physicalBytes: 16 * K, swapBytes: 32 * K, swapInTicks: 3, placement: 'anyFree', ...ANY };

function rowsAt(s: Scenario, tick: number) {
  const sim = new Simulation(s);
  sim.seek(tick);
  return sim.state.procs.map((p) => processMetrics(sim.state, p));
}

describe('per-process memory', () => {
  it('counts bytes asked for, resident and swapped pages, the memory type and page faults', () => {
    const [p1, p2] = rowsAt(twoProcesses(SMALL), 2);
    // P2 needs 11 frames; 6 are free, so 5 of P1's pages go to swap.
    expect(p2!.memory).toEqual({
      types: ['USER'],
      bytes: 10 * K + 1,
      residentPages: 11,
      swappedPages: 0,
      pageFaults: 0,
    });
    expect(p1!.memory).toMatchObject({ types: ['AI_DATA'], bytes: 10 * K, swappedPages: 5, residentPages: 5 });
  });

  it('a process not yet admitted holds nothing', () => {
    const [, p2] = rowsAt(twoProcesses(SMALL), 1);
    expect(p2!.state).toBe('NEW');
    expect(p2!.memory).toEqual({ types: [], bytes: 0, residentPages: 0, swappedPages: 0, pageFaults: 0 });
  });

  it('an ended process keeps what it held as it ended, with its page faults, in the run result', () => {
    const sim = new Simulation(twoProcesses(SMALL));
    sim.runToEnd();
    const r = runResult(sim.state);
    const p1 = r.processes[0]!;
    expect(p1.state).toBe('TERMINATED');
    expect(p1.memory!.pageFaults).toBe(sim.state.procs[0]!.pageFaults);
    expect(p1.memory!.pageFaults).toBeGreaterThan(0);
    expect(p1.memory!.bytes).toBe(10 * K);
    expect(p1.memory!.residentPages + p1.memory!.swappedPages).toBe(10);
    // Its frames were freed all the same.
    expect(r.memory!.stats.usedFrames).toBe(0);
  });

  it('a seek back gives the same figures as the first pass (checkpoints copy what ended processes held)', () => {
    const sim = new Simulation(twoProcesses(SMALL));
    const end = sim.runToEnd();
    const atEnd = sim.state.procs.map((p) => processMetrics(sim.state, p).memory);
    sim.seek(3);
    const back = sim.state.procs.map((p) => processMetrics(sim.state, p).memory);
    sim.seek(end);
    expect(sim.state.procs.map((p) => processMetrics(sim.state, p).memory)).toEqual(atEnd);
    expect(back).toEqual(rowsAt(twoProcesses(SMALL), 3).map((p) => p.memory));
  });

  it("is told without its figures when a process holds none: the view's holds is false only for figures of 0", () => {
    const sim = new Simulation(twoProcesses(SMALL));
    const end = sim.runToEnd();
    const seen = new Set<string>();
    for (let t = 0; t <= end; t++) {
      sim.seek(t);
      const memory = subsystemView(sim.state, 'memory')!;
      for (const p of sim.state.procs) {
        const m = processMetrics(sim.state, p).memory!;
        const holds = memory.holds(p.pid);
        seen.add(`${p.state} ${holds}`);
        if (!holds)
          expect(m).toEqual({ types: [], bytes: 0, residentPages: 0, swappedPages: 0, pageFaults: p.pageFaults });
      }
    }
    // Not yet admitted, holding memory (faulting a page in too), and ended (what it held is kept) all come up.
    expect(seen).toEqual(new Set(['NEW false', 'RUNNING true', 'READY true', 'WAITING true', 'TERMINATED true']));
  });

  it('is absent with memory management off, and the network need is in every row', () => {
    const rows = rowsAt(twoProcesses(null), 2);
    expect(rows.map((p) => 'memory' in p)).toEqual([false, false]);
    expect(rows.map((p) => p.networkMbps)).toEqual([100, 0]);
    const sim = new Simulation(twoProcesses(null));
    sim.runToEnd();
    expect(runResult(sim.state).processes.some((p) => 'memory' in p)).toBe(false);
  });
});
