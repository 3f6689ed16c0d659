import { screen, waitFor, fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { TransportBar } from './TransportBar';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

/** FIFO, one CPU: P1 runs 0–4, P2 4–7, idle until P3 arrives at 8 and runs to 9. */
const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  scheduler: { policy: 'FIFO' },
  processes: [
    { pid: 1, name: 'llm-infer', type: 'AI_INFERENCE', arrival: 0, bursts: [4] },
    { pid: 2, name: 'validator', type: 'BLOCKCHAIN_VALIDATOR', arrival: 0, bursts: [3] },
    { pid: 3, name: 'late', type: 'USER', arrival: 8, bursts: [1] },
  ],
};

function WithShortcuts() {
  useKeyboardShortcuts();
  return <TransportBar />;
}

async function setup() {
  const { store, frames } = await startedStore(SCENARIO);
  renderWithStore(<WithShortcuts />, store);
  return { store, frames, time: screen.getByRole('slider', { name: 'Time' }) };
}

describe('TransportBar', () => {
  it('is a toolbar showing the tick, the end and the slider range', async () => {
    const { time } = await setup();
    expect(screen.getByRole('toolbar', { name: 'Playback' })).toBeInTheDocument();
    expect(time).toHaveValue('0');
    expect(time).toHaveAttribute('max', '9');
    expect(screen.getByText('Tick 0 / 9')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Step back' })).toBeDisabled();
  });

  it('groups the digits of the tick and the end, on the page and for screen readers', async () => {
    const { store } = await startedStore({
      ...SCENARIO,
      processes: [{ pid: 1, name: 'long', type: 'USER', arrival: 0, bursts: [12_345] }],
    });
    renderWithStore(<TransportBar />, store);
    await userEvent.click(screen.getByRole('button', { name: 'Step forward to next event' }));
    await waitFor(() => expect(screen.getByText('Tick 12,345 / 12,345')).toBeInTheDocument());
    expect(screen.getByRole('slider', { name: 'Time' })).toHaveAttribute('aria-valuetext', 'tick 12,345 of 12,345');
  });

  it('toggles Play and Pause, and plays forward on animation frames', async () => {
    const { frames, time } = await setup();
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    // Frames 250 ms apart at 10 ticks/s: 2 or 3 ticks each (the loop waits for each reply before the next).
    for (let ms = 0; ms <= 1500; ms += 250) {
      frames.flush(ms);
      await new Promise((r) => setTimeout(r, 0));
    }
    await waitFor(() => expect(time).toHaveValue('9'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Play' })).toBeDisabled());
    expect(screen.getByText('finished')).toBeInTheDocument();
  });

  it('pauses when Pause is pressed', async () => {
    await setup();
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeEnabled();
  });

  it('steps forward and back a tick, by event, resets and runs to the end', async () => {
    const { time } = await setup();
    await userEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    await waitFor(() => expect(time).toHaveValue('1'));
    await userEvent.click(screen.getByRole('button', { name: 'Step forward to next event' }));
    await waitFor(() => expect(time).toHaveValue('4'));
    await userEvent.click(screen.getByRole('button', { name: 'Step back' }));
    await waitFor(() => expect(time).toHaveValue('3'));
    await userEvent.click(screen.getByRole('button', { name: 'Run to end' }));
    await waitFor(() => expect(time).toHaveValue('9'));
    await userEvent.click(screen.getByRole('button', { name: 'Step back to previous event' }));
    await waitFor(() => expect(Number((time as HTMLInputElement).value)).toBeLessThan(9));
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(time).toHaveValue('0'));
    expect(screen.getByText('Tick 0 / 9')).toBeInTheDocument();
  });

  it('seeks when the Time slider moves', async () => {
    const { store, time } = await setup();
    fireEvent.change(time, { target: { value: '6' } });
    fireEvent.change(time, { target: { value: '5' } });
    await waitFor(() => expect(store.getState().frame?.tick).toBe(5));
    expect(time).toHaveValue('5');
  });

  it('changes speed', async () => {
    const { store } = await setup();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), 'As fast as possible');
    expect(store.getState().speed).toBe('max');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '500 ticks/s');
    expect(store.getState().speed).toBe(500);
  });
});

describe('keyboard shortcuts', () => {
  it('step, jump by event, reset and run to the end', async () => {
    const { time } = await setup();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(time).toHaveValue('1'));
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
    await waitFor(() => expect(time).toHaveValue('4'));
    await userEvent.keyboard('{ArrowLeft}');
    await waitFor(() => expect(time).toHaveValue('3'));
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(time).toHaveValue('9'));
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(time).toHaveValue('0'));
  });

  it('Space plays and pauses', async () => {
    await setup();
    await userEvent.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await userEvent.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('leaves keys alone in form controls', async () => {
    const { store } = await setup();
    screen.getByRole('combobox', { name: 'Speed' }).focus();
    await userEvent.keyboard('{ArrowRight}{End}');
    expect(store.getState().frame?.tick).toBe(0);
  });
});
