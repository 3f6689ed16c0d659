import { explainRound, explainStop, explainTotals, ticksInMs } from '../migration/explain';
import type { CopyRound, MethodKind, MigrationResult, StopPhase } from '../migration/types';
import type { StreamStall } from '../subsystem/remotePages';

/**
 * Why a migration ended without the process running on the target, and where the process is then:
 * - `targetDown`, `targetPaused`: the target crashed (restarted or not) or paused before the process stopped: it
 *   stays on the source.
 * - `partitioned`: a partition cut every path to the target before the process stopped: it stays on the source.
 * - `ended`: the process ended on the source before it stopped there: nothing is left to move.
 * - `suspended`: an operation suspended it on the source before it stopped: it stays there.
 * - `sourceDown`: the source crashed first: the process is lost with it (the crash counts it).
 * - `returned`: the target crashed, paused or was cut off while the process was stopped in flight: it resumes on
 *   the source.
 * - `lostInFlight`: both ends went down while it was in flight: nothing can run it.
 * - `lostWithTarget`: post-copy, the target crashed before every page arrived: the process ran there and is lost
 *   with it (the crash counts it), and the source, which had stopped it, holds no runnable copy.
 * - `sourceLostPages`: post-copy, the source crashed before it had sent every page: the process on the target is
 *   killed there, its memory being partly nowhere.
 */
export type AbandonReason =
  | 'targetDown'
  | 'targetPaused'
  | 'partitioned'
  | 'ended'
  | 'suspended'
  | 'sourceDown'
  | 'returned'
  | 'lostInFlight'
  | 'lostWithTarget'
  | 'sourceLostPages';

/** One step of a migration in the cluster's log. */
export type MigrationStep =
  | {
      kind: 'started';
      from: string;
      to: string;
      pid: number;
      method: MethodKind;
      pages: number;
      pageSize: number;
      bandwidthMbps: number;
      latencyTicks: number;
      hops: number;
      by: 'operation' | 'balance';
    }
  | { kind: 'round'; round: CopyRound }
  | { kind: 'stopped'; stop: StopPhase; cpuTicks: number; bursts: number[] }
  | { kind: 'resumed'; at: string; pid: number }
  | { kind: 'done'; method: MethodKind; totals: MigrationResult['totals']; faults: number }
  | { kind: 'abandoned'; reason: AbandonReason; pid: number | null }
  /** post-copy: the source stops sending pages (`unsent` still on it), and why; `flowing`: it sends again */
  | { kind: 'stalled'; from: string; why: StreamStall; unsent: number }
  | { kind: 'flowing'; from: string; stalledTicks: number; unsent: number };

const ABANDON_WORDS: Record<AbandonReason, string> = {
  targetDown: 'the target crashed before the process stopped, so it keeps running on the source',
  partitioned: 'a partition cut the path to the target before the process stopped, so it keeps running on the source',
  targetPaused: 'the target paused before the process stopped, so it keeps running on the source',
  ended: 'the process ended on the source before it stopped there: there is nothing left to move',
  suspended: 'the process was suspended on the source before it stopped there, so it stays there',
  sourceDown: 'the source crashed during the copy: the process is lost with it',
  returned:
    'the target cannot take the stopped process (it crashed, paused or is cut off), so it resumes on the source',
  lostInFlight: 'both ends went down while the process was in flight: nothing can run it',
  lostWithTarget:
    'the target crashed before every page arrived (post-copy): the process is lost with it, the source having none to run',
  sourceLostPages:
    'the source crashed before it had sent every page (post-copy): the pages it still held exist nowhere, so the process is lost on the target',
};

const pagesLeft = (n: number, from: string): string =>
  `${n} page${n === 1 ? '' : 's'} ${n === 1 ? 'is' : 'are'} still on ${from}`;

/** A migration step in words, as the narration and `sim run`'s trace say it. */
export function migrationText(process: string, s: MigrationStep): string {
  switch (s.kind) {
    case 'started':
      return `${process} starts to migrate from ${s.from} to ${s.to} by ${s.method}: ${s.pages} pages of ${s.pageSize} bytes over ${s.hops} link${s.hops === 1 ? '' : 's'} at ${s.bandwidthMbps} Mbit/s, ${ticksInMs(s.latencyTicks)} of latency${s.by === 'balance' ? ' (the load balancer moves it)' : ''}`;
    case 'round':
      return `${process}: ${explainRound(s.round)}`;
    case 'stopped':
      return `${process}: ${explainStop(s.stop)} It had ${s.cpuTicks} CPU ticks there; ${s.bursts.join(', ')} ticks of bursts go with it.`;
    case 'resumed':
      return `${process} resumes on ${s.at} as P${s.pid}`;
    case 'done':
      return `${process}: ${explainTotals({ method: s.method, totals: s.totals, faults: { length: s.faults } })}`;
    case 'abandoned':
      return `${process}'s migration ends: ${ABANDON_WORDS[s.reason]}${s.pid === null ? '' : ` (P${s.pid})`}`;
    case 'stalled':
      return `${process}'s page stream stalls: ${s.why.kind === 'partition' ? `the route from ${s.from} is cut by a partition (${s.why.cut})` : `${s.from} is paused`}; ${pagesLeft(s.unsent, s.from)}, and none leaves until it ${s.why.kind === 'partition' ? 'heals' : 'resumes'}`;
    case 'flowing':
      return `${process}'s page stream flows again from ${s.from} after ${s.stalledTicks} tick${s.stalledTicks === 1 ? '' : 's'} stalled (${pagesLeft(s.unsent, s.from)})`;
  }
}
