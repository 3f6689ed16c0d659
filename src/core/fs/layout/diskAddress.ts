import type { FsGroups } from '../ffsPlacement';

/** Bytes of one on-disk inode (ext2's and OSTEP's vsfs's 256): how many an inode-table block holds. */
export const INODE_BYTES = 256;

/**
 * Where things sit on the disk, as one line of block addresses: each cylinder group its inode-table blocks then
 * its data blocks (vsfs is one group: the whole inode table, then every data block). Distances along this line
 * stand for seek distances. The superblock and the bitmaps, a fixed few blocks, are left out.
 */
export interface DiskAddresses {
  groups: FsGroups;
  /** inode-table blocks at the start of each group */
  tableBlocks: number;
  /** blocks from one group's start to the next's */
  span: number;
  /** blocks on the line */
  total: number;
}

export function diskAddresses(groups: FsGroups, blockSize: number): DiskAddresses {
  const perBlock = Math.max(1, Math.floor(blockSize / INODE_BYTES));
  const tableBlocks = Math.ceil(groups.inodesPerGroup / perBlock);
  const span = tableBlocks + groups.blocksPerGroup;
  return { groups, tableBlocks, span, total: groups.count * span };
}

/** The address of the inode-table block holding inode `inum`. */
export function inodeAddress(d: DiskAddresses, blockSize: number, inum: number): number {
  const { inodesPerGroup } = d.groups;
  const perBlock = Math.max(1, Math.floor(blockSize / INODE_BYTES));
  return Math.floor(inum / inodesPerGroup) * d.span + Math.floor((inum % inodesPerGroup) / perBlock);
}

/** The address of data block `block` (numbered from the start of the data region, as FsState numbers them). */
export function blockAddress(d: DiskAddresses, block: number): number {
  const { blocksPerGroup } = d.groups;
  return Math.floor(block / blocksPerGroup) * d.span + d.tableBlocks + (block % blocksPerGroup);
}
