import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import type { Scenario } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { eventsOf, run, simulate } from '../../testing/run';
import { scenarioOf } from '../../testing/scenarioOf';
import { checkInvariants } from '../invariants';
import { memoryRun } from './samples';
import { memoryView } from './view';

const K = 1024;

/** Processes of `bytes` each referencing `offsets` once a tick, under the MMU mode `mmu`, on 16 KiB of 1 KiB pages. */
export function registerScenario(
  mmu: unknown,
  jobs: { bytes: number; offsets: number[]; bursts?: number[]; arrival?: number }[],
): Scenario {
  const base = scenarioOf(
    { policy: 'FIFO' },
    jobs.map((j) => ({ bursts: j.bursts ?? [j.offsets.length + 1], arrival: j.arrival ?? 0 })),
  );
  const v = validateScenario({
    ...base,
    processes: base.processes.map((p, i) => ({
      ...p,
      needs: { memoryBytes: jobs[i]!.bytes, gpus: 0, networkMbps: 0 },
      accesses: { kind: 'sequence', every: 1, offsets: jobs[i]!.offsets, writeEvery: 0 },
    })),
    memory: { physicalBytes: 16 * K, pageSize: K, mmu },
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

describe('base and bounds in the kernel', () => {
  it("translates each reference by the process's registers, and a violation ends it with the MMU's reason", () => {
    const s = registerScenario({ mode: 'base-bounds', processes: [{ pid: 1, base: 0x1234, bounds: 0x300 }] }, [
      { bytes: 0, offsets: [0x10, 0x2ff, 0x300, 0x20] },
    ]);
    const r = run(s);
    const load = eventsOf(r, 'mmuLoad')[0]!;
    expect(load.frames).toEqual([4, 5]);
    expect(explain(load)).toBe(
      "P1's MMU registers (base-bounds): base 0x1234, bounds 0x300; frames 4–5, where the scenario puts them.",
    );
    expect(eventsOf(r, 'regRef').map((e) => [e.address, e.physical])).toEqual([
      [0x10, 0x1244],
      [0x2ff, 0x1533],
    ]);
    const fault = eventsOf(r, 'segfault');
    expect(fault).toEqual([expect.objectContaining({ pid: 1, address: 0x300, fault: 'bounds', killed: true })]);
    expect(explain(fault[0]!)).toBe(
      'P1 is killed on read at VA 0x300: segmentation violation: VA 0x300 ≥ bounds 0x300.',
    );
    // Killed at its third reference: the fourth is never made.
    expect(r.processes[0]!.state).toBe('TERMINATED');
    // The walkthrough's current access: the violation, with the registers the process had.
    expect(memoryView(simulate(s).state).registerAccess()).toEqual({
      tick: fault[0]!.tick,
      pid: 1,
      address: 0x300,
      access: 'read',
      layout: { mode: 'base-bounds', registers: { base: 0x1234, bounds: 0x300 } },
    });
  });

  it("under 'signal' the violation is told and skipped, and every later address is translated", () => {
    const s = registerScenario(
      { mode: 'base-bounds', violation: 'signal', processes: [{ pid: 1, base: 0x1234, bounds: 0x300 }] },
      [{ bytes: 0, offsets: [0x10, 0x300, 0x20] }],
    );
    const r = run(s);
    expect(eventsOf(r, 'regRef').map((e) => e.physical)).toEqual([0x1244, 0x1254]);
    expect(eventsOf(r, 'segfault').map((e) => e.killed)).toEqual([false]);
  });

  it('places a process not listed in a run of free frames by the placement, beside a listed one', () => {
    const s = registerScenario({ mode: 'base-bounds', processes: [{ pid: 1, base: 0, bounds: 2 * K }] }, [
      { bytes: 0, offsets: [0] },
      { bytes: 3 * K, offsets: [5, 3 * K] },
    ]);
    const sim = simulate(s);
    const loads = eventsOf(sim.state as never, 'mmuLoad');
    expect(loads.map((e) => e.frames)).toEqual([
      [0, 1],
      [2, 3, 4],
    ]);
    expect(explain(loads[1]!)).toBe(
      "P2's MMU registers (base-bounds): base 0x800, bounds 0xc00; frames 2–4, placed by first fit at frame 2.",
    );
    expect(checkInvariants(memoryRun(sim.state).memory)).toEqual([]);
  });

  it('keeps a process waiting in NEW while another holds the frames its registers name', () => {
    // P2 is not listed: first fit puts it on frames 1-2. P3's registers name frame 2: it waits until P2 ends.
    const s = registerScenario(
      {
        mode: 'base-bounds',
        processes: [
          { pid: 1, base: 0, bounds: K },
          { pid: 3, base: 2 * K, bounds: K },
        ],
      },
      [
        { bytes: 0, offsets: [0] },
        { bytes: 2 * K, offsets: [0], bursts: [4] },
        { bytes: 0, offsets: [0], arrival: 1 },
      ],
    );
    const r = run(s);
    expect(eventsOf(r, 'memWait').map((e) => [e.pid, e.tick, e.why])).toEqual([
      [3, 1, 'frame 2 (physical 0x800) is held by P2'],
    ]);
    const exitP2 = eventsOf(r, 'exit').find((e) => e.pid === 2)!.tick;
    expect(eventsOf(r, 'mmuLoad').map((e) => [e.pid, e.tick, e.frames])).toEqual([
      [1, 0, [0]],
      [2, 0, [1, 2]],
      [3, exitP2, [2]],
    ]);
  });
});

describe('segmentation in the kernel', () => {
  it("selects the segment by the top bits, grows the stack down, and refuses what lies past a segment's size", () => {
    // OSTEP's two segments in a 1 KiB address space: code/heap up from 0x1000 (0x100 bytes), the stack down
    // from 0x3000 (0x80 bytes).
    const s = registerScenario(
      {
        mode: 'segmented',
        addressSpace: K,
        violation: 'signal',
        processes: [
          {
            pid: 1,
            segments: [
              { name: 'heap', base: 0x1000, size: 0x100, grows: 'up' },
              { name: 'stack', base: 0x3000, size: 0x80, grows: 'down' },
            ],
          },
        ],
      },
      [{ bytes: 0, offsets: [0x10, 0x100, 0x3ff, 0x380, 0x37f] }],
    );
    const r = run(s);
    expect(eventsOf(r, 'regRef').map((e) => [e.address, e.physical])).toEqual([
      [0x10, 0x1010],
      [0x3ff, 0x2fff],
      [0x380, 0x2f80],
    ]);
    expect(eventsOf(r, 'segfault').map((e) => e.address)).toEqual([0x100, 0x37f]);
    expect(eventsOf(r, 'mmuLoad')[0]!.frames).toEqual([4, 11]);
  });
});
