import { entriesOf, resolve, resolveParent } from './paths';
import { LOWEST_FREE, withTaken } from './placement';
import {
  ROOT_INUM,
  type BlockContent,
  type FsError,
  type FsResult,
  type FsState,
  type Inode,
  type InodeKind,
} from './types';

/**
 * The namespace operations on the on-disk picture. Each checks everything before it changes anything, so a
 * refused operation leaves the file system exactly as it was and says why with the POSIX error it deserves.
 * Which free inode and block a new one is comes from a placement (the lowest free, as vsfs, unless given).
 */

/** A refusal: the POSIX code and the words for people. */
export const fail = (code: FsError['code'], message: string): { ok: false; error: FsError } => ({
  ok: false,
  error: { code, message },
});

type DirBlock = Extract<BlockContent, { kind: 'dir' }>;

/** Blocks a new entry in `dir` needs: 0 when its last block has room, 1 when it must grow, null when it cannot. */
function roomFor(fs: FsState, dir: Inode): 0 | 1 | null {
  const last = dir.blocks[dir.blocks.length - 1];
  if (last !== undefined && (fs.blocks[last] as DirBlock).entries.length < fs.geometry.entriesPerBlock) return 0;
  return dir.blocks.length < fs.geometry.pointersPerInode ? 1 : null;
}

function addEntry(fs: FsState, dir: Inode, name: string, inum: number, grow: number | undefined): void {
  if (grow !== undefined) {
    fs.dataBitmap[grow] = 1;
    fs.used.blocks++;
    fs.blocks[grow] = { kind: 'dir', entries: [] };
    dir.blocks.push(grow);
  }
  (fs.blocks[dir.blocks[dir.blocks.length - 1] as number] as DirBlock).entries.push([name, inum]);
}

function removeEntry(fs: FsState, dir: Inode, name: string): void {
  for (const b of dir.blocks) {
    const entries = (fs.blocks[b] as DirBlock).entries;
    const at = entries.findIndex(([n]) => n === name);
    if (at >= 0) {
      entries.splice(at, 1);
      return;
    }
  }
}

function freeInode(fs: FsState, inum: number): void {
  for (const b of (fs.inodes[inum] as Inode).blocks) {
    fs.dataBitmap[b] = 0;
    fs.blocks[b] = null;
    fs.used.blocks--;
  }
  fs.inodeBitmap[inum] = 0;
  fs.used.inodes--;
  fs.inodes[inum] = null;
}

/** Where a new name goes: the parent, the name, and the block the parent grows by (if it must). */
function placeName(
  fs: FsState,
  path: string,
): { ok: true; parentInum: number; parent: Inode; name: string; grows: boolean } | { ok: false; error: FsError } {
  const at = resolveParent(fs, path);
  if (!at.ok) return at;
  const parent = fs.inodes[at.parent] as Inode;
  if (entriesOf(fs, parent).some(([n]) => n === at.name)) return fail('EEXIST', `${path} already exists`);
  const room = roomFor(fs, parent);
  if (room === null)
    return fail(
      'ENOSPC',
      `the directory holding ${path} is full (${fs.geometry.entriesPerBlock * fs.geometry.pointersPerInode} entries)`,
    );
  return { ok: true, parentInum: at.parent, parent, name: at.name, grows: room === 1 };
}

/**
 * creat() of a new file or mkdir() of a new directory (whose one block holds "." and ".."). A file may be made
 * with `size` blocks at once (FFS's files are made whole); a directory always has one.
 */
export function create(fs: FsState, path: string, kind: InodeKind, placement = LOWEST_FREE, size = 0): FsResult {
  const place = placeName(fs, path);
  if (!place.ok) return place;
  const inum = placement.inode(fs, place.parentInum, kind);
  if (inum < 0) return fail('ENOSPC', `no free inode for ${path} (all ${fs.geometry.inodes} are in use)`);
  const noRoom = fail('ENOSPC', `no room for ${path}: too few free data blocks`);
  const own = kind === 'dir' ? placement.blocks(fs, inum, 1) : size > 0 ? placement.blocks(fs, inum, size) : [];
  if (!own) return noRoom;
  // The parent's next block, if it must grow, comes after the new inode's own.
  const grow = place.grows ? withTaken(fs, own, () => placement.blocks(fs, place.parentInum, 1)) : [];
  if (!grow) return noRoom;
  fs.inodeBitmap[inum] = 1;
  fs.used.inodes++;
  for (const b of own) {
    fs.dataBitmap[b] = 1;
    fs.blocks[b] =
      kind === 'dir'
        ? {
            kind: 'dir',
            entries: [
              ['.', inum],
              ['..', place.parentInum],
            ],
          }
        : { kind: 'file', data: '' };
  }
  fs.used.blocks += own.length;
  fs.inodes[inum] = { kind, links: kind === 'dir' ? 2 : 1, blocks: own };
  if (kind === 'dir') place.parent.links++;
  addEntry(fs, place.parent, place.name, inum, grow[0]);
  return { ok: true, inum };
}

/** link(): a second name for an existing file (never a directory, as POSIX says). */
export function link(fs: FsState, target: string, path: string, placement = LOWEST_FREE): FsResult {
  const t = resolve(fs, target);
  if (!t.ok) return t;
  const inode = fs.inodes[t.inum] as Inode;
  if (inode.kind === 'dir') return fail('EPERM', `${target} is a directory; directories cannot have hard links`);
  const place = placeName(fs, path);
  if (!place.ok) return place;
  const grow = place.grows ? placement.blocks(fs, place.parentInum, 1) : [];
  if (!grow) return fail('ENOSPC', `no free data block to grow the directory holding ${path}`);
  inode.links++;
  addEntry(fs, place.parent, place.name, t.inum, grow[0]);
  return { ok: true, inum: t.inum };
}

/** unlink(): removes a file's name; the file goes (inode and blocks freed) with its last name. */
export function unlink(fs: FsState, path: string): FsResult {
  const at = resolveParent(fs, path);
  if (!at.ok) return at;
  const t = resolve(fs, path);
  if (!t.ok) return t;
  const inode = fs.inodes[t.inum] as Inode;
  if (inode.kind === 'dir') return fail('EISDIR', `${path} is a directory (rmdir removes it)`);
  removeEntry(fs, fs.inodes[at.parent] as Inode, at.name);
  if (--inode.links === 0) freeInode(fs, t.inum);
  return { ok: true, inum: t.inum };
}

/** rmdir(): removes an empty directory. */
export function rmdir(fs: FsState, path: string): FsResult {
  const t = resolve(fs, path);
  if (!t.ok) return t;
  if (t.inum === ROOT_INUM) return fail('EBUSY', 'the root directory cannot be removed');
  const at = resolveParent(fs, path);
  if (!at.ok) return at;
  const inode = fs.inodes[t.inum] as Inode;
  if (inode.kind !== 'dir') return fail('ENOTDIR', `${path} is not a directory (unlink removes a file)`);
  const names = entriesOf(fs, inode).length - 2;
  if (names > 0) return fail('ENOTEMPTY', `${path} is not empty (${names} ${names === 1 ? 'name' : 'names'} in it)`);
  const parent = fs.inodes[at.parent] as Inode;
  removeEntry(fs, parent, at.name);
  parent.links--;
  freeInode(fs, t.inum);
  return { ok: true, inum: t.inum };
}

/** Appends one block holding `data` to a file (vsfs's write of BLOCKSIZE bytes with O_APPEND). */
export function appendBlock(fs: FsState, path: string, data: string, placement = LOWEST_FREE): FsResult {
  const t = resolve(fs, path);
  if (!t.ok) return t;
  const inode = fs.inodes[t.inum] as Inode;
  if (inode.kind === 'dir') return fail('EISDIR', `${path} is a directory`);
  if (inode.blocks.length >= fs.geometry.pointersPerInode)
    return fail('EFBIG', `${path} is as large as an inode allows (${fs.geometry.pointersPerInode} blocks)`);
  const [block] = placement.blocks(fs, t.inum, 1) ?? [];
  if (block === undefined)
    return fail('ENOSPC', `no free data block for ${path} (all ${fs.geometry.dataBlocks} are in use)`);
  fs.dataBitmap[block] = 1;
  fs.used.blocks++;
  fs.blocks[block] = { kind: 'file', data };
  inode.blocks.push(block);
  return { ok: true, inum: t.inum };
}
