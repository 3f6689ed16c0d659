import { BLOCK_KIND } from '../allocation/types';
import { applyFsOp } from '../applyFsOp';
import { geometryOf, type FsConfig } from '../config';
import { createFileSystem } from '../fileSystem';
import type { FsGroups } from '../ffsPlacement';
import { fsOpText, type FsOp } from '../fsOp';
import { LOWEST_FREE } from '../placement';
import { treeOf } from '../subsystem/view';
import type { FsError, FsState } from '../types';
import { blockAddress, diskAddresses, inodeAddress, type DiskAddresses } from './diskAddress';
import { distanceTotals, fileDistance, type DistanceTotals, type FileDistance } from './fileDistance';
import { loggedAddrs, type LogWrites } from './logLayout';
import { createCleanedLog, logMap, logOperation, logTotals, type CleanedLog, type LogTotals } from './cleanedLog';
import { DEFAULT_LOG, type LogConfig } from './logConfig';
import type { Cleaned } from '../lfs/cleaner';
import { deepCopy } from '../../deepCopy';
import { DEFAULT_FFS, fsLayoutErrors, layoutGroups, placementOf, type FfsConfig } from './nodeLayout';

/** The disk every layout gets: the file system's size and FFS's parameters (its groups divide both sizes). */
export type LayoutSetup = Pick<FsConfig, 'blockSize' | 'blocks' | 'inodes'> &
  FfsConfig & {
    /** the log's segments and cleaner (DEFAULT_LOG where absent) */
    log?: LogConfig;
  };

export type LayoutName = 'vsfs' | 'ffs' | 'lfs';
export const LAYOUT_NAMES: readonly LayoutName[] = ['vsfs', 'ffs', 'lfs'];

export const LAYOUT_WORDS: Readonly<Record<LayoutName, { label: string; goodAt: string }>> = {
  vsfs: {
    label: 'vsfs (lowest free)',
    goodAt:
      'Simple: the lowest free inode and block, one inode table at the front. Files written together sit together, but a file is far from its inode and grows in pieces between others.',
  },
  ffs: {
    label: 'FFS (cylinder groups)',
    goodAt:
      'Locality: a file beside its directory, its blocks beside its inode, so a directory and its files read with short seeks; the large-file exception spreads a big file so one file does not fill a group.',
  },
  lfs: {
    label: 'LFS (the log)',
    goodAt:
      'Writes: every change is appended in one sequential run, whatever file it is in; the price is extra blocks per write (inode, inode-map piece, checkpoint), files scattered through the log, and a cleaner that copies the live blocks out of mostly dead segments to free them: more writes again (the write amplification).',
  },
};

/** The blocks in one LFS segment: the unit a cleaner reclaims (small, so a teaching disk has several). */
export const SEGMENT_BLOCKS = DEFAULT_LOG.segmentBlocks;

/** What one operation wrote to the log: its line, refused or not, its blocks by kind, and what was cleaned first. */
export interface LogStep {
  line: string;
  error: FsError | null;
  writes: LogWrites;
  cleaned: Cleaned[];
}

/** The log's figures (cleanedLog.ts's) and the blocks each operation wrote. */
export interface LogFigures extends LogTotals {
  steps: LogStep[];
}

export interface LayoutRun {
  name: LayoutName;
  label: string;
  goodAt: string;
  /** the disk in address order: each block's kind and owning inode (-1 for none), as the disk map reads it */
  map: { kind: Uint8Array; owner: Int32Array };
  /** FFS's groups (vsfs: one), or null for the log */
  groups: FsGroups | null;
  /** address-line blocks per group (its inode-table blocks first), or 0 for the log */
  span: number;
  tableBlocks: number;
  files: FileDistance[];
  totals: DistanceTotals & { refused: number };
  log: LogFigures | null;
}

/** The most groups (up to FFS's default 8) that divide both sizes: a scenario of any size can be compared. */
export function layoutSetupOf(c: FsConfig): LayoutSetup {
  const ffs = c.ffs ?? DEFAULT_FFS;
  let groups = c.ffs?.groups ?? DEFAULT_FFS.groups;
  while (groups > 1 && (c.blocks % groups !== 0 || c.inodes % groups !== 0)) groups--;
  return {
    blockSize: c.blockSize,
    blocks: c.blocks,
    inodes: c.inodes,
    groups,
    largeFileBlocks: ffs.largeFileBlocks,
    ...(c.lfs && { log: c.lfs }),
  };
}

const configOf = (s: LayoutSetup, layout: 'vsfs' | 'ffs'): FsConfig => ({
  blockSize: s.blockSize,
  blocks: s.blocks,
  inodes: s.inodes,
  device: { requestTicks: 0, blockTicks: 0 },
  cache: { blocks: 0, writeBack: false },
  layout,
  ...(layout === 'ffs' && { ffs: { groups: s.groups, largeFileBlocks: s.largeFileBlocks } }),
});

/** Each file's first path (depth first, names in order), its inode and its directory's inode. */
function filesOf(fs: FsState): { path: string; inum: number; dir: number }[] {
  const tree = treeOf(fs);
  const inumOf = new Map(tree.map((e) => [e.path, e.inum]));
  const seen = new Set<number>();
  return tree.flatMap((e) => {
    if (fs.inodes[e.inum]?.kind !== 'file' || seen.has(e.inum)) return [];
    seen.add(e.inum);
    const dir = inumOf.get(e.path.slice(0, Math.max(1, e.path.lastIndexOf('/')))) as number;
    return [{ path: e.path, inum: e.inum, dir }];
  });
}

/** vsfs or FFS: the disk as its address line, and each file's distances along it. */
function blockRun(name: 'vsfs' | 'ffs', fs: FsState, d: DiskAddresses, refused: number): LayoutRun {
  const kind = new Uint8Array(d.total);
  const owner = new Int32Array(d.total).fill(-1);
  for (let g = 0; g < d.groups.count; g++) kind.fill(BLOCK_KIND.inode, g * d.span, g * d.span + d.tableBlocks);
  fs.inodes.forEach((inode, inum) => {
    for (const b of inode?.blocks ?? []) {
      const a = blockAddress(d, b);
      kind[a] = inode?.kind === 'dir' ? BLOCK_KIND.directory : BLOCK_KIND.data;
      owner[a] = inum;
    }
  });
  const bs = fs.geometry.blockSize;
  const files = filesOf(fs).map((f) =>
    fileDistance(
      f,
      inodeAddress(d, bs, f.inum),
      inodeAddress(d, bs, f.dir),
      (fs.inodes[f.inum]?.blocks ?? []).map((b) => blockAddress(d, b)),
    ),
  );
  return {
    name,
    ...LAYOUT_WORDS[name],
    map: { kind, owner },
    groups: d.groups,
    span: d.span,
    tableBlocks: d.tableBlocks,
    files,
    totals: { ...distanceTotals(files), refused },
    log: null,
  };
}

/** The log: its blocks live, dead or free, each file's distances along it, the writes of each operation. */
function logRun(c: CleanedLog, fs: FsState, steps: LogStep[]): LayoutRun {
  const { lfs } = c.log;
  const addrOf = (inum: number) => lfs.imap[inum] ?? 0;
  const files = filesOf(fs).map((f) => fileDistance(f, addrOf(f.inum), addrOf(f.dir), loggedAddrs(c.log, f.inum)));
  return {
    name: 'lfs',
    ...LAYOUT_WORDS.lfs,
    map: logMap(c),
    groups: null,
    span: 0,
    tableBlocks: 0,
    files,
    totals: { ...distanceTotals(files), refused: steps.filter((s) => s.error !== null).length },
    log: { ...logTotals(c), steps },
  };
}

/**
 * One workload laid out three ways from an empty disk: vsfs (lowest free), FFS (cylinder groups) and LFS (a log
 * of vsfs's changes). The namespace is the same in all three: an operation means and refuses the same. The
 * disk's address line (inode tables and data, group by group) is what the distances are measured along; the
 * log's is its own, as long as the vsfs disk's line or longer.
 */
export function compareLayouts(
  setup: LayoutSetup,
  ops: readonly FsOp[],
): { ok: true; runs: LayoutRun[] } | { ok: false; error: FsError } {
  const ffsConfig = configOf(setup, 'ffs');
  const wrong = fsLayoutErrors(ffsConfig, 'layout');
  if (wrong.length > 0) return { ok: false, error: { code: 'EINVAL', message: wrong[0]?.message as string } };
  const vsfs = createFileSystem(geometryOf(ffsConfig));
  const ffs = createFileSystem(geometryOf(ffsConfig));
  const ffsPlacement = placementOf(ffsConfig);
  const groups = layoutGroups(ffsConfig) as FsGroups;
  const one: FsGroups = { count: 1, inodesPerGroup: setup.inodes, blocksPerGroup: setup.blocks };
  const vsfsDisk = diskAddresses(one, setup.blockSize);
  // The log gets the vsfs disk's address line, inode table and all, and cleans it as it fills.
  let lfsFs = createFileSystem(geometryOf(ffsConfig));
  const log = createCleanedLog(lfsFs, vsfsDisk.total, setup.log ?? DEFAULT_LOG);
  const keep = { save: () => deepCopy(lfsFs), restore: (saved: FsState) => void (lfsFs = saved) };
  const steps: LogStep[] = [];
  let [vsfsRefused, ffsRefused] = [0, 0];
  for (const op of ops) {
    if (!applyFsOp(vsfs, op, LOWEST_FREE).ok) vsfsRefused++;
    if (!applyFsOp(ffs, op, ffsPlacement).ok) ffsRefused++;
    const { done, writes, cleaned } = logOperation(log, lfsFs, op, () => applyFsOp(lfsFs, op, LOWEST_FREE), keep);
    steps.push({ line: fsOpText(op), error: done.ok ? null : done.error, writes, cleaned });
  }
  return {
    ok: true,
    runs: [
      blockRun('vsfs', vsfs, vsfsDisk, vsfsRefused),
      blockRun('ffs', ffs, diskAddresses(groups, setup.blockSize), ffsRefused),
      logRun(log, lfsFs, steps),
    ],
  };
}
