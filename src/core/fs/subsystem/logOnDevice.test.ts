// Tests may read files; the core itself never does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import type { ScheduledOperation } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { eventsOf, simulate } from '../../testing/run';
import { scenarioOf } from '../../testing/scenarioOf';
import type { DeviceConfig } from '../device/deviceConfig';
import { loggedAddrs } from '../layout/logLayout';
import { liveness } from '../lfs/lfsLiveness';
import { resolve } from '../paths';
import { fsRun } from './fileRequests';
import { RAID5_SIMPLE, SMALL_FIFO_DISK } from '../../testing/smallDevices';

const FIFO_DISK: DeviceConfig = SMALL_FIFO_DISK;

/** /f written (4 blocks) at tick 0 by the kernel, then read by a process with no page cache, on `device`. */
function scenario(device: DeviceConfig, operations: ScheduledOperation[]) {
  const base = scenarioOf({ policy: 'FIFO' }, [{ arrival: 2, bursts: [6] }], { operations });
  const v = validateScenario({
    ...base,
    processes: base.processes.map((p) => ({
      ...p,
      files: { every: 2, requests: [{ kind: 'read', path: '/f', bytes: 4096 }] },
    })),
    fs: {
      blockSize: 1024,
      blocks: 96,
      inodes: 16,
      device,
      cache: { blocks: 0 },
      layout: 'lfs',
      lfs: { segmentBlocks: 8, cleanBelow: 2, cleanTo: 4 },
    },
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

const WRITE_F: ScheduledOperation = { tick: 0, op: 'fs', action: { kind: 'write', path: '/f', bytes: 4096 } };

describe('LFS on a device that places blocks by number', () => {
  it("writes an operation's blocks at the log's head in order, then the checkpoint region (block 0): the kernel's request", () => {
    const sim = simulate(scenario(FIFO_DISK, [WRITE_F]));
    const [logWrite] = eventsOf(sim.state, 'deviceServed');
    if (logWrite?.reason.kind !== 'disk') throw new Error('no disk request');
    expect(logWrite.forPid).toBeNull();
    // mkfs wrote the root's block, inode and inode-map piece at 1-3 and the checkpoint region: the device takes them
    // with the log's first request. The write follows from 4, sequentially: the root's new directory block and
    // inode, /f's four blocks and inode, the inode-map piece, and the checkpoint region again.
    expect(logWrite.reason.order).toEqual([1, 2, 3, 0, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(logWrite.reason.blocks).toBe(13);
    expect(explain(logWrite)).toContain('4, 5, 6');
  });

  it('reads a file where the log last wrote it, not at the picture’s block numbers', () => {
    const sim = simulate(scenario(FIFO_DISK, [WRITE_F]));
    const run = fsRun(sim.state);
    const found = resolve(run.fs, '/f');
    if (!found.ok || run.log === null) throw new Error('no /f in the log');
    const reads = eventsOf(sim.state, 'deviceServed').filter((e) => e.forPid === 1);
    expect(reads.length).toBeGreaterThan(0);
    for (const r of reads)
      expect(r.reason.kind === 'disk' && r.reason.order).toEqual(loggedAddrs(run.log.log, found.inum));
    expect(loggedAddrs(run.log.log, found.inum)).toEqual([6, 7, 8, 9]);
  });

  it("reads a stored model's snapshot where the log wrote its blobs (the store laid out at the start is in the log)", () => {
    const raw = JSON.parse(readFileSync('public/scenarios/model-store.json', 'utf8'));
    const v = validateScenario({
      ...raw,
      fs: {
        ...raw.fs,
        blocks: 400,
        device: { ...FIFO_DISK, sectorAngles: [2, 2, 2] },
        layout: 'lfs',
        lfs: { segmentBlocks: 16 },
      },
    });
    if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
    const sim = simulate(v.scenario);
    const run = fsRun(sim.state);
    if (run.log === null) throw new Error('no log');
    const live = liveness(run.log.log.lfs);
    const load = eventsOf(sim.state, 'deviceServed').find((e) => e.forPid === 1);
    if (load?.reason.kind !== 'disk') throw new Error('no model load on the disk');
    expect(load.reason.blocks).toBe(65);
    for (const a of load.reason.order) expect(live[a]?.by).toBe('inode');
  });

  it('is accepted on the disk, the SSD and the RAID', () => {
    const devices: DeviceConfig[] = [
      FIFO_DISK,
      RAID5_SIMPLE,
      {
        kind: 'ssd',
        ftl: 'log',
        blocks: 8,
        pagesPerBlock: 16,
        readTicks: 1,
        programTicks: 4,
        eraseTicks: 40,
        highWater: 6,
        lowWater: 4,
        wearLevel: 'none',
        wearThreshold: 8,
        endurance: 0,
      },
    ];
    for (const d of devices) expect(fsRun(simulate(scenario(d, [WRITE_F])).state).device?.kind).toBe(d.kind);
  });
});
