import { ROOT_INUM, type FsState, type InodeKind } from '../types';

/** One name in the tree: its inode, kind, and for a file what each of its blocks holds (null: never written). */
export interface TreeEntry {
  inum: number;
  kind: InodeKind;
  data: (string | null)[];
}

/**
 * Every path reachable from the root, in the order the directories list them. It reads a damaged picture too
 * (a crash image before fsck): a block that holds no entries lists nothing, and each directory is walked once.
 */
export function fileTree(fs: FsState): Map<string, TreeEntry> {
  const tree = new Map<string, TreeEntry>();
  const walked = new Set<number>();
  const walk = (inum: number, path: string) => {
    const dir = fs.inodes[inum];
    if (dir?.kind !== 'dir' || walked.has(inum)) return;
    walked.add(inum);
    for (const b of dir.blocks) {
      const block = fs.blocks[b];
      if (block?.kind !== 'dir') continue;
      for (const [name, target] of block.entries) {
        const inode = fs.inodes[target];
        if (name === '.' || name === '..' || !inode) continue;
        const at = `${path}/${name}`;
        const data = inode.blocks.map((d) => {
          const content = fs.blocks[d];
          return content?.kind === 'file' ? content.data : null;
        });
        tree.set(at, { inum: target, kind: inode.kind, data: inode.kind === 'file' ? data : [] });
        walk(target, at);
      }
    }
  };
  walk(ROOT_INUM, '');
  return tree;
}

/** Each inode's first path in the tree ("/" for the root), for naming blocks and inodes in sentences. */
export function pathsByInode(fs: FsState): Map<number, string> {
  const paths = new Map<number, string>([[ROOT_INUM, '/']]);
  for (const [path, e] of fileTree(fs)) if (!paths.has(e.inum)) paths.set(e.inum, path);
  return paths;
}
