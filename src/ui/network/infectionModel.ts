import type { InfectionData, InfectionSeries } from '../../protocol';
import { groupedDigits } from '../../core/groupedDigits';

/** One round of the chart: each item's holders (absent once its curve ended) and the growth bound. */
export type InfectionRow = { round: number; bound: number } & Record<string, number>;

export const seriesKey = (s: InfectionSeries): string => `item${s.item}`;
export const seriesLabel = (s: InfectionSeries): string =>
  `${s.kind} ${s.item} from ${s.node} (tick ${groupedDigits(s.madeAt)})`;

/**
 * The chart's rows: round 0 to the longest curve's last round (and at least one past the expected rounds), each
 * item's holders, and the bound push gossip cannot beat: each round multiplies the informed by at most 1 + fan-out,
 * so min(validators, (1 + f)^r).
 */
export function infectionRows(data: InfectionData): InfectionRow[] {
  const last = Math.max(Math.ceil(data.theoreticalRounds) + 1, ...data.items.map((s) => s.perRound.length - 1));
  return Array.from({ length: last + 1 }, (_, round) => {
    const row: InfectionRow = { round, bound: Math.min(data.validators, (1 + data.fanout) ** round) };
    for (const s of data.items) {
      const held = s.perRound[round];
      if (held !== undefined) row[seriesKey(s)] = held;
    }
    return row;
  });
}

/** The chart in words: each item's reach and rounds, beside the expected rounds. */
export function infectionSummary(data: InfectionData): string {
  const expected = `push gossip with fan-out ${data.fanout} expects about ${data.theoreticalRounds} rounds (${data.formula}) to reach all ${data.validators} validators; a round is ${groupedDigits(data.roundTicks)} ticks`;
  if (data.items.length === 0) return `No item made yet by tick ${groupedDigits(data.tick)}; ${expected}.`;
  const items = data.items.map(
    (s) =>
      `${seriesLabel(s)} reached ${s.reached} of ${data.validators}${s.rounds === null ? ' so far' : ` in ${s.rounds} round${s.rounds === 1 ? '' : 's'}`}`,
  );
  return `At tick ${groupedDigits(data.tick)}: ${items.join('; ')}. For comparison, ${expected}.`;
}
