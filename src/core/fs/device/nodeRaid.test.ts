import { describe, expect, it } from 'vitest';
import type { RaidDeviceConfig, RaidMemberConfig } from './deviceConfig';
import { explainDevice } from './deviceExplain';
import { createDiskRun, nodeDiskConfig, serveDiskBatch } from './nodeDisk';
import { createRaidRun, failMember, raidFigures, rebuildMember, serveRaidBatch } from './nodeRaid';

const SIMPLE: RaidMemberConfig = { requestTicks: 2, blockTicks: 1 };
const DISK: RaidMemberConfig = {
  kind: 'disk',
  sectorAngles: [10, 10, 10],
  skew: 0,
  seekSpeed: 4,
  rotateSpeed: 5,
  policy: 'SSTF',
  window: -1,
};

const raid5 = (member: RaidMemberConfig = SIMPLE, chunk = 1): RaidDeviceConfig => ({
  kind: 'raid',
  level: 5,
  disks: 4,
  chunk,
  layout: 'LS',
  member,
});

describe("the node's RAID 5 writes", () => {
  it('a whole stripe: 4 writes, no reads, one I/O a member', () => {
    const d = createRaidRun(raid5(), 24);
    const b = serveRaidBatch(d, 0, [], [0, 1, 2]);
    expect(b.perDisk).toEqual([1, 1, 1, 1]);
    expect(b.ticks).toBe(3);
    expect(b.stripes).toEqual([{ stripe: 0, how: 'full', written: 3, of: 3, reads: 0, writes: 4, otherReads: 0 }]);
    expect(explainDevice({ kind: 'raid', level: 5, ...b })).toContain('stripe 0: full stripe: 4 writes, no reads');
    expect(d.last).toEqual({ reads: 0, writes: 4, stripes: b.stripes });
  });

  it('2 of 3 blocks: reconstruct-write reads the 1 left alone (read-modify-write would read 3)', () => {
    const d = createRaidRun(raid5(), 24);
    const b = serveRaidBatch(d, 0, [], [3, 4]);
    expect(b.stripes).toEqual([
      { stripe: 1, how: 'reconstruct', written: 2, of: 3, reads: 1, writes: 3, otherReads: 3 },
    ]);
    expect(explainDevice({ kind: 'raid', level: 5, ...b })).toContain(
      'stripe 1: 2 of 3 blocks: reconstruct-write reads the 1 block left alone (read-modify-write would read 3), 3 writes',
    );
  });

  it('a lone block is the small write it always was (no stripe note), as are the blocks of RAID 0 and 1', () => {
    const d = createRaidRun(raid5(), 24);
    const b = serveRaidBatch(d, 0, [], [0, 4]);
    expect(b.stripes).toBeUndefined();
    expect(b.perDisk.reduce((n, k) => n + k, 0)).toBe(8);
    expect(d.stripeWrites).toEqual({ full: 0, reconstruct: 0, 'read-modify-write': 2, degraded: 0 });
    const mirror = createRaidRun({ ...raid5(), level: 1 }, 24);
    expect(serveRaidBatch(mirror, 0, [], [0, 1, 2, 3]).stripes).toBeUndefined();
  });

  it('around a failed member a stripe is written block by block and still read back whole', () => {
    const d = createRaidRun(raid5(), 24);
    expect(failMember(d, 1)).toBeNull();
    const b = serveRaidBatch(d, 0, [], [0, 1, 2]);
    expect(b.stripes?.[0]?.how).toBe('degraded');
    expect(b.perDisk[1]).toBe(0);
    expect(serveRaidBatch(d, 10, [0, 1, 2], []).lost).toBe(0);
    // a lone block whose parity member (disk 3 for row 0) is down is written alone: no read-modify-write
    const p = createRaidRun(raid5(), 24);
    failMember(p, 3);
    expect(serveRaidBatch(p, 0, [], [0]).perDisk).toEqual([1, 0, 0, 0]);
    expect(p.stripeWrites).toEqual({ full: 0, reconstruct: 0, 'read-modify-write': 0, degraded: 1 });
  });
});

describe("the node's RAID members as disks", () => {
  it('each member serves its share through its own disk; the request takes as long as the slowest', () => {
    const d = createRaidRun(raid5(DISK, 2), 48);
    const b = serveRaidBatch(d, 0, [0, 1, 2, 3, 4, 5], []);
    // each data member reads offsets 0 and 1 from a disk at rest
    const alone = createDiskRun(nodeDiskConfig({ ...DISK, kind: 'disk' }) as never);
    const one = serveDiskBatch(alone, 0, [0, 1]);
    if (typeof one === 'string') throw new Error(one);
    expect(b.ticks).toBe(one.totals.total);
    expect(d.members.map((m) => m.busyTicks)).toEqual([one.totals.total, one.totals.total, one.totals.total, 0]);
    const f = raidFigures(d, b.ticks);
    expect(f.members.map((m) => m.utilisation)).toEqual([100, 100, 100, 0]);
  });

  it("rebuild a spare in the members' idle time, an offset a widest sector's transfer (10° at 5° a tick)", () => {
    const d = createRaidRun(raid5(DISK), 24);
    expect(d.rebuildTicks).toBe(2);
    serveRaidBatch(d, 0, [], [0, 1, 2]);
    expect(failMember(d, 2)).toBeNull();
    expect(rebuildMember(d, 2, 100)).toBeNull();
    const b = serveRaidBatch(d, 110, [0, 1, 2], []);
    expect(b.rebuilt).toBe(5);
    expect(b.lost).toBe(0);
  });

  it("an SSD member's time is its flash work: the log's first erase and a program, then a program a write", () => {
    const ssd: RaidMemberConfig = {
      kind: 'ssd',
      ftl: 'log',
      blocks: 6,
      pagesPerBlock: 8,
      readTicks: 1,
      programTicks: 3,
      eraseTicks: 9,
      highWater: 5,
      lowWater: 2,
      wearLevel: 'none',
      wearThreshold: 8,
      endurance: 0,
    };
    const d = createRaidRun(raid5(ssd), 24);
    expect(serveRaidBatch(d, 0, [], [0, 1, 2]).ticks).toBe(9 + 3);
    expect(serveRaidBatch(d, 20, [], [3, 4, 5]).ticks).toBe(3);
  });
});
