import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FsckAnswers } from '../../core/index';
import { fsckScript } from '../../core/ostep/fsck/fsckScript';
import { optparse } from '../../core/ostep/optparse';
import { runScenario } from '../../core/ostep/runScenario';
import { FsckView } from './FsckView';

function answerOf(args: string): FsckAnswers {
  const parsed = optparse(args.split(' '), fsckScript.specs, fsckScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = fsckScript.solve(parsed.values, runScenario);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

describe('FsckView', () => {
  it('shows the corruption, marks what changed and what fsck flags, and lists the findings', () => {
    render(<FsckView answer={answerOf('-s 1 -S 3 -w 2 -c')} />);
    expect(screen.getByText('INODE 11 refcnt increased')).toBeInTheDocument();
    const inode = within(screen.getAllByRole('group', { name: 'Inodes' })[0] as HTMLElement).getByRole('listitem', {
      name: /^11:/,
    });
    expect(inode).toHaveAccessibleName('11: f a:-1 r:4, changed from f a:-1 r:3, flagged by fsck');
    expect(within(screen.getByRole('list', { name: 'fsck findings' })).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('inode 11 has a link count of 4 but 3 entries name it')).toBeInTheDocument();
  });

  it('says why a renamed entry goes unseen', () => {
    render(<FsckView answer={answerOf('-s 2 -S 5 -w 7 -c')} />);
    expect(screen.getByText(/no fsck can see it/)).toBeInTheDocument();
  });

  it('says when nothing was corrupted', () => {
    render(<FsckView answer={answerOf('-s 0 -D')} />);
    expect(screen.getByText(/none \(-D\)/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing: every bitmap bit/)).toBeInTheDocument();
  });
});
