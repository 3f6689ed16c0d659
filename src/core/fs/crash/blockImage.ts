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
 * The home blocks of a picture, by disk address (the journal region zero): what the disk holds when every change
 * has reached it. A free data block is zero here; on a real disk it keeps whatever it held last.
 */
export function homeImages(fs: FsState, layout: DiskLayout): BlockImage[] {
  const disk: BlockImage[] = Array.from({ length: layout.total }, () => ZERO);
  disk[0] = { kind: 'super' };
  const bits = layout.geometry.fs.blockSize * 8;
  const slice = (map: Uint8Array, k: number) => Array.from(map.subarray(k * bits, (k + 1) * bits)).join('');
  for (let k = 0; k < layout.inodeBitmap.count; k++)
    disk[layout.inodeBitmap.start + k] = { kind: 'inodeBitmap', first: k * bits, bits: slice(fs.inodeBitmap, k) };
  for (let k = 0; k < layout.dataBitmap.count; k++)
    disk[layout.dataBitmap.start + k] = { kind: 'dataBitmap', first: k * bits, bits: slice(fs.dataBitmap, k) };
  const per = layout.geometry.inodesPerBlock;
  for (let k = 0; k < layout.inodeTable.count; k++)
    disk[layout.inodeTable.start + k] = {
      kind: 'inodeTable',
      first: k * per,
      inodes: deepCopy(fs.inodes.slice(k * per, (k + 1) * per)),
    };
  fs.blocks.forEach((content, b) => {
    if (content) disk[layout.data.start + b] = { kind: 'data', block: b, content: deepCopy(content) };
  });
  return disk;
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
