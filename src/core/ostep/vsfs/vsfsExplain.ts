import type { VsfsState } from './vsfsAnswers';
import type { VsfsOp } from './vsfsPlan';

const parentOf = (path: string) => path.slice(0, path.lastIndexOf('/')) || '/';
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The inode a name in a directory refers to, read from a state (the operation's path, before or after it). */
function inumOf(state: VsfsState, path: string): number | null {
  let inum = 0;
  for (const name of path.split('/').filter((n) => n !== '')) {
    const dir = state.inodes[inum];
    const block = dir ? state.data[dir.addr] : null;
    const entry = block?.type === 'dir' ? block.entries.find(([n]) => n === name) : undefined;
    if (!entry) return null;
    inum = entry[1];
  }
  return inum;
}

/**
 * What one vsfs operation did to the file system, in words: which inode and block it took or freed and why those
 * (the lowest free), and which counts and entries changed. Read from the states before and after it.
 */
export function vsfsExplain(op: VsfsOp, before: VsfsState, after: VsfsState): string {
  const dir = parentOf(op.path);
  const entry = (inum: number) => `(${nameOf(op.path)},${inum})`;
  switch (op.op) {
    case 'mkdir': {
      const inum = inumOf(after, op.path) as number;
      const block = after.inodes[inum]?.addr as number;
      const links = after.inodes[inumOf(after, dir) as number]?.refs;
      return `mkdir took inode ${inum} and data block ${block}, the lowest free of each; the block holds the new directory's "." and "..". ${dir} gains the entry ${entry(inum)}, and its link count rises to ${links}: the new directory's ".." names it.`;
    }
    case 'creat': {
      const inum = inumOf(after, op.path) as number;
      return `creat took inode ${inum}, the lowest free; an empty file has no data block yet (a:-1). ${dir} gains the entry ${entry(inum)}.`;
    }
    case 'write': {
      const inum = inumOf(after, op.path) as number;
      const block = after.inodes[inum]?.addr as number;
      return `The write took data block ${block}, the lowest free, for ${op.path} (inode ${inum}), and put "${op.data}" in it; the inode now points to block ${block}. A vsfs file holds one block, so a second write to it would fail.`;
    }
    case 'link': {
      const inum = inumOf(after, op.path) as number;
      return `link gave inode ${inum} (${op.target}) a second name: ${dir} gains the entry ${entry(inum)} and the inode's link count rises to ${after.inodes[inum]?.refs}. No inode or block is taken.`;
    }
    case 'unlink': {
      const inum = inumOf(before, op.path) as number;
      const gone = after.inodes[inum] === null;
      const addr = before.inodes[inum]?.addr ?? -1;
      if (!gone)
        return `unlink removed the entry ${entry(inum)} from ${dir}; inode ${inum} has other names, so it stays, its link count down to ${after.inodes[inum]?.refs}.`;
      return `unlink removed the entry ${entry(inum)} from ${dir}. It was inode ${inum}'s last name, so the inode${addr >= 0 ? ` and its data block ${addr} are` : ' is'} freed: the bitmap bits go back to 0.`;
    }
  }
}
