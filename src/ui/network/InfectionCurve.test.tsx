import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InfectionData } from '../../protocol';
import { InfectionCurve } from './InfectionCurve';
import { infectionRows, infectionSummary } from './infectionModel';

const data: InfectionData = {
  view: 'infection',
  tick: 400,
  validators: 6,
  fanout: 2,
  roundTicks: 50,
  theoreticalRounds: 2.53,
  formula: 'log_3(6) + ln(6)/2',
  items: [
    { item: 0, kind: 'block', node: 'n0', madeAt: 10, perRound: [1, 3, 5, 6], reached: 6, rounds: 3 },
    { item: 1, kind: 'transaction', node: 'n3', madeAt: 120, perRound: [1, 2], reached: 2, rounds: null },
  ],
};

describe('infectionRows', () => {
  it('gives each round the holders of each item and the growth bound min(N, (1 + f)^r)', () => {
    expect(infectionRows(data)).toEqual([
      { round: 0, bound: 1, item0: 1, item1: 1 },
      { round: 1, bound: 3, item0: 3, item1: 2 },
      { round: 2, bound: 6, item0: 5 },
      { round: 3, bound: 6, item0: 6 },
      { round: 4, bound: 6 },
    ]);
  });

  it('reaches at least one round past the expected rounds', () => {
    expect(infectionRows({ ...data, items: [] }).map((r) => r.round)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('InfectionCurve', () => {
  it('names the chart and says how each item spread beside the theory', () => {
    render(<InfectionCurve data={data} />);
    expect(
      screen.getByRole('group', {
        name: 'Gossip infection curve up to tick 400: validators holding each item by round',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(infectionSummary(data))).toBeInTheDocument();
    expect(infectionSummary(data)).toBe(
      'At tick 400: block 0 from n0 (tick 10) reached 6 of 6 in 3 rounds; transaction 1 from n3 (tick 120) reached 2 of 6 so far. For comparison, push gossip with fan-out 2 expects about 2.53 rounds (log_3(6) + ln(6)/2) to reach all 6 validators; a round is 50 ticks.',
    );
  });

  it('says so without the protocol', () => {
    render(<InfectionCurve data={null} />);
    expect(screen.getByRole('region', { name: 'Gossip infection curve' })).toHaveTextContent(/no P2P protocol/);
  });
});
