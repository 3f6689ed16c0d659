import { pySeed } from '../../ostep/pyRandom';
import {
  CHECKPOINT_ADDR,
  IMAP_PIECES,
  INODES_PER_PIECE,
  LFS_INODES,
  LFS_ROOT,
  POINTERS_PER_INODE,
  SLOTS_PER_DIR_BLOCK,
  type Addr,
  type DirSlot,
  type LfsBlock,
  type LfsConfig,
  type LfsInode,
  type LfsState,
} from './lfsTypes';
import { writeAtHead } from './segments';

const nulls = (n: number): Addr[] => Array.from({ length: n }, () => null);

export const pieceOf = (inum: number): number => Math.floor(inum / INODES_PER_PIECE);

export function newInode(type: LfsInode['type'], size: number, links: number): LfsInode {
  return { kind: 'inode', type, size, links, pointers: nulls(POINTERS_PER_INODE) };
}

/** A directory block with `first` in its first slots and the rest free. */
export function dirBlock(first: readonly DirSlot[]): Extract<LfsBlock, { kind: 'dir' }> {
  return { kind: 'dir', slots: Array.from({ length: SLOTS_PER_DIR_BLOCK }, (_, i) => first[i] ?? null) };
}

/** Appends a block at the log's end (on a disk of segments, at its head): its address. */
export function append(fs: LfsState, block: LfsBlock): number {
  if (fs.segments) return writeAtHead(fs, fs.segments, block);
  fs.log.push(block);
  return fs.log.length - 1;
}

/** Writes the piece of the inode map that holds `piece`'s inodes, as memory has it, and notes where it went. */
export function writePiece(fs: LfsState, piece: number): void {
  const start = piece * INODES_PER_PIECE;
  fs.checkpoint[piece] = append(fs, { kind: 'imap', piece, inodes: fs.imap.slice(start, start + INODES_PER_PIECE) });
}

/** Writes the pieces holding these inodes, each once, in the order first named. */
export function writePieces(fs: LfsState, inums: readonly number[]): void {
  const pieces = [...new Set(inums.map(pieceOf))];
  for (const piece of pieces) writePiece(fs, piece);
}

/** Overwrites the checkpoint region at address 0 with memory's: the only write that is not an append. */
export function syncCheckpoint(fs: LfsState): void {
  fs.log[CHECKPOINT_ADDR] = { kind: 'checkpoint', pieces: [...fs.checkpoint] };
  fs.segments?.io?.writes.push(CHECKPOINT_ADDR);
}

/**
 * An empty file system as lfs.py makes one: the checkpoint region (0), the root's directory block (1), its inode
 * (2), and the first inode-map piece (3), pointed to by the checkpoint region.
 */
export function createLfs(config: LfsConfig, seed: number): LfsState {
  const checkpoint = nulls(IMAP_PIECES);
  checkpoint[0] = 3;
  const fs: LfsState = { config, log: [], checkpoint, imap: nulls(LFS_INODES), random: pySeed(seed) };
  append(fs, { kind: 'checkpoint', pieces: [...checkpoint] });
  const root = newInode('dir', 1, 2);
  root.pointers[0] = append(
    fs,
    dirBlock([
      { name: '.', inum: LFS_ROOT },
      { name: '..', inum: LFS_ROOT },
    ]),
  );
  fs.imap[LFS_ROOT] = append(fs, root);
  writePiece(fs, 0);
  return fs;
}

/**
 * The name a slot compares as. lfs.py marks a free slot with the name "-" and finds free slots by that name, so
 * a file named "-" is taken for a free slot (looked up as absent when a free slot comes first, and overwritten
 * by the next name added): the model keeps that rule.
 */
export const FREE_SLOT_NAME = '-';
export const slotName = (slot: DirSlot | null): string => slot?.name ?? FREE_SLOT_NAME;

/** An inode as the file system finds it, or where lfs.py's own code breaks (an assertion) on the way. */
export type InodeRead = { ok: true; inode: LfsInode; addr: number } | { ok: false; why: string };

/**
 * Finds inode `inum`: through memory's inode map, or (readDiskCheckpoint) through the checkpoint region on disk
 * and the piece it points to, which may be older than memory's when checkpoints are not forced. A piece the disk's
 * checkpoint does not point to yet is read as lfs.py reads it: at address -1, which Python takes as the log's
 * last block.
 */
export function readInode(fs: LfsState, inum: number): InodeRead {
  let addr: Addr;
  if (fs.config.readDiskCheckpoint) {
    const cp = fs.log[CHECKPOINT_ADDR] as Extract<LfsBlock, { kind: 'checkpoint' }>;
    const pieceAddr = cp.pieces[pieceOf(inum)] ?? null;
    const piece = pieceAddr === null ? fs.log[fs.log.length - 1] : fs.log[pieceAddr];
    if (piece?.kind !== 'imap')
      return { ok: false, why: `inode ${inum}'s inode-map piece on disk is a ${piece?.kind ?? 'missing'} block` };
    addr = piece.inodes[inum % INODES_PER_PIECE] ?? null;
  } else addr = fs.imap[inum] ?? null;
  if (addr === null)
    return {
      ok: false,
      why: `inode ${inum} has no address in the ${fs.config.readDiskCheckpoint ? "disk's inode map" : 'inode map'}`,
    };
  const block = fs.log[addr];
  if (block?.kind !== 'inode') return { ok: false, why: `block ${addr}, read as inode ${inum}, is not an inode` };
  return { ok: true, inode: block, addr };
}
