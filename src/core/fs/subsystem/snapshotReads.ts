import type { SimState } from '../../kernel/state';
import { readThrough } from '../pageCache';
import { resolve } from '../paths';
import type { FsError, Inode } from '../types';
import { cacheRoom } from './cacheMemory';
import { queueOnDevice } from './fileRequests';
import { loggedBlocks } from './logRun';
import type { FsRun } from './state';
import type { ServedModel } from './storeAtStart';

/** What reading a snapshot's files did: its blocks, those the page cache held, and the device's work for the rest. */
export interface SnapshotRead {
  files: number;
  blocks: number;
  /** blocks found in the page cache */
  hits: number;
  /** blocks the device read (the page cache missed them) */
  missed: number;
  /** the device's work on them: from `start` (after the requests ahead of it) until `until`; both now when none */
  start: number;
  until: number;
}

/** One load of a model of the store, for the model cache's panel. */
export interface StoreLoad {
  tick: number;
  pid: number;
  model: string;
  /** a model-cache hit reads nothing: `read` is null */
  hit: boolean;
  read: SnapshotRead | null;
  /** ticks the process waited: the device, then copying the weights into memory */
  ticks: number;
}

/**
 * The data blocks of each file of a snapshot, its symbolic links followed to the blobs, in file order; or why a
 * file cannot be read (it was removed, or is no longer a file).
 */
export function snapshotBlocks(run: FsRun, snapshot: NonNullable<ServedModel['snapshot']>): number[][] | FsError {
  const out: number[][] = [];
  for (const path of snapshot.files) {
    const found = resolve(run.fs, path);
    if (!found.ok) return found.error;
    const inode = run.fs.inodes[found.inum] as Inode;
    if (inode.kind !== 'file') return { code: 'EISDIR', message: `${path} is not a file` };
    out.push(inode.blocks);
  }
  return out;
}

/**
 * A process reads a snapshot's files through the page cache: blocks it holds are hits, the rest (and dirty blocks
 * evicted to make room) go to the device, first come first served after the requests ahead.
 */
export function readSnapshot(
  st: SimState,
  run: FsRun,
  pid: number,
  snapshot: NonNullable<ServedModel['snapshot']>,
  files: readonly number[][],
): SnapshotRead {
  const room = cacheRoom(st, run);
  let blocks = 0;
  let hits = 0;
  let fromDisk = 0;
  let toDisk = 0;
  const io = { reads: [] as number[], writes: [] as number[] };
  for (const f of files) {
    const done = readThrough(run.cache, f, room);
    blocks += f.length;
    hits += done.hits;
    fromDisk += done.fromDisk;
    toDisk += done.toDisk;
    io.reads.push(...loggedBlocks(run, done.read));
    io.writes.push(...done.written);
  }
  const served = queueOnDevice(st, run, pid, { kind: 'read', path: snapshot.dir }, fromDisk + toDisk, io);
  if (served) run.stats.queuedTicks += served.start - st.now;
  return {
    files: files.length,
    blocks,
    hits,
    missed: fromDisk,
    start: served?.start ?? st.now,
    until: served?.end ?? st.now,
  };
}
