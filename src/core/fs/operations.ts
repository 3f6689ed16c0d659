import { mark } from './bitmap';
import { addName, removeName, retargetName } from './dirEntries';
import { NAME_MAX, PATH_MAX, newInode } from './fileSystem';
import { lookupIn, notADirectory, resolve, resolveLast, resolveParent } from './paths';
import { metaFor, pickMeta, takeMeta, trimMeta } from './allocation/nodeAllocation';
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
 *
 * The path forms resolve their path, then do the *at form, as POSIX's *at() calls with a directory descriptor: a
 * caller that holds the directory (and, for a write or a link, the file) as inode numbers names it so and walks
 * no path. There `name` is one name, as resolveParent gives it, and `path` only what the messages call it.
 */

/** A refusal: the POSIX code and the words for people. */
export const fail = (code: FsError['code'], message: string): { ok: false; error: FsError } => ({
  ok: false,
  error: { code, message },
});

type DirBlock = Extract<BlockContent, { kind: 'dir' }>;

/** The names in a directory besides "." and "..". */
function namesIn(fs: FsState, dir: Inode): number {
  let n = -2;
  for (const b of dir.blocks) n += (fs.blocks[b] as DirBlock).entries.length;
  return n;
}

/** Blocks a new entry in `dir` needs: 0 when its last block has room, 1 when it must grow, null when it cannot. */
function roomFor(fs: FsState, dir: Inode): 0 | 1 | null {
  const last = dir.blocks[dir.blocks.length - 1];
  if (last !== undefined && (fs.blocks[last] as DirBlock).entries.length < fs.geometry.entriesPerBlock) return 0;
  return dir.blocks.length < fs.geometry.pointersPerInode ? 1 : null;
}

/** An inode's contents changed now (data, or a directory's names). */
function modified(fs: FsState, inode: Inode): void {
  inode.mtime = fs.now;
  inode.ctime = fs.now;
}

function addEntry(fs: FsState, dir: Inode, name: string, inum: number, grow: number | undefined): void {
  if (grow !== undefined) {
    mark(fs, 'blocks', grow, 1);
    fs.blocks[grow] = { kind: 'dir', entries: [] };
    dir.blocks.push(grow);
    dir.size += fs.geometry.blockSize;
  }
  addName(fs, dir, name, inum);
  modified(fs, dir);
}

function removeEntry(fs: FsState, dir: Inode, name: string): void {
  modified(fs, dir);
  removeName(fs, dir, name);
}

/** Takes free blocks for a file's contents. */
function takeFileBlocks(fs: FsState, blocks: readonly number[]): void {
  for (const b of blocks) {
    mark(fs, 'blocks', b, 1);
    fs.blocks[b] = { kind: 'file', data: '' };
  }
}

/** Gives a file's last `count` blocks back. */
function dropFileBlocks(fs: FsState, inode: Inode, count: number): void {
  for (const b of inode.blocks.splice(inode.blocks.length - count, count)) {
    mark(fs, 'blocks', b, 0);
    fs.blocks[b] = null;
  }
  trimMeta(fs, inode);
}

/**
 * The metadata blocks the allocation strategy needs for a file growing by `more` (none without one), the nearest
 * free after them, with `more` counted as taken; null when too few are free.
 */
function metaForGrowth(fs: FsState, kind: InodeKind, inode: Inode | null, more: number[]): number[] | null {
  const count = metaFor(fs, kind, inode?.blocks ?? [], more) - (inode?.meta?.length ?? 0);
  if (count <= 0) return [];
  return withTaken(fs, more, () => pickMeta(fs, (more[more.length - 1] as number) + 1, count));
}

function freeInode(fs: FsState, inum: number): void {
  trimMeta(fs, fs.inodes[inum] as Inode, 0);
  for (const b of (fs.inodes[inum] as Inode).blocks) {
    mark(fs, 'blocks', b, 0);
    fs.blocks[b] = null;
  }
  mark(fs, 'inodes', inum, 0);
  fs.inodes[inum] = null;
}

/** An inode's last name went: it is freed, or kept on the orphan list while an open file holds it (POSIX). */
function lastNameGone(fs: FsState, inum: number): void {
  if ((fs.held[inum] ?? 0) > 0) fs.orphans.push(inum);
  else freeInode(fs, inum);
}

/** An open file now holds inode `inum`: its last name going will not free it. */
export function hold(fs: FsState, inum: number): void {
  fs.held[inum] = (fs.held[inum] ?? 0) + 1;
}

/** An open file of inode `inum` closed; the last one frees it if it is an orphan. True when it was freed. */
export function release(fs: FsState, inum: number): boolean {
  const left = (fs.held[inum] ?? 1) - 1;
  if (left > 0) {
    fs.held[inum] = left;
    return false;
  }
  delete fs.held[inum];
  const at = fs.orphans.indexOf(inum);
  if (at < 0) return false;
  fs.orphans.splice(at, 1);
  freeInode(fs, inum);
  return true;
}

/**
 * Where a new name goes: `name` in directory `parentInum` (`path` in messages), and whether that directory must
 * grow by a block for it.
 */
function placeNameAt(
  fs: FsState,
  parentInum: number,
  name: string,
  path: string,
): { ok: true; parentInum: number; parent: Inode; name: string; grows: boolean } | { ok: false; error: FsError } {
  const parent = fs.inodes[parentInum] as Inode;
  if (parent.kind !== 'dir') return { ok: false, error: notADirectory(path) };
  if (lookupIn(fs, parent, name) !== null) return fail('EEXIST', `${path} already exists`);
  const room = roomFor(fs, parent);
  if (room === null)
    return fail(
      'ENOSPC',
      `the directory holding ${path} is full (${fs.geometry.entriesPerBlock * fs.geometry.pointersPerInode} entries)`,
    );
  return { ok: true, parentInum, parent, name, grows: room === 1 };
}

/** create()'s refusal for want of data blocks: made when refused, not before each create (most succeed). */
const tooFewBlocks = (path: string) => fail('ENOSPC', `no room for ${path}: too few free data blocks`);

/**
 * creat() of a new file or mkdir() of a new directory (whose one block holds "." and ".."). A file may be made
 * with `size` blocks at once (FFS's files are made whole); a directory always has one.
 */
export function create(
  fs: FsState,
  path: string,
  kind: InodeKind,
  placement = LOWEST_FREE,
  size = 0,
  owner = 0,
): FsResult {
  const at = resolveParent(fs, path);
  return at.ok ? createAt(fs, at.parent, at.name, path, kind, placement, size, owner) : at;
}

/**
 * create() of `name` in directory `parent` (mkdirat(), or openat() with O_CREAT|O_EXCL): no path walked. `path`
 * is what messages call the new name.
 */
export function createAt(
  fs: FsState,
  parent: number,
  name: string,
  path: string,
  kind: InodeKind,
  placement = LOWEST_FREE,
  size = 0,
  owner = 0,
): FsResult {
  const place = placeNameAt(fs, parent, name, path);
  if (!place.ok) return place;
  const inum = placement.inode(fs, place.parentInum, kind);
  if (inum < 0) return fail('ENOSPC', `no free inode for ${path} (all ${fs.geometry.inodes} are in use)`);
  if (size > fs.geometry.pointersPerInode)
    return fail('EFBIG', `${path} would need ${size} blocks; an inode points at ${fs.geometry.pointersPerInode}`);
  const own = kind === 'dir' ? placement.blocks(fs, inum, 1) : size > 0 ? placement.blocks(fs, inum, size) : [];
  if (!own) {
    const why = placement.noRoom?.(fs, inum, Math.max(size, 1));
    return why === undefined ? tooFewBlocks(path) : fail('ENOSPC', `no room for ${path}: ${why}`);
  }
  const meta = metaForGrowth(fs, kind, null, own);
  if (!meta) return tooFewBlocks(path);
  // The parent's next block, if it must grow, comes after the new inode's own.
  const grow = place.grows ? withTaken(fs, [...own, ...meta], () => placement.blocks(fs, place.parentInum, 1)) : [];
  if (!grow) return tooFewBlocks(path);
  mark(fs, 'inodes', inum, 1);
  for (const b of own) {
    mark(fs, 'blocks', b, 1);
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
  const inode = newInode(fs, kind, own, owner);
  if (kind === 'file') inode.size = size * fs.geometry.blockSize;
  takeMeta(fs, inode, meta);
  fs.inodes[inum] = inode;
  if (kind === 'dir') place.parent.links++;
  addEntry(fs, place.parent, place.name, inum, grow[0]);
  return { ok: true, inum };
}

/** link(): a second name for an existing file (never a directory, as POSIX says). */
export function link(fs: FsState, target: string, path: string, placement = LOWEST_FREE): FsResult {
  // As Linux's link(2): a symbolic link named last gets the new name itself, not what it points at.
  const t = resolve(fs, target, false);
  if (!t.ok) return t;
  // A directory is refused before the new name's directory is looked for, as link() always has.
  const dir = directoryLink(fs, t.inum, target);
  if (dir) return dir;
  const at = resolveParent(fs, path);
  return at.ok ? linkAt(fs, t.inum, target, at.parent, at.name, path, placement) : at;
}

/**
 * linkat() with the file in hand: inode `inum` (which messages call `target`) gets the name `name` in directory
 * `parent` (`path` in messages).
 */
export function linkAt(
  fs: FsState,
  inum: number,
  target: string,
  parent: number,
  name: string,
  path: string,
  placement = LOWEST_FREE,
): FsResult {
  const dir = directoryLink(fs, inum, target);
  if (dir) return dir;
  const place = placeNameAt(fs, parent, name, path);
  if (!place.ok) return place;
  const grow = place.grows ? placement.blocks(fs, place.parentInum, 1) : [];
  if (!grow) return fail('ENOSPC', `no free data block to grow the directory holding ${path}`);
  const inode = fs.inodes[inum] as Inode;
  inode.links++;
  inode.ctime = fs.now;
  addEntry(fs, place.parent, place.name, inum, grow[0]);
  return { ok: true, inum };
}

/** link()'s refusal of a directory (POSIX has no hard links to directories), or null. */
function directoryLink(fs: FsState, inum: number, target: string): { ok: false; error: FsError } | null {
  return (fs.inodes[inum] as Inode).kind === 'dir'
    ? fail('EPERM', `${target} is a directory; directories cannot have hard links`)
    : null;
}

/**
 * symlink(): a new name holding `target`, a path that need not exist (a dangling link gives ENOENT when used).
 * The target is kept in the inode, so the link takes an inode and a directory entry but no data block.
 */
export function symlink(fs: FsState, target: string, path: string, placement = LOWEST_FREE, owner = 0): FsResult {
  if (target === '') return fail('ENOENT', `a symbolic link needs a target (${path} was given none)`);
  if (target.length > PATH_MAX)
    return fail('ENAMETOOLONG', `the target of ${path} is ${target.length} characters; at most ${PATH_MAX}`);
  const long = target.split('/').find((n) => n.length > NAME_MAX);
  if (long !== undefined)
    return fail(
      'ENAMETOOLONG',
      `the name "${long.slice(0, 20)}…" in the target is ${long.length} characters; at most ${NAME_MAX}`,
    );
  const made = create(fs, path, 'symlink', placement, 0, owner);
  if (!made.ok) return made;
  const inode = fs.inodes[made.inum] as Inode;
  inode.target = target;
  inode.size = target.length;
  return made;
}

/** unlink(): removes a file's name; the file goes (inode and blocks freed) with its last name. */
export function unlink(fs: FsState, path: string): FsResult {
  const at = resolveParent(fs, path);
  if (!at.ok) return at;
  const done = unlinkAt(fs, at.parent, at.name, path);
  // A missing name is walked again, for the words resolve's ENOENT has (the directories a link led through).
  return done.ok || done.error.code !== 'ENOENT' ? done : resolve(fs, path, false);
}

/** unlinkat(): removes the name `name` (a link itself, if it is one) from directory `parent`; `path` in messages. */
export function unlinkAt(fs: FsState, parent: number, name: string, path: string): FsResult {
  const dir = fs.inodes[parent] as Inode;
  if (dir.kind !== 'dir') return { ok: false, error: notADirectory(path) };
  const inum = lookupIn(fs, dir, name);
  if (inum === null) return fail('ENOENT', `${path} does not exist`);
  const inode = fs.inodes[inum] as Inode;
  if (inode.kind === 'dir') return fail('EISDIR', `${path} is a directory (rmdir removes it)`);
  removeEntry(fs, dir, name);
  inode.ctime = fs.now;
  if (--inode.links === 0) lastNameGone(fs, inum);
  return { ok: true, inum };
}

/**
 * A directory an open file holds cannot go (POSIX lets rmdir and rename refuse one in use with EBUSY; Linux
 * keeps it nameless instead, which would put a directory on the orphan list fsck knows only files on).
 */
function openHere(fs: FsState, inum: number, path: string): { ok: false; error: FsError } | null {
  const held = fs.held[inum] ?? 0;
  if (held === 0) return null;
  return fail(
    'EBUSY',
    `${path} is open (${held} open-file ${held === 1 ? 'entry holds' : 'entries hold'} it); close it first`,
  );
}

/** rmdir(): removes an empty directory. */
export function rmdir(fs: FsState, path: string): FsResult {
  const t = resolveLast(fs, path);
  if (!t.ok) return t;
  if (t.inum === ROOT_INUM) return fail('EBUSY', 'the root directory cannot be removed');
  const at = t.at;
  if (!at.ok) return at;
  const inode = fs.inodes[t.inum] as Inode;
  if (inode.kind !== 'dir') return fail('ENOTDIR', `${path} is not a directory (unlink removes a file)`);
  const busy = openHere(fs, t.inum, path);
  if (busy) return busy;
  const names = namesIn(fs, inode);
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
  return t.ok ? appendBlockTo(fs, t.inum, data, path, placement) : t;
}

/** appendBlock with the file in hand (a write through a descriptor): inode `inum`, `path` in messages. */
export function appendBlockTo(
  fs: FsState,
  inum: number,
  data: string,
  path: string,
  placement = LOWEST_FREE,
): FsResult {
  const inode = fs.inodes[inum] as Inode;
  if (inode.kind === 'dir') return fail('EISDIR', `${path} is a directory`);
  if (inode.blocks.length >= fs.geometry.pointersPerInode)
    return fail('EFBIG', `${path} is as large as an inode allows (${fs.geometry.pointersPerInode} blocks)`);
  const [block] = placement.blocks(fs, inum, 1) ?? [];
  if (block === undefined)
    return fail('ENOSPC', `no free data block for ${path} (all ${fs.geometry.dataBlocks} are in use)`);
  mark(fs, 'blocks', block, 1);
  fs.blocks[block] = { kind: 'file', data };
  // A file's first block in a list of one: push would give the empty list room for 16 more (V8's growth).
  if (inode.blocks.length === 0) inode.blocks = [block];
  else inode.blocks.push(block);
  inode.size += fs.geometry.blockSize;
  modified(fs, inode);
  return { ok: true, inum };
}

/** The file at `path`, or the error a write or truncate of it gives. */
function regularFile(
  fs: FsState,
  path: string,
): { ok: true; inum: number; inode: Inode } | { ok: false; error: FsError } {
  const t = resolve(fs, path);
  if (!t.ok) return t;
  const inode = fs.inodes[t.inum] as Inode;
  if (inode.kind === 'dir') return fail('EISDIR', `${path} is a directory`);
  return { ok: true, inum: t.inum, inode };
}

/**
 * Sets a file's length to `bytes` (truncate(2)): blocks past the new end go back, and a file made longer gets the
 * blocks the new length needs (holding zeros). All or nothing: too few free blocks, or more than an inode points
 * at, changes nothing.
 */
export function truncate(fs: FsState, path: string, bytes: number, placement = LOWEST_FREE): FsResult {
  const f = regularFile(fs, path);
  if (!f.ok) return f;
  return resize(fs, f.inum, bytes, path, placement);
}

/** truncate(2) of file inode `inum` (named `path` in messages), which may have no name left (an open orphan). */
export function resize(fs: FsState, inum: number, bytes: number, path: string, placement = LOWEST_FREE): FsResult {
  const inode = fs.inodes[inum] as Inode;
  const { blockSize, pointersPerInode } = fs.geometry;
  const need = Math.ceil(bytes / blockSize);
  if (need > pointersPerInode)
    return fail(
      'EFBIG',
      `${path} would need ${need} blocks; an inode points at ${pointersPerInode} (${pointersPerInode * blockSize} bytes)`,
    );
  const more = need - inode.blocks.length;
  if (more > 0) {
    const got = placement.blocks(fs, inum, more);
    const needs = `${path} needs ${more} more block${more === 1 ? '' : 's'}`;
    if (!got) {
      const why = placement.noRoom?.(fs, inum, more);
      const free = fs.geometry.dataBlocks - fs.used.blocks;
      return fail('ENOSPC', why === undefined ? `${needs}; ${free} are free` : `${needs}, but ${why}`);
    }
    const meta = metaForGrowth(fs, inode.kind, inode, got);
    if (!meta)
      return fail(
        'ENOSPC',
        `${needs} and the blocks of pointers to find them; ${fs.geometry.dataBlocks - fs.used.blocks} are free`,
      );
    takeFileBlocks(fs, got);
    inode.blocks.push(...got);
    takeMeta(fs, inode, meta);
  } else if (more < 0) dropFileBlocks(fs, inode, -more);
  inode.size = bytes;
  modified(fs, inode);
  return { ok: true, inum };
}

/** Appends `bytes` to a file (write(2) with O_APPEND): truncate to its length plus `bytes`, with its errors. */
export function append(fs: FsState, path: string, bytes: number, placement = LOWEST_FREE): FsResult {
  const f = regularFile(fs, path);
  if (!f.ok) return f;
  return truncate(fs, path, f.inode.size + bytes, placement);
}

/** Is `inum` the directory `dir` or under it? (A directory cannot move into itself.) */
function within(fs: FsState, inum: number, dir: number): boolean {
  for (let at = inum; ;) {
    if (at === dir) return true;
    if (at === ROOT_INUM) return false;
    at = lookupIn(fs, fs.inodes[at] as Inode, '..') as number;
  }
}

/**
 * rename(2): `from`'s name moves to `to`. An existing `to` is replaced when it is of the same kind (a file by a
 * file, an empty directory by a directory), as POSIX says; a directory cannot move under itself. A directory that
 * moves has its ".." point at its new parent.
 */
export function rename(fs: FsState, from: string, to: string, placement = LOWEST_FREE): FsResult {
  const src = resolveLast(fs, from);
  if (!src.ok) return src;
  const srcAt = src.at;
  if (!srcAt.ok) return srcAt;
  const dstAt = resolveParent(fs, to);
  if (!dstAt.ok) return dstAt;
  const inode = fs.inodes[src.inum] as Inode;
  const isDir = inode.kind === 'dir';
  if (isDir && within(fs, dstAt.parent, src.inum)) return fail('EINVAL', `${from} cannot move into itself (${to})`);
  const newParent = fs.inodes[dstAt.parent] as Inode;
  // What `to` names now, a link itself if it is one: its parent was walked to, so one lookup there.
  const dst = lookupIn(fs, newParent, dstAt.name);
  let grow: number[] | null = [];
  if (dst !== null) {
    if (dst === src.inum) return { ok: true, inum: src.inum };
    const old = fs.inodes[dst] as Inode;
    if (isDir && old.kind !== 'dir') return fail('ENOTDIR', `${to} is not a directory; ${from} is`);
    const busy = old.kind === 'dir' ? openHere(fs, dst, to) : null;
    if (busy) return busy;
    if (!isDir && old.kind === 'dir') return fail('EISDIR', `${to} is a directory; ${from} is not`);
    const names = old.kind === 'dir' ? namesIn(fs, old) : 0;
    if (names > 0) return fail('ENOTEMPTY', `${to} is not empty (${names} ${names === 1 ? 'name' : 'names'} in it)`);
  } else {
    const place = placeNameAt(fs, dstAt.parent, dstAt.name, to);
    if (!place.ok) return place;
    grow = place.grows ? placement.blocks(fs, place.parentInum, 1) : [];
    if (!grow) return fail('ENOSPC', `no free data block to grow the directory holding ${to}`);
  }
  const oldParent = fs.inodes[srcAt.parent] as Inode;
  if (dst !== null) {
    // The name now names the moved inode, in place: there is no moment without `to`, as rename(2) promises.
    retargetName(fs, newParent, dstAt.name, src.inum);
    modified(fs, newParent);
    const old = fs.inodes[dst] as Inode;
    old.ctime = fs.now;
    if (old.kind === 'dir') {
      newParent.links--;
      freeInode(fs, dst);
    } else if (--old.links === 0) lastNameGone(fs, dst);
  } else addEntry(fs, newParent, dstAt.name, src.inum, grow[0]);
  removeEntry(fs, oldParent, srcAt.name);
  inode.ctime = fs.now;
  if (isDir && srcAt.parent !== dstAt.parent) {
    retargetName(fs, inode, '..', dstAt.parent);
    oldParent.links--;
    newParent.links++;
  }
  return { ok: true, inum: src.inum };
}
