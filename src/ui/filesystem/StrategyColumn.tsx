import { useMemo } from 'react';
import { ALLOCATION_STRATEGIES } from '../../core/fs/allocation/registry';
import { extentsOf } from '../../core/fs/allocation/extents';
import { fatChain } from '../../core/fs/allocation/linked';
import { filePaths } from '../../core/fs/allocation/namespace';
import type { AllocFile } from '../../core/fs/allocation/types';
import type { AllocationSummary } from '../../core/fs/allocation/compare';
import type { DefragResult } from '../../core/fs/allocation/defragment';
import { describeBlock, diskSummary } from './allocationWords';
import { DiskMap } from './DiskMap';

/** Moves listed before "and n more": enough to see the pattern. */
const MOVES_SHOWN = 40;
/** FAT entries listed for the selected file. */
const FAT_SHOWN = 32;

export interface StrategyColumnProps {
  /** the strategy's run (after defragmenting, the defragmented disk's) */
  summary: AllocationSummary;
  /** the defragmenter's result, once asked for */
  defrag: DefragResult | null;
  selectedPath: string | null;
  onDefragment(): void;
  onHover(text: string): void;
  onSelectPath(path: string): void;
}

/** One strategy: its disk map, the defragment button and its moves, and for FAT the selected file's chain. */
export function StrategyColumn({
  summary,
  defrag,
  selectedPath,
  onDefragment,
  onHover,
  onSelectPath,
}: StrategyColumnProps) {
  const { disk, label } = summary;
  const paths = useMemo(() => filePaths(disk), [disk]);
  const selected = summary.files.find((f) => f.path === selectedPath)?.inum ?? null;
  const headingId = `allocation-${summary.name}`;
  const summaryText = diskSummary(`Disk map, ${label}`, disk, {
    files: summary.files.length,
    metadataBlocks: summary.totals.metadataBlocks,
    freeRuns: summary.free.freeRuns,
  });
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{label}</h3>
      <p className="muted">{ALLOCATION_STRATEGIES[summary.name].description}</p>
      <DiskMap
        disk={disk}
        selected={selected}
        label={`Disk map: ${label}`}
        summary={summaryText}
        onHoverBlock={(b) => onHover(b === null ? '' : `${label}: ${describeBlock(disk, b, paths)}`)}
        onSelectBlock={(b) => {
          const path = paths.get(disk.owner[b] as number);
          if (path !== undefined) onSelectPath(path);
        }}
      />
      <button type="button" onClick={onDefragment} disabled={defrag !== null}>
        Defragment {label}
      </button>
      {defrag && <DefragReport label={label} result={defrag} paths={paths} />}
      {summary.name === 'LINKED' && selected !== null && selectedPath !== null && (
        <FatTable path={selectedPath} chain={fatChain(disk, disk.inodes[selected] as AllocFile)} />
      )}
      {summary.name === 'EXTENTS' && selected !== null && (
        <p>
          Extents of {selectedPath} (start, length):{' '}
          {extentsOf(disk.inodes[selected] as AllocFile)
            .map(([start, length]) => `(${start}, ${length})`)
            .join(' ')}
        </p>
      )}
    </section>
  );
}

function DefragReport({
  label,
  result,
  paths,
}: {
  label: string;
  result: DefragResult;
  paths: ReadonlyMap<number, string>;
}) {
  if (!result.ok)
    return (
      <p role="status">
        {result.error.code}: {result.error.message}
      </p>
    );
  return (
    <>
      <p role="status">{result.text}</p>
      <ol className="allocation-moves" aria-label={`Moves: ${label}`}>
        {result.moves.slice(0, MOVES_SHOWN).map((m, i) => (
          <li key={i}>
            block {m.from} → {m.to} ({paths.get(m.inum) ?? `inode ${m.inum}`},{' '}
            {m.why === 'place' ? 'into place' : 'out of the way'})
          </li>
        ))}
        {result.moves.length > MOVES_SHOWN && <li className="muted">and {result.moves.length - MOVES_SHOWN} more</li>}
      </ol>
    </>
  );
}

function FatTable({ path, chain }: { path: string; chain: { block: number; next: number }[] }) {
  return (
    <table className="allocation-table" aria-label={`FAT entries of ${path}`}>
      <thead>
        <tr>
          <th scope="col">Block</th>
          <th scope="col">Next</th>
        </tr>
      </thead>
      <tbody>
        {chain.slice(0, FAT_SHOWN).map((e) => (
          <tr key={e.block}>
            <td>{e.block}</td>
            <td>{e.next < 0 ? 'end of file' : e.next}</td>
          </tr>
        ))}
        {chain.length > FAT_SHOWN && (
          <tr>
            <td colSpan={2} className="muted">
              and {chain.length - FAT_SHOWN} more
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
