import type { RaidIo } from '../../storage/raid/raidTypes';
import type { RaidMemberConfig } from './deviceConfig';
import { createDiskRun, nodeDiskConfig, serveDiskBatch, type DiskRunState } from './nodeDisk';
import { createSsdRun, serveSsdBatch, type SsdRunState } from './nodeSsd';

/**
 * A RAID's members as devices of their own: simple disks (a request's command time plus a time an I/O), hard disks
 * with OSTEP's geometry or SSDs, each serving its share of a logical request through its own queue (a disk in its
 * policy's order from where its head was left), all of them in parallel. Each keeps the ticks it has worked.
 */
export type RaidMemberRun = (
  { kind: 'simple'; requestTicks: number; blockTicks: number } | DiskRunState | SsdRunState
) & { busyTicks: number };

/** `disks` members alike, each holding `blocksPerDisk` blocks (deviceErrors.ts checks a disk or SSD has room). */
export function createMembers(c: RaidMemberConfig, disks: number, blocksPerDisk: number): RaidMemberRun[] {
  return Array.from({ length: disks }, (): RaidMemberRun => {
    if (c.kind === 'disk') {
      const disk = nodeDiskConfig({ ...c, kind: 'disk' });
      if (typeof disk === 'string') throw new Error(`fs.device.member: ${disk}`);
      return { ...createDiskRun(disk), busyTicks: 0 };
    }
    if (c.kind === 'ssd') return { ...createSsdRun({ ...c, kind: 'ssd' }, blocksPerDisk), busyTicks: 0 };
    return { kind: 'simple', requestTicks: c.requestTicks, blockTicks: c.blockTicks, busyTicks: 0 };
  });
}

/**
 * Ticks a spare of simple members is rebuilt an offset in the members' idle time (a simple member's time an I/O);
 * null for disks and SSDs, whose rebuild goes through their own devices an offset at a time (memberRebuild.ts).
 */
export function rebuildTicksOf(c: RaidMemberConfig): number | null {
  return c.kind === 'disk' || c.kind === 'ssd' ? null : c.blockTicks;
}

/** Serves each member's I/Os of one request from tick `start`: the ticks each member took (0: it did nothing). */
export function serveMembers(members: RaidMemberRun[], start: number, ios: readonly RaidIo[]): number[] {
  return members.map((m, disk) => {
    const mine = ios.filter((io) => io.disk === disk);
    if (mine.length === 0) return 0;
    let ticks: number;
    if (m.kind === 'simple') ticks = m.requestTicks + mine.length * m.blockTicks;
    else if (m.kind === 'disk') {
      const batch = serveDiskBatch(
        m,
        start,
        mine.map((io) => io.offset),
      );
      if (typeof batch === 'string') throw new Error(`RAID member disk ${disk}: ${batch}`);
      ticks = batch.totals.total;
    } else {
      const offsets = (op: RaidIo['op']): number[] => mine.filter((io) => io.op === op).map((io) => io.offset);
      ticks = serveSsdBatch(m, offsets('read'), offsets('write')).ticks;
    }
    m.busyTicks += ticks;
    return ticks;
  });
}
