import type { BlockContent, DirEntry, FsState, Inode } from './types';

/**
 * A directory's names, and the one place they change. Looking a name up reads the entries block by block in
 * order, as vsfs does; a long directory (a node's /ledger or /models holds thousands of names) keeps a
 * name → inode index so a lookup is one Map read. The index is derived, never state: it is keyed by the directory's
 * inode object, so a copy (a checkpoint, a crash image) starts without one and builds it on its first lookup.
 * The namespace operations change names through the functions below, which keep it true; fsck and OSTEP's
 * corruptions, which rewrite blocks wholesale, call `forgetNames` after.
 */

type DirBlock = Extract<BlockContent, { kind: 'dir' }>;

/** Below this many entries a scan is as fast as a Map and costs nothing to keep. */
const INDEXED_FROM = 32;

/** Where a name is: the inode it names and which of the directory's blocks (by position) holds it. */
interface Named {
  inum: number;
  block: number;
}

/** name → the first entry of that name; absent for short directories and for a repeated name. */
const indexes = new WeakMap<Inode, Map<string, Named>>();

/** A directory block's entries, to change: the namespace operations run only on a consistent file system. */
const entriesIn = (fs: FsState, b: number) => (fs.blocks[b] as DirBlock).entries;

const NO_NAMES: readonly DirEntry[] = Object.freeze([]);

/**
 * A directory block's entries, to read: none in a block that is not a directory's. A corruption (fsck.py's type
 * switch) makes a file's inode a directory whose block holds data, and a path through it is still looked up
 * before the operation is refused (a mount's check comes first), as entriesOf reads it.
 */
function namesIn(fs: FsState, b: number): readonly DirEntry[] {
  const block = fs.blocks[b];
  return block?.kind === 'dir' ? block.entries : NO_NAMES;
}

function indexOf(fs: FsState, dir: Inode): Map<string, Named> | undefined {
  const known = indexes.get(dir);
  if (known !== undefined) return known;
  let count = 0;
  for (const b of dir.blocks) count += namesIn(fs, b).length;
  if (count < INDEXED_FROM) return undefined;
  const index = new Map<string, Named>();
  for (let block = 0; block < dir.blocks.length; block++)
    for (const [name, inum] of namesIn(fs, dir.blocks[block] as number)) {
      // A repeated name (only a corruption makes one) keeps the scan, which finds the first as vsfs does.
      if (index.has(name)) return undefined;
      index.set(name, { inum, block });
    }
  indexes.set(dir, index);
  return index;
}

/** The inode the first entry named `name` in `entries` refers to, or null. */
function scan(entries: readonly DirEntry[], name: string): number | null {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as DirEntry;
    if (entry[0] === name) return entry[1];
  }
  return null;
}

/** The inode the first entry named `name` in directory `dir` refers to, or null. */
export function findName(fs: FsState, dir: Inode, name: string): number | null {
  // Most directories are one short block, and every name of every path is looked up in one: read it straight.
  if (dir.blocks.length === 1) {
    const entries = namesIn(fs, dir.blocks[0] as number);
    if (entries.length < INDEXED_FROM) return scan(entries, name);
  }
  const index = indexOf(fs, dir);
  if (index !== undefined) return index.get(name)?.inum ?? null;
  for (const b of dir.blocks) {
    const found = scan(namesIn(fs, b), name);
    if (found !== null) return found;
  }
  return null;
}

/** Adds a name at the end of the directory's last block. */
export function addName(fs: FsState, dir: Inode, name: string, inum: number): void {
  entriesIn(fs, dir.blocks[dir.blocks.length - 1] as number).push([name, inum]);
  const index = indexes.get(dir);
  if (index === undefined) return;
  if (index.has(name)) indexes.delete(dir);
  else index.set(name, { inum, block: dir.blocks.length - 1 });
}

/** Removes the first entry named `name`; false when there is none. */
export function removeName(fs: FsState, dir: Inode, name: string): boolean {
  const index = indexes.get(dir);
  if (index !== undefined) {
    const named = index.get(name);
    if (named === undefined) return false;
    const entries = entriesIn(fs, dir.blocks[named.block] as number);
    entries.splice(
      entries.findIndex(([n]) => n === name),
      1,
    );
    index.delete(name);
    return true;
  }
  for (const b of dir.blocks) {
    const entries = entriesIn(fs, b);
    const at = entries.findIndex(([n]) => n === name);
    if (at < 0) continue;
    entries.splice(at, 1);
    return true;
  }
  return false;
}

/** Points the first entry named `name` at `inum`, in place (rename's replacement, a moved directory's ".."). */
export function retargetName(fs: FsState, dir: Inode, name: string, inum: number): void {
  for (const b of dir.blocks) {
    const entries = entriesIn(fs, b);
    const at = entries.findIndex(([n]) => n === name);
    if (at < 0) continue;
    entries[at] = [name, inum];
    const named = indexes.get(dir)?.get(name);
    if (named !== undefined) named.inum = inum;
    return;
  }
}

/** Drops every directory's index, after a change that did not go through the functions above. */
export function forgetNames(fs: FsState): void {
  // By index: it runs once after a corruption, unoptimized, where for-of made an iterator result an inode (12 MB
  // of garbage over 300,000 inodes).
  for (let i = 0; i < fs.inodes.length; i++) {
    const inode = fs.inodes[i];
    if (inode) indexes.delete(inode);
  }
}
