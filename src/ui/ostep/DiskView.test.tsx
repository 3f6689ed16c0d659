import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DiskAnswers } from '../../core/index';
import { diskScript } from '../../core/ostep/disk/diskScript';
import { optparse } from '../../core/ostep/optparse';
import { runScenario } from '../../core/ostep/runScenario';
import { diskBars, platterMarks } from './diskPicture';
import { DiskView } from './DiskView';

function diskAnswerOf(args: string): DiskAnswers {
  const parsed = optparse(args.split(' '), diskScript.specs, diskScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = diskScript.solve(parsed.values, runScenario);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

// SATF (disk.py's answer): 7 and 8 on the head's track, then 30 two tracks in (seek 80, rotate 190)
const answer = diskAnswerOf('-a 7,30,8 -p SATF -c');

describe('platterMarks', () => {
  it('puts block 6 under the head (on the left) at the start, and block 7 there once the platter turned 30°', () => {
    const marks = platterMarks(answer);
    expect(marks).toHaveLength(36);
    expect(marks[6]).toMatchObject({ x: 20, y: 160, track: 0 });
    expect(platterMarks(answer, 30)[7]).toMatchObject({ x: 20, y: 160, track: 0 });
    expect(answer.served.map((s) => s.block)).toEqual([7, 8, 30]);
  });

  it('stacks each request’s seek, rotation and transfer in the order served', () => {
    expect(diskBars(answer)).toEqual(
      answer.served.map((s, i) => ({
        name: `${i + 1}: ${s.block}`,
        seek: s.seek,
        rotate: s.rotate,
        transfer: s.transfer,
      })),
    );
  });
});

describe('DiskView', () => {
  it('shows the totals, the platter, the chart, every policy side by side and each pick with its reason', () => {
    render(<DiskView answer={answer} />);
    const region = screen.getByRole('region', { name: 'Disk' });
    expect(region).toHaveTextContent(`SATF: ${answer.totals.total} ticks in all`);
    expect(
      screen.getByRole('img', { name: 'Platter at tick 0: waiting for block 7 (request 1 of 3), 2 waiting' }),
    ).toBeInTheDocument();
    const policies = within(screen.getByRole('table', { name: /^Every policy on these requests/ })).getAllByRole('row');
    expect(policies).toHaveLength(9);
    expect(policies[3]).toHaveTextContent(`SATF (this run)`);
    expect(policies[3]).toHaveTextContent(String(answer.totals.total));
    expect(screen.getByRole('group', { name: 'Seek, rotation and transfer per request' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Requests in the order served' })).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent(/chosen: shortest seek\+rotate of 3 waiting/);
  });
});

describe('DiskMotion', () => {
  it('steps from event to event: the seek to block 30 starts after 8 is read, and the arm ends two tracks in', () => {
    render(<DiskView answer={answer} />);
    const next = screen.getByRole('button', { name: 'Next event' });
    const slider = screen.getByRole('slider', { name: 'Disk tick' });
    // 7: rotate then read; 8 follows on the same track at once; then 30's seek, rotation and transfer
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      fireEvent.click(next);
      seen.push(slider.getAttribute('aria-valuetext') ?? '');
    }
    expect(seen[0]).toMatch(/^tick \d+: reading block 7 \(request 1 of 3\), 2 waiting$/);
    expect(seen.some((s) => s.endsWith('seeking to block 30 (request 3 of 3), 0 waiting'))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'End' }));
    expect(slider).toHaveAttribute('aria-valuetext', `tick ${answer.totals.total}: all 3 requests served`);
    expect(screen.getByRole('list', { name: 'Requests waiting, in queue order' }).children).toHaveLength(0);
  });
});
