import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ForkAnswers } from '../../core/index';
import { runScenario } from '../../core/ostep/runScenario';
import { solveOstep } from '../../core/ostep/solve';
import { forkPicture, MAX_DRAWN } from './forkPicture';
import { ForkView } from './ForkView';

function answerOf(args: string): ForkAnswers {
  const r = solveOstep('fork', args.split(' '), runScenario);
  if (!r.ok) throw new Error(r.error);
  return r.answer as ForkAnswers;
}

const HOMEWORK = '-A a+b,b+c,c+d,c+e,c- -c';

describe('forkPicture', () => {
  it('lays the tree out as fork.py prints it: a column per level, a row per process, elbows to the parent', () => {
    const p = forkPicture(answerOf(HOMEWORK), 4);
    expect(p.boxes.map((b) => [b.name, b.x, b.y, b.level, b.posInSet, b.setSize])).toEqual([
      ['a', 0, 0, 1, 1, 1],
      ['b', 56, 30, 2, 1, 1],
      ['c', 112, 60, 3, 1, 1],
      ['d', 168, 90, 4, 1, 2],
      ['e', 168, 120, 4, 2, 2],
    ]);
    expect(p.boxes.at(-1)).toMatchObject({ mark: 'new', label: 'e, child of c, forked now' });
    expect(p.edges.map((e) => [e.key, e.d, e.changed])).toEqual([
      ['a>b', 'M10 22V41H56', false],
      ['b>c', 'M66 52V71H112', false],
      ['c>d', 'M122 82V101H168', false],
      ['c>e', 'M122 82V131H168', true],
    ]);
    expect(p.title).toBe('Action 4 of 5: c forks e');
  });

  it('marks the orphans and their adopter after an exit, and says why they moved', () => {
    const p = forkPicture(answerOf(HOMEWORK), 5);
    expect(p.boxes.map((b) => [b.name, b.mark])).toEqual([
      ['a', 'adopter'],
      ['b', null],
      ['d', 'adopted'],
      ['e', 'adopted'],
    ]);
    expect(p.explanation).toContain('d and e become children of a');
    expect(forkPicture(answerOf(`${HOMEWORK} -R`), 5).boxes.map((b) => [b.name, b.level])).toEqual([
      ['a', 1],
      ['b', 2],
      ['d', 3],
      ['e', 3],
    ]);
  });

  it(`draws at most ${MAX_DRAWN} processes and counts the rest`, () => {
    const p = forkPicture(answerOf('-s 2 -a 600 -f 0.95 -F'), 600);
    expect(p.boxes).toHaveLength(MAX_DRAWN);
    expect(p.hidden).toBeGreaterThan(0);
  });
});

describe('ForkView', () => {
  it('steps through the actions, the tree a tree of items named for screen readers', async () => {
    render(<ForkView answer={answerOf(HOMEWORK)} />);
    const view = screen.getByRole('region', { name: 'Process tree' });
    expect(within(view).getByRole('tree')).toHaveAccessibleName(/The first tree/);
    expect(within(view).getAllByRole('treeitem')).toHaveLength(1);
    await userEvent.click(within(view).getByRole('button', { name: 'Last' }));
    const tree = within(view).getByRole('tree', { name: /Action 5 of 5: c EXITS/ });
    expect(
      within(tree)
        .getAllByRole('treeitem')
        .map((t) => t.getAttribute('aria-label')),
    ).toEqual([
      'a, the root, adopts the orphans',
      'b, child of a',
      'd, child of a, adopted now',
      'e, child of a, adopted now',
    ]);
    await userEvent.click(within(view).getByRole('button', { name: 'Previous' }));
    expect(within(view).getByRole('treeitem', { name: 'e, child of c, forked now' })).toHaveAttribute(
      'aria-level',
      '4',
    );
  });
});
