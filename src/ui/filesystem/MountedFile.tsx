import type { VEntry } from '../../core/fs/vfs/tree';
import type { MountedNames } from './FileTree';
import { FactList } from './FactList';
import { groupedDigits } from '../../core/groupedDigits';

interface Props {
  mounted: MountedNames;
  entry: VEntry;
  tick: number;
}

/** A name in /proc or /ledger: no inode on the disk; a file's text as cat prints it, a directory's names. */
export function MountedFile({ mounted: { mount }, entry, tick }: Props) {
  const { node } = entry;
  const rows: [string, string][] = [
    ['Path', entry.path],
    ['File system', `${mount.type} at ${mount.point} (${mount.options}): ${mount.about}`],
    ['Type', node.kind === 'dir' ? 'directory' : 'regular file'],
    ['Inode', 'none on the disk'],
    ['Made', `at tick ${groupedDigits(tick)}`],
  ];
  return (
    <section className="inode-inspector" aria-labelledby="mounted-file-title" tabIndex={0}>
      <h2 id="mounted-file-title">{entry.path}</h2>
      <FactList rows={rows} />
      {node.kind === 'file' ? (
        // A figure: a named picture of the text (a pre alone is generic, which may not carry a name).
        <figure className="mounted-file-text" aria-label={`Contents of ${entry.path}`}>
          <pre>{node.text || '(empty)'}</pre>
        </figure>
      ) : (
        <p>{node.entries.map(([n]) => n).join(', ') || 'No names.'}</p>
      )}
    </section>
  );
}
