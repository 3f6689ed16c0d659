import { deepCopy } from '../../deepCopy';
import type { MethodKind, MigrationResult } from '../migration/types';
import type { AbandonReason } from './migrationEvents';
import type { ClusterMigration } from './migrations';
import { livedResult, remoteOf } from './postCopyLanding';
import type { ClusterState } from './state';
import { groupedDigits } from '../../groupedDigits';

/** How a migration turned out: under way, done, or ended otherwise (where the process is then: see AbandonReason). */
export type MigrationOutcome = 'underWay' | 'done' | AbandonReason;

function outcomeOf(m: ClusterMigration): MigrationOutcome {
  if (m.phase === 'done') return 'done';
  return m.phase === 'abandoned' ? (m.reason as AbandonReason) : 'underWay';
}

/** What the landed process of a stalled post-copy migration waits for: its pid there, the pages, since when. */
export interface StalledWait {
  pid: number;
  pages: number[];
  since: number;
}

/**
 * A post-copy migration whose stream is stalled now (a cut that has not healed, a source still paused): its result
 * as lived so far, up to now, and what its process waits for (null: it is not waiting). The model's result would
 * invent an end the stream has not reached; any other migration has none of this.
 */
function stalledNow(
  cl: ClusterState,
  m: ClusterMigration,
): { result: MigrationResult; waiting: StalledWait | null } | null {
  const rp = m.phase === 'running' && m.stalls.at(-1)?.until === null ? remoteOf(cl, m) : undefined;
  if (!rp) return null;
  const lived = deepCopy(rp);
  const result = livedResult(m, lived, cl.now);
  const pages = lived.waitingFor.filter((page) => (lived.wire.arrivedAt[page] as number) < 0);
  const pid = (m.landed as [number, number])[1];
  return { result, waiting: lived.until === null ? null : { pid, pages, since: lived.since } };
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
  /** post-copy: the stretches its stream stalled (until null: still stalled, the result lived up to now) */
  stalls: ClusterMigration['stalls'];
  /** its stream stalled now and its process waiting for pages: what for (null otherwise) */
  waiting: StalledWait | null;
};

export function clusterMigrations(cl: ClusterState): ClusterMigrationResult[] {
  return cl.migrations.flatMap((m) => {
    if (!m.result) return [];
    const stalled = stalledNow(cl, m);
    return [
      {
        ...(stalled?.result ?? m.result),
        process: m.origin,
        name: m.name,
        from: cl.ids[m.from] as string,
        to: cl.ids[m.to] as string,
        startTick: m.startTick,
        by: m.by,
        outcome: outcomeOf(m),
        stalls: m.stalls,
        waiting: stalled?.waiting ?? null,
      },
    ];
  });
}

type Stall = ClusterMigrationResult['stalls'][number];

/**
 * A migration's stalls in words, for the timeline beside its totals (empty when its pages never stalled): each
 * stretch with its cause, and, while one is still on, that the migration is not over and what its process waits for.
 */
export function stallsText(m: ClusterMigrationResult): string {
  if (m.stalls.length === 0) return '';
  const cause = (s: Stall, now: boolean): string =>
    s.why.kind === 'partition'
      ? `the route ${now ? 'is' : 'was'} cut by a partition`
      : `${m.from} ${now ? 'is' : 'was'} paused`;
  const over = m.stalls.filter((s): s is Stall & { until: number } => s.until !== null);
  const open = m.stalls.find((s) => s.until === null);
  const parts: string[] = [];
  if (over.length > 0)
    parts.push(
      `Its pages stalled ${over.map((s) => `from tick ${groupedDigits(s.since)} to ${groupedDigits(s.until)} (${cause(s, false)})`).join(', ')}.`,
    );
  if (open) {
    const w = m.waiting;
    const waits = w
      ? `; P${w.pid} on ${m.to} still waits for page${w.pages.length === 1 ? '' : 's'} ${w.pages.join(', ')}`
      : '';
    parts.push(
      `Its pages have stalled since tick ${groupedDigits(open.since)} (${cause(open, true)}): the migration is not over${waits}; the totals are as lived so far.`,
    );
  }
  return parts.join(' ');
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
  /** post-copy: the stretches its stream stalled (until null: still stalled, so totalTicks is null); only if any */
  stalls?: ClusterMigration['stalls'];
  /** its stream stalled now and its process waiting for pages (only then) */
  waiting?: StalledWait;
}

export function migrationSummaries(cl: ClusterState): MigrationSummary[] {
  return cl.migrations.map((m) => {
    const stalled = stalledNow(cl, m);
    const t = (stalled?.result ?? m.result)?.totals;
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
      totalTicks: t && !stalled ? t.totalTicks : null,
      downtimeTicks: t ? t.downtimeTicks : null,
      ...(m.stalls.length > 0 && { stalls: m.stalls }),
      ...(stalled?.waiting && { waiting: stalled.waiting }),
    };
  });
}
