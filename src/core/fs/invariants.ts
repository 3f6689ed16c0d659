import { countUsed } from './bitmap';
import type { FsState } from './types';

/**
 * Broken rules of a file system's picture, in words (empty when consistent): what fsck checks. Bitmaps agree
 * with the inodes and blocks in use, no block belongs to two inodes, every directory entry names an inode in
 * use, and each inode's link count is the number of entries naming it ("." and ".." included).
 */
export function fsInvariants(fs: FsState): string[] {
  const broken: string[] = [];
  const owner = new Map<number, number>();
  const named = new Map<number, number>();
  fs.inodes.forEach((inode, inum) => {
    if ((inode !== null) !== (fs.inodeBitmap[inum] === 1))
      broken.push(`inode ${inum} is ${inode ? 'in use' : 'free'} but its bitmap bit is ${fs.inodeBitmap[inum]}`);
    if (!inode) return;
    for (const b of inode.blocks) {
      const other = owner.get(b);
      if (other !== undefined) broken.push(`data block ${b} belongs to inodes ${other} and ${inum}`);
      owner.set(b, inum);
      if (fs.blocks[b]?.kind !== inode.kind)
        broken.push(`data block ${b} of inode ${inum} holds no ${inode.kind} data`);
    }
    if (inode.kind !== 'dir') return;
    for (const b of inode.blocks) {
      const block = fs.blocks[b];
      if (block?.kind !== 'dir') continue;
      for (const [name, target] of block.entries) {
        if (!fs.inodes[target]) broken.push(`entry "${name}" in inode ${inum} names free inode ${target}`);
        named.set(target, (named.get(target) ?? 0) + 1);
      }
    }
  });
  fs.blocks.forEach((block, b) => {
    const used = fs.dataBitmap[b] === 1;
    if ((block !== null) !== used)
      broken.push(`data block ${b} is ${block ? 'in use' : 'free'} but its bit is ${fs.dataBitmap[b]}`);
    if (used && !owner.has(b)) broken.push(`data block ${b} is marked in use but no inode points to it`);
  });
  fs.inodes.forEach((inode, inum) => {
    if (inode && inode.links !== (named.get(inum) ?? 0))
      broken.push(`inode ${inum} has ${inode.links} links but ${named.get(inum) ?? 0} entries name it`);
  });
  const inUse = { inodes: countUsed(fs.inodeBitmap), blocks: countUsed(fs.dataBitmap) };
  if (inUse.inodes !== fs.used.inodes || inUse.blocks !== fs.used.blocks)
    broken.push(
      `the counts say ${fs.used.inodes} inodes and ${fs.used.blocks} blocks in use; the bitmaps ${inUse.inodes} and ${inUse.blocks}`,
    );
  return broken;
}
