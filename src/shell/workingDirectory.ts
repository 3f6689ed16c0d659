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

/** The most symbolic links one resolution follows (Linux's limit). */
const LINK_HOPS = 40;

/**
 * The name in the picture's tree that `path` reaches, following symbolic links on the way as the kernel's
 * resolution does, and at the end too when `followLast` (stat and rm act on a link itself, cd and ls go through
 * it); null when the path names nothing (or loops).
 */
export function entryAt(fs: FsPicture, path: string, followLast: boolean): FsTreeEntry | null {
  let names = path.split('/').filter((n) => n !== '');
  let at = '/';
  for (let i = 0, hops = 0; i < names.length; i++) {
    const name = names[i] as string;
    // After a link, ".." is the parent of where the link led, as the kernel reads it.
    if (name === '.' || name === '..') {
      if (name === '..') at = at.slice(0, at.lastIndexOf('/')) || '/';
      continue;
    }
    const next = `${at === '/' ? '' : at}/${name}`;
    const entry = fs.tree.find((e) => e.path === next);
    if (!entry) return null;
    const inode = fs.inodes.find((n) => n.inum === entry.inum)?.inode;
    if (inode?.kind === 'symlink' && (i < names.length - 1 || followLast)) {
      if (++hops > LINK_HOPS) return null;
      // The rest of the path goes on from where the link points, itself read from the link's directory.
      names = [
        ...absolutePath(at, inode.target ?? '')
          .split('/')
          .filter((n) => n !== ''),
        ...names.slice(i + 1),
      ];
      at = '/';
      i = -1;
      continue;
    }
    at = next;
  }
  return fs.tree.find((e) => e.path === at) ?? null;
}

/** The inode of a name in the picture. */
export const inodeAt = (fs: FsPicture, entry: FsTreeEntry): Readonly<Inode> | undefined =>
  fs.inodes.find((n) => n.inum === entry.inum)?.inode;
