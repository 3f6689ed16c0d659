import { mark } from '../../fs/bitmap';
import { forgetNames } from '../../fs/dirEntries';
import { newInode } from '../../fs/fileSystem';
import { probeFree } from '../../fs/placement';
import type { BlockContent, FsState, Inode } from '../../fs/types';
import { pyRandom, pySeed, type PyRandomState } from '../pyRandom';
import { pick } from '../vsfs/vsfsPlan';

/** One corruption fsck.py makes, as data: what it changed and where. */
export type FsckCorruption =
  | { kind: 'dataBitmap' | 'inodeBitmap'; bit: number }
  | { kind: 'refcount'; inode: number; change: 1 | -1 }
  | { kind: 'orphan'; inode: number; type: 'f' | 'd' }
  | { kind: 'deadBlock'; inode: number; block: number }
  | { kind: 'typeSwitch'; inode: number; to: 'f' | 'd' }
  | { kind: 'entryInode'; dir: number; entry: [string, number]; to: number; entries: [string, number][] }
  | { kind: 'entryName'; dir: number; entry: [string, number]; to: string; entries: [string, number][] };

/** The corruptions fsck.py numbers 0 to 11 (-w). */
export const CORRUPTIONS = 12;

/** fsck.py's own random_randint: int(low + random() * (high - low + 1)), not CPython's randint. */
export const randint = (rng: PyRandomState, low: number, high: number) =>
  Math.floor(low + pyRandom(rng) * (high - low + 1));

/** The inodes of a type ('free' for free ones), or why fsck.py would crash looking for one. */
function inodesOf(fs: FsState, type: 'f' | 'd' | 'free', which: number): number[] | string {
  const found: number[] = [];
  for (let i = 0; i < fs.inodes.length; i++) {
    const inode = fs.inodes[i];
    if ((inode ? (inode.kind === 'dir' ? 'd' : 'f') : 'free') === type) found.push(i);
  }
  if (found.length > 0) return found;
  const what = { f: 'file', d: 'directory', free: 'free' }[type];
  return `fsck.py crashes on corruption ${which} here: the file system has no ${what} inode to corrupt (choose another -w/--whichCorrupt or seed)`;
}

/**
 * fsck.py's corruption of a finished file system, made on ours: the corruption stream is seeded with -S, draws
 * which corruption (0–11; -w overrides the draw but not the draw itself) and then where. Changes `fs` in place
 * and returns what it did, or why fsck.py would crash (no inode of the kind to corrupt).
 */
export function corrupt(fs: FsState, seedCorrupt: number, which: number): FsckCorruption | string {
  const made = corruptOnce(fs, seedCorrupt, which);
  forgetNames(fs);
  return made;
}

function corruptOnce(fs: FsState, seedCorrupt: number, which: number): FsckCorruption | string {
  const rng = pySeed(seedCorrupt);
  const drawn = randint(rng, 0, CORRUPTIONS - 1);
  const num = which === -1 ? drawn : which;
  const inodeOf = (i: number) => fs.inodes[i] as Inode;
  switch (num) {
    case 0:
    case 1: {
      const data = num === 0;
      const map = data ? fs.dataBitmap : fs.inodeBitmap;
      const bit = randint(rng, 0, map.length - 1);
      // The counts follow the bitmap they count, so only the flipped bit disagrees with the rest.
      mark(fs, data ? 'blocks' : 'inodes', bit, map[bit] === 1 ? 0 : 1);
      return { kind: data ? 'dataBitmap' : 'inodeBitmap', bit };
    }
    case 2:
    case 8: {
      const found = inodesOf(fs, num === 2 ? 'f' : 'd', num);
      if (typeof found === 'string') return found;
      const inode = pick(rng, found);
      const change = randint(rng, 0, 1) === 0 ? 1 : -1;
      inodeOf(inode).links += change;
      return { kind: 'refcount', inode, change };
    }
    case 3:
    case 9: {
      const found = inodesOf(fs, 'free', num);
      if (typeof found === 'string') return found;
      const inode = pick(rng, found);
      // An inode filled in without its bitmap bit: in use, yet named by no directory.
      fs.inodes[inode] = { ...newInode(fs, num === 3 ? 'file' : 'dir', []), links: 1 };
      return { kind: 'orphan', inode, type: num === 3 ? 'f' : 'd' };
    }
    case 4:
    case 10: {
      const found = inodesOf(fs, num === 4 ? 'f' : 'd', num);
      if (typeof found === 'string') return found;
      const inode = pick(rng, found);
      const free: number[] = [];
      for (let b = 0; b < fs.blocks.length; b++) if (fs.blocks[b] === null) free.push(b);
      if (free.length === 0)
        return `fsck.py crashes on corruption ${num} here: no free data block to point inode ${inode} at (choose another -w/--whichCorrupt or seed)`;
      const block = pick(rng, free);
      inodeOf(inode).blocks = [block];
      return { kind: 'deadBlock', inode, block };
    }
    case 5:
    case 11: {
      const found = inodesOf(fs, num === 5 ? 'f' : 'd', num);
      if (typeof found === 'string') return found;
      const inode = pick(rng, found);
      inodeOf(inode).kind = num === 5 ? 'dir' : 'file';
      return { kind: 'typeSwitch', inode, to: num === 5 ? 'd' : 'f' };
    }
    case 6:
    case 7: {
      const found = inodesOf(fs, 'd', num);
      if (typeof found === 'string') return found;
      const dir = pick(rng, found);
      const block = fs.blocks[inodeOf(dir).blocks[0] as number] as Extract<BlockContent, { kind: 'dir' }>;
      const entries = block.entries.map(([n, i]): [string, number] => [n, i]);
      const at = randint(rng, 0, entries.length - 1);
      const entry = entries[at] as [string, number];
      if (num === 6) {
        const to = probeFree(fs.inodeBitmap, fs.used.inodes, (n) => randint(rng, 0, n - 1));
        block.entries[at] = [entry[0], to];
        return { kind: 'entryInode', dir, entry, to, entries };
      }
      const to = pick(rng, [...'abcdefghijklmnopqrstuvwxyz']);
      block.entries[at] = [to, entry[1]];
      return { kind: 'entryName', dir, entry, to, entries };
    }
    default:
      return `-w/--whichCorrupt must be -1 (a random corruption) or 0 to ${CORRUPTIONS - 1} (got ${which})`;
  }
}
