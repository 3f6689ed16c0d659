import { firstFree } from './bitmap';
import type { FsState } from './types';

/**
 * Which free inode and which free data block a new file or block gets: the allocator's placement decision.
 * Each returns -1 when none is free. The lowest free is vsfs's (and a plain bitmap scan's); others (random,
 * near the parent directory) are FFS's and OSTEP's fsck.py's.
 */
export interface Placement {
  inode(fs: FsState): number;
  block(fs: FsState): number;
}

export const LOWEST_FREE: Placement = {
  inode: (fs) => firstFree(fs.inodeBitmap),
  block: (fs) => firstFree(fs.dataBitmap),
};

/**
 * Random probing: draw an entry uniformly (`draw(n)` gives 0 … n − 1) until a free one comes up, as OSTEP's
 * fsck.py allocates; -1 at once when none is free, without a draw.
 */
export function randomProbe(draw: (n: number) => number): Placement {
  const probe = (map: Uint8Array, used: number): number => {
    if (used === map.length) return -1;
    for (;;) {
      const at = draw(map.length);
      if (map[at] === 0) return at;
    }
  };
  return {
    inode: (fs) => probe(fs.inodeBitmap, fs.used.inodes),
    block: (fs) => probe(fs.dataBitmap, fs.used.blocks),
  };
}
