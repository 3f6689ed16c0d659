import { deepCopy } from '../../deepCopy';
import type { SimState } from '../../kernel/state';
import type { FsConfig } from '../config';
import type { LedgerView, Verdict } from '../ledger/types';
import { entriesOf } from '../paths';
import { ROOT_INUM, type FsState, type Inode } from '../types';
import { fsRun } from './fileRequests';
import { fsResult, type FsResult } from './result';
import type { DeviceRequest } from './state';
import type { CacheSample } from './samples';
import type { OpenFiles } from '../openFiles';
import { logMap } from '../layout/cleanedLog';

/** One name in the tree, depth first with names in order: what a file browser lists. */
export interface FsTreeEntry {
  path: string;
  name: string;
  depth: number;
  inum: number;
}

/** The file system as a picture: its tree, every inode in use, the device's queue and the figures. */
export interface FsPicture {
  config: Readonly<FsConfig>;
  tree: FsTreeEntry[];
  /** inode number -> the inode, for those in use */
  inodes: { inum: number; inode: Readonly<Inode> }[];
  queue: DeviceRequest[];
  /** requests waiting in the disk's queue for its policy's pick, in arrival order (no start or end yet) */
  waiting: { pid: number; kind: 'read' | 'write'; path: string; blocks: number; arrived: number }[];
  busyUntil: number;
  figures: FsResult;
  /** the ledger at /ledger, and the last verification's verdict (null: not verified since it last changed) */
  ledger: LedgerView;
  verdict: Verdict | null;
  /** the processes' descriptor tables and the system-wide open-file table */
  open: Readonly<OpenFiles>;
  /** inodes with no name that open files still hold */
  orphans: readonly number[];
  /** under LFS: the log's disk in address order, each block's kind (free, dead, or what it holds) and inode */
  log?: { kind: Uint8Array; owner: Int32Array };
}

/** The file system as the worker's frames show it. */
export interface FsRunView {
  /** changes with every change of the file system or the device */
  version: number;
  /** the caches' charts so far (an append-only log) */
  samples: readonly CacheSample[];
  picture(): FsPicture;
}

/**
 * Every name under the root, depth first, each directory's names in alphabetical order. It reads a file system
 * corrupted on purpose too: a name pointing at a free inode is left out, and each directory is walked once.
 */
export function treeOf(fs: FsState): FsTreeEntry[] {
  const out: FsTreeEntry[] = [{ path: '/', name: '/', depth: 0, inum: ROOT_INUM }];
  const walked = new Set<number>();
  const walk = (inum: number, path: string, depth: number): void => {
    const dir = fs.inodes[inum];
    if (dir?.kind !== 'dir' || walked.has(inum)) return;
    walked.add(inum);
    const names = entriesOf(fs, dir)
      .filter(([n, i]) => n !== '.' && n !== '..' && fs.inodes[i])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name, child] of names) {
      const at = `${path === '/' ? '' : path}/${name}`;
      out.push({ path: at, name, depth, inum: child });
      walk(child, at, depth + 1);
    }
  };
  walk(ROOT_INUM, '/', 1);
  return out;
}

export function fsView(st: SimState): FsRunView {
  const run = fsRun(st);
  return {
    version: run.version,
    samples: run.samples,
    picture: () => ({
      config: run.config,
      tree: treeOf(run.fs),
      inodes: run.fs.inodes.flatMap((inode, inum) => (inode ? [{ inum, inode }] : [])),
      queue: run.queue.filter((q) => q.end > st.now),
      waiting: run.waiting.map((w) => ({
        pid: w.pid,
        kind: w.kind,
        path: w.path,
        blocks: w.count,
        arrived: w.arrived,
      })),
      busyUntil: run.busyUntil,
      figures: fsResult(st),
      ledger: run.ledger,
      verdict: run.verdict,
      // Copies: the run goes on changing its tables, and a picture is of one tick (a few small arrays).
      open: deepCopy(run.open),
      orphans: [...run.fs.orphans],
      ...(run.log && { log: logMap(run.log) }),
    }),
  };
}
