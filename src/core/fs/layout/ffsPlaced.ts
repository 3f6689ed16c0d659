import { groupOfInode, type FsGroups } from '../ffsPlacement';
import type { FsOp } from '../fsOp';
import { resolve, resolveParent } from '../paths';
import type { FsState, Inode, InodeKind } from '../types';

/**
 * Where FFS put what one operation made or grew: the inode's group beside its directory's, and the groups of
 * the blocks it was given (in file order), for the narration to say why.
 */
export interface FfsPlaced {
  path: string;
  inum: number;
  kind: InodeKind;
  /** whether this operation made the inode (else it gave an existing file more blocks) */
  made: boolean;
  group: number;
  /** the group of the directory holding it */
  dirGroup: number;
  /** the blocks the operation gave it, as runs of one group: (group, count), in file order */
  blocks: [group: number, count: number][];
  /** the large-file exception in force (0: none) */
  largeFileBlocks: number;
}

/** What a placement note needs from before an operation: whether its path was there, and with how many blocks. */
export interface PlacementWatch {
  op: Extract<FsOp, { kind: 'mkdir' | 'touch' | 'write' | 'truncate' }>;
  blocksBefore: number;
}

/** The operations that place an inode or blocks (the others only name or free them), watched before they run. */
export function watchPlacement(fs: FsState, op: FsOp): PlacementWatch | null {
  if (op.kind !== 'mkdir' && op.kind !== 'touch' && op.kind !== 'write' && op.kind !== 'truncate') return null;
  const found = resolve(fs, op.path);
  return { op, blocksBefore: found.ok ? (fs.inodes[found.inum] as Inode).blocks.length : -1 };
}

/** After a watched operation succeeded: where its inode and new blocks went, or null when it placed nothing. */
export function placedBy(fs: FsState, g: FsGroups, largeFileBlocks: number, w: PlacementWatch): FfsPlaced | null {
  const found = resolve(fs, w.op.path);
  const at = resolveParent(fs, w.op.path);
  if (!found.ok || !at.ok) return null;
  const inode = fs.inodes[found.inum] as Inode;
  const made = w.blocksBefore < 0;
  const fresh = inode.blocks.slice(Math.max(0, w.blocksBefore));
  if (!made && fresh.length === 0) return null;
  const blocks: [number, number][] = [];
  for (const b of fresh) {
    const group = Math.floor(b / g.blocksPerGroup);
    const last = blocks[blocks.length - 1];
    if (last && last[0] === group) last[1]++;
    else blocks.push([group, 1]);
  }
  return {
    path: w.op.path,
    inum: found.inum,
    kind: inode.kind,
    made,
    group: groupOfInode(g, found.inum),
    dirGroup: groupOfInode(g, at.parent),
    blocks,
    largeFileBlocks: inode.kind === 'file' ? largeFileBlocks : 0,
  };
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The directory part of a path, as the narration names it. */
const dirOf = (path: string) => path.slice(0, Math.max(1, path.lastIndexOf('/')));

/** FFS's decision in a sentence: "/a/f: inode 37 in group 2, beside its directory /a; its 3 blocks in group 2". */
export function ffsPlacedWords(p: FfsPlaced): string {
  const where = `${p.path}: ${p.kind === 'dir' ? 'directory ' : ''}inode ${p.inum} in group ${p.group}`;
  const inode = !p.made
    ? `${p.path}`
    : p.kind === 'dir'
      ? `${where}, the group with the most free inodes (FFS spreads directories out)`
      : p.group === p.dirGroup
        ? `${where}, beside its directory ${dirOf(p.path)}`
        : `${where}, the nearest with a free inode to its directory ${dirOf(p.path)}'s group ${p.dirGroup}`;
  const count = p.blocks.reduce((n, [, k]) => n + k, 0);
  if (count === 0) return `${inode}.`;
  const what = p.made ? `its ${plural(count, 'block')}` : `${plural(count, 'more block')}`;
  if (p.blocks.length === 1) {
    const [group] = p.blocks[0] as [number, number];
    const near =
      group === p.group
        ? ", its inode's"
        : p.largeFileBlocks > 0
          ? `: the large-file exception keeps ${plural(p.largeFileBlocks, 'block')} of a file to a group`
          : ", the nearest with room to its inode's";
    return `${inode}${p.made ? ';' : ':'} ${what} in group ${group}${near}.`;
  }
  const spread = p.blocks.map(([group, k]) => `${group} (${k})`).join(', ');
  const why =
    p.largeFileBlocks > 0
      ? `the large-file exception sends a file on to the next group every ${plural(p.largeFileBlocks, 'block')}`
      : 'a full group sends the rest on to the next';
  return `${inode}${p.made ? ';' : ':'} ${what} in groups ${spread}: ${why}.`;
}
