import { clusterMigrations, stallsText, type ClusterState } from '../../core/index';
import type { MigrationChoice, NetworkPanelData, NetworkPanelName } from '../../protocol';
import { infectionData } from './infectionData';
import { linkStatsData } from './linkStatsData';
import { migrationTimeline } from './migrationTimeline';
import { securityLogData, type SecurityIndex } from './securityLogData';
import { sequenceData } from './sequenceData';

const METHODS = { stopAndCopy: 'stop-and-copy', preCopy: 'pre-copy', postCopy: 'post-copy' } as const;

/** Each migration that reached its stop by now, named for the chooser, its cursor where the tick stands within it. */
function migrationChoices(cl: ClusterState, tick: number): MigrationChoice[] {
  return clusterMigrations(cl).map((m) => {
    const since = tick - m.startTick;
    const within = since >= 0 && since <= m.totals.totalTicks;
    const timeline = migrationTimeline(m, within ? since : null);
    // A post-copy stream that stalled says so beside the totals it lengthened.
    const stalls = stallsText(m);
    return {
      label: `${m.name} (${m.process}) ${m.from} → ${m.to}, ${METHODS[m.method]} from tick ${m.startTick}`,
      timeline: stalls ? { ...timeline, summary: `${timeline.summary} ${stalls}` } : timeline,
    };
  });
}

/**
 * What the open analysis panel draws of the cluster at `tick` (the cluster's own tick, after the move): only that
 * panel's data is built, so a frame costs nothing for the panels nobody looks at.
 */
export function networkPanelData(
  cl: ClusterState,
  tick: number,
  panel: NetworkPanelName,
  security: SecurityIndex,
): NetworkPanelData {
  switch (panel) {
    case 'sequence':
      return { panel, data: sequenceData(cl, tick) };
    case 'securityLog':
      return { panel, data: securityLogData(cl, tick, security) };
    case 'linkStats':
      return { panel, data: linkStatsData(cl, tick) };
    case 'infection':
      return { panel, data: infectionData(cl, tick) };
    case 'migration':
      return { panel, migrations: migrationChoices(cl, tick) };
  }
}
