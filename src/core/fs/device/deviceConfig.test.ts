// Tests may read files; the core itself never does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../scenario/validate';
import { scenarioOf } from '../../testing/scenarioOf';
import { run } from '../../testing/run';

const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [5] }]);
const withDevice = (device: unknown, fs: Record<string, unknown> = {}) =>
  validateScenario({ ...base, fs: { blocks: 64, device, ...fs } });
const errorsOf = (v: ReturnType<typeof validateScenario>) => (v.ok ? [] : v.errors.map((e) => [e.path, e.message]));

const SSD = { kind: 'ssd', blocks: 8, pagesPerBlock: 16, highWater: 6, lowWater: 4 };

describe("the scenario's fs.device", () => {
  it('reads the old {requestTicks, blockTicks} as the simple device, unchanged, and names kind simple the same', () => {
    const old = withDevice({ requestTicks: 2, blockTicks: 3 });
    expect(old.ok && old.scenario.fs?.device).toEqual({ requestTicks: 2, blockTicks: 3 });
    const named = withDevice({ kind: 'simple', requestTicks: 2, blockTicks: 3 });
    expect(named.ok && named.scenario.fs?.device).toEqual({ kind: 'simple', requestTicks: 2, blockTicks: 3 });
    const none = validateScenario({ ...base, fs: {} });
    expect(none.ok && none.scenario.fs?.device).toEqual({ requestTicks: 4, blockTicks: 1 });
  });

  it('fills a disk and an SSD with their defaults', () => {
    const disk = withDevice({ kind: 'disk', policy: 'SSTF' });
    expect(disk.ok && disk.scenario.fs?.device).toEqual({
      kind: 'disk',
      sectorAngles: [2, 2, 2],
      skew: 0,
      seekSpeed: 1,
      rotateSpeed: 1,
      policy: 'SSTF',
      window: -1,
    });
    const ssd = withDevice(SSD);
    expect(ssd.ok && ssd.scenario.fs?.device).toMatchObject({ ftl: 'log', programTicks: 4, eraseTicks: 40 });
  });

  it('refuses what is wrong, naming the field and the limit', () => {
    expect(errorsOf(withDevice({ kind: 'tape' }))).toEqual([
      ['fs.device.kind', 'fs.device.kind must be one of simple, disk, ssd, raid (got "tape")'],
    ]);
    expect(errorsOf(withDevice({ kind: 'disk', policy: 'ELEVATOR' }))[0]?.[0]).toBe('fs.device.policy');
    expect(errorsOf(withDevice({ kind: 'disk', window: 0 }))[0]?.[0]).toBe('fs.device.window');
    expect(errorsOf(withDevice({ kind: 'disk', sectorAngles: [30, 30, 30] }))).toEqual([
      [
        'fs.blocks',
        "fs.blocks (64) must be at most the disk's 36 blocks (three tracks, sectors 30, 30, 30 degrees apart): fewer blocks, more fs.device.tracks, or smaller fs.device.sectorAngles",
      ],
    ]);
    expect(errorsOf(withDevice({ ...SSD, highWater: 9, lowWater: 9 })).map(([p]) => p)).toEqual([
      'fs.device.highWater',
      'fs.device.lowWater',
    ]);
    expect(errorsOf(withDevice({ ...SSD, blocks: 4, highWater: 3, lowWater: 1 }))[0]?.[1]).toContain(
      'fs.blocks (64) must be at most 48',
    );
    // A journal's layout (superblock, bitmaps, inode table, journal) lies on the device beside the data blocks.
    expect(errorsOf(withDevice(SSD, { journal: 'ordered' }))).toEqual([
      [
        'fs.blocks',
        "fs.blocks (64) must be at most 8: the SSD's 8 blocks of 16 pages, less one block the log FTL keeps free to clean into, less 104 pages for the journal's layout (superblock, bitmaps, inode table, journal) (each file-system block is one page)",
      ],
    ]);
    expect(errorsOf(withDevice({ ...SSD, blocks: 16, highWater: 12 }, { journal: 'ordered' }))).toEqual([]);
    // LFS's log gives the device every block it moves by number: the same scenario is accepted on the simple one.
    expect(errorsOf(withDevice(SSD, { layout: 'lfs' }))).toEqual(errorsOf(withDevice({}, { layout: 'lfs' })));
    expect(errorsOf(withDevice(SSD, { allocation: 'contiguous' }))).toEqual([]);
    expect(errorsOf(withDevice({ kind: 'raid', level: 1, disks: 3 }))).toEqual([
      ['fs.device.disks', 'fs.device.disks (3) must be even for RAID 1: it mirrors pairs of disks'],
    ]);
    expect(errorsOf(withDevice({ kind: 'raid', level: 3, disks: 4 }))[0]?.[0]).toBe('fs.device.level');
  });
});

const raid = (member: unknown) => withDevice({ kind: 'raid', level: 5, disks: 4, chunk: 2, member });

describe("the scenario's RAID members", () => {
  it('are simple disks by default, as before, or disks and SSDs filled with their defaults', () => {
    const none = withDevice({ kind: 'raid', level: 5, disks: 4 });
    expect(none.ok && none.scenario.fs?.device).toMatchObject({ member: { requestTicks: 4, blockTicks: 1 } });
    const disk = raid({ kind: 'disk', policy: 'SSTF' });
    expect(disk.ok && disk.scenario.fs?.device).toMatchObject({
      member: { kind: 'disk', sectorAngles: [2, 2, 2], policy: 'SSTF', window: -1 },
    });
    const ssd = raid({ kind: 'ssd', blocks: 8, pagesPerBlock: 4, highWater: 6, lowWater: 3 });
    expect(ssd.ok && ssd.scenario.fs?.device).toMatchObject({ member: { kind: 'ssd', ftl: 'log', programTicks: 4 } });
  });

  it('refuse what is wrong, naming the member field and the limit', () => {
    expect(errorsOf(raid({ kind: 'tape' }))).toEqual([
      ['fs.device.member.kind', 'fs.device.member.kind must be one of simple, disk, ssd (got "tape")'],
    ]);
    // the RAID's checksum covers its members: a member has none of its own
    expect(errorsOf(raid({ kind: 'disk', checksum: 'crc32' }))).toEqual([
      [
        'fs.device.member.checksum',
        'fs.device.member.checksum is an unknown field of fs.device.member: known field names only, so that a typo is not silently ignored',
      ],
    ]);
    // 64 blocks over 3 data disks in chunks of 2: 22 a member, more than a disk of 3 tracks of 12 sectors holds
    expect(errorsOf(raid({ kind: 'disk', sectorAngles: [60, 60, 60] }))).toEqual([
      [
        'fs.blocks',
        "each member holds 22 blocks: fs.blocks (64) over the RAID 5's data disks, in whole chunks of 2 must be at most the disk's 18 blocks (three tracks, sectors 60, 60, 60 degrees apart): fewer fs.blocks or more fs.device.disks, more fs.device.member.tracks, or smaller fs.device.member.sectorAngles",
      ],
    ]);
    const small = raid({ kind: 'ssd', blocks: 4, pagesPerBlock: 4, highWater: 5, lowWater: 5 });
    expect(errorsOf(small).map(([p]) => p)).toEqual([
      'fs.device.member.highWater',
      'fs.device.member.lowWater',
      'fs.blocks',
    ]);
    expect(errorsOf(small)[2]?.[1]).toContain('must be at most 12: the SSD');
  });
});

const preset = (file: string) => {
  const v = validateScenario(
    JSON.parse(readFileSync(new URL(`../../../../public/scenarios/${file}`, import.meta.url), 'utf8')),
  );
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
};

describe('the storage presets', () => {
  it('hard disk: SSTF serves the same requests in less time than FIFO, every tick a seek, rotation or transfer', () => {
    const sstf = preset('storage-disk-sstf.json');
    const fs = sstf.fs as NonNullable<typeof sstf.fs>;
    const fifo = { ...sstf, fs: { ...fs, device: { ...fs.device, policy: 'FIFO' as const } } };
    const [a, b] = [run(sstf).fs?.device, run(fifo).fs?.device];
    expect(a).toMatchObject({ kind: 'disk', busyTicks: 712, requests: 7, blocks: 50 });
    expect(b).toMatchObject({ kind: 'disk', busyTicks: 922, requests: 7, blocks: 50 });
    for (const d of [a, b]) if (d?.kind === 'disk') expect(d.seek + d.rotate + d.transfer).toBe(d.busyTicks);
  });

  it('SSD: the garbage collector runs and copies live pages, so the flash programs more pages than the host writes', () => {
    const d = run(preset('storage-ssd-gc.json')).fs?.device;
    expect(d?.kind).toBe('ssd');
    if (d?.kind !== 'ssd') return;
    expect(d.gcPasses).toBeGreaterThan(0);
    expect(d.programs).toBeGreaterThan(d.hostWrites);
    expect(d.writeAmplification).toBe(Math.round((100 * d.programs) / d.hostWrites) / 100);
    expect(d.failedWrites).toBe(0);
  });

  it('RAID 5: a failed member makes reads degraded and loses nothing; the spare is rebuilt whole', () => {
    const d = run(preset('storage-raid5-rebuild.json')).fs?.device;
    expect(d?.kind).toBe('raid');
    if (d?.kind !== 'raid') return;
    expect(d.degradedReads).toBeGreaterThan(0);
    expect(d.lostReads).toBe(0);
    expect(d.members.map((m) => m.state)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(d.rebuilt).toBe(32);
    expect(d.rebuilding).toBeNull();
  });

  it('RAID 5 small vs full-stripe writes: whole stripes read nothing, one-block appends read the old data and parity', () => {
    const d = run(preset('storage-raid5-stripes.json')).fs?.device;
    if (d?.kind !== 'raid') throw new Error('no RAID');
    expect(d.stripeWrites).toEqual({ full: 7, reconstruct: 3, readModifyWrite: 12, degraded: 0 });
    expect(d.lostReads).toBe(0);
    expect(d.members.every((m) => m.utilisation !== null && m.utilisation > 50)).toBe(true);
  });
});
