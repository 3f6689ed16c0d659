import { describe, expect, it } from 'vitest';
import { checksumFigures, deviceFigures, deviceSummary } from './deviceFigures';

describe('the device panel', () => {
  it('says what the simple device costs as before, and has no figures of its own', () => {
    expect(deviceSummary({ requestTicks: 4, blockTicks: 1 })).toBe(
      'One request at a time, first come first served: 4 ticks per request plus 1 per block.',
    );
    expect(deviceFigures(undefined)).toEqual([]);
  });

  it("shows a disk's seek, rotation and transfer totals and where its head is", () => {
    const rows = deviceFigures({
      kind: 'disk',
      requests: 7,
      blocks: 50,
      busyTicks: 652,
      seek: 320,
      rotate: 282,
      transfer: 50,
      track: 2,
    });
    expect(rows.map((r) => `${r.label}: ${r.value}`)).toEqual([
      'Requests: 7',
      'Blocks moved: 50',
      'Busy: 652 ticks',
      'Seek: 320 ticks',
      'Rotation: 282 ticks',
      'Transfer: 50 ticks',
      'Head over: the inner track',
    ]);
  });

  it("shows an SSD's write amplification and wear, and says so before the first write", () => {
    const ssd = {
      kind: 'ssd' as const,
      requests: 3,
      blocks: 3,
      busyTicks: 9,
      hostWrites: 0,
      programs: 0,
      erases: 0,
      reads: 3,
      gcPasses: 0,
      writeAmplification: null,
      wearMin: 0,
      wearMax: 0,
      retired: 0,
      failedWrites: 0,
    };
    expect(deviceFigures(ssd).find((r) => r.label === 'Write amplification')?.value).toBe('no write yet');
    const later = { ...ssd, hostWrites: 132, programs: 144, writeAmplification: 1.09, wearMin: 1, wearMax: 2 };
    const rows = deviceFigures(later);
    expect(rows.find((r) => r.label === 'Write amplification')?.value).toBe('1.09 programs a host write');
    expect(rows.find((r) => r.label === 'Wear (erases a block)')?.value).toBe('1 to 2');
  });

  it("shows each RAID member's state and I/Os, the degraded reads and the rebuild under way", () => {
    const rows = deviceFigures({
      kind: 'raid',
      requests: 4,
      blocks: 9,
      busyTicks: 30,
      level: 5,
      members: [
        { state: 'ok', reads: 3, writes: 2 },
        { state: 'rebuilding', reads: 0, writes: 5 },
        { state: 'ok', reads: 4, writes: 2 },
      ],
      degradedReads: 2,
      lostReads: 0,
      rebuilt: 5,
      rebuilding: { disk: 1, done: 5, of: 32 },
    });
    expect(rows.slice(3).map((r) => `${r.label}: ${r.value}`)).toEqual([
      'Disk 0: ok: 3 reads, 2 writes',
      'Disk 1: rebuilding: 0 reads, 5 writes',
      'Disk 2: ok: 4 reads, 2 writes',
      'Degraded reads: 2',
      'Reads that lost data: 0',
      'Rebuild: disk 1: 5 of 32 offsets',
    ]);
  });

  it("shows what the device's checksum found, and nothing where there is neither a checksum nor a fault", () => {
    expect(checksumFigures(undefined)).toEqual([]);
    const rows = checksumFigures({ algorithm: 'none', detected: 0, repaired: 1, undetected: 5, unreadable: 1 });
    expect(rows.map((r) => `${r.label}: ${r.value}`)).toEqual([
      'Checksum: none (corruption goes unseen)',
      'Corruptions detected: 0',
      'Unreadable sectors met: 1',
      'Repaired from a RAID copy: 1',
      'Wrong data read unseen: 5',
    ]);
  });
});
