// Tests may read files; the core itself never does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import type { Scenario } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { eventsOf, run } from '../../testing/run';
import type { DeviceResult } from '../device/deviceRun';

interface Fs {
  fs: Record<string, unknown>;
}

const preset = (file: string, change: (raw: Fs) => unknown = (raw) => raw): Scenario => {
  const raw = JSON.parse(readFileSync(new URL(`../../../../public/scenarios/${file}`, import.meta.url), 'utf8'));
  const v = validateScenario(change(raw));
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
};

const DISK = { kind: 'disk', sectorAngles: [6, 6, 6], seekSpeed: 2, rotateSpeed: 3 };
const onDisk = (raw: Fs) => ({ ...raw, fs: { ...raw.fs, device: DISK } });
/** The same workload with vsfs's layout, its metadata written in place at each commit (fs.journal none). */
const inPlace = (raw: Fs) => {
  const { layout: _layout, lfs: _lfs, ...fs } = raw.fs;
  return { ...raw, fs: { ...fs, journal: 'none', commitTicks: 1 } };
};

describe('the preset "Storage: LFS on an SSD vs a disk"', () => {
  it("on the SSD the FTL's write amplification multiplies the log's: far more flash programs per user block than in place", () => {
    const lfs = run(preset('storage-lfs-ssd-vs-disk.json')).fs;
    const vsfs = run(preset('storage-lfs-ssd-vs-disk.json', inPlace)).fs;
    const ssd = lfs?.device as Extract<DeviceResult, { kind: 'ssd' }>;
    const flat = vsfs?.device as Extract<DeviceResult, { kind: 'ssd' }>;
    expect(lfs?.lfs?.writeAmplification).toBe(2.84);
    expect(ssd.writeAmplification).toBe(2.75);
    // The SSD's host writes are exactly the blocks the log wrote.
    expect(ssd.hostWrites).toBe(lfs?.lfs?.writtenBlocks);
    expect(ssd.programs / (lfs?.lfs?.userBlocks ?? 1)).toBeGreaterThan(7.5);
    expect(flat.writeAmplification).toBeLessThan(1.1);
  });

  it('on a disk the log hardly seeks: a third of the seek time of the same work written in place', () => {
    const lfs = run(preset('storage-lfs-ssd-vs-disk.json', onDisk)).fs?.device;
    const vsfs = run(preset('storage-lfs-ssd-vs-disk.json', (raw) => inPlace(onDisk(raw)))).fs?.device;
    if (lfs?.kind !== 'disk' || vsfs?.kind !== 'disk') throw new Error('not on a disk');
    expect(lfs.blocks).toBeGreaterThan(vsfs.blocks);
    expect(3 * lfs.seek).toBeLessThan(vsfs.seek + vsfs.seek / 10);
    expect(lfs.rotate).toBeGreaterThan(lfs.seek + lfs.transfer);
  });
});

describe('the preset "Storage: a journal on a RAID-5, crash and recovery"', () => {
  it('crashes inside the commit, replays transaction 2 on the array, loses what never reached it, and fsck finds nothing', () => {
    const r = run(preset('storage-journal-raid5-crash.json'));
    const crash = eventsOf(r, 'fsOp').find((e) => e.line === 'crash');
    expect(crash && explain(crash)).toMatch(
      /6 of its 18 block writes had landed.*transaction 2 \(mkdir \/data\) committed.*replay writes its 5 blocks home/,
    );
    const replay = eventsOf(r, 'deviceServed').find((e) => e.tick === 90);
    expect(replay?.reason.kind === 'raid' && replay.reason.perDisk.reduce((a, b) => a + b, 0)).toBe(27);
    expect(r.fs?.journal).toMatchObject({
      crashes: 1,
      operationsLost: 12,
      transactionsReplayed: 1,
      fsckFixesAfterCrash: 0,
    });
    expect(r.fs?.device?.kind).toBe('raid');
  });
});
