import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LinkStatsData, LinkStatsRow } from '../../protocol';
import { LinkStats } from './LinkStats';

const link = (from: string, to: string, sent: number, meanLatency: number | null): LinkStatsRow => ({
  from,
  to,
  sent,
  delivered: sent - 1,
  onTheWay: 0,
  lost: { linkLoss: 1, faultDrop: 0, partition: 2 },
  duplicated: 0,
  reordered: 1,
  bytes: sent * 100,
  queuePeak: 2,
  meanLatency,
});
const data: LinkStatsData = {
  view: 'linkStats',
  tick: 300,
  asOf: 300,
  links: [link('n0', 'n1', 5, 12.5), link('n1', 'n0', 9, null), link('n1', 'n2', 7, 8)],
};

/** The table's rows by link, top to bottom. */
const order = () => screen.getAllByRole('rowheader').map((h) => h.textContent);

describe('LinkStats', () => {
  it('lists each link direction with its counts', () => {
    render(<LinkStats data={data} />);
    const table = within(screen.getByRole('region', { name: 'Link statistics' })).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Link',
      'Sent',
      'Delivered',
      'On the way',
      'Lost (loss rate)',
      'Lost (drop fault)',
      'Lost (partition)',
      'Duplicated',
      'Reordered',
      'Bytes',
      'Queue peak',
      'Mean latency (ticks)',
    ]);
    const first = within(table).getByRole('rowheader', { name: 'n0 → n1' }).closest('tr') as HTMLElement;
    expect(
      within(first)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['5', '4', '0', '1', '0', '2', '0', '1', '500', '2', '12.5']);
    expect(within(table).getByRole('rowheader', { name: 'n1 → n0' }).closest('tr')).toHaveTextContent(/—$/);
  });

  it('sorts by any column', async () => {
    const user = userEvent.setup();
    render(<LinkStats data={data} />);
    await user.click(screen.getByRole('button', { name: /^Sent/ }));
    expect(order()).toEqual(['n1 → n0', 'n1 → n2', 'n0 → n1']);
    await user.click(screen.getByRole('button', { name: /^Sent/ }));
    expect(order()).toEqual(['n0 → n1', 'n1 → n2', 'n1 → n0']);
  });
});
