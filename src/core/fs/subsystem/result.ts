import { deviceResult, type DeviceResult } from '../device/deviceRun';
import { checksumFigures, type ChecksumFigures } from '../device/blockFaults';
import { kernelMemory } from '../../kernel/kernelMemory';
import type { SimState } from '../../kernel/state';
import { fragmentationOf, type FsFragmentation } from '../fragmentation';
import { allocationFigures, type NodeAllocationFigures } from '../allocation/nodeFigures';
import type { CacheStats, ModelCacheConfig } from '../models/cache/types';
import { dirtyCount, type PageCacheStats } from '../pageCache';
import { framesForBlocks } from './cacheMemory';
import { fsRun } from './fileRequests';
import type { FsGroups } from '../ffsPlacement';
import { DEFAULT_FFS, layoutGroups } from '../layout/nodeLayout';
import type { FsStats } from './state';
import { tipHash } from '../ledger/stored';
import type { Verdict } from '../ledger/types';
import { logTotals, writeAmplification, type CleanedLog, type LogTotals } from '../layout/cleanedLog';
import type { LogConfig } from '../layout/logConfig';
import { deepCopy } from '../../deepCopy';
import { blobHolders, storeStats, type BlobHolders, type StoreStats } from '../models/listing';
import type { StoreLoad } from './snapshotReads';
import type { JournalMode } from '../crash/journalMode';
import type { JournalStats } from './diskTrack';

/** What `sim run --json` reports of the file system at the end of a run. */
export interface FsResult {
  blockSize: number;
  blocks: number;
  inodes: number;
  usedBlocks: number;
  usedInodes: number;
  files: number;
  directories: number;
  symlinks: number;
  fragmentation: FsFragmentation;
  stats: FsStats;
  cache: PageCacheStats & {
    capacity: number;
    held: number;
    dirty: number;
    writeBack: boolean;
    /**
     * with memory management: the CACHE frames the kernel holds for it now, and the most its bound of `capacity`
     * blocks can take (cacheMemory.ts's rule); absent without memory
     */
    frames?: { held: number; bound: number };
  };
  /**
   * with `fs.journal`: the commits and crashes (diskTrack.ts, crashRun.ts), the changes not yet on disk at the end
   * and the commits still being written; absent without
   */
  journal?: JournalStats & { mode: JournalMode; commitTicks: number; pending: number; writing: number };
  /** under an allocation strategy (fs.allocation): its metadata, moves, each file's runs and free-space fragmentation */
  allocation?: NodeAllocationFigures;
  /** under FFS: its cylinder groups and large-file exception (absent under vsfs, the default) */
  ffs?: FsGroups & { largeFileBlocks: number };
  /** under LFS: the log's segments and its cleaner's counts, blocks written and write amplification */
  lfs?: LogTotals & { config: LogConfig; writeAmplification: number | null };
  /** the device beneath, when fs.device names one other than the simple device: its figures */
  device?: DeviceResult;
  /** the device's per-block checksum and what it found (absent with neither a checksum nor an injected fault) */
  checksum?: ChecksumFigures;
  /**
   * the model store under /models (absent when the scenario declares none): what sharing blobs saved, each blob
   * with the snapshot files holding it, and each load with what the page cache and the device did
   */
  store?: { stats: StoreStats; blobs: BlobHolders[]; loads: StoreLoad[] };
  /**
   * the ledger at /ledger: its blocks and their stored bytes, the hash the next block must name (its head), and the
   * last verify-ledger's answer, or null when it has not been verified since it last changed
   */
  ledger: { blocks: number; bytes: number; head: string; verdict: Verdict | null };
  /** the model cache, or null when the file system has none */
  models: {
    config: ModelCacheConfig;
    used: number;
    held: { name: string; bytes: number; pins: number; uses: number }[];
    stats: CacheStats;
  } | null;
}

function logResult(log: CleanedLog): NonNullable<FsResult['lfs']> {
  const totals = logTotals(log);
  return { config: { ...log.config }, ...totals, writeAmplification: writeAmplification(totals) };
}

export function fsResult(st: SimState): FsResult {
  const run = fsRun(st);
  const { fs, stats, cache, models } = run;
  const memory = kernelMemory(st);
  const count = { file: 0, dir: 0, symlink: 0 };
  for (const inode of fs.inodes) if (inode) count[inode.kind]++;
  const groups = layoutGroups(run.config);
  const allocation = allocationFigures(fs);
  return {
    blockSize: fs.geometry.blockSize,
    blocks: fs.geometry.dataBlocks,
    inodes: fs.geometry.inodes,
    usedBlocks: fs.used.blocks,
    usedInodes: fs.used.inodes,
    files: count.file,
    directories: count.dir,
    symlinks: count.symlink,
    fragmentation: fragmentationOf(fs),
    stats: { ...stats },
    cache: {
      capacity: cache.capacity,
      held: cache.entries.size,
      dirty: dirtyCount(cache),
      writeBack: cache.writeBack,
      ...cache.stats,
      ...(memory && {
        frames: {
          held: run.cacheFrames,
          bound: framesForBlocks(cache.capacity, fs.geometry.blockSize, memory.pageSize(st)),
        },
      }),
    },
    ...(run.disk && {
      journal: {
        mode: run.disk.mode,
        commitTicks: run.disk.commitTicks,
        ...run.disk.stats,
        pending: run.disk.log.length - run.disk.from,
        writing: run.disk.commits.filter((c) => c.end > st.now).length,
      },
    }),
    ...(allocation && { allocation }),
    ...(groups && { ffs: { ...groups, largeFileBlocks: (run.config.ffs ?? DEFAULT_FFS).largeFileBlocks } }),
    ...(run.log && { lfs: logResult(run.log) }),
    ...(run.device && { device: deviceResult(run.device) }),
    ...(run.faults && { checksum: checksumFigures(run.faults) }),
    ...(run.store && {
      store: { stats: storeStats(run.store), blobs: blobHolders(run.store), loads: deepCopy(run.loads) },
    }),
    ledger: {
      blocks: run.ledger.blocks.length,
      bytes: run.ledger.blocks.reduce((n, b) => n + b.length, 0),
      head: tipHash(run.ledger),
      verdict: run.verdict && { ...run.verdict },
    },
    models: models && {
      config: { ...models.config },
      used: models.used,
      held: models.entries.map((e) => ({ name: e.key, bytes: e.size, pins: e.pins, uses: e.uses })),
      stats: { ...models.stats },
    },
  };
}
