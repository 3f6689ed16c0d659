import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FragmentationPanel } from './FragmentationPanel';
import { snapshotFixture } from './testing/snapshotFixture';

// 16 frames: used 0–1, hole 2–3, used 4, hole 5, used 6–9, hole 10–15 → holes 2, 1, 6; external 1 − 6/9.
const fragmented = snapshotFixture({
  frames: 16,
  blocks: [
    { pid: 1, start: 0, count: 2 },
    { pid: 2, start: 4, count: 1 },
    { pid: 3, start: 6, count: 4 },
  ],
});
// after compaction: used 0–6, one hole of 9
const compact = snapshotFixture({ frames: 16, blocks: [{ pid: 1, start: 0, count: 7 }] });
const SAMPLES = [
  { tick: 0, external: 0, freeFrames: 16, swapUsed: 0, pageFaults: 0 },
  { tick: 10, external: 1 / 3, freeFrames: 9, swapUsed: 0, pageFaults: 2 },
];

describe('FragmentationPanel', () => {
  it('shows the figures with their formulas', () => {
    render(<FragmentationPanel samples={SAMPLES} snapshot={fragmented} onDefragment={vi.fn()} />);
    const external = within(screen.getByRole('group', { name: 'External fragmentation' }));
    expect(external.getByText('33.3 %')).toBeInTheDocument();
    expect(external.getByText('1 − largest hole ÷ free frames = 1 − 6 ÷ 9')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Holes' })).getByText('3')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Largest hole' })).getByText('6 frames')).toBeInTheDocument();
  });

  it('defragments and shows before and after, pages moved and cost', async () => {
    const user = userEvent.setup();
    const onDefragment = vi.fn(async () => ({ moved: 4, cost: 8 }));
    const { rerender } = render(
      <FragmentationPanel samples={SAMPLES} snapshot={fragmented} onDefragment={onDefragment} />,
    );
    await user.click(screen.getByRole('button', { name: 'Defragment' }));
    // the container passes the compacted snapshot
    rerender(<FragmentationPanel samples={SAMPLES} snapshot={compact} onDefragment={onDefragment} />);
    const table = screen.getByRole('table', { name: 'Defragmented: 4 pages moved, cost 8 ticks' });
    expect(
      screen.getByText(/Until those 8 ticks have passed, the processes whose pages moved cannot use/),
    ).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /External fragmentation/ })).toHaveTextContent(
      'External fragmentation33.3 %0 %',
    );
    expect(within(table).getByRole('row', { name: /Largest hole/ })).toHaveTextContent('Largest hole (frames)69');
    expect(onDefragment).toHaveBeenCalledOnce();
  });

  it('says so when nothing was defragmented, and offers the chart data as a table', async () => {
    const user = userEvent.setup();
    render(<FragmentationPanel samples={SAMPLES} snapshot={fragmented} onDefragment={async () => null} />);
    await user.click(screen.getByRole('button', { name: 'Defragment' }));
    expect(screen.getByText(/Nothing was moved/)).toBeInTheDocument();
    const chart = within(screen.getByRole('group', { name: 'Holes by size (frames)' }));
    await user.click(chart.getByText('Show data'));
    expect(
      chart
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['11', '21', '61']);
  });
});
