import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { CompareView } from './CompareView';

// All at tick 0, the long job listed first: FIFO waits 0, 8, 12 (6.67); SJF waits 0, 1, 5 (2).
const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  title: 'Three jobs',
  scheduler: { policy: 'FIFO' },
  processes: [
    { pid: 1, name: 'long', type: 'DATA_PROCESSING', arrival: 0, bursts: [8] },
    { pid: 2, name: 'mid', type: 'USER', arrival: 0, bursts: [4] },
    { pid: 3, name: 'tiny', type: 'SYSTEM', arrival: 0, bursts: [1] },
  ],
};

/** Unticks every policy but FIFO and SJF, as a person would. */
async function untickAllButFifoAndSjf(user: ReturnType<typeof userEvent.setup>) {
  for (const name of [
    'SRTF',
    'Round Robin',
    'Priority',
    'MLFQ',
    'Lottery',
    'EDF',
    'PID scan',
    'Multiprocessor queues',
  ]) {
    await user.click(screen.getByRole('checkbox', { name: new RegExp(`^${name}`) }));
  }
}

/** Compares FIFO with SJF only (the others unticked); the table's average-waiting cell of a policy. */
async function compareFifoWithSjf(scenario: unknown) {
  const { store } = await startedStore(scenario);
  renderWithStore(<CompareView />, store);
  const user = userEvent.setup();
  await untickAllButFifoAndSjf(user);
  act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'Compare all schedulers' }));
  });
  expect(screen.getByRole('status')).toHaveTextContent('Running…');
  expect(await screen.findByText('Compared 2 schedulers.')).toBeInTheDocument();
  const table = within(screen.getByRole('table', { name: /Results per scheduler/ }));
  return (policy: string) =>
    within(table.getByRole('row', { name: new RegExp(`^${policy}\\b`) })).getAllByRole('cell')[0] as HTMLElement;
}

describe('CompareView', () => {
  it('compares FIFO with SJF and marks SJF the best for waiting', async () => {
    const waitingOf = await compareFifoWithSjf(SCENARIO);
    const fifo = waitingOf('FIFO');
    const sjf = waitingOf('SJF');
    expect(Number.parseFloat(sjf.textContent ?? '')).toBeLessThanOrEqual(Number.parseFloat(fifo.textContent ?? ''));
    expect(sjf).toHaveTextContent('2 best');
    expect(fifo).toHaveTextContent('6.67');
    expect(fifo).not.toHaveTextContent('best');
    // The figures are the stage's panels: the table first, the chart behind its tab.
    await userEvent.click(screen.getByRole('tab', { name: 'Averages chart' }));
    expect(
      screen.getByRole('group', { name: /Average waiting, turnaround and response time per scheduler/ }),
    ).toBeInTheDocument();
  });

  it('groups the digits of long runs’ figures, keeping their decimals', async () => {
    const waitingOf = await compareFifoWithSjf({
      ...SCENARIO,
      processes: SCENARIO.processes.map((p) => ({ ...p, bursts: [p.bursts[0]! * 1000] })),
    });
    expect(waitingOf('FIFO')).toHaveTextContent('6,666.67');
    expect(waitingOf('SJF')).toHaveTextContent('2,000 best');
  });

  it('sorts the table by a column', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<CompareView />, store);
    const user = userEvent.setup();
    await untickAllButFifoAndSjf(user);
    await user.click(screen.getByRole('button', { name: 'Compare all schedulers' }));
    const table = within(await screen.findByRole('table', { name: /Results per scheduler/ }));
    const order = () => table.getAllByRole('rowheader').map((c) => c.textContent);
    expect(order()).toEqual(['FIFO', 'SJF']);
    await user.click(table.getByRole('button', { name: 'Avg waiting (ticks)' }));
    await user.click(table.getByRole('button', { name: 'Avg waiting (ticks)' }));
    expect(table.getByRole('columnheader', { name: 'Avg waiting (ticks)' })).toHaveAttribute('aria-sort');
    const sortedOnce = order();
    await user.click(table.getByRole('button', { name: 'Avg waiting (ticks)' }));
    expect(order()).not.toEqual(sortedOnce);
  });
});
