import { metaFor } from './allocation/nodeAllocation';
import { countUsed } from './bitmap';
import { KIND_NOUN } from './fileSystem';
import { ROOT_INUM, type FsState } from './types';

/** One inconsistency, with the inodes and data blocks it is about (for a picture to mark). */
export interface FsckFinding {
  message: string;
  inodes: number[];
  blocks: number[];
}

/** Who holds a block: an inode, or (-1) the file allocation table. */
const whose = (owner: number) => (owner < 0 ? 'the file allocation table' : `inode ${owner}`);

const inodesOf = (...owners: number[]) => owners.filter((o) => o >= 0);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What fsck finds in a file system's picture (empty when it is consistent), in the order of a real fsck's
 * passes: inodes against the inode bitmap, each block pointed to once and of its inode's kind; directories
 * naming only inodes in use, each name once, "." and ".." in each and each named by its parent; blocks
 * against the data bitmap; link counts against the entries naming each inode. A corruption that leaves all
 * of these true (an entry renamed to a fresh name) is invisible to it, as to any fsck.
 */
export function fsckFindings(fs: FsState): FsckFinding[] {
  const found: FsckFinding[] = [];
  const say = (message: string, inodes: number[], blocks: number[] = []) => found.push({ message, inodes, blocks });
  const owner = new Map<number, number>();
  const named = new Map<number, number>();
  const dirs = new Map<number, Map<string, number>>();
  // The FAT's blocks (a linked allocation's) are in use and no inode's: -1 owns them.
  for (const b of fs.alloc?.fat ?? []) owner.set(b, -1);
  fs.inodes.forEach((inode, inum) => {
    if ((inode !== null) !== (fs.inodeBitmap[inum] === 1))
      say(`inode ${inum} is ${inode ? 'in use' : 'free'} but its bitmap bit is ${fs.inodeBitmap[inum]}`, [inum]);
    if (!inode) return;
    for (const b of inode.blocks) {
      const other = owner.get(b);
      if (other !== undefined)
        say(`data block ${b} belongs to both ${whose(other)} and inode ${inum}`, inodesOf(other, inum), [b]);
      owner.set(b, inum);
      const content = fs.blocks[b];
      if (content && content.kind !== inode.kind)
        say(
          `inode ${inum} is a ${KIND_NOUN[inode.kind]} but its data block ${b} holds ${content.kind === 'dir' ? 'directory entries' : 'file data'}`,
          [inum],
          [b],
        );
    }
    for (const b of inode.meta ?? []) {
      const other = owner.get(b);
      if (other !== undefined)
        say(`metadata block ${b} of inode ${inum} also belongs to ${whose(other)}`, inodesOf(other, inum), [b]);
      owner.set(b, inum);
      if (fs.blocks[b]?.kind !== 'meta') say(`inode ${inum}'s metadata block ${b} holds no metadata`, [inum], [b]);
    }
    if (inode.kind !== 'dir') return;
    const entries = new Map<string, number>();
    for (const b of inode.blocks) {
      const block = fs.blocks[b];
      if (block?.kind !== 'dir') continue;
      for (const [name, target] of block.entries) {
        if (!fs.inodes[target])
          say(`entry "${name}" in directory ${inum} names free inode ${target}`, [inum, target], [b]);
        if (entries.has(name)) say(`directory ${inum} has two entries named "${name}"`, [inum], [b]);
        entries.set(name, target);
        named.set(target, (named.get(target) ?? 0) + 1);
      }
    }
    dirs.set(inum, entries);
  });
  for (const [inum, entries] of dirs) {
    const blocks = fs.inodes[inum]?.blocks ?? [];
    if (entries.get('.') !== inum) say(`directory ${inum} has no "." entry naming itself`, [inum], blocks);
    const parent = entries.get('..');
    if (parent === undefined) say(`directory ${inum} has no ".." entry`, [inum], blocks);
    else if (
      inum !== ROOT_INUM &&
      ![...(dirs.get(parent) ?? [])].some(([n, i]) => i === inum && n !== '.' && n !== '..')
    )
      say(`directory ${inum}'s ".." names inode ${parent}, which has no entry for it`, [inum, parent], blocks);
  }
  fs.dataBitmap.forEach((bit, b) => {
    const inum = owner.get(b);
    if (bit === 1 && inum === undefined) say(`data block ${b} is marked in use but no inode points to it`, [], [b]);
    if (bit === 0 && inum !== undefined)
      say(`${whose(inum)} points to data block ${b}, which the bitmap marks free`, inum < 0 ? [] : [inum], [b]);
  });
  fs.inodes.forEach((inode, inum) => {
    const names = named.get(inum) ?? 0;
    if (inode && inode.links !== names)
      say(`inode ${inum} has a link count of ${inode.links} but ${plural(names, 'entry names', 'entries name')} it`, [
        inum,
      ]);
  });
  const inUse = { inodes: countUsed(fs.inodeBitmap), blocks: countUsed(fs.dataBitmap) };
  if (inUse.inodes !== fs.used.inodes || inUse.blocks !== fs.used.blocks)
    say(
      `the free counts say ${fs.used.inodes} inodes and ${fs.used.blocks} blocks are in use; the bitmaps say ${inUse.inodes} and ${inUse.blocks}`,
      [],
    );
  return found;
}

/**
 * The findings in words, and what no fsck reads but the operations promise: a file's blocks hold its size rounded
 * up to whole blocks, a directory's size is its blocks, a symbolic link's is its target's, held in the inode; an
 * inode with no name is an orphan an open file holds. For the property tests and the kernel's invariants.
 */
export function fsInvariants(fs: FsState): string[] {
  const { blockSize } = fs.geometry;
  const sizes = fs.inodes.flatMap((inode, inum) => {
    if (!inode) return [];
    if (inode.kind === 'symlink')
      return inode.blocks.length === 0 && inode.size === inode.target?.length
        ? []
        : [
            `symbolic link ${inum} is ${inode.size} bytes in ${inode.blocks.length} blocks; its target holds ${inode.target?.length ?? 0} in the inode`,
          ];
    const blocks = inode.kind === 'dir' ? inode.size / blockSize : Math.ceil(inode.size / blockSize);
    return blocks === inode.blocks.length
      ? []
      : [`inode ${inum} is ${inode.size} bytes in ${inode.blocks.length} blocks of ${blockSize}`];
  });
  const orphans = fs.inodes.flatMap((inode, inum) => {
    if (!inode) return fs.held[inum] ? [`free inode ${inum} is held by an open file`] : [];
    const orphan = fs.orphans.includes(inum);
    if (inode.links === 0 && !(orphan && (fs.held[inum] ?? 0) > 0))
      return [`inode ${inum} has no name, yet it is ${orphan ? 'held by no open file' : 'not on the orphan list'}`];
    return orphan && inode.links > 0 ? [`inode ${inum} is on the orphan list with ${inode.links} links`] : [];
  });
  const meta = fs.inodes.flatMap((inode, inum) => {
    const want = inode ? metaFor(fs, inode.kind, inode.blocks) : 0;
    const has = inode?.meta?.length ?? 0;
    return want === has
      ? []
      : [`inode ${inum} has ${has} metadata blocks; its ${inode?.blocks.length} blocks need ${want}`];
  });
  return [...fsckFindings(fs).map((f) => f.message), ...sizes, ...orphans, ...meta];
}
