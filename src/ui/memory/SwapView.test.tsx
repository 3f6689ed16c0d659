import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SwapMonitor } from './SwapMonitor';
import { SwapView } from './SwapView';
import { snapshotFixture } from './testing/snapshotFixture';

describe('SwapView', () => {
  it('shows occupancy, who holds the slots and the swap counts', () => {
    const s = snapshotFixture({ swapOwners: [3, 3, -1, 5, -1, -1, -1, -1] });
    render(
      <SwapView
        snapshot={{ ...s, stats: { ...s.stats, swapIns: 4, swapOuts: 7, writeBacks: 2 } }}
        names={(pid) => (pid === 3 ? 'llm-infer' : undefined)}
      />,
    );
    expect(
      screen.getByRole('img', { name: 'Swap: 3 of 8 slots used (37.5 %), one slot per cell.' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Swap used' })).toHaveAttribute('aria-valuenow', '37.5');
    const holders = within(screen.getByRole('list', { name: 'Swap slots by process' }));
    expect(holders.getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual([
      'P3 llm-infer: 2 slots',
      'P5: 1 slot',
    ]);
    expect(screen.getByText(/Swap-ins:/)).toHaveTextContent(
      'Swap-ins: 4 · Swap-outs: 7 · Write-backs of dirty pages: 2',
    );
  });

  it('groups slots when there are many', () => {
    const owners = Array.from({ length: 1024 }, (_, i) => (i < 512 ? 1 : -1));
    render(<SwapView snapshot={snapshotFixture({ swapOwners: owners })} />);
    expect(screen.getByRole('img', { name: /512 of 1024 slots used \(50 %\), 4 slots per cell/ })).toBeInTheDocument();
  });
});

describe('SwapMonitor', () => {
  it('tabulates swap traffic per interval from cumulative samples', async () => {
    const samples = [
      { tick: 0, external: 0, freeFrames: 10, swapUsed: 0, pageFaults: 0, swapIns: 0, swapOuts: 0, translations: 0 },
      { tick: 10, external: 0, freeFrames: 0, swapUsed: 3, pageFaults: 2, swapIns: 2, swapOuts: 5, translations: 9 },
      { tick: 20, external: 0, freeFrames: 0, swapUsed: 3, pageFaults: 3, swapIns: 3, swapOuts: 6, translations: 20 },
    ];
    render(<SwapMonitor samples={samples} slots={8} />);
    const chart = within(screen.getByRole('group', { name: 'Swap occupancy and swap traffic over time' }));
    await userEvent.click(chart.getByText('Show data'));
    expect(
      chart
        .getAllByRole('row')
        .slice(1)
        .map((r) =>
          within(r)
            .getAllByRole('cell')
            .map((c) => c.textContent),
        ),
    ).toEqual([
      ['0 of 8', '0', '0'],
      ['3 of 8', '2', '5'],
      ['3 of 8', '1', '1'],
    ]);
  });
});
