import { describe, expect, it } from 'vitest';
import type { RaidDeviceConfig, RaidMemberConfig } from './deviceConfig';
import { explainDevice } from './deviceExplain';
import { createDiskRun, nodeDiskConfig, serveDiskBatch } from './nodeDisk';
import { dataPlace } from '../../storage/raid/raidMap';
import { lostBlocks } from '../../storage/raid/raidRebuild';
import { createRaidRun, failMember, raidFigures, rebuildMember, serveRaidBatch } from './nodeRaid';
import { SMALL_DISK, SSD_6X8 } from '../../testing/smallDevices';

const SIMPLE: RaidMemberConfig = { requestTicks: 2, blockTicks: 1 };

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
    expect(failMember(d, 1, 0)).toBeNull();
    const b = serveRaidBatch(d, 0, [], [0, 1, 2]);
    expect(b.stripes?.[0]?.how).toBe('degraded');
    expect(b.perDisk[1]).toBe(0);
    expect(serveRaidBatch(d, 10, [0, 1, 2], []).lost).toBe(0);
    // a lone block whose parity member (disk 3 for row 0) is down is written alone: no read-modify-write
    const p = createRaidRun(raid5(), 24);
    failMember(p, 3, 0);
    expect(serveRaidBatch(p, 0, [], [0]).perDisk).toEqual([1, 0, 0, 0]);
    expect(p.stripeWrites).toEqual({ full: 0, reconstruct: 0, 'read-modify-write': 0, degraded: 1 });
  });
});

/** A RAID 5 of disks that read `first`, then lost disk 3 at tick 50 and began rebuilding it at tick 100. */
function rebuildingAfter(first: number[]) {
  const d = createRaidRun(raid5(SMALL_DISK), 240);
  serveRaidBatch(d, 0, first, []);
  failMember(d, 3, 50);
  rebuildMember(d, 3, 100);
  return d;
}

describe("the node's RAID rebuild on simple members", () => {
  it('keeps what the idle time had rebuilt when a second member fails: an offset an idle tick, 5 by tick 15', () => {
    const d = createRaidRun(raid5({ requestTicks: 2, blockTicks: 1 }), 24);
    expect(failMember(d, 1, 0)).toBeNull();
    expect(rebuildMember(d, 1, 10)).toBeNull();
    expect(failMember(d, 2, 15)).toBeNull();
    expect(d.array.state[1]).toEqual({ kind: 'rebuilding', done: 5 });
    expect(d.rebuilt).toBe(5);
  });
});

describe("the node's RAID members as disks", () => {
  it('each member serves its share through its own disk; the request takes as long as the slowest', () => {
    const d = createRaidRun(raid5(SMALL_DISK, 2), 48);
    const b = serveRaidBatch(d, 0, [0, 1, 2, 3, 4, 5], []);
    // each data member reads offsets 0 and 1 from a disk at rest
    const alone = createDiskRun(nodeDiskConfig({ ...SMALL_DISK, kind: 'disk' }) as never);
    const one = serveDiskBatch(alone, 0, [0, 1]);
    if (typeof one === 'string') throw new Error(one);
    expect(b.ticks).toBe(one.totals.total);
    expect(d.members.map((m) => m.busyTicks)).toEqual([one.totals.total, one.totals.total, one.totals.total, 0]);
    const f = raidFigures(d, b.ticks);
    expect(f.members.map((m) => m.utilisation)).toEqual([100, 100, 100, 0]);
  });

  it("rebuilds a spare through the members' disks: each offset the mirror's read from its head, then the spare's write", () => {
    const d = createRaidRun({ ...raid5(SMALL_DISK), level: 1, disks: 2 }, 12);
    expect(d.rebuildTicks).toBeNull();
    serveRaidBatch(d, 0, [], [0, 5, 11]);
    expect(failMember(d, 1, 20)).toBeNull();
    expect(rebuildMember(d, 1, 100)).toBeNull();
    // The same two disks driven by hand: disk 0 reads an offset, then the spare (a new disk, at rest since tick 0,
    // its platter turning in step with disk 0's) writes it, one offset after another.
    const geometry = nodeDiskConfig({ ...SMALL_DISK, kind: 'disk' }) as never;
    const source = createDiskRun(geometry);
    const spare = createDiskRun(geometry);
    serveDiskBatch(source, 0, [0, 5, 11]);
    let at = 100;
    const steps: { offset: number; read: number; write: number }[] = [];
    for (let offset = 0; offset < 12; offset++) {
      const read = serveDiskBatch(source, at, [offset]);
      if (typeof read === 'string') throw new Error(read);
      const write = serveDiskBatch(spare, at + read.totals.total, [offset]);
      if (typeof write === 'string') throw new Error(write);
      steps.push({ offset, read: read.totals.total, write: write.totals.total });
      at += read.totals.total + write.totals.total;
    }
    const b = serveRaidBatch(d, 10_000, [0], []);
    expect(b.rebuilt).toBe(12);
    expect(b.whole).toBe(true);
    expect(b.rebuild?.shown).toEqual(steps.slice(0, 4));
    const read = steps.reduce((n, x) => n + x.read, 0);
    const write = steps.reduce((n, x) => n + x.write, 0);
    expect(b.rebuild).toMatchObject({ steps: 12, read, write, waited: 0 });
    // The two platters turn in step: when disk 0 has read an offset it has just passed under disk 1's head too, so
    // the write waits a whole turn (360° at 5° a tick: 72 ticks, the transfer's 2 included), and by then the next
    // offset has passed disk 0's head (2 more). An offset at a time, a naive rebuild costs two turns an offset.
    expect(steps.slice(0, 3)).toEqual([
      { offset: 0, read: 9, write: 72 },
      { offset: 1, read: 74, write: 72 },
      { offset: 2, read: 74, write: 72 },
    ]);
    expect(raidFigures(d, 0).rebuildWork).toEqual({ steps: 12, read, write, ticks: read + write });
    expect(d.array.state.map((m) => m.kind)).toEqual(['ok', 'ok']);
    expect(explainDevice({ kind: 'raid', level: 1, ...b })).toContain(
      `before it the spare was rebuilt 12 offsets further and is whole again through the members' own devices, the rows' reads ${read} + the spare's writes ${write} = ${read + write} ticks (offset 0: read 9 + write 72, offset 1: read 74 + write 72,`,
    );
  });

  it("a request that comes during a rebuild step waits for it; the step's cost depends on where the heads are", () => {
    const near = rebuildingAfter([0, 1, 2]);
    const far = rebuildingAfter([225, 226, 227]);
    const a = serveRaidBatch(near, 101, [], []);
    const b = serveRaidBatch(far, 101, [], []);
    expect(a.rebuild?.steps).toBe(1);
    expect(b.rebuild?.steps).toBe(1);
    // one step began at tick 100, before the request: it waits until the step ends
    expect(a.ticks).toBe(a.rebuild?.waited);
    expect(a.rebuild?.waited).toBe((a.rebuild?.read ?? 0) + (a.rebuild?.write ?? 0) - 1);
    // heads left over offset 0's track read it sooner than heads left on the far track
    // heads left over offset 0's track read it in 9 ticks; heads left on the inner track seek back first
    expect([a.rebuild?.read, b.rebuild?.read]).toEqual([9, 81]);
    expect(b.ticks).toBe(81 + 72 - 1);
  });

  it('a second failure during the rebuild loses the rows not yet rebuilt, and the node says which blocks', () => {
    const d = createRaidRun(raid5(SMALL_DISK), 24);
    serveRaidBatch(
      d,
      0,
      [],
      Array.from({ length: 24 }, (_, b) => b),
    );
    failMember(d, 1, 100);
    rebuildMember(d, 1, 200);
    serveRaidBatch(d, 200 + 150, [], []);
    const done = d.array.state[1]?.kind === 'rebuilding' ? d.array.state[1].done : -1;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(d.array.blocksPerDisk);
    expect(failMember(d, 2, 200 + 150)).toBeNull();
    const lost = lostBlocks(d.array);
    expect(lost.length).toBeGreaterThan(0);
    for (const block of lost) expect(dataPlace(d.array.config, block).offset).toBeGreaterThanOrEqual(done);
    const after = serveRaidBatch(
      d,
      5000,
      Array.from({ length: 24 }, (_, b) => b),
      [],
    );
    expect(after.lost).toBe(lost.length);
    expect(after.rebuild?.stopped).toContain('cannot be rebuilt');
  });

  it("an SSD member's time is its flash work: the log's first erase and a program, then a program a write", () => {
    const ssd: RaidMemberConfig = SSD_6X8;
    const d = createRaidRun(raid5(ssd), 24);
    expect(serveRaidBatch(d, 0, [], [0, 1, 2]).ticks).toBe(9 + 3);
    expect(serveRaidBatch(d, 20, [], [3, 4, 5]).ticks).toBe(3);
  });
});
