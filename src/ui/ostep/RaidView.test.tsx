import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RaidAnswers } from '../../core/index';
import { optparse } from '../../core/ostep/optparse';
import { raidScript } from '../../core/ostep/raid/raidScript';
import { runScenario } from '../../core/ostep/runScenario';
import { RAID_ROWS, raidPicture } from './raidPicture';
import { RaidView } from './RaidView';

function raidAnswerOf(args: string): RaidAnswers {
  const parsed = optparse(args.split(' '), raidScript.specs, raidScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = raidScript.solve(parsed.values, runScenario);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

// raid.py -R 20 -n 5 -L 4 -w 100 -c: the first request writes block 16 (disk 1, offset 5), parity on disk 3
const raid4 = raidAnswerOf('-R 20 -n 5 -L 4 -w 100 -c');

describe('raidPicture', () => {
  it('lays RAID-4 out as columns: data across disks 0-2 row by row, parity on disk 3', () => {
    const m = raidPicture(raid4, 0);
    expect(m.base).toBe(0);
    expect(m.rows).toHaveLength(RAID_ROWS);
    expect(m.rows[0]?.map((c) => c.block)).toEqual([0, 1, 2, null]);
    expect(m.rows[5]?.map((c) => c.kind)).toEqual(['data', 'data', 'data', 'parity']);
    expect(m.rows[5]?.[1]?.block).toBe(16);
  });

  it('lights what the request touches: a small write reads and writes the block and its parity', () => {
    const lit = raidPicture(raid4, 0)
      .rows.flat()
      .filter((c) => c.lit !== null)
      .map((c) => `${c.disk}:${c.offset}:${c.lit}`);
    expect(lit).toEqual(['1:5:both', '3:5:both']);
  });

  it('draws RAID-5 left-symmetric parity rotating from the last disk leftwards, and RAID-1 copies beside their data', () => {
    const m = raidPicture(raidAnswerOf('-L 5 -n 1 -R 20'), 0);
    expect(m.rows.slice(0, 4).map((row) => row.findIndex((c) => c.kind === 'parity'))).toEqual([3, 2, 1, 0]);
    expect(m.rows[1]?.map((c) => c.block)).toEqual([4, 5, null, 3]);
    const mirror = raidPicture(raidAnswerOf('-L 1 -n 1 -R 20'), 0);
    expect(mirror.rows[0]?.map((c) => `${c.kind}${c.block}`)).toEqual(['data0', 'mirror0', 'data1', 'mirror1']);
  });

  it('lights a full-stripe write (data and parity, nothing read) apart from a small write', () => {
    // raid.py -L 5 -W seq -S 12k -w 100 -n 2: each request writes a whole stripe of 3 blocks
    const full = raidAnswerOf('-L 5 -W seq -S 12k -w 100 -n 2 -c');
    const lit = raidPicture(full, 0)
      .rows.flat()
      .filter((c) => c.lit !== null)
      .map((c) => `${c.disk}:${c.offset}:${c.lit}`);
    expect(lit).toEqual(['0:0:full', '1:0:full', '2:0:full', '3:0:full']);
    expect(
      raidPicture(raid4, 0)
        .rows.flat()
        .some((c) => c.lit === 'full'),
    ).toBe(false);
  });

  it('moves its window of offsets to the request shown', () => {
    const far = raidAnswerOf('-L 0 -n 1 -R 10000');
    const m = raidPicture(far, 0);
    const io = far.requests[0]?.steps[0]?.ios[0];
    expect(m.base).toBe((io?.offset ?? 0) - ((io?.offset ?? 0) % RAID_ROWS));
    expect(m.rows.flat().find((c) => c.lit === 'read')?.block).toBe(far.requests[0]?.request.block);
  });
});

describe('RaidView', () => {
  it('shows the array, the disks with the request’s blocks lit, its steps, and steps through the requests', async () => {
    render(<RaidView answer={raid4} />);
    expect(screen.getByRole('region', { name: 'RAID' })).toHaveTextContent('RAID-4 (a parity disk) over 4 disks');
    expect(
      screen.getByRole('img', { name: /^Disks: disk 1 offset 5: block 16, both; disk 3 offset 5: parity, both$/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'What the request does' })).toHaveTextContent('small write to stripe 5');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(/^Request 2 of 5: Write of 1 block from logical block 8$/)).toBeInTheDocument();
  });

  it('names a full-stripe write in the picture’s text and marks its step apart', () => {
    render(<RaidView answer={raidAnswerOf('-L 5 -W seq -S 12k -w 100 -n 2 -c')} />);
    expect(
      screen.getByRole('img', {
        name: 'Disks: disk 0 offset 0: block 0, full-stripe write; disk 1 offset 0: block 1, full-stripe write; disk 2 offset 0: block 2, full-stripe write; disk 3 offset 0: parity, full-stripe write',
      }),
    ).toBeInTheDocument();
    const step = screen.getByRole('listitem');
    expect(step).toHaveTextContent('full-stripe write of stripe 0: the data and its parity on disk 3, nothing read');
    expect(step).toHaveClass('full');
  });
});
