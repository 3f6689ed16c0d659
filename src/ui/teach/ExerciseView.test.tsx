import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answerKey, makeExercise } from '../../core/teach/exercise';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { ExerciseView } from './ExerciseView';
import { START } from './testFetch';

async function setup() {
  const { store } = await startedStore(START);
  renderWithStore(<ExerciseView />, store);
  const user = userEvent.setup();
  const seed = screen.getByLabelText('Seed');
  await user.clear(seed);
  await user.type(seed, '42');
  return { store, user };
}

describe('ExerciseView', () => {
  it('grades one answer right and one wrong, with the steps for the wrong one', async () => {
    const { user } = await setup();
    const key = answerKey(makeExercise({ kind: 'schedule', seed: 42, difficulty: 1 }));
    expect(screen.getByRole('heading', { name: /schedule-42-1/ })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Completion time of P1'), key[0]!);
    await user.type(screen.getByLabelText('Completion time of P2'), String(Number(key[1]) + 1));
    await user.click(screen.getByRole('button', { name: 'Check answers' }));

    expect(screen.getByText(`Right: Completion time of P1 is ${key[0]}.`)).toBeInTheDocument();
    expect(
      screen.getByText(`Wrong: you wrote ${Number(key[1]) + 1}, but Completion time of P2 is ${key[1]}.`),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Completion time of P2')).toHaveAttribute('aria-invalid', 'true');
    const steps = screen.getByText('How to get completion time of P2').closest('details')!;
    expect(within(steps).getByText(`So P2 completes at tick ${key[1]}.`)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`1 of ${key.length} right.`);
  });

  it('solves the whole exercise, reveals, copies a link and opens the scenario in the simulator', async () => {
    const { store, user } = await setup();
    const ex = makeExercise({ kind: 'schedule', seed: 42, difficulty: 1 });
    for (const [i, q] of ex.questions.entries()) await user.type(screen.getByLabelText(q.label), answerKey(ex)[i]!);
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      `${ex.questions.length} of ${ex.questions.length} right. Well done!`,
    );

    await user.click(screen.getByRole('button', { name: 'Copy exercise link' }));
    expect((screen.getByLabelText('Exercise link') as HTMLInputElement).value).toMatch(/\?exercise=schedule-42-1$/);

    await user.click(screen.getByRole('button', { name: 'Open in simulator' }));
    await waitFor(() => expect(store.getState().scenario?.title).toBe('Exercise schedule-42-1'));
    expect(store.getState().view).toBe('simulate');
  });

  it('reveals the answers, and switches kind', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Reveal answers' }));
    const ex = makeExercise({ kind: 'schedule', seed: 42, difficulty: 1 });
    expect(screen.getByText(`Answer: ${ex.questions[0]!.expected}.`, { exact: false })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Kind'), 'Address translation');
    expect(screen.getByRole('heading', { name: /translation-42-1/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open in simulator' })).not.toBeInTheDocument();
  });

  it('opens a link with answers and grades them at once', async () => {
    const { store } = await startedStore(START);
    const ex = makeExercise({ kind: 'replacement', seed: 5, difficulty: 2 });
    expect(store.getState().openExerciseLink(`?exercise=replacement-5-2&answers=${answerKey(ex).join(',')}`)).toBe(
      true,
    );
    renderWithStore(<ExerciseView />, store);
    expect(screen.getByRole('status')).toHaveTextContent(`${ex.questions.length} of ${ex.questions.length} right.`);
    expect(store.getState().openExerciseLink('?exercise=nope')).toBe(false);
    expect(await screen.findByRole('alert')).toHaveTextContent(/is not <kind>-<seed>-<difficulty>/);
  });
});
