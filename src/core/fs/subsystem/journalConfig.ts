import type { FieldError } from '../../scenario/fieldErrors';
import { geometryOf, type FsConfig } from '../config';
import { CRASH_LIMITS, diskLayout, type DiskGeometry } from '../crash/diskLayout';

/** Ticks from the first change since the last commit to the next commit, where `fs.commitTicks` is absent. */
export const DEFAULT_COMMIT_TICKS = 50;

/** Bytes of one on-disk inode (ext4's 256). */
const INODE_BYTES = 256;

/** How many on-disk inodes one block of the inode table holds (at least one). */
export const inodesPerBlock = (blockSize: number): number => Math.max(1, Math.floor(blockSize / INODE_BYTES));

/**
 * The node's disk under its picture: ext4's 256-byte inodes, and a journal as large as the file system's own
 * blocks plus a TxB and a TxE, so that any one change fits in it whatever it logs (in data mode a write may log
 * every data block). The journal is a region of its own: it takes nothing from the file system's data blocks.
 */
export function nodeDiskGeometry(c: FsConfig): DiskGeometry {
  const fs = geometryOf(c);
  const perBlock = inodesPerBlock(c.blockSize);
  const home = diskLayout({ fs, inodesPerBlock: perBlock, journalBlocks: 0 }, false).total;
  return { fs, inodesPerBlock: perBlock, journalBlocks: home + 2 };
}

/**
 * Refusals of the journal settings the schema cannot see alone: commitTicks without a journal setting, and a disk
 * larger than the crash machinery follows block by block (every block write of every commit is a crash point).
 */
export function journalErrors(c: FsConfig, path = 'fs'): FieldError[] {
  if (c.journal === undefined)
    return c.commitTicks === undefined
      ? []
      : [
          {
            path: `${path}.commitTicks`,
            limit: `${path}.journal set`,
            message: `${path}.commitTicks applies only when ${path}.journal says how changes reach the disk: set ${path}.journal ("none", "data", "ordered" or "writeback"), or remove ${path}.commitTicks`,
          },
        ];
  // A log-structured file system writes every change once, sequentially, and recovers from its checkpoint region.
  if (c.layout === 'lfs')
    return [
      {
        path: `${path}.journal`,
        limit: `${path}.layout vsfs or ffs`,
        message: `${path}.journal applies to the vsfs and FFS layouts; a log-structured file system needs none (it recovers from its checkpoint region): remove ${path}.journal, or choose another ${path}.layout`,
      },
    ];
  // The journal's block planner (crash/planWrites.ts) writes the layout's inode, bitmap and data blocks; an
  // allocation strategy's metadata blocks (FAT, indirect, extent tree) are not in its picture of the disk yet.
  if (c.allocation !== undefined)
    return [
      {
        path: `${path}.journal`,
        limit: `${path}.allocation absent`,
        message: `${path}.journal cannot follow an allocation strategy's metadata blocks yet: remove ${path}.journal or ${path}.allocation`,
      },
    ];
  const errors: FieldError[] = [];
  for (const [field, n, max] of [
    ['blocks', c.blocks, CRASH_LIMITS.maxDataBlocks],
    ['inodes', c.inodes, CRASH_LIMITS.maxInodes],
  ] as const)
    if (n > max)
      errors.push({
        path: `${path}.${field}`,
        limit: `at most ${max} with ${path}.journal`,
        message: `${path}.${field} must be at most ${max} when ${path}.journal is set (got ${n}): every block write of a commit is followed so that a crash can land after any of them`,
      });
  return errors;
}
