import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PoolsPanel } from './PoolsPanel';
import { snapshotFixture } from './testing/snapshotFixture';

const base = snapshotFixture({ frames: 100 });
const snapshot = (alerts: string[]) => ({
  ...base,
  pools: [
    {
      name: 'aiModels' as const,
      fraction: 0.24,
      limitFrames: 24,
      usedFrames: 18,
      allocations: 3,
      refusals: 0,
      references: 40,
      latencyTicks: 80,
      averageLatency: 2,
    },
    {
      name: 'ledger' as const,
      fraction: 0.15,
      limitFrames: 15,
      usedFrames: 20,
      allocations: 4,
      refusals: 2,
      references: 3,
      latencyTicks: 55,
      averageLatency: 55 / 3,
    },
  ],
  general: { usedFrames: 12, allocations: 1, references: 5, latencyTicks: 5, averageLatency: 1 },
  constraints: [{ name: 'aiTotal', limit: 0.4, used: 0.3 }],
  stats: { ...base.stats, stallTicks: 97 },
  alerts,
});

describe('PoolsPanel', () => {
  it('shows each pool as a meter with its value against its limit', () => {
    render(<PoolsPanel snapshot={snapshot([])} />);
    const ai = screen.getByRole('meter', { name: 'AI models' });
    expect(ai).toHaveAttribute('aria-valuenow', '18');
    expect(ai).toHaveAttribute('aria-valuemin', '0');
    expect(ai).toHaveAttribute('aria-valuemax', '100');
    expect(ai).toHaveAttribute('aria-valuetext', '18 % of 24 % limit');
    expect(screen.getByText('18 % of 24 %')).toBeInTheDocument();
    expect(screen.getByText('18 of 24 frames · 3 allocations, 0 refused')).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'All AI memory' })).toHaveAttribute(
      'aria-valuetext',
      '30 % of 40 % limit',
    );
  });

  it('shows general memory (user and cache) against all of memory, with no limit of its own', () => {
    render(<PoolsPanel snapshot={snapshot([])} />);
    const general = screen.getByRole('meter', { name: 'General memory (user, cache)' });
    expect(general).toHaveAttribute('aria-valuetext', '12 % of memory');
    expect(
      screen.getByText('12 frames · 1 allocation · in no pool: any free frame, swapped out when memory is short'),
    ).toBeInTheDocument();
  });

  it('gives each pool its references and their average latency, and the ticks processes stalled', () => {
    render(<PoolsPanel snapshot={snapshot([])} />);
    const table = screen.getByRole('table', { name: 'Performance' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'PoolReferencesAverage latency',
      'AI models402.0 ticks (0.2 ms)',
      'Blockchain ledger318.3 ticks (1.8 ms)',
      'General memory51.0 ticks (0.1 ms)',
    ]);
    expect(screen.getByText(/Processes stalled 97 ticks \(9\.7 ms\) on their memory references/)).toBeInTheDocument();
  });

  it('warns in words when a pool is over its limit', () => {
    render(<PoolsPanel snapshot={snapshot([])} />);
    expect(screen.getByRole('meter', { name: 'Blockchain ledger' })).toHaveAttribute(
      'aria-valuetext',
      '20 % of 15 % limit, over the limit',
    );
    expect(screen.getAllByText('⚠ over its limit')).toHaveLength(1);
  });

  it('announces only alerts that are new', () => {
    const { rerender } = render(<PoolsPanel snapshot={snapshot(['Swap 85 % full'])} />);
    expect(screen.getByText('Swap 85 % full')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<PoolsPanel snapshot={snapshot(['Swap 85 % full', 'Fragmentation 60 %'])} />);
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['Fragmentation 60 %']);
    rerender(<PoolsPanel snapshot={snapshot(['Swap 85 % full', 'Fragmentation 60 %'])} />);
    expect(screen.queryByRole('alert')).toBeNull();
    // the same alert with new figures is not news
    rerender(<PoolsPanel snapshot={snapshot(['Swap 86.5 % full', 'Fragmentation 61 %'])} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Swap 86.5 % full')).toBeInTheDocument();
  });
});
