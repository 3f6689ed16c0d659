import { countUsed, setBit } from './bitmap';
import { blocksOf } from './allocation/nodeAllocation';
import { forgetNames } from './dirEntries';
import { KIND_NOUN } from './fileSystem';
import { ROOT_INUM, type BlockContent, type DirEntry, type FsState, type Inode } from './types';

/** fsck's passes, as e2fsck numbers them: blocks (1), directories and connectivity (2–3), names (4), bitmaps (5). */
export type RepairPass = 'blocks' | 'directories' | 'orphans' | 'links' | 'bitmaps';

/** One thing fsck changed, in words, with the inodes and data blocks it touched. */
export interface RepairAction {
  pass: RepairPass;
  message: string;
  inodes: number[];
  blocks: number[];
}

type DirBlock = Extract<BlockContent, { kind: 'dir' }>;

/**
 * Repairs a file system in place so that fsck finds nothing, and says what it did. In e2fsck's order:
 * 1. each data block belongs to one inode (a second claim is dropped; e2fsck would copy the block instead) and
 *    holds what its inode's kind holds (a directory block holding none is made an empty directory block; a file's
 *    block holding directory entries is dropped from the file); a size is what the blocks left hold;
 * 2–3. from the root, each directory's entries name inodes in use, once per name, a directory by one name only;
 *    "." and ".." are rewritten to the directory and the parent that names it;
 * 4. an inode no directory reached is an orphan and is freed with its blocks (e2fsck would offer /lost+found,
 *    which this file system does not have), unless an open file still holds it (on the orphan list: it goes at
 *    its last close); each link count becomes the number of entries naming the inode;
 * 5. the bitmaps and free counts are rewritten from what the inodes use.
 * The root inode is assumed to be in use (formatting makes it, and no operation frees it); marked a file, it is made a
 * directory again first.
 */
export function repairFs(fs: FsState): RepairAction[] {
  const did: RepairAction[] = [];
  const say = (pass: RepairPass, message: string, inodes: number[], blocks: number[] = []) =>
    did.push({ pass, message, inodes, blocks });
  const root = fs.inodes[ROOT_INUM];
  if (root && root.kind !== 'dir') {
    // e2fsck's "root inode is not a directory": everything hangs from it, so it is made one again.
    say('blocks', `the root inode ${ROOT_INUM} is marked a file: made a directory again`, [ROOT_INUM]);
    root.kind = 'dir';
  }
  const owner = new Map<number, number>();
  // The FAT's blocks (a linked allocation's) are in use and no inode's: -1 owns them.
  for (const b of fs.alloc?.fat ?? []) owner.set(b, -1);
  fs.inodes.forEach((inode, inum) => {
    if (!inode) return;
    if (inode.meta) inode.meta = keepMeta(fs, inum, inode.meta, owner, say);
    inode.blocks = inode.blocks.filter((b) => {
      const other = owner.get(b);
      if (other !== undefined) {
        say(
          'blocks',
          `data block ${b} already belongs to ${other < 0 ? 'the file allocation table' : `inode ${other}`}: removed from inode ${inum}`,
          other < 0 ? [inum] : [inum, other],
          [b],
        );
        return false;
      }
      const content = fs.blocks[b];
      if (inode.kind === 'symlink') {
        say(
          'blocks',
          `symbolic link inode ${inum} holds its target in the inode: data block ${b} removed from it`,
          [inum],
          [b],
        );
        return false;
      }
      if (inode.kind === 'file' && content?.kind === 'dir') {
        say(
          'blocks',
          `file inode ${inum}'s data block ${b} holds directory entries, not its data: removed from it`,
          [inum],
          [b],
        );
        return false;
      }
      if (inode.kind === 'dir' && content?.kind !== 'dir') {
        say(
          'blocks',
          `directory inode ${inum}'s block ${b} holds no directory entries: made an empty directory block`,
          [inum],
          [b],
        );
        fs.blocks[b] = { kind: 'dir', entries: [] };
      }
      owner.set(b, inum);
      return true;
    });
    const fits = inode.blocks.length * fs.geometry.blockSize;
    const size =
      inode.kind === 'dir' ? fits : inode.kind === 'symlink' ? (inode.target ?? '').length : Math.min(inode.size, fits);
    if (size !== inode.size) {
      say('blocks', `inode ${inum}'s size set from ${inode.size} to ${size} bytes, what its blocks hold`, [inum]);
      inode.size = size;
    }
    if (inode.kind === 'dir' && inode.blocks.length === 0 && inum !== ROOT_INUM) {
      say('blocks', `directory inode ${inum} has no block to hold "." and "..": cleared`, [inum]);
      fs.inodes[inum] = null;
    }
  });
  const reached = connect(fs, say);
  fs.inodes.forEach((inode, inum) => {
    // An open file unlinked on a running node is on the orphan list, kept for its last close, as ext4 keeps it.
    if (!inode || reached.has(inum) || (fs.orphans.includes(inum) && (fs.held[inum] ?? 0) > 0)) return;
    say(
      'orphans',
      `${KIND_NOUN[inode.kind]} inode ${inum} is named by no directory reached from /: freed with its ${inode.blocks.length} blocks`,
      [inum],
      [...inode.blocks],
    );
    fs.inodes[inum] = null;
  });
  const named = new Map<number, number>();
  fs.inodes.forEach((inode) => {
    if (inode?.kind !== 'dir') return;
    for (const b of inode.blocks)
      for (const [, target] of (fs.blocks[b] as DirBlock).entries) named.set(target, (named.get(target) ?? 0) + 1);
  });
  fs.inodes.forEach((inode, inum) => {
    const names = named.get(inum) ?? 0;
    if (!inode || inode.links === names) return;
    say(
      'links',
      `inode ${inum}'s link count was ${inode.links}; ${names} ${names === 1 ? 'entry names' : 'entries name'} it: set to ${names}`,
      [inum],
    );
    inode.links = names;
  });
  fixBitmaps(fs, say);
  forgetNames(fs);
  return did;
}

/** Pass 1 for an inode's metadata blocks: each is its alone and holds metadata, or it is dropped from the inode. */
function keepMeta(
  fs: FsState,
  inum: number,
  meta: number[],
  owner: Map<number, number>,
  say: (pass: RepairPass, message: string, inodes: number[], blocks?: number[]) => void,
): number[] {
  return meta.filter((b) => {
    if (owner.has(b) || fs.blocks[b]?.kind !== 'meta') {
      say('blocks', `metadata block ${b} is another's or holds no metadata: removed from inode ${inum}`, [inum], [b]);
      return false;
    }
    owner.set(b, inum);
    return true;
  });
}

/**
 * Passes 2–3: walks the tree from the root, keeping each directory's good entries and rewriting "." and "..";
 * returns the inodes it reached.
 */
function connect(fs: FsState, say: (pass: RepairPass, message: string, inodes: number[], blocks?: number[]) => void) {
  const reached = new Set([ROOT_INUM]);
  const queue: [dir: number, parent: number][] = [[ROOT_INUM, ROOT_INUM]];
  for (let q = 0; q < queue.length; q++) {
    const [d, parent] = queue[q] as [number, number];
    const dir = fs.inodes[d] as Inode;
    const seen = new Set<string>();
    const dots: DirEntry[] = [];
    for (const b of dir.blocks) {
      const block = fs.blocks[b] as DirBlock;
      block.entries = block.entries.filter(([name, target]) => {
        if (name === '.' || name === '..') {
          dots.push([name, target]);
          return false;
        }
        const inode = fs.inodes[target];
        const drop = (why: string) => {
          say('directories', `entry "${name}" in directory ${d} ${why}: removed`, [d, target], [b]);
          return false;
        };
        if (!inode) return drop(`names free inode ${target}`);
        if (seen.has(name)) return drop('is a second entry of that name');
        if (inode.kind === 'dir' && reached.has(target)) return drop(`is a second name for directory ${target}`);
        seen.add(name);
        if (!reached.has(target) && inode.kind === 'dir') queue.push([target, d]);
        reached.add(target);
        return true;
      });
    }
    const want: DirEntry[] = [
      ['.', d],
      ['..', parent],
    ];
    const first = fs.blocks[dir.blocks[0] as number] as DirBlock;
    first.entries.unshift(...want);
    if (JSON.stringify(dots) !== JSON.stringify(want))
      say(
        'directories',
        `directory ${d}'s "." and ".." rewritten to name itself and its parent ${parent}`,
        [d, parent],
        [dir.blocks[0] as number],
      );
  }
  return reached;
}

function fixBitmaps(
  fs: FsState,
  say: (pass: RepairPass, message: string, inodes: number[], blocks?: number[]) => void,
) {
  const used = new Set([...(fs.alloc?.fat ?? []), ...fs.inodes.flatMap((inode) => (inode ? blocksOf(inode) : []))]);
  fs.inodes.forEach((inode, inum) => {
    const bit = inode ? 1 : 0;
    if (fs.inodeBitmap[inum] === bit) return;
    say('bitmaps', `inode bitmap bit ${inum} set to ${bit}: the inode is ${inode ? 'in use' : 'free'}`, [inum]);
    setBit(fs.inodeBitmap, inum, bit);
  });
  fs.dataBitmap.forEach((was, b) => {
    const bit = used.has(b) ? 1 : 0;
    if (!bit) fs.blocks[b] = null;
    if (was === bit) return;
    say(
      'bitmaps',
      `data bitmap bit ${b} set to ${bit}: ${bit ? 'an inode points to the block' : 'no inode points to it'}`,
      [],
      [b],
    );
    setBit(fs.dataBitmap, b, bit);
  });
  const counts = { inodes: countUsed(fs.inodeBitmap), blocks: countUsed(fs.dataBitmap) };
  if (counts.inodes !== fs.used.inodes || counts.blocks !== fs.used.blocks)
    say('bitmaps', `free counts set from the bitmaps: ${counts.inodes} inodes and ${counts.blocks} blocks in use`, []);
  fs.used = counts;
}
