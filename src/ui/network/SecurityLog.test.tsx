import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SecurityLogData, SecurityRow } from '../../protocol';
import { SecurityLog } from './SecurityLog';

const row = (index: number, tick: number, verdict: SecurityRow['verdict'], text: string): SecurityRow => ({
  index,
  tick,
  node: 'n2',
  peer: 'n1',
  messageId: 40 + index,
  verdict,
  text,
});
const tampered = row(
  2,
  512,
  'tampered',
  "rejected: node n1 (3f2a)'s signature is good, but the message no longer matches",
);
const data: SecurityLogData = {
  view: 'securityLog',
  tick: 600,
  mode: 'signed',
  total: 3,
  counts: {
    accepted: 2,
    tampered: 1,
    forged: 0,
    replayed: 0,
    'out-of-window': 0,
    'unknown-sender': 0,
    misaddressed: 0,
  },
  recent: [
    row(0, 30, 'accepted', "accepted: node n1 (3f2a)'s message no. 1 on this channel"),
    row(1, 90, 'accepted', 'accepted: #2'),
    tampered,
  ],
  rejections: [tampered],
};

/** The table's rows by entry number, and how its Tick column is sorted. */
const entries = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((h) => h.textContent);
const sorted = () => screen.getByRole('columnheader', { name: /^Tick/ }).getAttribute('aria-sort') as string;

describe('SecurityLog', () => {
  it('counts every verdict above the table of the latest entries', () => {
    render(<SecurityLog data={data} />);
    const counts = screen.getByLabelText('Verdicts');
    expect(within(counts).getByText('accepted').nextSibling).toHaveTextContent('2');
    expect(within(counts).getByText('tampered').nextSibling).toHaveTextContent('1');
    expect(within(counts).getByText('too old').nextSibling).toHaveTextContent('0');
    const table = within(screen.getByRole('region', { name: 'Security log entries' })).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByText('Entries: all 3.')).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'tampered' })).toBeInTheDocument();
  });

  it('shows the rejections alone on demand, and sorts by a column', async () => {
    const user = userEvent.setup();
    render(<SecurityLog data={data} />);
    await user.click(screen.getByRole('checkbox', { name: 'Rejections only' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByRole('rowheader', { name: '3' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Rejections only' }));
    const byTick: Record<string, string[]> = { ascending: ['1', '2', '3'], descending: ['3', '2', '1'] };
    await user.click(screen.getByRole('button', { name: /^Tick/ }));
    const first = sorted();
    expect(entries()).toEqual(byTick[first]);
    await user.click(screen.getByRole('button', { name: /^Tick/ }));
    expect([first, sorted()].sort()).toEqual(['ascending', 'descending']);
    expect(entries()).toEqual(byTick[sorted()]);
  });

  it('says so when the network has no security', () => {
    render(<SecurityLog data={null} />);
    expect(screen.getByRole('region', { name: 'Security log' })).toHaveTextContent(/no security/);
  });
});
