import { CHECKPOINT_ADDR, type LfsState } from './lfsTypes';

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
 * inodes point to. Everything else was superseded by a newer copy (or freed) and is dead.
 */
export function liveness(fs: LfsState): Liveness {
  const live: Liveness = fs.log.map(() => null);
  const mark = (addr: number | null, because: LiveBecause) => {
    if (addr !== null && addr < live.length && live[addr] === null) live[addr] = because;
  };
  mark(CHECKPOINT_ADDR, { by: 'fixed' });
  fs.checkpoint.forEach((addr, piece) => mark(addr, { by: 'checkpoint', piece }));
  fs.imap.forEach((addr, inum) => mark(addr, { by: 'imap', inum }));
  fs.imap.forEach((addr, inum) => {
    const inode = addr === null ? undefined : fs.log[addr];
    if (inode?.kind === 'inode') inode.pointers.forEach((p, index) => mark(p, { by: 'inode', inum, index }));
  });
  return live;
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
