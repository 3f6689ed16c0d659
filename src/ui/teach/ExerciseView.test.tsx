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
  const seed = await screen.findByLabelText('Seed');
  await user.clear(seed);
  await user.type(seed, '42');
  return { store, user };
}

describe('ExerciseView', () => {
  it('asks for the blank answers by name instead of grading or revealing them', async () => {
    const { store, user } = await setup();
    const ex = makeExercise({ kind: 'schedule', seed: 42, difficulty: 1 });
    await user.type(screen.getByLabelText('Completion time of P1'), answerKey(ex)[0]!);
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    const blanks = ex.questions.slice(1).map((q) => q.label);
    expect(screen.getByRole('alert')).toHaveTextContent(`Fill in every answer before checking: ${blanks.join('; ')}.`);
    expect(store.getState().exerciseResults).toBeNull();
    expect(screen.queryByText(/^Answer:/)).not.toBeInTheDocument();
    // The list shrinks as the blanks are filled in.
    await user.type(screen.getByLabelText('Completion time of P2'), '1');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Completion time of P2');
  });

  it('grades one answer right and one wrong without giving the answer; a retry is graded again', async () => {
    const { user } = await setup();
    const ex = makeExercise({ kind: 'schedule', seed: 42, difficulty: 1 });
    const key = answerKey(ex);
    expect(screen.getByRole('heading', { name: /schedule-42-1/ })).toBeInTheDocument();
    for (const [i, q] of ex.questions.entries())
      await user.type(screen.getByLabelText(q.label), i === 1 ? String(Number(key[1]) + 1) : key[i]!);
    await user.click(screen.getByRole('button', { name: 'Check answers' }));

    expect(screen.getByText(`Right: Completion time of P1 is ${key[0]}.`)).toBeInTheDocument();
    expect(screen.getByText(`Wrong: ${Number(key[1]) + 1} is not right. Try again.`)).toBeInTheDocument();
    expect(screen.getByLabelText('Completion time of P2')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('How to get completion time of P2')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`${key.length - 1} of ${key.length} right.`);

    await user.clear(screen.getByLabelText('Completion time of P2'));
    await user.type(screen.getByLabelText('Completion time of P2'), key[1]!);
    expect(screen.getByRole('status')).toHaveTextContent('check again');
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(screen.getByRole('status')).toHaveTextContent(`${key.length} of ${key.length} right. Well done!`);
  });

  it('shows the answer and the steps of a wrong answer only when asked', async () => {
    const { user } = await setup();
    const ex = makeExercise({ kind: 'schedule', seed: 42, difficulty: 1 });
    const key = answerKey(ex);
    for (const [i, q] of ex.questions.entries())
      await user.type(screen.getByLabelText(q.label), i === 1 ? String(Number(key[1]) + 1) : key[i]!);
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    await user.click(screen.getByRole('button', { name: 'Show answers' }));
    expect(screen.getByText(`Answer: ${key[1]}.`, { exact: false })).toBeInTheDocument();
    const steps = screen.getByText('How to get completion time of P2').closest('details')!;
    expect(within(steps).getByText(`So P2 completes at tick ${key[1]}.`)).toBeInTheDocument();
    expect(screen.queryByText('How to get completion time of P1')).not.toBeInTheDocument();
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
    await user.click(screen.getByRole('button', { name: 'Show answers' }));
    const ex = makeExercise({ kind: 'schedule', seed: 42, difficulty: 1 });
    expect(screen.getByText(`Answer: ${ex.questions[0]!.expected}.`, { exact: false })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Kind'), 'Address translation');
    expect(screen.getByRole('heading', { name: /translation-42-1/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open in simulator' })).not.toBeInTheDocument();
  });

  it('opens a link with answers and grades them at once', async () => {
    const { store } = await startedStore(START);
    const ex = makeExercise({ kind: 'replacement', seed: 5, difficulty: 2 });
    expect(
      await store.getState().openExerciseLink(`?exercise=replacement-5-2&answers=${answerKey(ex).join(',')}`),
    ).toBe(true);
    renderWithStore(<ExerciseView />, store);
    expect(screen.getByRole('status')).toHaveTextContent(`${ex.questions.length} of ${ex.questions.length} right.`);
    expect(await store.getState().openExerciseLink('?exercise=nope')).toBe(false);
    expect(await screen.findByRole('alert')).toHaveTextContent(/is not <kind>-<seed>-<difficulty>/);
  });

  it("fsck's exercise: picks the kind in a radio group by keyboard, types the place, and explains a wrong pick", async () => {
    const { store, user } = await setup();
    await user.selectOptions(screen.getByLabelText('Kind'), 'fsck: what is corrupted?');
    const ex = makeExercise({ kind: 'fsck', seed: 42, difficulty: 1 });
    const [kind, where] = answerKey(ex) as [string, string];
    expect(screen.getByRole('heading', { name: /fsck-42-1/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'The file system, corrupted' })).toBeInTheDocument();
    const group = screen.getByRole('radiogroup', { name: 'What is corrupted?' });
    const choices = within(group).getAllByRole('radio');
    expect(choices).toHaveLength(8);
    const right = ex.questions[0]!.choices!.findIndex((c) => c.value === kind);
    const wrong = (right + 1) % choices.length;
    // The keyboard: a click gives the group focus, an arrow key moves the pick to the next choice.
    await user.click(choices[right]!);
    await user.keyboard('{ArrowDown}');
    expect(choices[wrong]).toBeChecked();
    await user.type(screen.getByLabelText(ex.questions[1]!.label), where);
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    const wrongLabel = ex.questions[0]!.choices![wrong]!.label;
    expect(screen.getByText(`Wrong: ${wrongLabel} is not right. Try again.`)).toBeInTheDocument();
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 right.');

    await user.click(screen.getByRole('button', { name: 'Show answers' }));
    const label = ex.questions[0]!.choices![right]!.label;
    expect(within(group.closest('li')!).getByText(`Answer: ${label}.`, { exact: false })).toBeInTheDocument();
    expect(screen.getAllByText(/^Our fsck would repair it: /).length).toBeGreaterThan(0);

    await user.click(choices[right]!);
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(screen.getByRole('status')).toHaveTextContent('2 of 2 right. Well done!');
    expect(store.getState().exerciseAnswers).toEqual([kind, where]);
  });
});
