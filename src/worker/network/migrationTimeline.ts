import {
  explainRound,
  explainStop,
  explainTotals,
  REFERENCE_DOWNTIME_MS,
  type MigrationResult,
} from '../../core/index';
import type { MigrationTimelineData } from '../../protocol';

/** Post-copy faults the timeline gets one by one; the rest are counted. */
export const TIMELINE_FAULTS = 500;

/** The published downtimes beside the model's (reference.ts): Clark et al.'s two workloads and QEMU's limit. */
const REFERENCES = [
  { label: 'Clark et al. 2005, Quake 3 server', downtimeMs: REFERENCE_DOWNTIME_MS.quake3 },
  { label: 'Clark et al. 2005, SPECweb99', downtimeMs: REFERENCE_DOWNTIME_MS.specweb99 },
  { label: 'QEMU default downtime limit', downtimeMs: REFERENCE_DOWNTIME_MS.qemuLimit },
];

/**
 * A migration's result as a timeline: its pre-copy rounds (pages sent, pages dirtied meanwhile), the stop and its
 * downtime, post-copy's faults, the totals and the published downtimes to set them beside, each with its sentence.
 * From the migration model's own result, so the model's runs and the cluster's migrations draw alike; `cursor` is
 * the ticks since the migration began when the run stands within it.
 */
export function migrationTimeline(result: MigrationResult, cursor: number | null = null): MigrationTimelineData {
  return {
    view: 'migration',
    method: result.method,
    rounds: result.rounds.map((r) => ({
      round: r.index,
      startTick: r.startTick,
      durationTicks: r.durationTicks,
      sent: r.sent,
      dirtied: r.dirtied,
      text: explainRound(r),
    })),
    stop: {
      startTick: result.stop.startTick,
      downtimeTicks: result.stop.downtimeTicks,
      sent: result.stop.sent,
      text: explainStop(result.stop),
    },
    faults: result.faults.slice(0, TIMELINE_FAULTS),
    faultCount: result.faults.length,
    totals: { ...result.totals },
    references: REFERENCES,
    cursor: cursor !== null && cursor >= 0 && cursor <= result.totals.totalTicks ? cursor : null,
    summary: explainTotals(result),
  };
}
