import { pySeed } from '../../ostep/pyRandom';
import { writePieces, syncCheckpoint, append } from '../lfs/lfsLog';
import { INODES_PER_PIECE, type LfsBlock, type LfsState } from '../lfs/lfsTypes';
import type { FsState, Inode } from '../types';

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
 * an LfsState (fs/lfs/), so its liveness is lfs.py's rule.
 */
export interface LogLayout {
  lfs: LfsState;
  /** per inode in the log: what the log last wrote of it */
  seen: Map<number, LoggedInode>;
}

/** An inode as the log last wrote it: its file-system blocks in file order, their log addresses, its fields. */
interface LoggedInode {
  blocks: number[];
  addrs: number[];
  size: number;
  links: number;
  /** each directory block's names as written (to tell which changed) */
  dirText: string[];
}

const dirText = (fs: FsState, b: number): string => {
  const block = fs.blocks[b];
  return block?.kind === 'dir' ? block.entries.map(([n, i]) => `${n}:${i}`).join('/') : '';
};

/** The log of an empty file system: the root's directory block, inode and inode-map piece, and a checkpoint. */
export function createLogLayout(fs: FsState): { log: LogLayout; writes: LogWrites } {
  const pieces = Math.ceil(fs.geometry.inodes / INODES_PER_PIECE);
  const lfs: LfsState = {
    config: { readDiskCheckpoint: false, forceCheckpoints: true, allocation: 'sequential' },
    log: [{ kind: 'checkpoint', pieces: Array.from({ length: pieces }, () => null) }],
    checkpoint: Array.from({ length: pieces }, () => null),
    imap: Array.from({ length: fs.geometry.inodes }, () => null),
    random: pySeed(0),
  };
  const log: LogLayout = { lfs, seen: new Map() };
  return { log, writes: logChanges(log, fs, [0]) };
}

/**
 * Appends what changed in `fs` since the log last saw it, for the inodes the log holds and `also` (an inode an
 * operation may have made): each rewritten block, each changed inode, their inode-map pieces, the checkpoint.
 * Nothing when nothing changed (a refused operation).
 */
export function logChanges(log: LogLayout, fs: FsState, also: readonly number[]): LogWrites {
  const writes: LogWrites = { data: 0, dir: 0, inode: 0, imap: 0, checkpoint: 0 };
  const { lfs, seen } = log;
  const touched: number[] = [];
  const inums = [...new Set([...seen.keys(), ...also])].sort((a, b) => a - b);
  for (const inum of inums) {
    const inode = fs.inodes[inum];
    const was = seen.get(inum);
    if (!inode) {
      if (was) {
        seen.delete(inum);
        lfs.imap[inum] = null;
        touched.push(inum);
      }
      continue;
    }
    const now = logInode(lfs, fs, inode, was, writes);
    if (now === null) continue;
    seen.set(inum, now);
    lfs.imap[inum] = append(lfs, {
      kind: 'inode',
      // The log knows files and directories: a symbolic link goes in it as a small file holding its target.
      type: inode.kind === 'dir' ? 'dir' : 'file',
      size: inode.size,
      links: inode.links,
      pointers: [...now.addrs],
    });
    writes.inode++;
    touched.push(inum);
  }
  if (touched.length === 0) return writes;
  const before = lfs.log.length;
  writePieces(lfs, touched);
  writes.imap = lfs.log.length - before;
  syncCheckpoint(lfs);
  writes.checkpoint = 1;
  return writes;
}

/**
 * Appends an inode's changed blocks (a directory block whose names changed; a file's new blocks and the partly
 * filled last one it wrote into): its new record, or null when neither its blocks nor its fields changed.
 */
function logInode(
  lfs: LfsState,
  fs: FsState,
  inode: Inode,
  was: LoggedInode | undefined,
  writes: LogWrites,
): LoggedInode | null {
  // A file's blocks change only with its length (appends, truncate): one whose fields are as written is unchanged.
  if (was && inode.kind === 'file' && was.size === inode.size && was.links === inode.links) return null;
  const bs = fs.geometry.blockSize;
  // A file that grew rewrites from the block its old end was in (that block gets the new bytes too).
  const grownFrom = was && inode.kind === 'file' && inode.size > was.size ? Math.floor(was.size / bs) : Infinity;
  let changed =
    !was || was.size !== inode.size || was.links !== inode.links || was.blocks.length !== inode.blocks.length;
  const addrs: number[] = [];
  const texts: string[] = [];
  inode.blocks.forEach((b, k) => {
    const text = inode.kind === 'dir' ? dirText(fs, b) : '';
    texts.push(text);
    const same =
      was !== undefined && was.blocks[k] === b && k < grownFrom && (inode.kind === 'file' || was.dirText[k] === text);
    if (same) {
      addrs.push(was.addrs[k] as number);
      return;
    }
    changed = true;
    const block: LfsBlock =
      inode.kind === 'dir' ? { kind: 'dir', slots: entriesOfBlock(fs, b) } : { kind: 'data', text: '' };
    addrs.push(append(lfs, block));
    if (inode.kind === 'dir') writes.dir++;
    else writes.data++;
  });
  return changed ? { blocks: [...inode.blocks], addrs, size: inode.size, links: inode.links, dirText: texts } : null;
}

function entriesOfBlock(fs: FsState, b: number) {
  const block = fs.blocks[b];
  return block?.kind === 'dir' ? block.entries.map(([name, inum]) => ({ name, inum })) : [];
}
