import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { VsfsAnswers } from '../../core/index';
import { optparse } from '../../core/ostep/optparse';
import { runScenario } from '../../core/ostep/runScenario';
import { vsfsScript } from '../../core/ostep/vsfs/vsfsScript';
import { VsfsView } from './VsfsView';

function answerOf(args: string): VsfsAnswers {
  const parsed = optparse(args.split(' '), vsfsScript.specs, vsfsScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = vsfsScript.solve(parsed.values, runScenario);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

const cells = (name: string) =>
  within(screen.getByRole('group', { name }))
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('aria-label'));

describe('VsfsView', () => {
  it('starts with the empty file system: the root directory alone', () => {
    render(<VsfsView answer={answerOf('-s 2 -n 8 -c')} />);
    expect(screen.getByRole('slider', { name: 'Operation' })).toHaveValue('0');
    expect(screen.getByText(/Inode 0 is the root directory/)).toBeInTheDocument();
    expect(cells('Inode bitmap')).toEqual(['0: 1', '1: 0', '2: 0', '3: 0', '4: 0', '5: 0', '6: 0', '7: 0']);
    expect(cells('Data blocks')[0]).toBe('0: (.,0) (..,0)');
  });

  it('steps through the operations, marking and explaining what each changed', async () => {
    render(<VsfsView answer={answerOf('-s 2 -n 8 -c')} />);
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Operation 1 of 8: mkdir("/c");')).toBeInTheDocument();
    expect(screen.getByText(/mkdir took inode 1 and data block 1, the lowest free of each/)).toBeInTheDocument();
    expect(cells('Inodes').slice(0, 2)).toEqual([
      '0: d a:0 r:3, changed from d a:0 r:2',
      '1: d a:1 r:2, changed from free',
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Go to operation 4' }));
    expect(screen.getByText('Operation 4 of 8: unlink("/c/h");')).toBeInTheDocument();
    expect(screen.getByText(/inode 2 has other names, so it stays, its link count down to 1/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(/It was inode 2's last name, so the inode is freed/)).toBeInTheDocument();
  });

  it('says when the run stopped early', () => {
    render(<VsfsView answer={answerOf('-s 4 -i 3 -d 3 -n 20 -c')} />);
    expect(screen.getByRole('note')).toHaveTextContent('ran out of inodes');
  });
});
