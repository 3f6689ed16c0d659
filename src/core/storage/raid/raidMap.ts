import { pyMod } from '../disk/diskLayout';
import type { RaidConfig, RaidPlace } from './raidTypes';

/**
 * Logical block -> disk and offset, level by level, in raid.py's arithmetic: Python's int(a / b) truncates and
 * its % takes the divisor's sign, so odd chunk sizes map as raid.py maps them.
 */
const div = (a: number, b: number): number => Math.trunc(a / b);

/** Data blocks in one stripe of RAID 4/5 (a chunk on each disk but the parity's). */
export const blocksInStripe = (c: RaidConfig): number => (c.disks - 1) * c.chunk;

/** Disks a row of chunks spreads over: all of RAID 0's, one of each RAID 1 pair, all but the parity's in RAID 4/5. */
export const dataDisks = (c: RaidConfig): number =>
  c.level === 0 ? c.disks : c.level === 1 ? div(c.disks, 2) : c.disks - 1;

/**
 * One past the highest offset that logical blocks 0..blocks-1 reach on any disk, with their mirrors, their
 * stripes' parity and the rest of their stripes: the end of the row of chunks the last of them falls in. For a
 * chunk of a block or more and a data disk or more.
 */
export const rowsEnd = (c: RaidConfig, blocks: number): number =>
  (div(div(Math.max(0, blocks - 1), c.chunk), dataDisks(c)) + 1) * c.chunk;

/** RAID 5's placement: the data disk, the stripe's parity disk and the offset on both. */
function raid5Place(c: RaidConfig, block: number): RaidPlace & { parity: number } {
  const chunk = div(block, c.chunk);
  const row = div(chunk, c.disks - 1);
  const offset = row * c.chunk + pyMod(block, c.chunk);
  const column = pyMod(row, c.disks);
  const parity = c.disks - 1 - column;
  const across = pyMod(chunk, c.disks - 1);
  // left-asymmetric skips over the parity disk; left-symmetric starts each stripe on the disk after it
  const disk = c.layout === 'LA' ? (across >= parity ? across + 1 : across) : pyMod(across - column, c.disks);
  return { disk, offset, parity };
}

/** Where a logical block's data lies (RAID 1: the first disk of its pair). */
export function dataPlace(c: RaidConfig, block: number): RaidPlace {
  const chunk = div(block, c.chunk);
  const within = pyMod(block, c.chunk);
  switch (c.level) {
    case 0:
      return { disk: pyMod(chunk, c.disks), offset: div(chunk, c.disks) * c.chunk + within };
    case 1: {
      const pairs = div(c.disks, 2);
      return { disk: 2 * pyMod(chunk, pairs), offset: div(chunk, pairs) * c.chunk + within };
    }
    case 4:
      return { disk: pyMod(chunk, c.disks - 1), offset: div(chunk, c.disks - 1) * c.chunk + within };
    case 5: {
      const { disk, offset } = raid5Place(c, block);
      return { disk, offset };
    }
  }
}

/** RAID 1: the second copy, on the other disk of the pair at the same offset. */
export function mirrorPlace(c: RaidConfig, block: number): RaidPlace {
  const p = dataPlace(c, block);
  return { disk: p.disk + 1, offset: p.offset };
}

/** RAID 4/5: the disk holding a stripe's parity (at the offsets of its data). */
export const parityDisk = (c: RaidConfig, stripe: number): number =>
  c.level === 5 ? raid5Place(c, stripe * blocksInStripe(c)).parity : c.disks - 1;
