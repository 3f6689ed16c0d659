import { makeWriter } from './dirtyModel';
import { transferTicks } from './link';
import { runOnSource, sendDirty, sourceRun } from './source';
import type { CopyRound, MigrationInput, MigrationResult, PreCopyStop, StopPhase } from './types';

/**
 * Stop-and-copy and pre-copy: copies made while the process runs on the source (none for stop-and-copy), then
 * the process stopped while what is dirty goes across, then resumed on the target. A round sends each dirty
 * page's version as the round begins; a page written during the round is dirty again and goes in a later round
 * or the stop phase, so the target ends with the version the source had when it stopped.
 */
export function iterativeMigration(input: MigrationInput): MigrationResult {
  const { pages, pageSize, bandwidthMbps, latencyTicks, method } = input;
  const ticksFor = (n: number): number => transferTicks(n, pageSize, bandwidthMbps, latencyTicks);
  const write = makeWriter(input.dirty, input.seed);
  const src = sourceRun(pages);
  const target = Array.from({ length: pages }, () => -1);
  // Every page is to be sent at first.
  src.dirty.fill(1);
  src.dirtyCount = pages;
  const rounds: CopyRound[] = [];
  let now = 0;
  let why: StopPhase['why'] = { kind: 'everyPage' };
  if (method.kind === 'preCopy') {
    for (;;) {
      const sent = sendDirty(src, target);
      const durationTicks = ticksFor(sent);
      runOnSource(src, write, durationTicks);
      const index = rounds.length + 1;
      const sends: CopyRound['sends'] = index === 1 ? { kind: 'everyPage' } : { kind: 'dirtiedIn', round: index - 1 };
      rounds.push({ index, sends, startTick: now, durationTicks, sent, dirtied: src.dirtyCount });
      now += durationTicks;
      const stop = preCopyStop(method, rounds.length, src.dirtyCount, ticksFor(src.dirtyCount));
      if (stop) {
        why = { kind: 'dirtyAfterRounds', stop };
        break;
      }
    }
  }
  const sourceAtSwitch = src.versions.slice();
  const stopSent = sendDirty(src, target);
  const downtimeTicks = ticksFor(stopSent);
  const stop: StopPhase = { startTick: now, downtimeTicks, sent: stopSent, why };
  const pagesTransferred = rounds.reduce((n, r) => n + r.sent, stopSent);
  return {
    method: method.kind,
    rounds,
    stop,
    faults: [],
    totals: {
      pagesTransferred,
      bytesTransferred: pagesTransferred * pageSize,
      rounds: rounds.length,
      totalTicks: now + downtimeTicks,
      downtimeTicks,
      degradationTicks: 0,
      faultWaitTicks: 0,
    },
    work: [{ where: 'source', from: 0, to: src.work }],
    sourceAtSwitch,
    target,
  };
}

/**
 * Whether pre-copy stops after `rounds` rounds with `dirty` pages dirty: a small enough set first (the reasons to
 * stop that Xen and QEMU aim for), then the round limit (the one that gives up on a set that will not shrink).
 */
function preCopyStop(
  m: Extract<MigrationInput['method'], { kind: 'preCopy' }>,
  rounds: number,
  dirty: number,
  estimateTicks: number,
): PreCopyStop | null {
  if (dirty <= m.dirtyPagesLimit) return { kind: 'dirtyUnderLimit', dirty, limit: m.dirtyPagesLimit };
  if (m.downtimeLimitTicks > 0 && estimateTicks <= m.downtimeLimitTicks) {
    return { kind: 'downtimeUnderLimit', estimateTicks, limitTicks: m.downtimeLimitTicks, dirty };
  }
  if (rounds >= m.maxRounds) return { kind: 'roundLimit', rounds, dirty };
  return null;
}
