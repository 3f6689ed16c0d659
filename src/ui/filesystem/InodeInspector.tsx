import { blockRuns, runRange } from '../../core/fs/allocation/disk';
import { KIND_WORD, modeText, octalMode, ownerText } from '../../core/fs/fileSystem';
import type { FsPicture } from '../../core/fs/subsystem/view';
import { FactList } from './FactList';
import { formatBytes } from '../../shell/format';
import { groupedDigits } from '../../core/groupedDigits';

interface Props {
  fs: FsPicture;
  path: string;
}

/** The selected name's inode: every field the on-disk inode holds, its blocks as runs. */
export function InodeInspector({ fs, path }: Props) {
  const entry = fs.tree.find((e) => e.path === path);
  const inode = entry && fs.inodes.find((i) => i.inum === entry.inum)?.inode;
  if (!entry || !inode) return <p className="muted">{path} is not in the file system at this tick.</p>;
  const runs = blockRuns(inode.blocks).map((r) => runRange(r));
  const rows: [string, string][] = [
    ['Path', path],
    ['Inode', String(entry.inum)],
    ['Type', KIND_WORD[inode.kind]],
    ...(inode.target === undefined ? [] : [['Target', inode.target] as [string, string]]),
    ['Size', `${groupedDigits(inode.size)} bytes (${formatBytes(inode.size)})`],
    ['Links', String(inode.links)],
    ['Owner', ownerText(inode.owner)],
    ['Mode', `${octalMode(inode.mode)} ${modeText(inode.kind, inode.mode)}`],
    ['Modified', `tick ${inode.mtime}`],
    ['Changed', `tick ${inode.ctime}`],
    [
      'Blocks',
      inode.blocks.length === 0
        ? 'none'
        : `${inode.blocks.length} in ${runs.length} run${runs.length === 1 ? '' : 's'}: ${runs.join(', ')}`,
    ],
    // Under an allocation strategy (fs.allocation): its indirect or extent-tree blocks.
    ...(inode.meta ? [['Metadata blocks', inode.meta.join(', ')] as [string, string]] : []),
  ];
  return (
    // Focusable: it scrolls when the picture is short, and a keyboard must be able to scroll it.
    <section className="inode-inspector" aria-labelledby="inode-inspector-title" tabIndex={0}>
      <h2 id="inode-inspector-title">Inode {entry.inum}</h2>
      <FactList rows={rows} />
    </section>
  );
}
