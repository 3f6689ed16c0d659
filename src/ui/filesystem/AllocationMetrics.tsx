import type { AllocationSummary, FileMetrics } from '../../core/index';
import { percent } from './allocationWords';

const ROWS: { label: string; value(s: AllocationSummary): string }[] = [
  { label: 'Data blocks', value: (s) => String(s.totals.dataBlocks) },
  { label: 'Metadata blocks (FAT, indirect, extent tree)', value: (s) => String(s.totals.metadataBlocks) },
  { label: 'Fragments (runs of file data)', value: (s) => String(s.totals.fragments) },
  { label: 'Seeks to read every file once', value: (s) => String(s.totals.seeks) },
  { label: 'Blocks copied to move files', value: (s) => String(s.totals.copied) },
  { label: 'Operations refused', value: (s) => String(s.totals.refused) },
  { label: 'Free blocks', value: (s) => String(s.free.freeBlocks) },
  { label: 'Free runs', value: (s) => String(s.free.freeRuns) },
  { label: 'Largest free run', value: (s) => String(s.free.largestFreeRun) },
  { label: 'Free-space fragmentation (1 − largest run ÷ free)', value: (s) => percent(s.free.fragmentation) },
];

/** The strategies' figures side by side: a row per metric, a column per strategy. */
export function AllocationMetrics({ summaries }: { summaries: readonly AllocationSummary[] }) {
  return (
    <table className="allocation-table" aria-label="Allocation metrics">
      <thead>
        <tr>
          <th scope="col">Metric</th>
          {summaries.map((s) => (
            <th scope="col" key={s.name}>
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            {summaries.map((s) => (
              <td key={s.name}>{r.value(s)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const FILE_COLUMNS: { label: string; value(m: FileMetrics): number }[] = [
  { label: 'Data blocks', value: (m) => m.dataBlocks },
  { label: 'Fragments', value: (m) => m.fragments },
  { label: 'Metadata blocks', value: (m) => m.metadataBlocks },
  { label: 'FAT bytes', value: (m) => m.fatBytes },
  { label: 'Seeks', value: (m) => m.seeks },
];

/** One file under each strategy: its blocks, runs, metadata and the seeks a sequential read makes. */
export function FileAllocation({ path, summaries }: { path: string; summaries: readonly AllocationSummary[] }) {
  return (
    <table className="allocation-table" aria-label={`Allocation of ${path}`}>
      <thead>
        <tr>
          <th scope="col">Strategy</th>
          {FILE_COLUMNS.map((c) => (
            <th scope="col" key={c.label}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summaries.map((s) => {
          const m = s.files.find((f) => f.path === path);
          return (
            <tr key={s.name}>
              <th scope="row">{s.label}</th>
              {FILE_COLUMNS.map((c) => (
                <td key={c.label}>{m ? c.value(m) : '—'}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
