import type { FsPicture } from '../../core/index';
import { formatBytes } from '../../shell/format';

interface Props {
  fs: FsPicture;
  selected: string;
  onSelect(path: string): void;
}

/**
 * The file system's names, depth first as `ls -R` would walk them, each a button that selects it (its inode in
 * the inspector, its blocks lit on the disk map).
 */
export function FileTree({ fs, selected, onSelect }: Props) {
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
      </ul>
    </nav>
  );
}
