import { useMemo, useState } from 'react';
import { CRASH_DEMO_DISK, CRASH_DEMO_WORKLOAD } from '../../core/fs/crash/crashDemo';
import { CRASH_LIMITS, diskGeometryError, type DiskGeometry } from '../../core/fs/crash/diskLayout';
import { geometryOf, type FsConfig } from '../../core/fs/config';
import { inodesPerBlock } from '../../core/fs/subsystem/journalConfig';
import type { Scenario } from '../../core/scenario/types';
import { CrashExplorerPanel } from './CrashExplorerPanel';
import { scenarioWorkload, WorkloadChoice } from './WorkloadChoice';

/** The journal's blocks on the scenario's disk: room for the largest transaction a short workload makes. */
const JOURNAL_BLOCKS = 64;

function diskOf(config: FsConfig): DiskGeometry {
  return { fs: geometryOf(config), inodesPerBlock: inodesPerBlock(config.blockSize), journalBlocks: JOURNAL_BLOCKS };
}

/**
 * The crash-point explorer on the scenario's own file operations and disk, or on a demo workload when the scenario
 * has none it can explore (no operations, too many, or a disk larger than every write could be shown on).
 */
export function CrashPanel({ scenario }: { scenario: Scenario }) {
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
      <WorkloadChoice
        own={own.length}
        why={why}
        demo={`${CRASH_DEMO_WORKLOAD.length} operations on a 32-block disk`}
        mine={mine}
        onChoose={(m) => setChoice(m ? 'scenario' : 'demo')}
      />
      <CrashExplorerPanel
        key={mine ? 'scenario' : 'demo'}
        workload={mine ? own : CRASH_DEMO_WORKLOAD}
        geometry={mine ? disk : CRASH_DEMO_DISK}
      />
    </div>
  );
}
