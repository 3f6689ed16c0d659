import type { FsPicture } from '../../core/index';
import type { Mount } from '../../core/fs/vfs/mounts';
import type { VEntry } from '../../core/fs/vfs/tree';
import { formatBytes } from '../../shell/format';

/** A mounted file system's names at the tick shown (entriesUnder), the mount point first. */
export interface MountedNames {
  mount: Mount;
  entries: readonly VEntry[];
}

interface Props {
  fs: FsPicture;
  /** /proc and /ledger, listed after the block file system's names as mounted under / */
  mounted: readonly MountedNames[];
  selected: string;
  onSelect(path: string): void;
}

/** A mounted name's kind and size as the tree shows them. */
function mountedFacts(mount: Mount, e: VEntry): { kind: string; size: string } {
  if (e.depth === 0) return { kind: `mount point of ${mount.type}`, size: mount.options };
  if (e.node.kind === 'dir') return { kind: `directory in ${mount.type}`, size: `${e.node.entries.length} names` };
  const lines = e.node.text === '' ? 0 : e.node.text.split('\n').length;
  return { kind: `file in ${mount.type}`, size: `${lines} line${lines === 1 ? '' : 's'}` };
}

/**
 * The file system's names, depth first as `ls -R` would walk them, each a button that selects it (its inode in
 * the inspector, its blocks lit on the disk map); then /proc and /ledger, whose files the inspector prints.
 */
export function FileTree({ fs, mounted, selected, onSelect }: Props) {
  const inodes = new Map(fs.inodes.map((i) => [i.inum, i.inode]));
  return (
    <nav className="file-tree" aria-label="File tree">
      <ul>
        {fs.tree.map((e) => {
          const inode = inodes.get(e.inum);
          const dir = inode?.kind === 'dir';
          const link = inode?.target;
          const size = dir
            ? `${inode.blocks.length} block${inode.blocks.length === 1 ? '' : 's'}`
            : link !== undefined
              ? `-> ${link}`
              : formatBytes(inode?.size ?? 0);
          const kind = dir ? 'directory' : link !== undefined ? 'symbolic link' : 'file';
          return (
            <li key={e.path} style={{ paddingInlineStart: `${e.depth * 14}px` }}>
              <button
                type="button"
                aria-current={e.path === selected ? 'true' : undefined}
                aria-label={`${e.path}, ${kind}, inode ${e.inum}, ${size}`}
                onClick={() => onSelect(e.path)}
              >
                <span className="file-tree-icon" aria-hidden="true">
                  {dir ? '▸' : '·'}
                </span>
                <span className="file-tree-name">{dir && e.path !== '/' ? `${e.name}/` : e.name}</span>
                <span className="file-tree-size">{size}</span>
              </button>
            </li>
          );
        })}
        {mounted.flatMap(({ mount, entries }) =>
          entries.map((e) => {
            const { kind, size } = mountedFacts(mount, e);
            return (
              <li key={e.path} style={{ paddingInlineStart: `${(e.depth + 1) * 14}px` }}>
                <button
                  type="button"
                  aria-current={e.path === selected ? 'true' : undefined}
                  aria-label={`${e.path}, ${kind}, ${size}`}
                  onClick={() => onSelect(e.path)}
                >
                  <span className="file-tree-icon" aria-hidden="true">
                    {e.node.kind === 'dir' ? '▸' : '·'}
                  </span>
                  <span className="file-tree-name">{e.node.kind === 'dir' ? `${e.name}/` : e.name}</span>
                  <span className="file-tree-size">{size}</span>
                </button>
              </li>
            );
          }),
        )}
      </ul>
    </nav>
  );
}
