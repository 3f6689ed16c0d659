import { deepCopy } from '../../deepCopy';
import { fsckFindings, type FsckFinding } from '../invariants';
import { repairFs, type RepairAction } from '../repair';
import type { FsState } from '../types';
import { readFs, type BlockImage } from './blockImage';
import type { CrashPlan } from './planWrites';
import { replayJournal, type Replay } from './replay';
import { opFates, planChanges, type OpFate, type PlanChanges } from './survival';

/** Everything about one crash: the disk it left, what mount and fsck make of it, and each operation's fate. */
export interface CrashPoint {
  /** how many writes reached the disk (0: the crash came before the first) */
  after: number;
  disk: readonly BlockImage[];
  crash: string;
  replay: Replay;
  /** the file system mount reads after replay */
  recovered: FsState;
  findings: FsckFinding[];
  /** what fsck's repair did (nothing when it found nothing) */
  repairs: RepairAction[];
  /** the file system after repair (the recovered one when fsck found nothing) */
  repaired: FsState;
  findingsAfterRepair: FsckFinding[];
  /** how many operations were durable at the crash */
  durable: number;
  fates: OpFate[];
  /** names on disk no durable operation made (an operation in flight left them) */
  extras: string[];
  summary: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function crashAt(plan: CrashPlan, after: number, disk: readonly BlockImage[], changes: PlanChanges): CrashPoint {
  const { writes } = plan;
  const last = writes[after - 1];
  const next = writes[after];
  const crash =
    (last ? `Crash after write ${after} (${last.what})` : 'Crash before the first write') +
    (next ? `; write ${after + 1} (${next.what}) never reached the disk.` : '; every write had reached the disk.');
  const replay = replayJournal(plan, disk);
  const durableOps = plan.ops.filter((o) => o.durableAfter <= after).length;
  // Mounted at the tick of the last durable operation, so a recovery that loses nothing is that state exactly.
  const recovered = readFs(replay.disk, plan.layout, (plan.states[durableOps] as FsState).now);
  const findings = fsckFindings(recovered);
  const repaired = findings.length === 0 ? recovered : deepCopy(recovered);
  const repairs = findings.length === 0 ? [] : repairFs(repaired);
  const findingsAfterRepair = findings.length === 0 ? findings : fsckFindings(repaired);
  const { fates, durable, extras } = opFates(plan, after, repaired, changes);
  const done = fates.filter((f) => f.status === 'survived' || f.status === 'damaged');
  const damaged = fates.filter((f) => f.status === 'damaged');
  const replayShort: Record<Replay['outcome']['kind'], string> = {
    noJournal: 'no journal to replay',
    empty: 'the journal is empty',
    replayed: `replay redoes transaction ${'tx' in replay.outcome ? replay.outcome.tx : ''}`,
    discarded: `replay discards transaction ${'tx' in replay.outcome ? replay.outcome.tx : ''} (its TxE is not on disk)`,
  };
  const survival =
    done.length === 0
      ? 'no operation was durable yet'
      : damaged.length === 0
        ? `${done.length === 1 ? 'the one durable operation' : `all ${done.length} durable operations`} survived`
        : `${plural(damaged.length, 'durable operation')} of ${done.length} damaged (${(damaged[0] as OpFate).sentence.replace(/^\d+\. /, '').replace(/\.$/, '')})`;
  const fsck =
    findings.length === 0
      ? 'fsck finds the file system consistent'
      : `fsck finds ${plural(findings.length, 'problem')}; repair makes ${plural(repairs.length, 'change')}${findingsAfterRepair.length === 0 ? ' and the file system is consistent' : `, and ${plural(findingsAfterRepair.length, 'problem')} remain`}`;
  const flight = fates.find((f) => f.effect !== undefined);
  const left = [...(flight ? [`${plan.ops[flight.op]?.text} was in flight: ${flight.effect}`] : []), ...extras]
    .map((s) => `; ${s}`)
    .join('');
  const summary = `${crash.replace(/[;.].*$/, '')}: ${replayShort[replay.outcome.kind]}; ${survival}${left}; ${fsck}.`;
  return {
    after,
    disk,
    crash,
    replay,
    recovered,
    findings,
    repairs,
    repaired,
    findingsAfterRepair,
    durable,
    fates,
    extras,
    summary,
  };
}

/** The disk after the first `after` writes of a plan. */
export function diskAfter(plan: CrashPlan, after: number): BlockImage[] {
  const disk = plan.initial.slice();
  for (const w of plan.writes.slice(0, after)) disk[w.address] = w.image;
  return disk;
}

/** One crash point: the crash after write `after` (0: before the first; clamped to the plan's writes). */
export function crashPoint(plan: CrashPlan, after: number): CrashPoint {
  const at = Math.max(0, Math.min(plan.writes.length, Math.trunc(after) || 0));
  return crashAt(plan, at, diskAfter(plan, at), planChanges(plan));
}

/** The crash-point explorer: a crash before the first write and after each one, in order. */
export function exploreCrashes(plan: CrashPlan): CrashPoint[] {
  const changes = planChanges(plan);
  const points = [crashAt(plan, 0, plan.initial, changes)];
  let disk = plan.initial;
  for (const w of plan.writes) {
    const next = disk.slice();
    next[w.address] = w.image;
    disk = next;
    points.push(crashAt(plan, w.n, disk, changes));
  }
  return points;
}
