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
 * fsck.py's corruption of a finished file system, chosen on ours: the corruption stream is seeded with -S, draws
 * which corruption (0–11; -w overrides the draw but not the draw itself) and then where. Reads `fs` without
 * changing it (applyCorruption makes the change), so the file system can be shown before the corruption without a
 * copy; returns what it would do, or why fsck.py would crash (no inode of the kind to corrupt).
 */
export function planCorruption(fs: FsState, seedCorrupt: number, which: number): FsckCorruption | string {
  const rng = pySeed(seedCorrupt);
  const drawn = randint(rng, 0, CORRUPTIONS - 1);
  const num = which === -1 ? drawn : which;
  switch (num) {
    case 0:
    case 1: {
      const map = num === 0 ? fs.dataBitmap : fs.inodeBitmap;
      return { kind: num === 0 ? 'dataBitmap' : 'inodeBitmap', bit: randint(rng, 0, map.length - 1) };
    }
    case 2:
    case 8: {
      const found = inodesOf(fs, num === 2 ? 'f' : 'd', num);
      if (typeof found === 'string') return found;
      const inode = pick(rng, found);
      return { kind: 'refcount', inode, change: randint(rng, 0, 1) === 0 ? 1 : -1 };
    }
    case 3:
    case 9: {
      const found = inodesOf(fs, 'free', num);
      if (typeof found === 'string') return found;
      return { kind: 'orphan', inode: pick(rng, found), type: num === 3 ? 'f' : 'd' };
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
      return { kind: 'deadBlock', inode, block: pick(rng, free) };
    }
    case 5:
    case 11: {
      const found = inodesOf(fs, num === 5 ? 'f' : 'd', num);
      if (typeof found === 'string') return found;
      return { kind: 'typeSwitch', inode: pick(rng, found), to: num === 5 ? 'd' : 'f' };
    }
    case 6:
    case 7: {
      const found = inodesOf(fs, 'd', num);
      if (typeof found === 'string') return found;
      const dir = pick(rng, found);
      const entries = dirBlock(fs, dir).entries.map(([n, i]): [string, number] => [n, i]);
      const entry = entries[randint(rng, 0, entries.length - 1)] as [string, number];
      if (num === 6) {
        const to = probeFree(fs.inodeBitmap, fs.used.inodes, (n) => randint(rng, 0, n - 1));
        return { kind: 'entryInode', dir, entry, to, entries };
      }
      return { kind: 'entryName', dir, entry, to: pick(rng, [...'abcdefghijklmnopqrstuvwxyz']), entries };
    }
    default:
      return `-w/--whichCorrupt must be -1 (a random corruption) or 0 to ${CORRUPTIONS - 1} (got ${which})`;
  }
}

/** planCorruption and applyCorruption at once: changes `fs` in place, or returns why fsck.py would crash. */
export function corrupt(fs: FsState, seedCorrupt: number, which: number): FsckCorruption | string {
  const made = planCorruption(fs, seedCorrupt, which);
  if (typeof made !== 'string') applyCorruption(fs, made);
  return made;
}

/** A directory's first block (a vsfs directory has one). */
const dirBlock = (fs: FsState, dir: number) =>
  fs.blocks[(fs.inodes[dir] as Inode).blocks[0] as number] as Extract<BlockContent, { kind: 'dir' }>;

/** Makes a corruption planCorruption chose, on the file system it chose it on. */
export function applyCorruption(fs: FsState, c: FsckCorruption): void {
  const inodeOf = (i: number) => fs.inodes[i] as Inode;
  switch (c.kind) {
    case 'dataBitmap':
    case 'inodeBitmap': {
      const data = c.kind === 'dataBitmap';
      const map = data ? fs.dataBitmap : fs.inodeBitmap;
      // The counts follow the bitmap they count, so only the flipped bit disagrees with the rest.
      mark(fs, data ? 'blocks' : 'inodes', c.bit, map[c.bit] === 1 ? 0 : 1);
      break;
    }
    case 'refcount':
      inodeOf(c.inode).links += c.change;
      break;
    case 'orphan':
      // An inode filled in without its bitmap bit: in use, yet named by no directory.
      fs.inodes[c.inode] = { ...newInode(fs, c.type === 'f' ? 'file' : 'dir', []), links: 1 };
      break;
    case 'deadBlock':
      inodeOf(c.inode).blocks = [c.block];
      break;
    case 'typeSwitch':
      inodeOf(c.inode).kind = c.to === 'd' ? 'dir' : 'file';
      break;
    case 'entryInode':
    case 'entryName': {
      // `entries` is the block's list copied, holding the chosen entry itself: its place is the one changed.
      const at = c.entries.indexOf(c.entry);
      dirBlock(fs, c.dir).entries[at] = c.kind === 'entryInode' ? [c.entry[0], c.to] : [c.to, c.entry[1]];
      break;
    }
  }
  forgetNames(fs);
}
