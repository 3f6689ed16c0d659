import type { FieldError } from '../../scenario/fieldErrors';
import { applyFsOp } from '../applyFsOp';
import type { FsConfig } from '../config';
import type { FsOp } from '../fsOp';
import type { FsResult, FsState } from '../types';
import { placedBy, watchPlacement, type FfsPlaced } from './ffsPlaced';
import { ffsPlacement, type FsGroups } from '../ffsPlacement';
import { LOWEST_FREE, type Placement } from '../placement';
import { allocationPlacement } from '../allocation/nodePlacement';
import { ROOT_UID } from '../permissions';
import { logConfigErrors } from './logConfig';

/**
 * The layouts a node's file system can have: vsfs's lowest free inode and block, FFS's cylinder groups, or a log
 * with its cleaner (the namespace is the same picture; the log, kept beside it, is where its blocks lie on disk).
 */
export const FS_LAYOUTS = ['vsfs', 'ffs', 'lfs'] as const;
export type FsLayoutName = (typeof FS_LAYOUTS)[number];

/** FFS's parameters, as a scenario's `fs.ffs` gives them. */
export interface FfsConfig {
  /** cylinder groups: the inodes and the data blocks are split evenly among them, so it divides both */
  groups: number;
  /**
   * the large-file exception: a file's blocks stay in one group this many at a time, each next chunk going to the
   * next group (0: off, a file fills its inode's group first)
   */
  largeFileBlocks: number;
}

/**
 * 8 groups divide every power-of-two disk from 16 blocks and 16 inodes (the default 1,024 blocks and 256 inodes
 * give groups of 128 blocks and 32 inodes); 12 blocks is what an inode's direct pointers reach, after which FFS
 * sends a file on to another group.
 */
export const DEFAULT_FFS: Readonly<FfsConfig> = Object.freeze({ groups: 8, largeFileBlocks: 12 });

export const FFS_LIMITS = { maxGroups: 1_024 } as const;

/** The cylinder groups of an FFS layout, or null under vsfs. */
export function layoutGroups(
  c: Pick<FsConfig, 'layout' | 'ffs' | 'blocks' | 'inodes' | 'allocation'>,
): FsGroups | null {
  if (c.layout !== 'ffs') return null;
  const { groups } = c.ffs ?? DEFAULT_FFS;
  return { count: groups, inodesPerGroup: c.inodes / groups, blocksPerGroup: c.blocks / groups };
}

/**
 * The placement a file system of this configuration uses, under its allocation strategy when it has one
 * (allocation/nodePlacement.ts) over its layout's: the lowest free (vsfs) or FFS's, with directories
 * spread to the group with the most free inodes, a file's inode beside its directory and its blocks beside its
 * inode (ffsPlacement.ts, with OSTEP ffs.py's other choices at their defaults).
 */
export function placementOf(c: Pick<FsConfig, 'layout' | 'ffs' | 'blocks' | 'inodes' | 'allocation'>): Placement {
  const base = layoutPlacement(c);
  return c.allocation === undefined ? base : allocationPlacement(base, c.allocation);
}

function layoutPlacement(c: Pick<FsConfig, 'layout' | 'ffs' | 'blocks' | 'inodes'>): Placement {
  const groups = layoutGroups(c);
  if (groups === null) return LOWEST_FREE;
  return ffsPlacement(groups, {
    spreadInodes: false,
    spreadData: false,
    faraway: 1,
    contiguous: 1,
    largeFileException: (c.ffs ?? DEFAULT_FFS).largeFileBlocks,
  });
}

/**
 * An operation on a file system of this configuration, through its layout's placement; under FFS, also where it
 * put the inode and blocks it made (for the narration), null when it placed nothing or the layout is vsfs.
 */
export function applyPlaced(
  fs: FsState,
  c: Pick<FsConfig, 'layout' | 'ffs' | 'blocks' | 'inodes' | 'allocation'>,
  op: FsOp,
  owner = 0,
  uid = ROOT_UID,
): { done: FsResult; placed: FfsPlaced | null } {
  const groups = layoutGroups(c);
  const watch = groups && watchPlacement(fs, op);
  const done = applyFsOp(fs, op, placementOf(c), owner, uid);
  const large = (c.ffs ?? DEFAULT_FFS).largeFileBlocks;
  return { done, placed: done.ok && groups && watch ? placedBy(fs, groups, large, watch) : null };
}

/** Refusals of the layout settings the schema cannot see alone: groups that do not split the disk evenly. */
export function fsLayoutErrors(c: FsConfig, path = 'fs'): FieldError[] {
  // The log decides where every block goes (the head of the log), so no allocation strategy has a say.
  if (c.layout === 'lfs' && c.allocation !== undefined)
    return [
      {
        path: `${path}.allocation`,
        limit: `${path}.layout vsfs or ffs`,
        message: `${path}.allocation applies to the vsfs and FFS layouts; under LFS every block goes to the head of the log: remove ${path}.allocation, or choose another ${path}.layout`,
      },
    ];
  if (c.layout === 'lfs' || c.lfs !== undefined) return logConfigErrors(c, path);
  if (c.ffs !== undefined && c.layout !== 'ffs')
    return [
      {
        path: `${path}.ffs`,
        limit: 'layout ffs',
        message: `${path}.ffs applies only to the FFS layout: set ${path}.layout to "ffs", or remove ${path}.ffs`,
      },
    ];
  const groups = layoutGroups(c);
  if (groups === null) return [];
  const field = `${path}.ffs.groups`;
  const given = c.ffs === undefined ? ` (its default, ${DEFAULT_FFS.groups})` : '';
  const errors: FieldError[] = [];
  for (const [what, n] of [
    ['blocks', c.blocks],
    ['inodes', c.inodes],
  ] as const)
    if (n % groups.count !== 0)
      errors.push({
        path: field,
        limit: `a divisor of ${path}.${what}`,
        message: `${field}${given} must divide ${path}.${what} (${n}): every cylinder group has as many ${what} as the others`,
      });
  return errors;
}
