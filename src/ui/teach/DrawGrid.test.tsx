import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answerKey, makeExercise } from '../../core/teach/exercise';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { ExerciseView } from './ExerciseView';
import { START } from './testFetch';

const SPEC = { kind: 'draw', seed: 7, difficulty: 1 } as const;

async function setup() {
  const { store } = await startedStore(START);
  await store.getState().setExercise(SPEC);
  renderWithStore(<ExerciseView />, store);
  const ex = makeExercise(SPEC);
  return { store, ex, key: answerKey(ex), user: userEvent.setup() };
}

const cell = (tick: number) => screen.getByRole('gridcell', { name: new RegExp(`^CPU 0, tick ${tick}:`) });

describe('draw the schedule', () => {
  it('is a labelled grid: a row per CPU, a column per tick', async () => {
    const { ex } = await setup();
    const grid = screen.getByRole('grid', { name: 'Your schedule' });
    expect(within(grid).getByRole('rowheader', { name: 'CPU 0' })).toBeInTheDocument();
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(ex.grid!.ticks);
    expect(within(grid).getByRole('columnheader', { name: '0' })).toBeInTheDocument();
    expect(cell(0)).toHaveAccessibleName('CPU 0, tick 0: empty');
    expect(cell(0)).toHaveAttribute('tabindex', '0');
    expect(cell(1)).toHaveAttribute('tabindex', '-1');
  });

  it('paints by clicking with the chosen process, and by keyboard', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('radio', { name: 'P2' }));
    await user.click(cell(3));
    expect(cell(3)).toHaveAccessibleName('CPU 0, tick 3: P2');
    await user.keyboard('{ArrowRight}');
    expect(cell(4)).toHaveFocus();
    await user.keyboard('{Enter}{ArrowRight}3{ArrowRight}i');
    expect(cell(4)).toHaveAccessibleName('CPU 0, tick 4: P2');
    expect(cell(5)).toHaveAccessibleName('CPU 0, tick 5: P3');
    expect(cell(6)).toHaveAccessibleName('CPU 0, tick 6: idle');
    await user.keyboard('{ArrowLeft}{Delete}');
    expect(cell(5)).toHaveAccessibleName('CPU 0, tick 5: empty');
  });

  it('asks for the empty ticks, then grades cell by cell, and shows the right process only when asked', async () => {
    const { user, key } = await setup();
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      `Fill in every tick before checking. Still empty: CPU 0: ticks 0–${key.length - 1}.`,
    );
    // Draw the truth by keyboard, except tick 2.
    const keys = key.map((who, t) => (t === 2 ? (who === 'P1' ? '2' : '1') : who === 'idle' ? 'i' : who.slice(1)));
    cell(0).focus();
    await user.keyboard(keys.join('{ArrowRight}'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    const n = key.length;
    expect(screen.getByRole('status')).toHaveTextContent(
      `${n - 1} of ${n} ticks right (${Math.floor((100 * (n - 1)) / n)} %).`,
    );
    expect(cell(0)).toHaveAccessibleName(`CPU 0, tick 0: ${key[0]}, right`);
    expect(cell(2)).toHaveAccessibleName(new RegExp(`^CPU 0, tick 2: P\\d, wrong$`));
    await user.click(screen.getByRole('button', { name: 'Show answers' }));
    expect(cell(2)).toHaveAccessibleName(new RegExp(`wrong: it is ${key[2]}$`));

    await user.click(screen.getByRole('radio', { name: key[2]! }));
    await user.click(cell(2));
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(screen.getByRole('status')).toHaveTextContent(`${n} of ${n} ticks right (100 %). Well done!`);
  }, 15_000);
});
