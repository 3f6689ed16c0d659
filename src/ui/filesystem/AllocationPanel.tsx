import { useMemo, useState } from 'react';
import { FilePick } from './FilePick';
import { compareAllocations, summarize, type AllocationSummary } from '../../core/fs/allocation/compare';
import { defragment, type DefragResult } from '../../core/fs/allocation/defragment';
import { explainOutcome } from '../../core/fs/allocation/explain';
import type { AllocGeometry, AllocationName } from '../../core/fs/allocation/types';
import type { FsOp } from '../../core/fs/fsOp';
import { AllocationMetrics, FileAllocation } from './AllocationMetrics';
import { StrategyColumn } from './StrategyColumn';
import { groupedDigits } from '../../core/groupedDigits';
import './allocation.css';

export interface AllocationPanelProps {
  /** the operations every strategy runs, from an empty disk */
  workload: readonly FsOp[];
  geometry: AllocGeometry;
}

/** Decisions listed per strategy: a teaching workload's worth. */
const DECISIONS_SHOWN = 200;

type Defrags = Partial<Record<AllocationName, DefragResult>>;

/**
 * Contiguous, linked (FAT), indexed and extent allocation side by side on one workload: a disk map each, the
 * metrics table, the selected file under each, every decision in words, and a defragmenter per strategy whose
 * moves are listed and whose result replaces the map and the figures. The comparison is the core's
 * (compareAllocations), run here because it is a pure function of the props.
 */
export function AllocationPanel({ workload, geometry }: AllocationPanelProps) {
  const compared = useMemo(() => compareAllocations(geometry, workload), [geometry, workload]);
  const base = useMemo(() => (compared.ok ? compared.summaries : []), [compared]);
  const [defrags, setDefrags] = useState<{ of: AllocationSummary[]; results: Defrags }>({ of: base, results: {} });
  const results = useMemo(() => (defrags.of === base ? defrags.results : {}), [defrags, base]);
  const [selectedPath, setSelectedPath] = useState<string | null>(null);
  const [hover, setHover] = useState('');
  const shown = useMemo(
    () =>
      base.map((s) => {
        const d = results[s.name];
        return d?.ok ? summarize(d.disk, s.steps) : s;
      }),
    [base, results],
  );
  if (!compared.ok) return <p role="alert">The disk cannot be made: {compared.error.message}</p>;
  const paths = [...new Set(base.flatMap((s) => s.files.map((f) => f.path)))].sort();
  const current = selectedPath !== null && paths.includes(selectedPath) ? selectedPath : null;

  return (
    <section className="allocation-panel" aria-labelledby="allocation-title">
      <h2 id="allocation-title">Allocation strategies</h2>
      <p>
        {workload.length} operations on a disk of {groupedDigits(geometry.blocks)} blocks of {geometry.blockSize} bytes,
        under each strategy.
      </p>
      <FilePick paths={paths} current={current} onPick={setSelectedPath} hover={hover} />
      <div className="allocation-grid">
        {shown.map((s) => (
          <StrategyColumn
            key={s.name}
            summary={s}
            defrag={results[s.name] ?? null}
            selectedPath={current}
            onDefragment={() =>
              setDefrags({
                of: base,
                results: {
                  ...results,
                  [s.name]: defragment((base.find((b) => b.name === s.name) as AllocationSummary).disk),
                },
              })
            }
            onHover={setHover}
            onSelectPath={setSelectedPath}
          />
        ))}
      </div>
      <AllocationMetrics summaries={shown} />
      {current !== null && <FileAllocation path={current} summaries={shown} />}
      {base.map((s) => (
        <details key={s.name}>
          <summary>Decisions: {s.label}</summary>
          <ol aria-label={`Decisions: ${s.label}`}>
            {s.steps.slice(0, DECISIONS_SHOWN).map((step, i) => (
              <li key={i}>{explainOutcome(step.op, step.outcome)}</li>
            ))}
          </ol>
        </details>
      ))}
    </section>
  );
}
