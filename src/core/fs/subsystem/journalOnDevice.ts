import type { FsConfig } from '../config';
import { diskLayout, type DiskLayout } from '../crash/diskLayout';
import type { CrashPlan } from '../crash/planWrites';
import type { ReplayOutcome } from '../crash/replay';
import type { DeviceIo } from '../device/deviceRun';
import { nodeDiskGeometry } from './journalConfig';
import type { FsRun } from './state';

/**
 * Where the journal's disk (crash/diskLayout.ts: superblock, bitmaps, inode table, journal, then the data region)
 * lies on a device that places blocks by number: the data region is the file system's blocks as the page cache
 * numbers them (device block b is data block b), and the rest follows them, in the layout's order. So a commit's
 * home write of a file block and a process's write of it are one block of the device, and the journal is a region
 * of its own the arm must travel to.
 */
export function deviceBlock(layout: DiskLayout, fsBlocks: number, address: number): number {
  return address >= layout.data.start ? address - layout.data.start : fsBlocks + address;
}

/** Blocks the device holds beyond the file system's data blocks for fs.journal's layout (0 without a journal). */
export function journalRegion(c: Readonly<FsConfig>): number {
  return c.journal === undefined ? 0 : diskLayout(nodeDiskGeometry(c), c.journal !== 'none').data.start;
}

/** The device's blocks the file system takes (its data, and with a journal its layout's other blocks): the ledger's region starts after them. */
export const fsDeviceBlocks = (run: FsRun): number => run.config.blocks + (run.disk?.layout.data.start ?? 0);

/** A commit's block writes on the device, in the plan's order (crash/planWrites.ts). */
export function commitIo(run: FsRun, plan: CrashPlan): DeviceIo {
  return { reads: [], writes: plan.writes.map((w) => deviceBlock(plan.layout, run.config.blocks, w.address)) };
}

/**
 * What mount's journal recovery moves (crash/replay.ts): it reads the TxB, then the copies it announces and the
 * TxE as far as they are found; a transaction that committed it writes home. Nothing with no journal.
 */
export function replayIo(run: FsRun, layout: DiskLayout, outcome: ReplayOutcome): DeviceIo {
  const at = (a: number) => deviceBlock(layout, run.config.blocks, a);
  const journal = (n: number) => Array.from({ length: n }, (_, k) => at(layout.journal.start + k));
  switch (outcome.kind) {
    case 'noJournal':
      return { reads: [], writes: [] };
    case 'empty':
      return { reads: journal(1), writes: [] };
    case 'discarded':
      // The TxB, the copies found, and the block where the next copy (or the TxE) was looked for.
      return { reads: journal(Math.min(outcome.logged + 2, outcome.of + 2)), writes: [] };
    case 'replayed':
      return { reads: journal(outcome.homes.length + 2), writes: outcome.homes.map(at) };
  }
}
