import { pyRandom } from '../../ostep/pyRandom';
import {
  append,
  dirBlock,
  newInode,
  pieceOf,
  readInode,
  slotName,
  syncCheckpoint,
  writePiece,
  writePieces,
} from './lfsLog';
import { placeName, walk, type Walk } from './lfsPaths';
import {
  LFS_INODES,
  POINTERS_PER_INODE,
  type LfsBlock,
  type LfsFailure,
  type LfsInode,
  type LfsOutcome,
  type LfsState,
} from './lfsTypes';

const failed = (...failures: LfsFailure[]): LfsOutcome => ({ kind: 'failed', failures });
const stuck = (why: string): LfsOutcome => ({ kind: 'stuck', why });
const copyInode = (inode: LfsInode): LfsInode => ({ ...inode, pointers: [...inode.pointers] });

/** Ends an update: the checkpoint region is written too when checkpoints are forced. */
function finish(fs: LfsState, value = 0): LfsOutcome {
  if (fs.config.forceCheckpoints) syncCheckpoint(fs);
  return { kind: 'done', value };
}

/**
 * A free inode number: the lowest, or (random) numbers drawn until a free one comes up. null when all are in use.
 */
function allocateInode(fs: LfsState): number | null {
  const lowest = fs.imap.indexOf(null);
  if (lowest < 0 || fs.config.allocation === 'sequential') return lowest < 0 ? null : lowest;
  for (;;) {
    const inum = Math.floor(pyRandom(fs.random) * LFS_INODES);
    if (fs.imap[inum] === null) return inum;
  }
}

/** A walk that must find its name: the walk, or the outcome of an operation `op` that cannot go on. */
function mustFind(
  w: Walk,
  op: 'write' | 'delete' | 'link',
  path: string,
): (Walk & { kind: 'walked'; inum: number }) | LfsOutcome {
  const notFound: LfsFailure = { reason: 'notFound', code: 'ENOENT', path, op };
  if (w.kind === 'stuck') return stuck(w.why);
  if (w.kind === 'failed') return failed(w.failure, notFound);
  if (w.inum === null) return failed(notFound);
  return { ...w, inum: w.inum };
}

/** A regular file's inode, or the outcome of an operation `op` that cannot go on. */
function fileInode(fs: LfsState, inum: number, op: 'write' | 'delete' | 'link', path: string): LfsInode | LfsOutcome {
  const read = readInode(fs, inum);
  if (!read.ok) return stuck(`${op} ${path}: ${read.why}`);
  if (read.inode.type !== 'file') return failed({ reason: 'notRegular', code: 'EISDIR', path, op });
  return read.inode;
}

const isOutcome = (x: object): x is LfsOutcome =>
  'kind' in x && (x.kind === 'done' || x.kind === 'failed' || x.kind === 'stuck');

/**
 * Makes an empty file or directory: appends the parent's changed directory block, (a directory's own first
 * block), the parent's new inode, the new inode, and the inode-map pieces of both.
 */
export function lfsCreate(fs: LfsState, path: string, type: LfsInode['type']): LfsOutcome {
  const w = walk(fs, path);
  if (w.kind === 'stuck') return stuck(w.why);
  if (w.kind === 'failed') return failed(w.failure, { reason: 'noParent', code: 'ENOENT', path });
  if (w.inum !== null) return failed({ reason: 'exists', code: 'EEXIST', path, op: 'create' });
  const inum = allocateInode(fs);
  if (inum === null) return failed({ reason: 'noInodes', code: 'ENOSPC' });
  const placed = placeName(fs, w.dir, w.name, inum);
  if (placed === null) return failed({ reason: 'directoryFull', code: 'ENOSPC', path, op: 'create' });
  const parent = copyInode(w.dir);
  parent.size = placed.size;
  if (type === 'dir') parent.links += 1;
  parent.pointers[placed.index] = append(fs, placed.block);
  const made = type === 'dir' ? newInode('dir', 1, 2) : newInode('file', 0, 1);
  if (type === 'dir')
    made.pointers[0] = append(
      fs,
      dirBlock([
        { name: '.', inum },
        { name: '..', inum: w.parent },
      ]),
    );
  fs.imap[w.parent] = append(fs, parent);
  fs.imap[inum] = append(fs, made);
  writePieces(fs, [w.parent, inum]);
  return finish(fs);
}

/**
 * Writes `count` made-up blocks from block `offset` of a file, as many as fit in its 8 pointers: appends the
 * blocks, the file's new inode and its inode-map piece. The contents are drawn before anything is checked, as
 * lfs.py draws them. Done with the number of blocks written.
 */
export function lfsWrite(fs: LfsState, path: string, offset: number, count: number): LfsOutcome {
  const texts = Array.from({ length: Math.max(0, count) }, (_, i) => {
    const letter = String.fromCharCode(97 + Math.floor(pyRandom(fs.random) * 26));
    return `${letter}${i}`.repeat(16);
  });
  const w = mustFind(walk(fs, path), 'write', path);
  if (isOutcome(w)) return w;
  const inode = fileInode(fs, w.inum, 'write', path);
  if (isOutcome(inode)) return inode;
  if (offset < 0 || offset >= POINTERS_PER_INODE) return failed({ reason: 'badOffset', code: 'EINVAL', offset });
  const n = Math.min(POINTERS_PER_INODE - offset, texts.length);
  const next = copyInode(inode);
  for (let k = 0; k < n; k++) next.pointers[offset + k] = append(fs, { kind: 'data', text: texts[k] as string });
  next.size = Math.max(offset + n, inode.size);
  fs.imap[w.inum] = append(fs, next);
  writePiece(fs, pieceOf(w.inum));
  return finish(fs, n);
}

/**
 * A second name `dst` for the file `src`: appends the destination directory's changed block and new inode and
 * the file's new inode (one more link), and writes the inode-map piece of the directory only (lfs.py's rule:
 * the file's new address is in memory's map, not yet on disk when it lies in another piece).
 */
export function lfsLink(fs: LfsState, src: string, dst: string): LfsOutcome {
  const from = mustFind(walk(fs, src), 'link', src);
  if (isOutcome(from)) return from;
  const inode = fileInode(fs, from.inum, 'link', src);
  if (isOutcome(inode)) return inode;
  const to = walk(fs, dst);
  if (to.kind === 'stuck') return stuck(to.why);
  if (to.kind === 'failed')
    return stuck(`linking to ${dst}, whose directory it cannot find, it uses the missing directory (a TypeError)`);
  if (to.inum !== null) return failed({ reason: 'exists', code: 'EEXIST', path: dst, op: 'link' });
  const placed = placeName(fs, to.dir, to.name, from.inum);
  if (placed === null) return failed({ reason: 'directoryFull', code: 'ENOSPC', path: dst, op: 'link' });
  const dir = copyInode(to.dir);
  dir.size = placed.size;
  dir.pointers[placed.index] = append(fs, placed.block);
  fs.imap[to.parent] = append(fs, dir);
  const linked = copyInode(inode);
  linked.links += 1;
  fs.imap[from.inum] = append(fs, linked);
  writePieces(fs, [to.parent]);
  return finish(fs);
}

/**
 * Removes a file's name: appends its directory's changed block and new inode, the file's new inode when other
 * names remain (one link fewer; else its inode number is freed), and the inode-map pieces of both. The file's
 * blocks are not touched: nothing points to them any more, which is what makes them dead.
 */
export function lfsUnlink(fs: LfsState, path: string): LfsOutcome {
  const w = mustFind(walk(fs, path), 'delete', path);
  if (isOutcome(w)) return w;
  const inode = fileInode(fs, w.inum, 'delete', path);
  if (isOutcome(inode)) return inode;
  if (inode.links === 1) fs.imap[w.inum] = null;
  for (let index = 0; index < w.dir.size; index++) {
    const block = fs.log[w.dir.pointers[index] as number] as Extract<LfsBlock, { kind: 'dir' }>;
    const slot = block.slots.findIndex((s) => slotName(s) === w.name);
    if (slot < 0) continue;
    const slots = [...block.slots];
    slots[slot] = null;
    const dir = copyInode(w.dir);
    dir.pointers[index] = append(fs, { kind: 'dir', slots });
    fs.imap[w.parent] = append(fs, dir);
    if (inode.links > 1) {
      const unlinked = copyInode(inode);
      unlinked.links -= 1;
      fs.imap[w.inum] = append(fs, unlinked);
    }
    writePieces(fs, [w.inum, w.parent]);
    return finish(fs);
  }
  return stuck(`deleting ${path}: its name is not in the blocks its directory's size covers`);
}

/** Writes the checkpoint region as memory has it. */
export function lfsSync(fs: LfsState): LfsOutcome {
  syncCheckpoint(fs);
  return { kind: 'done', value: 0 };
}

/** One operation on the log-structured file system, as lfs.py's commands name them. */
export type LfsOp =
  | { op: 'create' | 'mkdir' | 'delete'; path: string }
  | { op: 'write'; path: string; offset: number; count: number }
  | { op: 'link'; src: string; dst: string }
  | { op: 'sync' };

export function applyLfsOp(fs: LfsState, c: LfsOp): LfsOutcome {
  switch (c.op) {
    case 'create':
      return lfsCreate(fs, c.path, 'file');
    case 'mkdir':
      return lfsCreate(fs, c.path, 'dir');
    case 'delete':
      return lfsUnlink(fs, c.path);
    case 'link':
      return lfsLink(fs, c.src, c.dst);
    case 'write':
      return lfsWrite(fs, c.path, c.offset, c.count);
    case 'sync':
      return lfsSync(fs);
  }
}
