import type { BlockImage } from './blockImage';
import { META_WORDS } from '../types';

/** What a disk block holds, in one line for a picture or a trace: bits, inodes, entries, data, journal records. */
export function imageText(image: BlockImage): string {
  switch (image.kind) {
    case 'zero':
      return 'never written';
    case 'super':
      return 'superblock';
    case 'inodeBitmap':
    case 'dataBitmap':
      return `bits ${image.first}–${image.first + image.bits.length - 1}: ${image.bits}`;
    case 'inodeTable':
      return image.inodes
        .map((inode, i) =>
          inode
            ? `${image.first + i}: ${inode.kind} links ${inode.links} size ${inode.size} blocks [${inode.blocks.join(' ')}]`
            : `${image.first + i}: free`,
        )
        .join('; ');
    case 'data':
      if (image.content.kind === 'meta') return META_WORDS[image.content.holds];
      return image.content.kind === 'dir'
        ? image.content.entries.map(([n, i]) => `(${n},${i})`).join(' ')
        : image.content.data === ''
          ? 'zeros'
          : `"${image.content.data}"`;
    case 'txBegin':
      return `TxB ${image.tx}: blocks ${image.homes.join(', ')} follow`;
    case 'logged':
      return `transaction ${image.tx}'s copy of block ${image.home}: ${imageText(image.image)}`;
    case 'txEnd':
      return `TxE ${image.tx}`;
  }
}
