import { describe, expect, it } from 'vitest';
import { checksumFigures, deviceFigures, deviceSummary } from './deviceFigures';

const RAID5 = {
  kind: 'raid' as const,
  requests: 4,
  blocks: 9,
  busyTicks: 30,
  level: 5 as const,
  members: [
    { state: 'ok' as const, reads: 3, writes: 2, busyTicks: 20, utilisation: 67 },
    { state: 'rebuilding' as const, reads: 0, writes: 5, busyTicks: 9, utilisation: 30 },
    { state: 'ok' as const, reads: 4, writes: 2, busyTicks: 24, utilisation: 80 },
  ],
  degradedReads: 2,
  lostReads: 0,
  rebuilt: 5,
  rebuilding: { disk: 1, done: 5, of: 32 },
  stripeWrites: { full: 1, reconstruct: 1, readModifyWrite: 7, degraded: 0 },
  lastRequest: {
    reads: 1,
    writes: 7,
    stripes: [
      { stripe: 2, how: 'full' as const, written: 3, of: 3, reads: 0, writes: 4, otherReads: 0 },
      { stripe: 3, how: 'reconstruct' as const, written: 2, of: 3, reads: 1, writes: 3, otherReads: 3 },
    ],
  },
};

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

  it('groups the digits of large figures by thousands, as English writes them', () => {
    const rows = deviceFigures({
      kind: 'disk',
      requests: 12_345,
      blocks: 1_048_576,
      busyTicks: 2_500_000,
      seek: 999,
      rotate: 1000,
      transfer: 1_499_001,
      track: 0,
    });
    expect(rows.slice(0, 6).map((r) => `${r.label}: ${r.value}`)).toEqual([
      'Requests: 12,345',
      'Blocks moved: 1,048,576',
      'Busy: 2,500,000 ticks',
      'Seek: 999 ticks',
      'Rotation: 1,000 ticks',
      'Transfer: 1,499,001 ticks',
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

  it("shows each RAID member's state, I/Os and utilisation, the degraded reads and the rebuild under way", () => {
    const rows = deviceFigures({ ...RAID5, level: 1 });
    expect(rows.slice(3).map((r) => `${r.label}: ${r.value}`)).toEqual([
      'Disk 0: ok: 3 reads, 2 writes; busy 20 ticks (67%)',
      'Disk 1: rebuilding: 0 reads, 5 writes; busy 9 ticks (30%)',
      'Disk 2: ok: 4 reads, 2 writes; busy 24 ticks (80%)',
      'Degraded reads: 2',
      'Reads that lost data: 0',
      'Rebuild: disk 1: 5 of 32 offsets',
    ]);
  });

  it("with disk or SSD members, the rebuild's time: the rows' reads and the spare's writes it adds up", () => {
    const rows = deviceFigures({ ...RAID5, level: 1, rebuildWork: { steps: 5, read: 370, write: 360, ticks: 730 } });
    expect(rows[rows.length - 1]).toEqual({
      label: 'Rebuild time',
      value: '730 ticks over 5 offsets: rows read 370 + spare written 360',
    });
  });

  it('RAID 4/5: the stripe writes by how, and the last request, each of its stripes lit by how it was written', () => {
    const rows = deviceFigures(RAID5);
    expect(rows.slice(6, 11)).toEqual([
      { label: 'Stripe writes', value: '1 full, 1 reconstruct-write, 7 read-modify-write, 0 degraded' },
      { label: 'Last request', value: '1 member reads, 7 member writes' },
      { label: 'Stripe 2', value: 'full stripe: 4 writes, no reads', lit: 'full-stripe' },
      {
        label: 'Stripe 3',
        value:
          '2 of 3 blocks: reconstruct-write reads the 1 block left alone (read-modify-write would read 3), 3 writes',
        lit: 'partial-stripe',
      },
      { label: 'Degraded reads', value: '2' },
    ]);
  });

  it('says what a RAID member is: a simple disk, a hard disk or an SSD', () => {
    const raid = { kind: 'raid' as const, level: 5 as const, disks: 4, chunk: 1, layout: 'LS' as const };
    expect(deviceSummary({ ...raid, member: { requestTicks: 2, blockTicks: 1 } })).toBe(
      'A RAID 5 of 4 disks, 1 block a chunk, parity left-symmetric; each member takes 2 ticks a request plus 1 an I/O, the members in parallel.',
    );
    const disk = { kind: 'disk' as const, sectorAngles: [10, 10, 10] as [number, number, number], skew: 0 };
    expect(
      deviceSummary({
        ...raid,
        member: { ...disk, seekSpeed: 2, rotateSpeed: 5, policy: 'SSTF' as const, window: -1 },
      }),
    ).toContain(
      "each member is a hard disk with OSTEP's geometry (sectors 10, 10, 10 degrees apart, the platter 5° a tick, SSTF order), the members in parallel, each through its own queue.",
    );
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
