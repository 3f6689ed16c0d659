import type { ClusterState } from '../../../core/network/cluster/state';
import { migrate } from '../../../core/network/migration/migrate';
import type { MigrationMethod } from '../../../core/network/migration/types';
import { infectionData } from '../../../worker/network/infectionData';
import { linkStatsData } from '../../../worker/network/linkStatsData';
import { migrationTimeline } from '../../../worker/network/migrationTimeline';
import { newSecurityIndex, securityLogData } from '../../../worker/network/securityLogData';
import { sequenceData } from '../../../worker/network/sequenceData';
import { panelsClusters } from '../../../worker/network/testing/panelsCluster';

/** Every panel's data from the preset's cluster as it stands at `tick`, as the worker would build it. */
export function panelsData(cl: ClusterState, tick: number) {
  return {
    sequence: sequenceData(cl, tick),
    security: securityLogData(cl, tick, newSecurityIndex()),
    links: linkStatsData(cl, tick),
    infection: infectionData(cl, tick),
  };
}

/** The preset's panels at each of `ticks` (ascending) from one run. */
export function panelsAt(ticks: readonly number[]) {
  return panelsClusters(ticks).map((cl, k) =>
    panelsData(cl, Number.isFinite(ticks[k]) ? (ticks[k] as number) : cl.now),
  );
}

/** A hand-sized migration (100 pages of 10 ticks each, page 0 written every tick) by `method`, as a timeline. */
export function migrationData(method: MigrationMethod, cursor: number | null = null) {
  const out = migrate({
    pages: 100,
    pageSize: 1000,
    bandwidthMbps: 8,
    latencyTicks: 0,
    dirty: { kind: 'perTick', ticks: [[0]] },
    seed: 1,
    method,
  });
  if (!out.ok) throw new Error(out.errors[0]?.message);
  return migrationTimeline(out.result, cursor);
}
