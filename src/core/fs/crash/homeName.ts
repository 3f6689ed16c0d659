import type { FsState } from '../types';
import { SUPERBLOCK, type DiskLayout } from './diskLayout';
import { pathsByInode } from './fileTree';

const nth = (count: number, k: number) => (count > 1 ? ` ${k + 1}` : '');

/**
 * Names each home address in words for a picture: "inode bitmap", "inode table block 2 (inodes 8–11)",
 * "data block 3 (/a/f's data)". Journal addresses are "journal block k".
 */
export function homeName(layout: DiskLayout, fs: FsState): (address: number) => string {
  const paths = pathsByInode(fs);
  const owner = new Map<number, number>();
  fs.inodes.forEach((inode, inum) => inode?.blocks.forEach((b) => owner.set(b, inum)));
  return (a) => {
    const { inodeBitmap, dataBitmap, inodeTable, journal, data } = layout;
    if (a === SUPERBLOCK) return 'superblock';
    if (a < dataBitmap.start) return `inode bitmap${nth(inodeBitmap.count, a - inodeBitmap.start)}`;
    if (a < inodeTable.start) return `data bitmap${nth(dataBitmap.count, a - dataBitmap.start)}`;
    if (a < journal.start) {
      const per = layout.geometry.inodesPerBlock;
      const k = a - inodeTable.start;
      const last = Math.min((k + 1) * per, layout.geometry.fs.inodes) - 1;
      return `inode table block ${k} (${k * per === last ? `inode ${last}` : `inodes ${k * per}–${last}`})`;
    }
    if (a < data.start) return `journal block ${a - journal.start}`;
    const b = a - data.start;
    const inum = owner.get(b);
    if (inum === undefined) return `data block ${b}`;
    const kind = fs.inodes[inum]?.kind === 'dir' ? 'entries' : 'data';
    const path = paths.get(inum);
    return `data block ${b} (${path === undefined ? `inode ${inum}` : path === '/' ? '/' : path}'s ${kind})`;
  };
}
