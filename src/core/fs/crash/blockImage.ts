import { countUsed } from '../bitmap';
import { deepCopy } from '../../deepCopy';
import type { BlockContent, FsState, Inode } from '../types';
import type { DiskLayout } from './diskLayout';

/** What one file-system block at its home address holds: a slice of the picture. */
export type HomeImage =
  | { kind: 'super' }
  | { kind: 'inodeBitmap'; first: number; bits: string }
  | { kind: 'dataBitmap'; first: number; bits: string }
  | { kind: 'inodeTable'; first: number; inodes: readonly (Inode | null)[] }
  | { kind: 'data'; block: number; content: BlockContent };

/**
 * What a journal block holds (ext3's jbd): a transaction's descriptor (TxB, naming the home address of each block
 * that follows), a logged copy of one block, and the commit block (TxE).
 */
export type JournalImage =
  | { kind: 'txBegin'; tx: number; homes: readonly number[] }
  | { kind: 'logged'; tx: number; home: number; image: HomeImage }
  | { kind: 'txEnd'; tx: number };

/** Any disk block; `zero` is one never written since the disk was formatted. */
export type BlockImage = HomeImage | JournalImage | { kind: 'zero' };

const ZERO: BlockImage = Object.freeze({ kind: 'zero' });

/**
 * What home address `a` of a picture holds (the journal region and a free data block zero): a free data block is
 * zero here; on a real disk it keeps whatever it held last.
 */
export function homeImage(fs: FsState, layout: DiskLayout, a: number): BlockImage {
  const { inodeBitmap, dataBitmap, inodeTable, journal, data } = layout;
  const bits = layout.geometry.fs.blockSize * 8;
  const slice = (map: Uint8Array, k: number) => Array.from(map.subarray(k * bits, (k + 1) * bits)).join('');
  if (a < inodeBitmap.start) return { kind: 'super' };
  if (a < dataBitmap.start) {
    const k = a - inodeBitmap.start;
    return { kind: 'inodeBitmap', first: k * bits, bits: slice(fs.inodeBitmap, k) };
  }
  if (a < inodeTable.start) {
    const k = a - dataBitmap.start;
    return { kind: 'dataBitmap', first: k * bits, bits: slice(fs.dataBitmap, k) };
  }
  if (a < journal.start) {
    const per = layout.geometry.inodesPerBlock;
    const k = a - inodeTable.start;
    return { kind: 'inodeTable', first: k * per, inodes: deepCopy(fs.inodes.slice(k * per, (k + 1) * per)) };
  }
  const content = a < data.start ? null : fs.blocks[a - data.start];
  return content ? { kind: 'data', block: a - data.start, content: deepCopy(content) } : ZERO;
}

/** The home blocks of a picture, by disk address: what the disk holds when every change has reached it. */
export function homeImages(fs: FsState, layout: DiskLayout): BlockImage[] {
  return Array.from({ length: layout.total }, (_, a) => homeImage(fs, layout, a));
}

const sameBits = (a: Uint8Array, b: Uint8Array, from: number, to: number) => {
  for (let i = from; i < to; i++) if (a[i] !== b[i]) return false;
  return true;
};

const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = (x, y) => x === y) =>
  a.length === b.length && a.every((x, i) => same(x, b[i] as T));

/** Inodes compared whole, so that a field added to Inode is compared too. */
export const sameInode = (a: Inode | null | undefined, b: Inode | null | undefined) =>
  a === b || (!!a && !!b && JSON.stringify(a) === JSON.stringify(b));

export function sameContent(a: BlockContent, b: BlockContent): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'file') return a.data === (b as typeof a).data;
  if (a.kind === 'meta') return a.holds === (b as typeof a).holds;
  return sameList(a.entries, (b as typeof a).entries, (x, y) => x[0] === y[0] && x[1] === y[1]);
}

/**
 * The home addresses whose blocks `after` changed from `before`, in disk order: what a file system writes for the
 * change (a block it freed is not written: only its bitmap bit changes). Compared part by part, so that a change
 * costs a look at each block rather than an image of each.
 */
export function changedHomes(before: FsState, after: FsState, layout: DiskLayout): number[] {
  const out: number[] = [];
  const bits = layout.geometry.fs.blockSize * 8;
  const maps = [
    [layout.inodeBitmap, before.inodeBitmap, after.inodeBitmap],
    [layout.dataBitmap, before.dataBitmap, after.dataBitmap],
  ] as const;
  for (const [region, a, b] of maps)
    for (let k = 0; k < region.count; k++)
      if (!sameBits(a, b, k * bits, Math.min((k + 1) * bits, b.length))) out.push(region.start + k);
  const per = layout.geometry.inodesPerBlock;
  for (let k = 0; k < layout.inodeTable.count; k++)
    for (let i = k * per; i < Math.min((k + 1) * per, after.inodes.length); i++)
      if (!sameInode(before.inodes[i], after.inodes[i])) {
        out.push(layout.inodeTable.start + k);
        break;
      }
  after.blocks.forEach((b, i) => {
    const a = before.blocks[i];
    if (b && (!a || !sameContent(a, b))) out.push(layout.data.start + i);
  });
  return out;
}

/** A block's image as one comparable string (images are small plain data). */
export const imageKey = (image: BlockImage): string => JSON.stringify(image);

/**
 * The picture a disk holds, as mount reads it: bitmaps and inodes from their blocks, and each data block an
 * inode points to or the bitmap marks in use (a block nobody points to and marked free is free, whatever stale
 * bytes it holds). The free counts are recounted from the bitmaps, as ext4 does at mount; `now` is the tick of
 * the mount (what timestamps read from then on).
 */
export function readFs(disk: readonly BlockImage[], layout: DiskLayout, now = 0): FsState {
  const g = layout.geometry.fs;
  const inodeBitmap = new Uint8Array(g.inodes);
  const dataBitmap = new Uint8Array(g.dataBlocks);
  const readBits = (map: Uint8Array, image: BlockImage | undefined) => {
    if (image?.kind !== 'inodeBitmap' && image?.kind !== 'dataBitmap') return;
    for (let i = 0; i < image.bits.length && image.first + i < map.length; i++)
      map[image.first + i] = image.bits.charCodeAt(i) - 48;
  };
  for (let k = 0; k < layout.inodeBitmap.count; k++) readBits(inodeBitmap, disk[layout.inodeBitmap.start + k]);
  for (let k = 0; k < layout.dataBitmap.count; k++) readBits(dataBitmap, disk[layout.dataBitmap.start + k]);
  const inodes: (Inode | null)[] = Array.from({ length: g.inodes }, () => null);
  for (let k = 0; k < layout.inodeTable.count; k++) {
    const image = disk[layout.inodeTable.start + k];
    if (image?.kind === 'inodeTable') image.inodes.forEach((inode, i) => (inodes[image.first + i] = deepCopy(inode)));
  }
  const pointed = new Set(inodes.flatMap((inode) => inode?.blocks ?? []));
  const blocks = Array.from({ length: g.dataBlocks }, (_, b): BlockContent | null => {
    const image = disk[layout.data.start + b];
    return image?.kind === 'data' && (dataBitmap[b] === 1 || pointed.has(b)) ? deepCopy(image.content) : null;
  });
  return {
    geometry: { ...g },
    inodeBitmap,
    dataBitmap,
    inodes,
    blocks,
    used: { inodes: countUsed(inodeBitmap), blocks: countUsed(dataBitmap) },
    // After a crash no process holds a file: an orphan is an inode no name reaches, for fsck to free.
    held: {},
    orphans: [],
    now,
  };
}
