import { useId, useMemo, useState } from 'react';
import {
  CRASH_DEMO_DISK,
  CRASH_DEMO_WORKLOAD,
  CRASH_LIMITS,
  diskGeometryError,
  geometryOf,
  type DiskGeometry,
  type FsConfig,
  type FsOp,
  type Scenario,
} from '../../core/index';
import { CrashExplorerPanel } from './CrashExplorerPanel';

/** Bytes of an on-disk inode (ext4's): how many an inode-table block holds. */
const INODE_BYTES = 256;
/** The journal's blocks on the scenario's disk: room for the largest transaction a short workload makes. */
const JOURNAL_BLOCKS = 64;

/** The scenario's file operations, in list order (the order they are applied at one tick). */
export function scenarioWorkload(scenario: Scenario): FsOp[] {
  return scenario.operations.flatMap((op) => (op.op === 'fs' ? [op.action] : []));
}

function diskOf(config: FsConfig): DiskGeometry {
  return { fs: geometryOf(config), inodesPerBlock: config.blockSize / INODE_BYTES, journalBlocks: JOURNAL_BLOCKS };
}

/**
 * The crash-point explorer on the scenario's own file operations and disk, or on a demo workload when the scenario
 * has none it can explore (no operations, too many, or a disk larger than every write could be shown on).
 */
export function CrashPanel({ scenario }: { scenario: Scenario }) {
  const id = useId();
  const config = scenario.fs as FsConfig;
  const own = useMemo(() => scenarioWorkload(scenario), [scenario]);
  const disk = useMemo(() => diskOf(config), [config]);
  const why =
    own.length === 0
      ? 'it has no file operations'
      : own.length > CRASH_LIMITS.maxOps
        ? `it has ${own.length} file operations, more than the ${CRASH_LIMITS.maxOps} the explorer shows`
        : (diskGeometryError(disk)?.message ?? null);
  const [choice, setChoice] = useState<'scenario' | 'demo'>(why === null ? 'scenario' : 'demo');
  const mine = choice === 'scenario' && why === null;
  return (
    <div className="crash-panel">
      <fieldset className="crash-workload">
        <legend>Workload</legend>
        <label>
          <input
            type="radio"
            name={`${id}-workload`}
            checked={mine}
            disabled={why !== null}
            onChange={() => setChoice('scenario')}
          />
          This scenario's file operations ({own.length})
        </label>
        <label>
          <input type="radio" name={`${id}-workload`} checked={!mine} onChange={() => setChoice('demo')} />
          The demo workload ({CRASH_DEMO_WORKLOAD.length} operations on a 32-block disk)
        </label>
        {why !== null && <p className="muted">This scenario's cannot be explored: {why}.</p>}
      </fieldset>
      <CrashExplorerPanel
        key={mine ? 'scenario' : 'demo'}
        workload={mine ? own : CRASH_DEMO_WORKLOAD}
        geometry={mine ? disk : CRASH_DEMO_DISK}
      />
    </div>
  );
}
