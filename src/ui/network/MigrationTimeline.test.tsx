import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MigrationTimeline } from './MigrationTimeline';
import { migrationModel } from './migrationModel';
import { migrationData } from './testing/panelsData';

const pre = migrationData({ kind: 'preCopy', maxRounds: 5, dirtyPagesLimit: 0, downtimeLimitTicks: 0 });
const post = migrationData({ kind: 'postCopy', pushShare: 1 }, 500);

describe('migrationModel', () => {
  it('draws each round as wide as it lasted, pages sent up and dirtied down on a log scale, then the stop', () => {
    const m = migrationModel(pre, 1050 + 44 + 12);
    // 1050 ticks over 1050 px: a pixel a tick
    expect(m.bars.map((b) => [b.key, b.x - m.left, b.w, b.stopped])).toEqual([
      ['r1', 0, 1000, false],
      ['r2', 1000, 10, false],
      ['r3', 1010, 10, false],
      ['r4', 1020, 10, false],
      ['r5', 1030, 10, false],
      ['stop', 1040, 10, true],
    ]);
    expect(m.bars[0]?.up).toBe(70);
    expect(m.bars[1]?.up).toBeCloseTo((70 * Math.log1p(1)) / Math.log1p(100));
    expect(m.stop).toEqual({ x: m.left + 1040, w: 10 });
    expect(m.degraded).toBeNull();
    expect(m.cursorX).toBeNull();
  });

  it('post-copy: a one-tick stop, the degraded running after it, a tick per fault and the cursor', () => {
    const m = migrationModel(post, 1002 + 44 + 12);
    expect(m.stop).toEqual({ x: m.left, w: 2 });
    expect(m.bars.map((b) => [b.key, b.x - m.left, b.w, b.up])).toEqual([
      ['stop', 0, 2, 0],
      ['push', 1, 1001, 70],
    ]);
    expect(m.degraded).toEqual({ x: m.left + 1, w: 1001 });
    expect(m.faults).toEqual([{ key: 'f0', x: m.left + 1 }]);
    expect(m.cursorX).toBe(m.left + 500);
  });
});

describe('MigrationTimeline', () => {
  it('gives the figures, the downtime beside the published ones and every round in words', () => {
    render(<MigrationTimeline data={pre} />);
    const figure = screen.getByRole('group', { name: 'Pre-copy migration timeline' });
    const figures = within(figure).getByLabelText('Migration figures');
    expect(within(figures).getByText('Downtime').nextSibling).toHaveTextContent('10 ticks (1 ms)');
    expect(within(figures).getByText('Pages transferred').nextSibling).toHaveTextContent('105');
    // Numbers of four digits and more are grouped, in the figures and on the axis.
    expect(within(figures).getByText('Total time').nextSibling).toHaveTextContent('1,050 ticks (105 ms)');
    expect(within(figure).getByText('1,000', { selector: 'text' })).toBeInTheDocument();
    expect(within(figure).getByRole('img', { name: /^preCopy moved 105 pages in 5 rounds/ })).toBeInTheDocument();
    const refs = within(figure).getByRole('table', { name: 'Downtime beside the published figures' });
    expect(
      within(refs).getByRole('rowheader', { name: 'Clark et al. 2005, Quake 3 server' }).closest('tr'),
    ).toHaveTextContent(/60\s*1 \(within\)/);
    expect(within(figure).getAllByRole('listitem', { hidden: true })).toHaveLength(6);
  });

  it('post-copy: its faults', () => {
    render(<MigrationTimeline data={post} />);
    expect(screen.getByText('Faults').nextSibling).toHaveTextContent('1, waiting 10 ticks (1 ms)');
  });
});
