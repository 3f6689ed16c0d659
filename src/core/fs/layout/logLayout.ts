import { pySeed } from '../../ostep/pyRandom';
import { writePieces, syncCheckpoint, append, pieceOf } from '../lfs/lfsLog';
import { INODES_PER_PIECE, type LfsBlock, type LfsInode, type LfsState } from '../lfs/lfsTypes';
import { createSegments, room, segmentCount } from '../lfs/segments';
import type { DirEntry, FsState, Inode } from '../types';

/** The blocks one operation appends to the log, by kind; the checkpoint region is overwritten in place. */
export interface LogWrites {
  data: number;
  dir: number;
  inode: number;
  imap: number;
  checkpoint: number;
}

/**
 * A log-structured layout of a file system's changes: after each operation (done on an FsState, which decides
 * what the operation means and whether it is refused), every block it changed is appended to the log, then each
 * changed inode (pointing to its blocks' newest copies), then the inode-map pieces holding them, and the
 * checkpoint region at address 0 is rewritten (a checkpoint after every operation, as lfs.py's -F). The log is
 * an LfsState (fs/lfs/), so its liveness is lfs.py's rule; on a disk of segments a cleaner moves its blocks.
 */
export interface LogLayout {
  lfs: LfsState;
  /** per inode in the log: what the log last wrote of it */
  seen: Map<number, LoggedInode>;
}

/** An inode as the log last wrote it: its file-system blocks in file order and its fields. */
interface LoggedInode {
  blocks: number[];
  size: number;
  links: number;
  /** each directory block's names as written, a copy (to tell which changed; a file's blocks have none) */
  names: (readonly DirEntry[])[];
}

/** What the log would write for the changes it has not seen yet, before it writes anything. */
export interface LogPlan {
  /** inodes changed or new, in number order, with which of their blocks are written again */
  changed: { inum: number; inode: Inode; record: LoggedInode; rewrite: boolean[] }[];
  /** inodes gone from the file system */
  gone: number[];
}

const namesIn = (fs: FsState, b: number): readonly DirEntry[] => {
  const block = fs.blocks[b];
  return block?.kind === 'dir' ? block.entries : [];
};

/** Whether a directory block holds the names it held, compared name by name (no text built: this runs per operation). */
function sameNames(was: readonly DirEntry[] | undefined, now: readonly DirEntry[]): boolean {
  if (was?.length !== now.length) return false;
  return now.every(([name, inum], i) => was[i]?.[0] === name && was[i]?.[1] === inum);
}

/** The log addresses of an inode's blocks, as its newest copy in the log points to them (the cleaner moves them). */
export function loggedAddrs(log: LogLayout, inum: number): number[] {
  const addr = log.lfs.imap[inum];
  return addr === null || addr === undefined ? [] : (log.lfs.log[addr] as LfsInode).pointers.map((p) => p as number);
}

/**
 * The log of a new file system: the root's directory block, inode and inode-map piece (and whatever else it
 * holds, when it fits), and a checkpoint. With
 * a disk, the log lies on `blocks` blocks cut into segments of `segmentBlocks` (the checkpoint region first).
 */
export function createLogLayout(
  fs: FsState,
  disk?: { blocks: number; segmentBlocks: number },
): { log: LogLayout; writes: LogWrites } {
  const pieces = Math.ceil(fs.geometry.inodes / INODES_PER_PIECE);
  const lfs: LfsState = {
    config: { readDiskCheckpoint: false, forceCheckpoints: true, allocation: 'sequential' },
    log: [{ kind: 'checkpoint', pieces: Array.from({ length: pieces }, () => null) }],
    checkpoint: Array.from({ length: pieces }, () => null),
    imap: Array.from({ length: fs.geometry.inodes }, () => null),
    random: pySeed(0),
    ...(disk && {
      segments: createSegments(segmentCount(disk.blocks, disk.segmentBlocks), disk.segmentBlocks),
    }),
  };
  const log: LogLayout = { lfs, seen: new Map() };
  // Everything the file system holds already (the root; a model store made at the start), if the log has room.
  const plan = planChanges(
    log,
    fs,
    fs.inodes.flatMap((inode, inum) => (inode ? [inum] : [])),
  );
  const fits = !lfs.segments || planBlocks(plan) <= room(lfs.segments);
  return { log, writes: fits ? writePlan(log, fs, plan) : writePlan(log, fs, planChanges(log, fs, [0])) };
}

/**
 * What changed in `fs` since the log last saw it, for the inodes the log holds and `also` (an inode an operation
 * may have made): each inode whose blocks or fields changed, and which of its blocks; each inode gone.
 */
export function planChanges(log: LogLayout, fs: FsState, also: readonly number[]): LogPlan {
  const plan: LogPlan = { changed: [], gone: [] };
  const inums = [...new Set([...log.seen.keys(), ...also])].sort((a, b) => a - b);
  for (const inum of inums) {
    const inode = fs.inodes[inum];
    const was = log.seen.get(inum);
    if (!inode) {
      if (was) plan.gone.push(inum);
      continue;
    }
    const now = planInode(fs, inode, was);
    if (now) plan.changed.push({ inum, inode, ...now });
  }
  return plan;
}

/** Blocks a plan appends: the changed blocks, the inodes, and the inode-map pieces holding them. */
export function planBlocks(plan: LogPlan): number {
  const rewrites = plan.changed.reduce((n, c) => n + c.rewrite.filter(Boolean).length, 0);
  const pieces = new Set([...plan.changed.map((c) => c.inum), ...plan.gone].map(pieceOf));
  return rewrites + plan.changed.length + pieces.size;
}

/** Appends what a plan says: each rewritten block, each changed inode, their inode-map pieces, the checkpoint. */
export function writePlan(log: LogLayout, fs: FsState, plan: LogPlan): LogWrites {
  const writes: LogWrites = { data: 0, dir: 0, inode: 0, imap: 0, checkpoint: 0 };
  const { lfs, seen } = log;
  for (const inum of plan.gone) {
    seen.delete(inum);
    lfs.imap[inum] = null;
  }
  for (const { inum, inode, record, rewrite } of plan.changed) {
    const old = seen.has(inum) ? loggedAddrs(log, inum) : [];
    const addrs = inode.blocks.map((b, k) => {
      if (!rewrite[k]) return old[k] as number;
      if (inode.kind === 'dir') writes.dir++;
      else writes.data++;
      return append(lfs, blockOf(fs, inum, inode, k));
    });
    seen.set(inum, record);
    lfs.imap[inum] = append(lfs, {
      kind: 'inode',
      // The log knows files and directories: a symbolic link goes in it as a small file holding its target.
      type: inode.kind === 'dir' ? 'dir' : 'file',
      size: inode.size,
      links: inode.links,
      pointers: addrs,
    });
    writes.inode++;
  }
  const touched = [...plan.changed.map((c) => c.inum), ...plan.gone];
  if (touched.length === 0) return writes;
  writePieces(lfs, touched);
  writes.imap = new Set(touched.map(pieceOf)).size;
  syncCheckpoint(lfs);
  writes.checkpoint = 1;
  return writes;
}

/**
 * An inode's changed blocks (a directory block whose names changed; a file's new blocks and the partly filled
 * last one it wrote into) and its new record, or null when neither its blocks nor its fields changed.
 */
function planInode(
  fs: FsState,
  inode: Inode,
  was: LoggedInode | undefined,
): { record: LoggedInode; rewrite: boolean[] } | null {
  // A file's blocks change only with its length (appends, truncate): one whose fields are as written is unchanged.
  if (was && inode.kind === 'file' && was.size === inode.size && was.links === inode.links) return null;
  const bs = fs.geometry.blockSize;
  // A file that grew rewrites from the block its old end was in (that block gets the new bytes too).
  const grownFrom = was && inode.kind === 'file' && inode.size > was.size ? Math.floor(was.size / bs) : Infinity;
  let changed =
    !was || was.size !== inode.size || was.links !== inode.links || was.blocks.length !== inode.blocks.length;
  const names = inode.kind === 'dir' ? inode.blocks.map((b) => namesIn(fs, b)) : [];
  const rewrite = inode.blocks.map((b, k) => {
    const same =
      was !== undefined &&
      was.blocks[k] === b &&
      k < grownFrom &&
      (inode.kind === 'file' || sameNames(was.names[k], names[k] as readonly DirEntry[]));
    if (!same) changed = true;
    return !same;
  });
  if (!changed) return null;
  const record = { blocks: [...inode.blocks], size: inode.size, links: inode.links, names: names.map((n) => [...n]) };
  return { record, rewrite };
}

/**
 * A block as the log writes it: a directory's names, or a file block's contents as "inode:index:bytes" (the
 * picture's blocks hold no bytes, so this names what it holds: enough to tell that the cleaner moved it intact).
 */
function blockOf(fs: FsState, inum: number, inode: Inode, k: number): LfsBlock {
  const b = inode.blocks[k] as number;
  const block = fs.blocks[b];
  if (inode.kind === 'dir')
    return { kind: 'dir', slots: block?.kind === 'dir' ? block.entries.map(([name, i]) => ({ name, inum: i })) : [] };
  const bs = fs.geometry.blockSize;
  return { kind: 'data', text: `${inum}:${k}:${Math.min(bs, inode.size - k * bs)}` };
}
