import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scheduleScenario } from '../../core/teach/scheduleExercise';
import type { AppStore } from '../../store/appStore';
import { manualFrames, renderWithStore, startedStore } from '../testing/renderWithStore';
import { PredictPrompt } from './PredictPrompt';

// Silberschatz's round robin (24, 3, 3; quantum 4): the scheduler chooses among several at ticks 4 and 7.
const RR = scheduleScenario('Round robin', { policy: 'RR', quantum: 4 }, [
  { arrival: 0, bursts: [24], priority: 0 },
  { arrival: 0, bursts: [3], priority: 0 },
  { arrival: 0, bursts: [3], priority: 0 },
]);

async function setup(speed: 10 | 'max' = 10) {
  const frames = manualFrames();
  const { store } = await startedStore(RR, frames);
  store.getState().setSpeed(speed);
  renderWithStore(<PredictPrompt />, store);
  await act(() => store.getState().startPredict());
  return { store, frames, user: userEvent.setup() };
}

/** Runs animation frames 100 ms apart until the run stops (asked, or at its end). */
async function playOn(store: AppStore, frames: ReturnType<typeof manualFrames>) {
  let time = 0;
  for (let i = 0; i < 200 && store.getState().playing; i++) {
    await act(async () => {
      frames.flush((time += 100));
      await new Promise((r) => setTimeout(r, 0));
    });
  }
  await waitFor(() => expect(store.getState().busy).toBe(false));
}

describe('PredictPrompt', () => {
  it('stops before each decision, asks, reveals the core’s pick with its reason, keeps score, continues', async () => {
    const { store, frames, user } = await setup();
    expect(store.getState().view).toBe('simulate');
    await playOn(store, frames);
    expect(store.getState().frame?.tick).toBe(3);
    expect(screen.getByText('Tick 4.')).toBeInTheDocument();
    expect(screen.getByText(/P1 used its 4-tick slice/)).toBeInTheDocument();
    const choices = screen.getByRole('group', { name: 'Which READY process does the scheduler pick?' });
    expect(choices).toHaveTextContent('P1P2P3');
    expect(screen.getByRole('button', { name: 'P1' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'P3' }));
    expect(screen.getByText('No: the scheduler picks P2.')).toBeInTheDocument();
    expect(screen.getByText(/^P2 chosen for CPU 0: .*among 3 READY/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Score: 0 of 1 right.');
    expect(screen.getByRole('button', { name: 'P1' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(store.getState().frame?.tick).toBe(4));
    await playOn(store, frames);
    expect(store.getState().frame?.tick).toBe(6);
    await user.click(screen.getByRole('button', { name: 'P3' }));
    expect(screen.getByText('Right: the scheduler picks P3.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Score: 1 of 2 right.');

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await playOn(store, frames);
    expect(store.getState().frame?.finished).toBe(true);
    expect(screen.getByText('The run is over: 1 of 2 right.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop predicting' }));
    expect(screen.queryByRole('region', { name: 'Who runs next?' })).not.toBeInTheDocument();
  });

  it('at full speed a run that passes a decision in one frame is taken back to the tick before it', async () => {
    const { store, frames } = await setup('max');
    await playOn(store, frames);
    expect(store.getState().predict).toMatchObject({ on: true, question: { tick: 4, pid: 2 } });
    expect(store.getState().frame?.tick).toBe(3);
  });

  it('lets a question pass when the student plays on without answering', async () => {
    const { store, frames } = await setup();
    await playOn(store, frames);
    store.getState().play();
    await playOn(store, frames);
    expect(store.getState().predict).toMatchObject({ asked: 0, question: { tick: 7 } });
    expect(store.getState().frame?.tick).toBe(6);
  });
});
