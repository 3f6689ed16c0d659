import { FREE_SLOT_NAME, dirBlock, readInode, slotName } from './lfsLog';
import { LFS_ROOT, POINTERS_PER_INODE, type LfsBlock, type LfsFailure, type LfsInode, type LfsState } from './lfsTypes';

/**
 * A path followed: the inode its last name refers to (null where absent), that name, and its directory; or why
 * the walk failed (not absolute, a directory on the way missing); or where lfs.py's own code breaks on it.
 */
export type Walk =
  | { kind: 'walked'; inum: number | null; name: string; parent: number; dir: LfsInode }
  | { kind: 'failed'; failure: LfsFailure }
  | { kind: 'stuck'; why: string };

type Lookup = { kind: 'looked'; inum: number | null; dir: LfsInode } | { kind: 'stuck'; why: string };

function lookup(fs: LfsState, dirInum: number, name: string, path: string): Lookup {
  const read = readInode(fs, dirInum);
  if (!read.ok) return { kind: 'stuck', why: `looking up ${path}: ${read.why}` };
  const dir = read.inode;
  if (dir.type !== 'dir')
    return { kind: 'stuck', why: `${path} goes through a file (inode ${dirInum}), which it asserts is a directory` };
  for (const addr of dir.pointers) {
    if (addr === null) continue;
    const block = fs.log[addr] as LfsBlock;
    if (block.kind !== 'dir')
      return { kind: 'stuck', why: `looking up ${path}: block ${addr} of directory inode ${dirInum} holds no names` };
    for (const slot of block.slots)
      if (slotName(slot) === name) return { kind: 'looked', inum: slot?.inum ?? null, dir };
  }
  return { kind: 'looked', inum: null, dir };
}

/**
 * Follows a path from the root as lfs.py does: split on every "/" (so "/a//b" has an empty name and "/a/" ends
 * in one), the last name looked up in the directory the others lead to.
 */
export function walk(fs: LfsState, path: string): Walk {
  const names = path.split('/');
  if (names[0] !== '') return { kind: 'failed', failure: { reason: 'malformed', code: 'EINVAL', path } };
  let parent = LFS_ROOT;
  for (const name of names.slice(1, -1)) {
    const found = lookup(fs, parent, name, path);
    if (found.kind === 'stuck') return found;
    if (found.inum === null) return { kind: 'failed', failure: { reason: 'noDirectory', code: 'ENOENT', name } };
    parent = found.inum;
  }
  const name = names[names.length - 1] as string;
  const found = lookup(fs, parent, name, path);
  if (found.kind === 'stuck') return found;
  return { kind: 'walked', inum: found.inum, name, parent, dir: found.dir };
}

/**
 * Where a new name goes in directory `dir`: a copy of its first block with a free slot, the name in it; else a
 * new block after its last, while it has a pointer left; else null (the directory is full).
 */
export function placeName(
  fs: LfsState,
  dir: LfsInode,
  name: string,
  inum: number,
): { index: number; size: number; block: LfsBlock } | null {
  for (let index = 0; index < dir.size; index++) {
    const block = fs.log[dir.pointers[index] as number] as Extract<LfsBlock, { kind: 'dir' }>;
    const free = block.slots.findIndex((slot) => slotName(slot) === FREE_SLOT_NAME);
    if (free < 0) continue;
    const slots = [...block.slots];
    slots[free] = { name, inum };
    return { index, size: dir.size, block: { kind: 'dir', slots } };
  }
  if (dir.size === POINTERS_PER_INODE) return null;
  return { index: dir.size, size: dir.size + 1, block: dirBlock([{ name, inum }]) };
}
