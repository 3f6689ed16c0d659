import { useMemo, useState } from 'react';
import { FilePick } from './FilePick';
import type { FsOp } from '../../core/fs/fsOp';
import { compareLayouts, type LayoutRun, type LayoutSetup } from '../../core/fs/layout/compareLayouts';
import { writeAmplification } from '../../core/fs/layout/cleanedLog';
import { CLEANER_POLICIES, CLEANER_POLICY_NAMES, type CleanerPolicyName } from '../../core/fs/lfs/cleanerPolicies';
import { DEFAULT_LOG } from '../../core/fs/layout/logConfig';
import { LogCleaner } from './LogCleaner';
import { LayoutColumn } from './LayoutColumn';
import { LogWritesTable } from './LogWritesTable';
import { groupedDigits } from '../../core/groupedDigits';
import './allocation.css';

export interface LayoutsPanelProps {
  /** the operations every layout runs, from an empty disk */
  workload: readonly FsOp[];
  setup: LayoutSetup;
}

/** Figures a teacher compares, one row each, a column per layout. */
const ROWS: { label: string; value(r: LayoutRun): string }[] = [
  { label: 'Files in one run', value: (r) => `${r.totals.oneRun} of ${r.totals.files}` },
  { label: 'Mean distance of a file’s blocks from its inode (blocks)', value: (r) => `${r.totals.meanFromInode}` },
  { label: 'Mean distance from its directory’s inode (blocks)', value: (r) => `${r.totals.meanFromDir}` },
  {
    label: 'Log: blocks appended (data, directories, inodes, inode map); checkpoint rewrites',
    value: (r) => {
      if (!r.log) return 'in place';
      const w = r.log.steps.reduce((n, s) => n + s.writes.data + s.writes.dir + s.writes.inode + s.writes.imap, 0);
      return `${w}; ${r.log.steps.reduce((n, s) => n + s.writes.checkpoint, 0)}`;
    },
  },
  {
    label: 'Write amplification (blocks written ÷ data and directory blocks the user wrote)',
    value: (r) => (r.log ? `${writeAmplification(r.log)?.toFixed(2) ?? '–'}×` : 'in place'),
  },
  { label: 'Operations refused', value: (r) => `${r.totals.refused}` },
];

/**
 * vsfs (lowest free), FFS (cylinder groups) and LFS (the log) side by side on one workload: a disk map each in
 * address order, each file's distance from its inode and its directory, and the log's writes. The comparison is
 * the core's (compareLayouts), run here because it is a pure function of the props.
 */
export function LayoutsPanel({ workload, setup }: LayoutsPanelProps) {
  const log = setup.log ?? DEFAULT_LOG;
  const [policy, setPolicy] = useState<CleanerPolicyName>(log.policy);
  const compared = useMemo(
    () => compareLayouts({ ...setup, log: { ...(setup.log ?? DEFAULT_LOG), policy } }, workload),
    [setup, workload, policy],
  );
  const [selectedPath, setSelectedPath] = useState<string | null>(null);
  const [hover, setHover] = useState('');
  if (!compared.ok) return <p role="alert">The layouts cannot be compared: {compared.error.message}</p>;
  const { runs } = compared;
  const paths = [...new Set(runs.flatMap((r) => r.files.map((f) => f.path)))].sort();
  const current = selectedPath !== null && paths.includes(selectedPath) ? selectedPath : null;
  return (
    <section className="allocation-panel" aria-labelledby="layouts-title">
      <h2 id="layouts-title">Layouts compared</h2>
      <p>
        {workload.length} operations on a disk of {groupedDigits(setup.blocks)} blocks of {setup.blockSize} bytes and{' '}
        {setup.inodes} inodes; FFS in {setup.groups} groups, moving a file on every{' '}
        {setup.largeFileBlocks > 0 ? `${setup.largeFileBlocks} blocks` : 'group it fills (no large-file exception)'}.
        Distances are block addresses apart along the disk (inode tables and data, group by group; the log for LFS), a
        stand-in for seeks. The log lies on a disk as large, in segments of {log.segmentBlocks} blocks; below{' '}
        {log.cleanBelow} free segments its cleaner frees segments until {log.cleanTo} are free.
      </p>
      <label className="layout-policy">
        Cleaner policy{' '}
        <select value={policy} onChange={(e) => setPolicy(e.target.value as CleanerPolicyName)}>
          {CLEANER_POLICY_NAMES.map((name) => (
            <option key={name} value={name}>
              {CLEANER_POLICIES[name].label}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{CLEANER_POLICIES[policy].description}</p>
      <FilePick paths={paths} current={current} onPick={setSelectedPath} hover={hover} />
      <div className="allocation-grid">
        {runs.map((r) => (
          <LayoutColumn key={r.name} run={r} selectedPath={current} onHover={setHover} onSelectPath={setSelectedPath} />
        ))}
      </div>
      <table className="allocation-table" aria-label="Layout figures">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {runs.map((r) => (
              <th key={r.name} scope="col">
                {r.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {runs.map((r) => (
                <td key={r.name}>{row.value(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {runs.map((r) => r.log && <LogWritesTable key={r.name} label={r.label} log={r.log} />)}
      {runs.map((r) => r.log && <LogCleaner key={r.name} label={r.label} log={r.log} />)}
    </section>
  );
}
