import { makeWriter } from './dirtyModel';
import { BYTES_PER_TICK_PER_MBPS, transferTicks } from './link';
import type { MigrationInput, MigrationResult, PageFault } from './types';

type PostCopy = Extract<MigrationInput['method'], { kind: 'postCopy' }>;

/**
 * Post-copy: the process stops only for its CPU state to cross, then runs on the target while the source sends
 * its pages. Each tick, in this order: pages due arrive; the source sends, faulted pages first (their requests
 * having crossed the link), then pushed pages in page order on at most `pushShare` of the bandwidth; the process
 * runs a tick of work if every page that tick writes is there, and otherwise waits, asking for each missing page
 * once. A page is sent once and never overwrites the target's: the process writes a page only after it arrived.
 */
export function postCopyMigration(input: MigrationInput, method: PostCopy): MigrationResult {
  const { pages, pageSize, bandwidthMbps, latencyTicks } = input;
  const write = makeWriter(input.dirty, input.seed);
  // The source stops at once: every page is as it was, version 0.
  const sourceAtSwitch = Array.from({ length: pages }, () => 0);
  const target = Array.from({ length: pages }, () => -1);
  const downtimeTicks = transferTicks(0, pageSize, bandwidthMbps, latencyTicks);
  const hop = Math.max(1, latencyTicks);
  const perTick = bandwidthMbps * BYTES_PER_TICK_PER_MBPS;
  const pushPerTick = perTick * method.pushShare;
  const sent = new Uint8Array(pages);
  const asked = new Uint8Array(pages);
  // Every page crosses with the same latency, so pages arrive in the order they were sent: a FIFO.
  const inFlight: { page: number; at: number }[] = [];
  let head = 0;
  const requests: { page: number; at: number }[] = [];
  let requestHead = 0;
  const demand: number[] = [];
  let demandHead = 0;
  let pushNext = 0;
  let budget = 0;
  let pushBudget = 0;
  let arrived = 0;
  let sentCount = 0;
  const faults: PageFault[] = [];
  const open = new Map<number, PageFault>();
  let pending: readonly number[] | null = null;
  let work = 0;
  let waited = 0;
  let now = downtimeTicks;
  while (arrived < pages) {
    while (head < inFlight.length && (inFlight[head] as { at: number }).at <= now) {
      const page = (inFlight[head++] as { page: number }).page;
      target[page] = sourceAtSwitch[page] as number;
      arrived++;
      const f = open.get(page);
      if (f) {
        f.waitTicks = now - f.tick;
        open.delete(page);
      }
    }
    while (requestHead < requests.length && (requests[requestHead] as { at: number }).at <= now) {
      demand.push((requests[requestHead++] as { page: number }).page);
    }
    budget = Math.min(budget + perTick, perTick + pageSize);
    pushBudget = Math.min(pushBudget + pushPerTick, pushPerTick + pageSize);
    const sendAt = now + hop;
    const send = (page: number): void => {
      sent[page] = 1;
      sentCount++;
      inFlight.push({ page, at: sendAt });
    };
    for (; demandHead < demand.length && budget >= pageSize; demandHead++) {
      const page = demand[demandHead] as number;
      if (sent[page] === 1) continue;
      send(page);
      budget -= pageSize;
    }
    for (;;) {
      while (pushNext < pages && sent[pushNext] === 1) pushNext++;
      if (pushNext === pages || budget < pageSize || pushBudget < pageSize) break;
      send(pushNext);
      budget -= pageSize;
      pushBudget -= pageSize;
    }
    pending ??= write(work).slice();
    const missing = pending.filter((p) => (target[p] as number) < 0);
    if (missing.length === 0) {
      for (const p of pending) target[p] = (target[p] as number) + 1;
      pending = null;
      work++;
    } else {
      waited++;
      for (const page of missing) {
        if (asked[page] === 1) continue;
        asked[page] = 1;
        // A page already on its way (pushed) is waited for, not asked for again.
        const f: PageFault = { tick: now, page, fetch: sent[page] === 0 ? 'demand' : 'inFlight', waitTicks: 0 };
        faults.push(f);
        open.set(page, f);
        if (f.fetch === 'demand') requests.push({ page, at: now + hop });
      }
    }
    now++;
  }
  return {
    method: 'postCopy',
    rounds: [],
    stop: { startTick: 0, downtimeTicks, sent: 0, why: { kind: 'cpuStateOnly' } },
    faults,
    totals: {
      pagesTransferred: sentCount,
      bytesTransferred: sentCount * pageSize,
      rounds: 0,
      totalTicks: now,
      downtimeTicks,
      degradationTicks: now - downtimeTicks,
      faultWaitTicks: waited,
    },
    work: [{ where: 'target', from: 0, to: work }],
    sourceAtSwitch,
    target,
  };
}
