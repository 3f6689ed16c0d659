import { makeWriter } from './dirtyModel';
import { transferTicks } from './link';
import { ask, completeBefore, missingAt, startWire, wireThrough } from './postCopyWire';
import type { MigrationInput, MigrationResult, PageFault } from './types';

type PostCopy = Extract<MigrationInput['method'], { kind: 'postCopy' }>;

/**
 * Post-copy: the process stops only for its CPU state to cross, then runs on the target while the source sends
 * its pages (postCopyWire.ts). Here it runs every tick: a tick of work if every page that tick writes is there, and
 * otherwise it waits until they all are, asking for each missing page once. A page is sent once and never
 * overwrites the target's: the process writes a page only after it arrived. The cluster runs the same link with the
 * process as the target's kernel runs it (network/subsystem/remotePages.ts): alone on a CPU there, it is this.
 */
export function postCopyMigration(input: MigrationInput, method: PostCopy): MigrationResult {
  const { pages, pageSize, bandwidthMbps, latencyTicks } = input;
  const write = makeWriter(input.dirty, input.seed);
  const downtimeTicks = transferTicks(0, pageSize, bandwidthMbps, latencyTicks);
  const wire = startWire(input, method, downtimeTicks);
  const writes = Array.from({ length: pages }, () => 0);
  const faults: PageFault[] = [];
  let pending: readonly number[] | null = null;
  let work = 0;
  let waited = 0;
  let now = downtimeTicks;
  // A tick is lived while a page is still to arrive (at that tick or later).
  while (!completeBefore(wire, now)) {
    wireThrough(wire, now);
    pending ??= write(work).slice();
    const missing = missingAt(wire, pending, now);
    if (missing.length > 0) {
      faults.push(...ask(wire, now, missing));
      const until = Math.max(...missing.map((p) => wire.arrivedAt[p] as number));
      waited += until - now;
      now = until;
      continue;
    }
    for (const p of pending) writes[p] = (writes[p] as number) + 1;
    pending = null;
    work++;
    now++;
  }
  return {
    method: 'postCopy',
    rounds: [],
    stop: { startTick: 0, downtimeTicks, sent: 0, why: { kind: 'cpuStateOnly' } },
    faults,
    totals: {
      pagesTransferred: pages,
      bytesTransferred: pages * pageSize,
      rounds: 0,
      totalTicks: now,
      downtimeTicks,
      degradationTicks: now - downtimeTicks,
      faultWaitTicks: waited,
    },
    work: [{ where: 'target', from: 0, to: work }],
    // The source stops at once: every page is as it was, version 0; the target's are the writes made there.
    sourceAtSwitch: Array.from({ length: pages }, () => 0),
    target: writes,
  };
}
