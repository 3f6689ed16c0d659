import type { SimState } from '../../kernel/state';
import { fragmentationOf, type FsFragmentation } from '../fragmentation';
import { dirtyCount, type PageCacheStats } from '../pageCache';
import { fsRun } from './fileRequests';
import type { FsStats } from './state';

/** What `sim run --json` reports of the file system at the end of a run. */
export interface FsResult {
  blockSize: number;
  blocks: number;
  inodes: number;
  usedBlocks: number;
  usedInodes: number;
  files: number;
  directories: number;
  fragmentation: FsFragmentation;
  stats: FsStats;
  cache: PageCacheStats & { capacity: number; held: number; dirty: number; writeBack: boolean };
}

export function fsResult(st: SimState): FsResult {
  const { fs, stats, cache } = fsRun(st);
  let files = 0;
  for (const inode of fs.inodes) if (inode?.kind === 'file') files++;
  return {
    blockSize: fs.geometry.blockSize,
    blocks: fs.geometry.dataBlocks,
    inodes: fs.geometry.inodes,
    usedBlocks: fs.used.blocks,
    usedInodes: fs.used.inodes,
    files,
    directories: fs.used.inodes - files,
    fragmentation: fragmentationOf(fs),
    stats: { ...stats },
    cache: {
      capacity: cache.capacity,
      held: cache.entries.size,
      dirty: dirtyCount(cache),
      writeBack: cache.writeBack,
      ...cache.stats,
    },
  };
}
