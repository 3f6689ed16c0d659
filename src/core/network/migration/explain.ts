import { assertNever } from '../../assertNever';
import { TICKS_PER_MS } from './link';
import type { CopyRound, MigrationResult, PageFault, PreCopyStop, StopPhase } from './types';
import { groupedDigits } from '../../groupedDigits';

/** `2100 ticks (210 ms)` */
export function ticksInMs(ticks: number): string {
  return `${groupedDigits(ticks)} ticks (${ticks / TICKS_PER_MS} ms)`;
}

export function explainRound(r: CopyRound): string {
  const what =
    r.sends.kind === 'everyPage'
      ? `every page (${r.sent})`
      : `the ${r.sent} pages dirtied during round ${r.sends.round}`;
  return `Pre-copy round ${r.index} sends ${what} in ${ticksInMs(r.durationTicks)} while the process runs on the source, which dirties ${r.dirtied} pages meanwhile.`;
}

export function explainStopReason(s: PreCopyStop): string {
  switch (s.kind) {
    case 'dirtyUnderLimit':
      return `only ${s.dirty} pages are dirty, at most the limit of ${s.limit}`;
    case 'downtimeUnderLimit':
      return `sending the ${s.dirty} dirty pages would stop the process for ${ticksInMs(s.estimateTicks)}, within the downtime limit of ${ticksInMs(s.limitTicks)}`;
    case 'roundLimit':
      return `${s.rounds} rounds are the limit, though ${s.dirty} pages are still dirty: the process writes them about as fast as they are sent`;
    default:
      return assertNever(s);
  }
}

export function explainStop(s: StopPhase): string {
  const down = ticksInMs(s.downtimeTicks);
  switch (s.why.kind) {
    case 'everyPage':
      return `Stop-and-copy stops the process and sends all ${s.sent} pages: it is down for ${down}, the whole migration.`;
    case 'dirtyAfterRounds':
      return `Pre-copy stops the process because ${explainStopReason(s.why.stop)}; the last ${s.sent} pages go across while it is stopped: ${down} of downtime.`;
    case 'cpuStateOnly':
      return `Post-copy stops the process only while its CPU state crosses (${down}) and resumes it on the target before any page is there.`;
    default:
      return assertNever(s.why);
  }
}

export function explainFault(f: PageFault): string {
  const how =
    f.fetch === 'demand'
      ? 'it faults, asks the source for it ahead of the push'
      : 'it faults; the push has already sent it, so it asks for nothing';
  return `At tick ${groupedDigits(f.tick)} the process touches page ${f.page} on the target before it arrived: ${how} and waits ${ticksInMs(f.waitTicks)} for it.`;
}

/** The migration's outcome in one paragraph, for the narration and the CLI alike. */
export function explainTotals(
  r: Pick<MigrationResult, 'method' | 'totals'> & { faults: { readonly length: number } },
): string {
  const t = r.totals;
  const base = `${r.method} moved ${t.pagesTransferred} pages in ${t.rounds} rounds over ${ticksInMs(t.totalTicks)}, with ${ticksInMs(t.downtimeTicks)} of downtime`;
  if (r.method !== 'postCopy') return `${base}.`;
  return `${base}; then ${ticksInMs(t.degradationTicks)} of degraded running until the last page arrived, ${r.faults.length} faults costing ${ticksInMs(t.faultWaitTicks)} of waiting.`;
}

/** Faults narrated one by one up to this many; the rest are summed up in the totals. */
export const NARRATED_FAULTS = 20;

/** The whole migration in order, one sentence per decision: rounds, the stop, faults, the outcome. */
export function explainMigration(r: MigrationResult): string[] {
  const lines = [
    ...r.rounds.map(explainRound),
    explainStop(r.stop),
    ...r.faults.slice(0, NARRATED_FAULTS).map(explainFault),
  ];
  if (r.faults.length > NARRATED_FAULTS) lines.push(`... and ${r.faults.length - NARRATED_FAULTS} more faults.`);
  lines.push(explainTotals(r));
  return lines;
}
