import { parseFsOp, type FsOp } from '../fsOp';
import type { DiskGeometry } from './diskLayout';

/** A small disk for showing crashes: four inodes to an inode-table block, so the table spans several blocks. */
export const CRASH_DEMO_DISK: DiskGeometry = {
  fs: { inodes: 16, dataBlocks: 32, entriesPerBlock: 8, pointersPerInode: 4, blockSize: 4096 },
  inodesPerBlock: 4,
  journalBlocks: 16,
};

/**
 * A workload of every kind of operation but touch that issues 50 block writes with no journal (the size
 * for the explorer): directories made and removed, files written, appended, linked, moved and truncated.
 */
export const CRASH_DEMO_LINES: readonly string[] = [
  'mkdir /docs',
  'write /docs/notes 8192',
  'ln /docs/notes /notes',
  'mkdir /tmp',
  'write /tmp/scratch 4096',
  'mv /tmp/scratch /docs/draft',
  'rm /notes',
  'write /docs/notes 4096',
  'rmdir /tmp',
  'truncate /docs/notes 4096',
  'mkdir /models',
  'write /models/weights 4096',
];

export const CRASH_DEMO_WORKLOAD: readonly FsOp[] = CRASH_DEMO_LINES.map(
  (line) => (parseFsOp(line) as { ok: true; op: FsOp }).op,
);
