import { deepCopy } from '../deepCopy';
import { fsckFindings } from '../fs/invariants';
import { entriesOf } from '../fs/paths';
import type { BlockContent, FsState, Inode } from '../fs/types';
import type { FsckCorruption } from '../ostep/fsck/fsckCorrupt';

/** What a student names: the kind of corruption (fsck.py's) and where (a bit, an inode, a directory's inode). */
export interface FsckAnswer {
  kind: FsckCorruption['kind'];
  where: number;
}

/** Where a corruption is, as the exercise asks it: the flipped bit, the inode, or the directory holding the entry. */
export function answerOf(c: FsckCorruption): FsckAnswer {
  switch (c.kind) {
    case 'dataBitmap':
    case 'inodeBitmap':
      return { kind: c.kind, where: c.bit };
    case 'entryInode':
    case 'entryName':
      return { kind: c.kind, where: c.dir };
    default:
      return { kind: c.kind, where: c.inode };
  }
}

/**
 * A picture with nothing to explain: fsck finds nothing, and a block holds something exactly when the data
 * bitmap marks it in use (the pictures show a block's content, so a free block holding data is evidence too).
 */
export function pictureIsSane(fs: FsState): boolean {
  return fsckFindings(fs).length === 0 && fs.blocks.every((b, i) => (b !== null) === (fs.dataBitmap[i] === 1));
}

type DirBlock = Extract<BlockContent, { kind: 'dir' }>;

/** The directories whose blocks all hold entries, so their entries can be read. */
function readableDirs(fs: FsState): number[] {
  return fs.inodes.flatMap((inode, inum) =>
    inode?.kind === 'dir' && inode.blocks.length > 0 && inode.blocks.every((b) => fs.blocks[b]?.kind === 'dir')
      ? [inum]
      : [],
  );
}

/** An entry of a directory's first block changed to `entry` (a fresh array: a copy keeps no index of the old one). */
function withEntry(fs: FsState, dir: number, at: number, entry: readonly [string, number]): void {
  const block = fs.blocks[(fs.inodes[dir] as Inode).blocks[0] as number] as DirBlock;
  block.entries = block.entries.map((e, i) => (i === at ? entry : e));
}

/** A bit flipped back, its count with it. */
const flip = (map: 'dataBitmap' | 'inodeBitmap', count: 'blocks' | 'inodes', bit: number) => (c: FsState) => {
  c[map][bit] = 1 - (c[map][bit] as number);
  c.used[count] += c[map][bit] === 1 ? 1 : -1;
};

/** Every single change of each kind that could undo a corruption of that kind, at its place. */
function* undos(fs: FsState): Generator<FsckAnswer & { undo(copy: FsState): void }> {
  const { inodes, dataBlocks } = fs.geometry;
  for (let b = 0; b < dataBlocks; b++) yield { kind: 'dataBitmap', where: b, undo: flip('dataBitmap', 'blocks', b) };
  for (let i = 0; i < inodes; i++) yield { kind: 'inodeBitmap', where: i, undo: flip('inodeBitmap', 'inodes', i) };
  for (const [i, inode] of fs.inodes.entries()) {
    if (!inode) continue;
    const at = (c: FsState) => c.inodes[i] as Inode;
    for (const change of [1, -1]) yield { kind: 'refcount', where: i, undo: (c) => void (at(c).links += change) };
    yield { kind: 'orphan', where: i, undo: (c) => void (c.inodes[i] = null) };
    yield { kind: 'typeSwitch', where: i, undo: (c) => void (at(c).kind = inode.kind === 'dir' ? 'file' : 'dir') };
    // Pointing the inode back at no block or at another block (never at the blocks it has: no change at all).
    const pointers = [[], ...Array.from({ length: dataBlocks }, (_, b) => [b])];
    for (const blocks of pointers)
      if (blocks.join() !== inode.blocks.join())
        yield { kind: 'deadBlock', where: i, undo: (c) => void (at(c).blocks = blocks) };
  }
  const names = ['.', '..', ...'abcdefghijklmnopqrstuvwxyz'];
  for (const d of readableDirs(fs)) {
    const first = (fs.blocks[(fs.inodes[d] as Inode).blocks[0] as number] as DirBlock).entries;
    for (const [at, [name, target]] of first.entries()) {
      for (let t = 0; t < inodes; t++)
        if (t !== target) yield { kind: 'entryInode', where: d, undo: (c) => withEntry(c, d, at, [name, t]) };
      for (const n of names)
        if (n !== name) yield { kind: 'entryName', where: d, undo: (c) => withEntry(c, d, at, [n, target]) };
    }
  }
}

/**
 * Every answer that explains the picture: each kind and place where one change of that kind makes the file
 * system whole again (`pictureIsSane`). A problem has exactly one correct answer when this finds exactly one.
 */
export function explanations(fs: FsState): FsckAnswer[] {
  const found: FsckAnswer[] = [];
  for (const { kind, where, undo } of undos(fs)) {
    if (found.some((a) => a.kind === kind && a.where === where)) continue;
    const copy = deepCopy(fs);
    undo(copy);
    if (pictureIsSane(copy)) found.push({ kind, where });
  }
  return found;
}

/** Each path that names an inode in a consistent file system, "." and ".." included ("/a/.", "/a/b/.."). */
export function namesOf(fs: FsState, inum: number): string[] {
  const out: string[] = [];
  const walk = (dir: number, path: string) => {
    for (const [name, target] of entriesOf(fs, fs.inodes[dir] as Inode)) {
      const at = `${path}/${name}`;
      if (target === inum) out.push(at);
      if (name !== '.' && name !== '..' && fs.inodes[target]?.kind === 'dir') walk(target, at);
    }
  };
  walk(0, '');
  return out;
}

/** The one path of an inode (its first name that is not "." or ".."), "/" for the root. */
export function pathOf(fs: FsState, inum: number): string {
  return inum === 0 ? '/' : (namesOf(fs, inum).find((p) => !/\/\.\.?$/.test(p)) ?? `(inode ${inum}, unnamed)`);
}
