import { parseFsOp, type FsOp } from '../fsOp';
import type { LayoutSetup } from './compareLayouts';

/**
 * A small workload on which the three layouts differ visibly: two directories filled in turn (vsfs interleaves
 * their files, FFS keeps each with its directory), logs that grow between other writes (pieces under vsfs, one
 * group under FFS, scattered through the log under LFS), a big model file (the large-file exception spreads it
 * over groups) and a removal (a hole for vsfs and FFS, dead blocks for LFS).
 */
export const EXAMPLE_LAYOUT_LINES: readonly string[] = [
  'mkdir /logs',
  'mkdir /models',
  'write /logs/a 8192',
  'write /models/config 4096',
  'write /logs/b 8192',
  'write /logs/a 8192',
  'write /models/weights 81920',
  'write /logs/b 4096',
  'write /tmp 12288',
  'write /logs/a 4096',
  'rm /tmp',
  'write /logs/c 8192',
  'write /logs/a 4096',
];

/** 128 blocks of 4 KiB and 32 inodes, in 4 groups of 32 blocks and 8 inodes; a file moves on every 8 blocks. */
export const EXAMPLE_LAYOUT_SETUP: Readonly<LayoutSetup> = {
  blockSize: 4096,
  blocks: 128,
  inodes: 32,
  groups: 4,
  largeFileBlocks: 8,
};

/** The example as operations (its lines are fixed, so each parses). */
export function exampleLayoutWorkload(): FsOp[] {
  return EXAMPLE_LAYOUT_LINES.map((line) => (parseFsOp(line) as { ok: true; op: FsOp }).op);
}
