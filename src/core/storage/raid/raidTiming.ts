import type { RaidConfig, RaidDiskTime, RaidSeek } from './raidTypes';

/**
 * raid.py's deliberately simple disk: 100 tracks of 100 blocks; an I/O within a track's length of the last one
 * costs 0.1 ms per block of distance (one block on: sequential; else nearly), any other seeks for 10 ms and
 * transfers for 0.1 ms. Times are ms in floating point, added in raid.py's order so totals print as it prints them.
 */
export const RAID_DISK = { seekMs: 10, transferMs: 0.1, tracks: 100, blocksPerTrack: 100, blocks: 10_000 } as const;

/** A disk before its first I/O: the head far away, so whatever comes first seeks. */
export const idleDisk = (): RaidDiskTime => ({ at: -10_000, ios: 0, sequential: 0, nearly: 0, random: 0, busy: 0 });

export const idleDisks = (c: RaidConfig): RaidDiskTime[] => Array.from({ length: Math.max(0, c.disks) }, idleDisk);

/** Serve one I/O at `offset` (below RAID_DISK.blocks): the disk's clock and counts move on; how it was classed. */
export function timeIo(d: RaidDiskTime, offset: number): RaidSeek {
  d.ios += 1;
  // raid.py divides by the number of tracks where it means blocks per track; both are 100
  const sameTrack = Math.trunc(d.at / RAID_DISK.tracks) === Math.trunc(offset / RAID_DISK.tracks);
  const distance = Math.abs(offset - d.at);
  d.at = offset;
  if (sameTrack || distance < RAID_DISK.blocksPerTrack) {
    d.busy += distance * RAID_DISK.transferMs;
    if (distance === 1) {
      d.sequential += 1;
      return 'sequential';
    }
    d.nearly += 1;
    return 'nearly';
  }
  d.random += 1;
  d.busy += RAID_DISK.seekMs + RAID_DISK.transferMs;
  return 'random';
}

/** The workload's time: the busiest disk's (raid.py's disks work in parallel, each through its own queue). */
export const raidTime = (disks: readonly RaidDiskTime[]): number => Math.max(0, ...disks.map((d) => d.busy));
