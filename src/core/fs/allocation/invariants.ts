import { freeRunsOf } from '../bitmap';
import { fatChain } from './linked';
import { filePaths } from './namespace';
import { ALLOCATION_STRATEGIES } from './registry';
import { runsOf } from '../fragmentation';
import { BLOCK_KIND, type AllocDisk, type AllocFile } from './types';

/**
 * What must hold after every operation, in words (empty when all is well): no block in two files, every
 * file's blocks hold its size rounded up to blocks plus the metadata its strategy says, the bitmap, the block
 * kinds, the owners, the free-run index and the FAT agree with the files.
 */
export function allocationInvariants(disk: AllocDisk): string[] {
  const found: string[] = [];
  const n = disk.geometry.blocks;
  const holder = new Int32Array(n).fill(-1);
  const strategy = ALLOCATION_STRATEGIES[disk.strategy];
  for (let b = 0; b < disk.reserved; b++) holder[b] = -2;
  for (const [inum, inode] of disk.inodes.entries()) {
    if (inode?.kind !== 'file') continue;
    const all = [...inode.blocks, ...inode.meta];
    for (const b of all) {
      if (holder[b] !== -1)
        found.push(`block ${b} is in inode ${inum} and ${holder[b] === -2 ? 'the FAT' : `inode ${holder[b]}`}`);
      holder[b] = inum;
      if (disk.owner[b] !== inum) found.push(`block ${b} of inode ${inum} names owner ${disk.owner[b]}`);
    }
    checkFile(disk, inum, inode, strategy.metadataBlocks(disk, inode.blocks.length, inode.fragments), found);
  }
  let free = 0;
  for (let b = 0; b < n; b++) {
    const used = holder[b] !== -1 ? 1 : 0;
    free += 1 - used;
    if (disk.bitmap[b] !== used) found.push(`bitmap says block ${b} is ${disk.bitmap[b] ? 'used' : 'free'}`);
    if ((disk.kind[b] !== BLOCK_KIND.free) !== (used === 1)) found.push(`block ${b}'s kind disagrees with the bitmap`);
  }
  if (free !== disk.freeBlocks) found.push(`${free} blocks are free, the count says ${disk.freeBlocks}`);
  const longest = freeRunsOf(disk.bitmap).largestFreeRun;
  if (longest !== disk.free.longest[1])
    found.push(`the longest free run is ${longest}, the index says ${disk.free.longest[1]}`);
  const named = filePaths(disk);
  for (const [inum, inode] of disk.inodes.entries())
    if (inode?.kind === 'file' && !named.has(inum)) found.push(`inode ${inum} has no name (an orphan)`);
  return found;
}

function checkFile(disk: AllocDisk, inum: number, file: AllocFile, meta: number, found: string[]): void {
  const want = Math.ceil(file.size / disk.geometry.blockSize);
  if (file.blocks.length !== want) found.push(`inode ${inum} has ${file.blocks.length} blocks for ${file.size} bytes`);
  if (file.meta.length !== meta) found.push(`inode ${inum} has ${file.meta.length} metadata blocks, not ${meta}`);
  if (runsOf(file.blocks) !== file.fragments) found.push(`inode ${inum}'s fragment count is wrong`);
  if (disk.strategy === 'CONTIGUOUS' && file.fragments > 1) found.push(`inode ${inum} is not contiguous`);
  if (disk.strategy !== 'LINKED') return;
  const chain = fatChain(disk, file).map((e) => e.block);
  const last = file.blocks[file.blocks.length - 1];
  if (chain.join() !== file.blocks.join() || (last !== undefined && disk.next[last] !== -1))
    found.push(`inode ${inum}'s FAT chain is not its blocks`);
}
