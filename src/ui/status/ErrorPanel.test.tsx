import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { ErrorPanel } from './ErrorPanel';

const GOOD = {
  format: 'bcos-scenario',
  version: 1,
  title: 'the good one',
  scheduler: { policy: 'FIFO' },
  processes: [{ pid: 1, name: 'llm-infer', type: 'AI_INFERENCE', arrival: 0, bursts: [3] }],
};
const BAD = {
  ...GOOD,
  title: 'the bad one',
  processes: [{ pid: 1, name: 'broken', type: 'AI_INFERENCE', arrival: 0, bursts: [-1] }],
};

describe('ErrorPanel', () => {
  it('lists what was wrong with refused input and keeps the previous scenario', async () => {
    const { store } = await startedStore(GOOD);
    await store.getState().seek(2);
    renderWithStore(<ErrorPanel />, store);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    let accepted = true;
    await act(async () => {
      accepted = (await store.getState().load(BAD, 'scenario file')).ok;
    });
    expect(accepted).toBe(false);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('(from scenario file)');
    const item = within(alert).getByRole('listitem');
    // Said for people: the burst by its number, the process by its PID, the limit it broke; no machine path.
    expect(item).toHaveTextContent('Burst 1 (CPU) of P1 must be at least 0 ticks (it is -1).');
    expect(alert).not.toHaveTextContent('bursts[0]');
    expect(alert).toHaveTextContent('Nothing was changed: the previous scenario is still loaded.');
    expect(store.getState().scenario?.title).toBe('the good one');
    expect(store.getState().frame?.tick).toBe(2);

    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
