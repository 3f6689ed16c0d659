import { makeWriter, type Writer } from './dirtyModel';
import { transferTicks } from './link';
import { runOnSource, sendDirty, sourceRun, type SourceRun } from './source';
import type { CopyRound, MigrationInput, MigrationResult, PreCopyStop, StopPhase } from './types';

type PreCopy = Extract<MigrationInput['method'], { kind: 'preCopy' }>;

/**
 * Stop-and-copy and pre-copy: copies made while the process runs on the source (none for stop-and-copy), then
 * the process stopped while what is dirty goes across, then resumed on the target. A round sends each dirty
 * page's version as the round begins; a page written during the round is dirty again and goes in a later round
 * or the stop phase, so the target ends with the version the source had when it stopped. Here the process runs
 * every tick of each round; the cluster (network/cluster/migrations.ts) steps the same rounds with the CPU ticks
 * the process really got.
 */
export function iterativeMigration(input: MigrationInput): MigrationResult {
  const { pages, pageSize, bandwidthMbps, latencyTicks, method } = input;
  const ticksFor = (n: number): number => transferTicks(n, pageSize, bandwidthMbps, latencyTicks);
  const write = makeWriter(input.dirty, input.seed);
  const src = startCopy(pages);
  const target = Array.from({ length: pages }, () => -1);
  const rounds: CopyRound[] = [];
  let now = 0;
  let why: StopPhase['why'] = { kind: 'everyPage' };
  if (method.kind === 'preCopy') {
    for (;;) {
      const sent = sendDirty(src, target);
      const durationTicks = ticksFor(sent);
      const round = endRound(src, write, durationTicks, {
        index: rounds.length + 1,
        startTick: now,
        durationTicks,
        sent,
      });
      rounds.push(round);
      now += durationTicks;
      const stop = preCopyStop(method, rounds.length, src.dirtyCount, ticksFor(src.dirtyCount));
      if (stop) {
        why = { kind: 'dirtyAfterRounds', stop };
        break;
      }
    }
  }
  const sourceAtSwitch = src.versions.slice();
  const stop = stopPhase(src, target, now, why, ticksFor);
  return iterativeResult(method.kind, rounds, stop, pageSize, sourceAtSwitch, target, src.work);
}

/** The source's pages as a migration begins: every one is to be sent. */
export function startCopy(pages: number): SourceRun {
  const src = sourceRun(pages);
  src.dirty.fill(1);
  src.dirtyCount = pages;
  return src;
}

/** A round that sent `sent` pages from `startTick` ends: the process ran `work` ticks meanwhile, dirtying pages. */
export function endRound(
  src: SourceRun,
  write: Writer,
  work: number,
  r: Pick<CopyRound, 'index' | 'startTick' | 'durationTicks' | 'sent'>,
): CopyRound {
  runOnSource(src, write, work);
  const sends: CopyRound['sends'] = r.index === 1 ? { kind: 'everyPage' } : { kind: 'dirtiedIn', round: r.index - 1 };
  return { ...r, sends, dirtied: src.dirtyCount };
}

/** The process stops at `now`: what is dirty goes across while it is stopped. */
export function stopPhase(
  src: SourceRun,
  target: number[],
  now: number,
  why: StopPhase['why'],
  ticksFor: (pages: number) => number,
): StopPhase {
  const sent = sendDirty(src, target);
  return { startTick: now, downtimeTicks: ticksFor(sent), sent, why };
}

/** The result of a stop-and-copy or pre-copy migration from its rounds and its stop. */
export function iterativeResult(
  method: MigrationResult['method'],
  rounds: CopyRound[],
  stop: StopPhase,
  pageSize: number,
  sourceAtSwitch: number[],
  target: number[],
  work: number,
): MigrationResult {
  const pagesTransferred = rounds.reduce((n, r) => n + r.sent, stop.sent);
  return {
    method,
    rounds,
    stop,
    faults: [],
    totals: {
      pagesTransferred,
      bytesTransferred: pagesTransferred * pageSize,
      rounds: rounds.length,
      totalTicks: stop.startTick + stop.downtimeTicks,
      downtimeTicks: stop.downtimeTicks,
      degradationTicks: 0,
      faultWaitTicks: 0,
    },
    work: [{ where: 'source', from: 0, to: work }],
    sourceAtSwitch,
    target,
  };
}

/**
 * Whether pre-copy stops after `rounds` rounds with `dirty` pages dirty: a small enough set first (the reasons to
 * stop that Xen and QEMU aim for), then the round limit (the one that gives up on a set that will not shrink).
 */
export function preCopyStop(m: PreCopy, rounds: number, dirty: number, estimateTicks: number): PreCopyStop | null {
  if (dirty <= m.dirtyPagesLimit) return { kind: 'dirtyUnderLimit', dirty, limit: m.dirtyPagesLimit };
  if (m.downtimeLimitTicks > 0 && estimateTicks <= m.downtimeLimitTicks) {
    return { kind: 'downtimeUnderLimit', estimateTicks, limitTicks: m.downtimeLimitTicks, dirty };
  }
  if (rounds >= m.maxRounds) return { kind: 'roundLimit', rounds, dirty };
  return null;
}
