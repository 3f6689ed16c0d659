import type { MethodKind, MigrationResult } from '../migration/types';
import type { AbandonReason } from './migrationEvents';
import type { ClusterMigration } from './migrations';
import type { ClusterState } from './state';

/** How a migration turned out: under way, done, or ended otherwise (where the process is then: see AbandonReason). */
export type MigrationOutcome = 'underWay' | 'done' | AbandonReason;

function outcomeOf(m: ClusterMigration): MigrationOutcome {
  if (m.phase === 'done') return 'done';
  return m.phase === 'abandoned' ? (m.reason as AbandonReason) : 'underWay';
}

/**
 * A cluster migration as the migration model's own result (migration/types.ts, what the MigrationTimeline panel
 * draws) with where it went: its process's identity and name, the nodes, when it began, who started it, how it
 * ended. Only migrations that reached their stop have one (one abandoned during pre-copy has no downtime to show).
 */
export type ClusterMigrationResult = MigrationResult & {
  process: string;
  name: string;
  from: string;
  to: string;
  startTick: number;
  by: ClusterMigration['by'];
  outcome: MigrationOutcome;
};

export function clusterMigrations(cl: ClusterState): ClusterMigrationResult[] {
  return cl.migrations.flatMap((m) =>
    m.result
      ? [
          {
            ...m.result,
            process: m.origin,
            name: m.name,
            from: cl.ids[m.from] as string,
            to: cl.ids[m.to] as string,
            startTick: m.startTick,
            by: m.by,
            outcome: outcomeOf(m),
          },
        ]
      : [],
  );
}

/** One migration in `sim run --json`'s `network.migrations`. */
export interface MigrationSummary {
  process: string;
  name: string;
  from: string;
  to: string;
  method: MethodKind;
  by: ClusterMigration['by'];
  startTick: number;
  outcome: MigrationOutcome;
  /** pre-copy rounds made */
  rounds: number;
  pagesTransferred: number;
  /** from its start until the target holds every page (null: it never stopped on the source) */
  totalTicks: number | null;
  /** the ticks it ran nowhere (null: it never stopped on the source) */
  downtimeTicks: number | null;
}

export function migrationSummaries(cl: ClusterState): MigrationSummary[] {
  return cl.migrations.map((m) => {
    const t = m.result?.totals;
    return {
      process: m.origin,
      name: m.name,
      from: cl.ids[m.from] as string,
      to: cl.ids[m.to] as string,
      method: m.input.method.kind,
      by: m.by,
      startTick: m.startTick,
      outcome: outcomeOf(m),
      rounds: m.rounds.length,
      pagesTransferred: t ? t.pagesTransferred : m.rounds.reduce((n, r) => n + r.sent, m.round?.sent ?? 0),
      totalTicks: t ? t.totalTicks : null,
      downtimeTicks: t ? t.downtimeTicks : null,
    };
  });
}
