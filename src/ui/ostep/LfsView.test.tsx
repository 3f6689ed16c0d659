import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LfsAnswers } from '../../core/index';
import { optparse } from '../../core/ostep/optparse';
import { runScenario } from '../../core/ostep/runScenario';
import { lfsScript } from '../../core/ostep/lfs/lfsScript';
import { LfsView } from './LfsView';
import { lfsCells } from './lfsPicture';

function lfsAnswerOf(args: string): LfsAnswers {
  const parsed = optparse(args.split(' '), lfsScript.specs, lfsScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = lfsScript.solve(parsed.values, runScenario);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

// create /a: 4-7; write 2 blocks: 8 9, inode 10, piece 11; delete: 12 13 14
const answer = lfsAnswerOf('-L c,/a:w,/a,0,2:r,/a -c');

describe('lfsCells', () => {
  it('hides liveness until asked, then marks the deleted file’s blocks dead', () => {
    const hidden = lfsCells(answer, { showLive: false, chosen: null, step: null });
    expect(hidden.map((c) => c.live)).not.toContain(true);
    expect(hidden[8]?.label).toBe('8: data block');
    const shown = lfsCells(answer, { showLive: true, chosen: null, step: null });
    expect(shown.filter((c) => c.live).map((c) => c.addr)).toEqual([0, 12, 13, 14]);
    expect(shown[8]?.label).toBe('8: data block, dead');
  });

  it('marks what the chosen block points to and what points to it', () => {
    const cells = lfsCells(answer, { showLive: false, chosen: 14, step: null });
    expect(cells.filter((c) => c.mark === 'target').map((c) => c.addr)).toEqual([13]);
    expect(cells.filter((c) => c.mark === 'source').map((c) => c.addr)).toEqual([0]);
    expect(cells[14]?.mark).toBe('chosen');
  });

  it('marks the blocks a step appended', () => {
    const cells = lfsCells(answer, { showLive: false, chosen: null, step: 1 });
    expect(cells.filter((c) => c.inStep).map((c) => c.addr)).toEqual([8, 9, 10, 11]);
  });
});

describe('lfs steps in words', () => {
  it('say what each command appended and where the checkpoint region points, or why it failed', () => {
    expect(answer.steps[1]?.explanation).toBe(
      "Appended 8 (data block), 9 (data block), 10 (inode), 11 (inode-map piece). Wrote the checkpoint region at 0: the inode map's piece 0 at 11.",
    );
    const lagging = lfsAnswerOf('-L c,/a:w,/b,0,1:x:s -N');
    expect(lagging.steps.map((s) => s.explanation)).toEqual([
      'Appended 4 (directory block), 5 (inode), 6 (inode), 7 (inode-map piece). The checkpoint region on disk is not written until a sync (-N).',
      'Failed (ENOENT): write failed: file not found [path /b]. Nothing was appended.',
      'lfs.py does not know the command "x" and skips it.',
      "Appended nothing. Wrote the checkpoint region at 0: the inode map's piece 0 at 7.",
    ]);
  });
});

describe('LfsView', () => {
  it('draws the log with the checkpoint region chosen, and shows liveness only when asked', async () => {
    render(<LfsView answer={answer} />);
    const log = screen.getByRole('list', { name: 'Log blocks' });
    expect(within(log).getAllByRole('button')).toHaveLength(15);
    expect(screen.getByRole('status', { name: 'Chosen block' })).toHaveTextContent('checkpoint: 14 --');
    expect(within(log).getByRole('button', { name: '14: inode-map piece, pointed to' })).toBeInTheDocument();
    expect(screen.getByText(/Live or dead\? Work it out/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show which blocks are live' }));
    expect(within(log).getByRole('button', { name: '8: data block, dead' })).toBeInTheDocument();
    await userEvent.click(within(log).getByRole('button', { name: /^13: inode, live/ }));
    expect(screen.getByRole('status', { name: 'Chosen block' })).toHaveTextContent(
      'Live: the inode map points to it as inode 0.',
    );
  });
});
