import type { FsPicture } from '../../core/index';
import { formatBytes } from '../../shell/format';

interface Props {
  fs: FsPicture;
  path: string;
}

/** Block numbers as runs, "4–7, 12": a file in one run reads without a seek. */
export function blockRuns(blocks: readonly number[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j + 1 < blocks.length && blocks[j + 1] === (blocks[j] as number) + 1) j++;
    runs.push(i === j ? String(blocks[i]) : `${blocks[i]}–${blocks[j]}`);
    i = j + 1;
  }
  return runs;
}

const rwx = (mode: number): string =>
  [6, 3, 0].map((s) => ['r', 'w', 'x'].map((c, i) => ((mode >> (s + 2 - i)) & 1 ? c : '-')).join('')).join('');

/** The selected name's inode: every field the on-disk inode holds, its blocks as runs. */
export function InodeInspector({ fs, path }: Props) {
  const entry = fs.tree.find((e) => e.path === path);
  const inode = entry && fs.inodes.find((i) => i.inum === entry.inum)?.inode;
  if (!entry || !inode) return <p className="muted">{path} is not in the file system at this tick.</p>;
  const runs = blockRuns(inode.blocks);
  const rows: [string, string][] = [
    ['Path', path],
    ['Inode', String(entry.inum)],
    ['Type', inode.kind === 'dir' ? 'directory' : 'regular file'],
    ['Size', `${inode.size.toLocaleString('en-US')} bytes (${formatBytes(inode.size)})`],
    ['Links', String(inode.links)],
    ['Owner', inode.owner === 0 ? 'root (the system)' : `P${inode.owner}`],
    [
      'Mode',
      `${(inode.mode & 0o777).toString(8).padStart(4, '0')} ${inode.kind === 'dir' ? 'd' : '-'}${rwx(inode.mode)}`,
    ],
    ['Modified', `tick ${inode.mtime}`],
    ['Changed', `tick ${inode.ctime}`],
    [
      'Blocks',
      inode.blocks.length === 0
        ? 'none'
        : `${inode.blocks.length} in ${runs.length} run${runs.length === 1 ? '' : 's'}: ${runs.join(', ')}`,
    ],
  ];
  return (
    // Focusable: it scrolls when the picture is short, and a keyboard must be able to scroll it.
    <section className="inode-inspector" aria-labelledby="inode-inspector-title" tabIndex={0}>
      <h2 id="inode-inspector-title">Inode {entry.inum}</h2>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
