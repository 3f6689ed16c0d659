import { render, screen, within } from '@testing-library/react';
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
  it('puts block 6 under the head (on the left) and numbers the requested blocks by when they were served', () => {
    const marks = platterMarks(answer);
    expect(marks).toHaveLength(36);
    expect(marks[6]).toMatchObject({ x: 20, y: 160, track: 0, order: null });
    const served = answer.served.map((s) => s.block);
    expect(served).toEqual([7, 8, 30]);
    for (const [i, b] of served.entries()) expect(marks[b]?.order).toBe(i + 1);
    expect(marks[served[0] as number]?.label).toBe(`block ${served[0]}, served 1st`);
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
  it('shows the totals, the platter, the chart and each pick with its reason', () => {
    render(<DiskView answer={answer} />);
    const region = screen.getByRole('region', { name: 'Disk' });
    expect(region).toHaveTextContent(`SATF: ${answer.totals.total} ticks in all`);
    expect(screen.getByRole('img', { name: /^Platter: block \d+, served 1st/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Seek, rotation and transfer per request' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Requests in the order served' })).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent(/chosen: shortest seek\+rotate of 3 waiting/);
  });
});
