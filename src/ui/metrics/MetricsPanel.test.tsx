import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FORMULAS, round2 } from '../../core/metrics/metrics';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { MetricsPanel } from './MetricsPanel';

// FIFO, all at tick 0: waiting 0, 4, 6 -> 3.33; turnaround 4, 6, 9 -> 6.33.
const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  scheduler: { policy: 'FIFO' },
  processes: [
    { pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [4] },
    { pid: 2, name: 'b', type: 'USER', arrival: 0, bursts: [2] },
    { pid: 3, name: 'c', type: 'USER', arrival: 0, bursts: [3] },
  ],
};

const card = (name: string) => within(screen.getByRole('group', { name }));

describe('MetricsPanel', () => {
  it('shows the rounded averages of frame.summary with their formulas', async () => {
    const { store } = await startedStore(SCENARIO);
    await store.getState().runToEnd();
    const summary = store.getState().frame?.summary;
    renderWithStore(<MetricsPanel />, store);
    expect(card('Average waiting').getByText(String(round2(summary?.avgWaiting ?? null)))).toBeInTheDocument();
    expect(card('Average waiting').getByText(String(round2(10 / 3)))).toBeInTheDocument();
    expect(card('Average turnaround').getByText('6.33')).toBeInTheDocument();
    expect(card('Average response').getByText('3.33')).toBeInTheDocument();
    expect(card('Average waiting').getByText(new RegExp(FORMULAS.waiting.replace(/[()]/g, '\\$&')))).toBeVisible();
    expect(card('Throughput').getByText(FORMULAS.throughput)).toBeVisible();
    expect(card('CPU utilisation').getByText('100%')).toBeInTheDocument();
  });

  it('labels the per-process chart and offers its data as a table', async () => {
    const { store } = await startedStore(SCENARIO);
    await store.getState().runToEnd();
    renderWithStore(<MetricsPanel />, store);
    const chart = within(
      screen.getByRole('group', { name: 'Waiting, turnaround and response time per process (ticks)' }),
    );
    await userEvent.setup().click(chart.getByText('Show data'));
    const row = chart.getByRole('row', { name: /P3 c/ });
    // P3 waits for P1 and P2 (6 ticks) and completes at 9.
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['6', '9', '6']);
  });

  it('shows a dash before any process completes', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<MetricsPanel />, store);
    expect(within(screen.getByRole('group', { name: 'Average turnaround' })).getByText('—')).toBeInTheDocument();
  });
});
