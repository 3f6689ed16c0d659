import { describe, expect, it } from 'vitest';
import { Simulation } from '../../kernel/simulation';
import type { ScheduledOperation } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { eventsOf } from '../../testing/run';
import { scenarioOf } from '../../testing/scenarioOf';
import { fsRun } from '../subsystem/fileRequests';
import { planOf, type DiskTrack } from '../subsystem/diskTrack';
import type { DeviceConfig } from './deviceConfig';
import { deviceResult } from './deviceRun';

/** An SSD whose every write is one program of 2 ticks (the ideal FTL never collects garbage here). */
const SSD: DeviceConfig = {
  kind: 'ssd',
  ftl: 'ideal',
  blocks: 8,
  pagesPerBlock: 16,
  readTicks: 1,
  programTicks: 2,
  eraseTicks: 6,
  highWater: 8,
  lowWater: 6,
  wearLevel: 'none',
  wearThreshold: 8,
  endurance: 0,
};

function scenario(crashAt: number | null, device: DeviceConfig = SSD) {
  const operations: ScheduledOperation[] = [
    { tick: 0, op: 'fs', action: { kind: 'mkdir', path: '/a' } },
    { tick: 0, op: 'fs', action: { kind: 'sync' } },
    ...(crashAt === null ? [] : [{ tick: crashAt, op: 'fs' as const, action: { kind: 'crash' as const } }]),
  ];
  const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [60] }], { operations });
  const v = validateScenario({
    ...base,
    fs: { blockSize: 1024, blocks: 40, inodes: 16, device, cache: { blocks: 0 }, journal: 'ordered' },
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

describe('the device after a crash (worked by hand)', () => {
  it("keeps the two programs of a commit that had landed at tick 5, not the commit's others", () => {
    const whole = new Simulation(scenario(null));
    whole.seek(1);
    const track = fsRun(whole.state).disk as DiskTrack;
    const commit = track.commits[0];
    if (commit === undefined) throw new Error('no commit');
    const writes = planOf(track, commit).writes.length;
    // mkdir + sync: the TxB, copies of the two bitmaps, the inode table block and the two directory blocks, the TxE,
    // then the five homes: one request at tick 0, a program each, landing at ticks 2, 4, 6, …, 24.
    expect(writes).toBe(12);
    expect(commit.landed).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24]);
    const before = fsRun(whole.state).device;
    if (before?.kind !== 'ssd') throw new Error('no SSD');
    // Without a crash the node counts the commit whole the tick it takes it.
    expect(before.ssd.hostWrites).toBe(12);

    const sim = new Simulation(scenario(5));
    sim.seek(5);
    const run = fsRun(sim.state);
    const d = run.device;
    if (d?.kind !== 'ssd') throw new Error('no SSD');
    // At tick 5 the TxB (tick 2) and the inode bitmap's copy (tick 4) had landed: two programs, nothing erased.
    expect(d.ssd.hostWrites).toBe(2);
    expect(d.ssd.writeSum).toBe(2);
    expect(d.counts.writes).toBe(2);
    // Mount then reads the TxB, the one copy found and the block where the next was looked for (no TxE: discarded):
    // three reads from tick 5. The third block's copy never landed, so the FTL maps it to no page: two flash reads of a
    // tick each (the device kept ahead of the crash would have read a third), after the two programs' 4 ticks.
    const [, replay] = eventsOf(sim.state, 'deviceServed');
    expect(replay?.start).toBe(5);
    expect(replay?.until).toBe(7);
    const figures = deviceResult(d);
    expect(figures).toMatchObject({ kind: 'ssd', requests: 2, hostWrites: 2, programs: 2, reads: 2, erases: 0 });
    expect(figures.busyTicks).toBe(4 + 2);
    expect(run.stats.busyTicks).toBe(6);
    expect(run.stats.blocksMoved).toBe(2 + 3);
  });

  it("the simple device's figures keep the blocks of the request in flight done by the crash, and its ticks up to it", () => {
    const simple: DeviceConfig = { requestTicks: 2, blockTicks: 1 };
    const sim = new Simulation(scenario(7, simple));
    sim.seek(7);
    const run = fsRun(sim.state);
    // The commit's 12 writes from tick 0: 2 ticks for the request, then a block a tick, so 5 had landed at tick 7.
    // (The node taking the request counted all 12 and its 14 ticks; mount's replay goes to a device that places
    // blocks by number only.)
    expect(run.stats.blocksMoved).toBe(5);
    expect(run.stats.busyTicks).toBe(7);
    const whole = new Simulation(scenario(null, simple));
    whole.seek(7);
    expect(fsRun(whole.state).stats).toMatchObject({ blocksMoved: 12, busyTicks: 14 });
  });
});
