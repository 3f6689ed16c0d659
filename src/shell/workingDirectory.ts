import type { FsPicture } from '../core/index';

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

/** The most symbolic links `cd` follows to find a directory (Linux's limit for one resolution). */
const LINK_HOPS = 40;

/** The directory `path` names in the picture, following symbolic links by name; null when it names none. */
export function directoryAt(fs: FsPicture, path: string): string | null {
  let at = path;
  for (let hop = 0; hop <= LINK_HOPS; hop++) {
    const entry = fs.tree.find((e) => e.path === at);
    const inode = entry && fs.inodes.find((i) => i.inum === entry.inum)?.inode;
    if (!inode) return null;
    if (inode.kind === 'dir') return at;
    if (inode.target === undefined) return null;
    at = absolutePath(at.slice(0, at.lastIndexOf('/')) || '/', inode.target);
  }
  return null;
}
