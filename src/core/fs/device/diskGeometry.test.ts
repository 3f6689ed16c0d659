import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../../testing/scenarioOf';
import { validateScenario } from '../../scenario/validate';
import { diskLayout, trackAngles } from '../../storage/disk/diskLayout';
import { explainDiskDecision } from '../../storage/disk/diskExplain';
import { runDisk } from '../../storage/disk/diskRun';
import type { DiskDeviceConfig } from './deviceConfig';
import { deviceBound } from './deviceConfig';
import { nodeDiskConfig } from './nodeDisk';

const disk = (over: Partial<DiskDeviceConfig>): DiskDeviceConfig => ({
  kind: 'disk',
  sectorAngles: [30, 30, 30],
  skew: 0,
  seekSpeed: 1,
  rotateSpeed: 1,
  policy: 'SCAN',
  window: -1,
  ...over,
});

const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [5] }]);
const errorsOf = (device: unknown, blocks = 64) => {
  const v = validateScenario({ ...base, fs: { blocks, device } });
  return v.ok ? [] : v.errors.map((e) => [e.path, e.message]);
};

describe("the node disk's geometry beyond OSTEP's three tracks", () => {
  it("is OSTEP's layout, block for block, when given OSTEP's three angles and no track count", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 2, max: 180 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: -5, max: 5 }),
        (angles, skew) => {
          const node = nodeDiskConfig(disk({ sectorAngles: angles, skew }));
          if (typeof node === 'string') throw new Error(node);
          expect(node.layout).toEqual(diskLayout(angles, skew));
        },
      ),
      { seed: 1215, numRuns: 60 },
    );
  });

  it('splits the tracks evenly into zones from the outside in, the outer zones holding more sectors', () => {
    expect(trackAngles([10, 20, 30], 6)).toEqual([10, 10, 20, 20, 30, 30]);
    const c = nodeDiskConfig(disk({ sectorAngles: [10, 20, 30], tracks: 6 }));
    if (typeof c === 'string') throw new Error(c);
    expect(c.layout.trackEnds.map((e) => e.last - e.first + 1)).toEqual([36, 36, 18, 18, 12, 12]);
    expect(c.layout.blocks).toHaveLength(132);
  });

  it('seeks 40 drawing units a track on any count of tracks; SCAN sweeps to the innermost edge and names it', () => {
    const c = nodeDiskConfig(disk({ sectorAngles: [30], tracks: 8 }));
    if (typeof c === 'string') throw new Error(c);
    // block 12·3 is on track 3; then block 0 on track 0: SCAN goes on to track 7 before it turns
    const st = runDisk(c, [36], [0]);
    if (typeof st === 'string') throw new Error(st);
    expect(st.log.map((s) => s.seek)).toEqual([120, 160 + 280]);
    expect(explainDiskDecision(st.decisions[1] as (typeof st.decisions)[number], 8)).toContain(
      'the sweep turns outwards, on track 0 (the outermost) by way of track 7 (the innermost)',
    );
    expect(deviceBound(disk({ sectorAngles: [30], tracks: 8 })).blockTicks).toBe(280 + 360 + 30 + 2);
  });

  it('refuses a track count that does not split into the zones, or beyond the limit, naming the field', () => {
    expect(errorsOf(disk({ sectorAngles: [10, 20, 30], tracks: 7 }))).toEqual([
      [
        'fs.device.tracks',
        "fs.device.tracks (7) must be a whole number of fs.device.sectorAngles' 3 zones (each zone the same number of tracks)",
      ],
    ]);
    expect(errorsOf(disk({ tracks: 65 }))[0]).toEqual(['fs.device.tracks', expect.stringContaining('64')]);
    expect(errorsOf(disk({ sectorAngles: [] }))[0]?.[0]).toBe('fs.device.sectorAngles');
    expect(errorsOf(disk({ sectorAngles: [30], tracks: 2 }))).toEqual([
      [
        'fs.blocks',
        "fs.blocks (64) must be at most the disk's 24 blocks (2 tracks in 1 zone, sectors 30 degrees apart): fewer blocks, more fs.device.tracks, or smaller fs.device.sectorAngles",
      ],
    ]);
    expect(errorsOf(disk({ sectorAngles: [30], tracks: 6 }))).toEqual([]);
  });
});
