import { BLOCK_KIND, type BlockKind } from '../../core/fs/allocation/types';
import type { LayoutRun } from '../../core/fs/layout/compareLayouts';
import { DiskMap } from './DiskMap';
import { groupedDigits } from '../../core/groupedDigits';

export interface LayoutColumnProps {
  run: LayoutRun;
  selectedPath: string | null;
  onHover(text: string): void;
  onSelectPath(path: string): void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${groupedDigits(n)} ${n === 1 ? one : many}`;

/** The map in words: how the disk is laid out, and how the files lie on it. */
export function layoutSummary(run: LayoutRun): string {
  const head = `Disk map, ${run.label}:`;
  const files = `${plural(run.totals.files, 'file')}, ${groupedDigits(run.totals.oneRun)} in one run`;
  if (run.log) {
    const l = run.log;
    const s = l.segments;
    return `${head} a log of ${plural(l.diskBlocks, 'block')} in ${plural(s.total, 'segment')} of ${l.segmentBlocks} blocks (${groupedDigits(s.inUse)} in use, ${groupedDigits(s.free)} free, ${groupedDigits(s.cleaned)} of them cleaned), ${groupedDigits(l.live)} live and ${groupedDigits(l.dead)} dead; ${files}`;
  }
  const g = run.groups as NonNullable<LayoutRun['groups']>;
  const shape =
    g.count === 1
      ? `the inode table's ${plural(run.tableBlocks, 'block')}, then ${plural(g.blocksPerGroup, 'data block')}`
      : `${groupedDigits(g.count)} cylinder groups, each ${plural(run.tableBlocks, 'inode-table block')} then ${plural(g.blocksPerGroup, 'data block')}`;
  return `${head} ${shape}; ${files}`;
}

const WORDS: Readonly<Record<BlockKind, string>> = {
  free: 'free',
  data: 'data',
  fat: 'FAT',
  indirect: 'indirect',
  extentTree: 'extent tree',
  directory: 'directory',
  inode: 'inodes',
  imap: 'inode-map piece',
  checkpoint: 'checkpoint region',
  dead: 'dead',
};
const KIND_WORDS: ReadonlyMap<number, string> = new Map(
  (Object.keys(BLOCK_KIND) as BlockKind[]).map((k) => [BLOCK_KIND[k], WORDS[k]]),
);

/** What a block is, for the hover line. */
function describe(run: LayoutRun, block: number, paths: ReadonlyMap<number, string>): string {
  const owner = run.map.owner[block] ?? -1;
  const name = paths.get(owner) ?? (owner >= 0 ? `inode ${owner}` : null);
  const kind = KIND_WORDS.get(run.map.kind[block] ?? BLOCK_KIND.free) ?? 'free';
  return `block ${block}: ${kind}${name ? ` (${name})` : ''}`;
}

/** One layout: its disk map, what it is good at, each file's distances, and for the log its writes. */
export function LayoutColumn({ run, selectedPath, onHover, onSelectPath }: LayoutColumnProps) {
  const paths = new Map(run.files.map((f) => [f.inum, f.path]));
  const selected = run.files.find((f) => f.path === selectedPath)?.inum ?? null;
  const headingId = `layout-${run.name}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{run.label}</h3>
      <DiskMap
        disk={run.map}
        selected={selected}
        label={`Disk map: ${run.label}`}
        summary={layoutSummary(run)}
        row={run.log ? run.log.segmentBlocks : run.groups && run.groups.count > 1 ? run.span : undefined}
        onHoverBlock={(b) => onHover(b === null ? '' : `${run.label}: ${describe(run, b, paths)}`)}
        onSelectBlock={(b) => {
          const path = paths.get(run.map.owner[b] ?? -1);
          if (path !== undefined) onSelectPath(path);
        }}
      />
      <p className="muted">{run.goodAt}</p>
      <div className="layout-table">
        <table className="allocation-table" aria-label={`Files under ${run.label}`}>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Blocks</th>
              <th scope="col">Runs</th>
              <th scope="col">From its inode</th>
              <th scope="col">From its directory</th>
            </tr>
          </thead>
          <tbody>
            {run.files.map((f) => (
              <tr key={f.inum} aria-current={f.path === selectedPath ? 'true' : undefined}>
                <th scope="row">{f.path}</th>
                <td>{f.blocks}</td>
                <td>{f.runs}</td>
                <td>{f.fromInode}</td>
                <td>{f.fromDir}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
