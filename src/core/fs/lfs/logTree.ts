import { CHECKPOINT_ADDR, INODES_PER_PIECE, LFS_ROOT, type LfsBlock, type LfsState } from './lfsTypes';
import { segmentOf } from './segments';

/** A name the log holds, as a reader after a crash would find it: its inode's fields and its blocks' contents. */
export interface LoggedName {
  path: string;
  inum: number;
  type: 'dir' | 'file';
  size: number;
  links: number;
  /** each block's contents in order: a file block's text, a directory block's names */
  contents: string[];
}

/**
 * The file system the log describes, read from the disk alone: the checkpoint region, the inode-map pieces it
 * points to, the inodes they point to, their blocks, and the names in the directories from the root down (depth
 * first, names in order). Also every way the log is broken: a pointer past what was written or into a free
 * segment, or to a block of the wrong kind.
 */
export function readLog(fs: LfsState): { names: LoggedName[]; broken: string[] } {
  const broken: string[] = [];
  const at = (addr: number | null, what: string, kind: LfsBlock['kind']): LfsBlock | null => {
    if (addr === null) return null;
    const block = fs.log[addr];
    const seg = fs.segments;
    if (block === undefined) broken.push(`${what} points to ${addr}, which the log has not written`);
    else if (seg && addr !== CHECKPOINT_ADDR && seg.list[segmentOf(seg, addr)]?.state !== 'used')
      broken.push(`${what} points to ${addr}, in free segment ${segmentOf(seg, addr)}`);
    else if (block.kind !== kind) broken.push(`${what} points to ${addr}, a ${block.kind} block, not a ${kind} block`);
    else return block;
    return null;
  };
  const cp = fs.log[CHECKPOINT_ADDR];
  const pieces = cp?.kind === 'checkpoint' ? cp.pieces : [];
  const inodeAt = (inum: number) => {
    const piece = at(pieces[Math.floor(inum / INODES_PER_PIECE)] ?? null, `the checkpoint region`, 'imap');
    const addr = piece?.kind === 'imap' ? (piece.inodes[inum % INODES_PER_PIECE] ?? null) : null;
    const inode = at(addr, `inode ${inum}'s inode-map entry`, 'inode');
    return inode?.kind === 'inode' ? inode : null;
  };
  const names: LoggedName[] = [];
  const walked = new Set<number>();
  const visit = (inum: number, path: string): void => {
    const inode = inodeAt(inum);
    if (inode === null) return;
    const blocks = inode.pointers.map((p, k) =>
      at(p, `inode ${inum}'s block ${k}`, inode.type === 'dir' ? 'dir' : 'data'),
    );
    const contents = blocks.map((b) =>
      b?.kind === 'data'
        ? b.text
        : b?.kind === 'dir'
          ? b.slots.map((s) => (s ? `${s.name}:${s.inum}` : '-')).join('/')
          : '',
    );
    names.push({ path, inum, type: inode.type, size: inode.size, links: inode.links, contents });
    if (inode.type !== 'dir' || walked.has(inum)) return;
    walked.add(inum);
    const children = blocks
      .flatMap((b) => (b?.kind === 'dir' ? b.slots : []))
      .flatMap((s) => (s && s.name !== '.' && s.name !== '..' ? [s] : []))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const s of children) visit(s.inum, `${path === '/' ? '' : path}/${s.name}`);
  };
  visit(LFS_ROOT, '/');
  return { names, broken };
}
