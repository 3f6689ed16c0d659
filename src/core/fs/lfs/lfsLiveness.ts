import { CHECKPOINT_ADDR, type Addr, type LfsState } from './lfsTypes';

/** Why a block is live: what points to it first, following the pointers down from the checkpoint region. */
export type LiveBecause =
  | { by: 'fixed' }
  | { by: 'checkpoint'; piece: number }
  | { by: 'imap'; inum: number }
  | { by: 'inode'; inum: number; index: number };

/** Each block's liveness, by address: why it is live, or null where nothing reaches it (dead: garbage). */
export type Liveness = (LiveBecause | null)[];

/**
 * Which blocks a cleaner must keep, as lfs.py decides it: the checkpoint region; the inode-map pieces memory's
 * checkpoint region points to; the inode each entry of memory's inode map points to; and every block those
 * inodes point to. Everything else was superseded by a newer copy (or freed) and is dead. `visit` sees each
 * pointer into [from, to) in that order, an address again for each pointer to it (the first says why it is live;
 * a pointer may lie past the log's end); the walk stops where `visit` returns true (it has all it asked for).
 */
function walkLive(
  fs: LfsState,
  from: number,
  to: number,
  visit: (addr: number, by: LiveBecause['by'], n: number, index: number) => boolean,
): void {
  const within = (addr: Addr | undefined): addr is number =>
    addr !== null && addr !== undefined && addr >= from && addr < to;
  if (within(CHECKPOINT_ADDR) && visit(CHECKPOINT_ADDR, 'fixed', 0, 0)) return;
  const { checkpoint, imap, log } = fs;
  for (let piece = 0; piece < checkpoint.length; piece++) {
    const addr = checkpoint[piece];
    if (within(addr) && visit(addr, 'checkpoint', piece, 0)) return;
  }
  for (let inum = 0; inum < imap.length; inum++) {
    const addr = imap[inum];
    if (within(addr) && visit(addr, 'imap', inum, 0)) return;
  }
  for (let inum = 0; inum < imap.length; inum++) {
    const addr = imap[inum];
    const inode = addr === null || addr === undefined ? undefined : log[addr];
    if (inode?.kind !== 'inode') continue;
    const { pointers } = inode;
    for (let index = 0; index < pointers.length; index++) {
      const p = pointers[index];
      if (within(p) && visit(p, 'inode', inum, index)) return;
    }
  }
}

const reasonOf = (by: LiveBecause['by'], n: number, index: number): LiveBecause =>
  by === 'fixed'
    ? { by }
    : by === 'checkpoint'
      ? { by, piece: n }
      : by === 'imap'
        ? { by, inum: n }
        : { by, inum: n, index };

/** Each block's liveness (walkLive), with why. */
export function liveness(fs: LfsState): Liveness {
  const live: Liveness = fs.log.map(() => null);
  walkLive(fs, 0, live.length, (addr, by, n, index) => {
    if (live[addr] === null) live[addr] = reasonOf(by, n, index);
    return false;
  });
  return live;
}

/**
 * Whether each block of the log's [from, to) is live (1) or dead (0), as liveness says: what the dump of a few new
 * blocks after each command asks, in the time of the pointers walked rather than of the whole log (and no more of
 * them once every block asked about is live: the checkpoint region alone is the first pointer).
 */
export function liveMarks(fs: LfsState, from: number, to: number): Uint8Array {
  const marks = new Uint8Array(Math.max(0, to - from));
  const end = Math.min(to, fs.log.length);
  let unmarked = end - from;
  if (unmarked > 0)
    walkLive(fs, from, end, (addr) => {
      if (marks[addr - from] === 0) {
        marks[addr - from] = 1;
        unmarked--;
      }
      return unmarked === 0;
    });
  return marks;
}

/** A block's liveness in words. */
export function livenessSentence(because: LiveBecause | null): string {
  if (because === null) return 'dead: nothing live points to it (a newer copy replaced it, or its file is gone)';
  switch (because.by) {
    case 'fixed':
      return 'live: the checkpoint region, at its fixed address';
    case 'checkpoint':
      return `live: the checkpoint region points to it as inode-map piece ${because.piece}`;
    case 'imap':
      return `live: the inode map points to it as inode ${because.inum}`;
    case 'inode':
      return `live: inode ${because.inum} points to it as its block ${because.index}`;
  }
}
