import { tickCount, type TickRange } from './scheduleDiff';
import { groupedDigits } from '../../core/groupedDigits';

/** How one schedule differs from the reference: the stretches, and the ticks the longer of the two runs lasts. */
export interface RowDiff {
  name: string;
  ranges: readonly TickRange[];
  of: number;
}

/** Beyond this many stretches a sentence stops helping; the rest are counted. */
const LISTED = 4;

const ticks = (n: number) => `${groupedDigits(n)} tick${n === 1 ? '' : 's'}`;

/** "ticks 1–4, 6–13 and 2 more stretches" (end-exclusive, as the Gantt tooltips say "ticks 0–8"). */
export function rangesText(ranges: readonly TickRange[]): string {
  const listed = ranges.slice(0, LISTED).map((r) => `${groupedDigits(r.start)}–${groupedDigits(r.end)}`);
  const more = ranges.length - listed.length;
  return `ticks ${listed.join(', ')}${more > 0 ? ` and ${groupedDigits(more)} more stretch${more === 1 ? '' : 'es'}` : ''}`;
}

/** Short, for a row's name: "differs at 8 ticks", "same as FIFO". */
export function rowDiffText(reference: string, d: RowDiff): string {
  const n = tickCount(d.ranges);
  return n === 0 ? `same as ${reference}` : `differs at ${ticks(n)}`;
}

/**
 * The sentence above the picture that says what the shading shows: for two schedules, where they differ;
 * for more, that each name says how much it differs from the reference (`detail` lists them all, for screen
 * readers and the picture's text alternative).
 */
export function diffSummary(reference: string, others: readonly RowDiff[]): { short: string; detail: string } {
  if (others.length === 0) {
    const only = 'Only one schedule: choose two or more to see where they differ.';
    return { short: only, detail: only };
  }
  if (others.length === 1) {
    const d = others[0] as RowDiff;
    const n = tickCount(d.ranges);
    const text =
      n === 0
        ? `${reference} and ${d.name} make the same schedule: they differ at no tick.`
        : `${reference} and ${d.name} differ at ${groupedDigits(n)} of ${ticks(d.of)} (shaded): ${rangesText(d.ranges)}.`;
    return { short: text, detail: text };
  }
  const each = others.map((d) => {
    const n = tickCount(d.ranges);
    return n === 0 ? `${d.name} nowhere` : `${d.name} at ${groupedDigits(n)} of ${ticks(d.of)}`;
  });
  const lead = `Shaded: the ticks where each schedule differs from ${reference}`;
  return { short: `${lead}; each name says how many.`, detail: `${lead}. ${each.join('; ')}.` };
}
