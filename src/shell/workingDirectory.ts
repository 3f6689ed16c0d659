import type { FsPicture, FsTreeEntry } from '../core/fs/subsystem/view';
import type { Inode } from '../core/fs/types';

/**
 * The console's working directory: relative paths typed in the console start there, as in a shell. Resolved by
 * name, as a shell's `cd` does by default (bash's logical mode): "a/../b" is "b" whatever "a" is.
 */
export function absolutePath(cwd: string, typed: string): string {
  const names: string[] = [];
  for (const name of `${typed.startsWith('/') ? '' : cwd}/${typed}`.split('/')) {
    if (name === '' || name === '.') continue;
    if (name === '..') names.pop();
    else names.push(name);
  }
  return `/${names.join('/')}`;
}

/** The inode of a name in the picture. */
export const inodeAt = (fs: FsPicture, entry: FsTreeEntry): Readonly<Inode> | undefined =>
  fs.inodes.find((n) => n.inum === entry.inum)?.inode;
