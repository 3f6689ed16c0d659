import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NamingToggle } from '../naming/NamingToggle';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { NodeStatusPanel } from './NodeStatusPanel';
import { SimulateView } from './SimulateView';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 3,
  scheduler: { policy: 'FIFO' },
  node: { id: 'ai-node-7', cpus: 2, gpus: 1, connections: ['peer-1', 'peer-2'] },
  processes: [
    { pid: 1, name: 'llm-a', type: 'AI_INFERENCE', arrival: 0, bursts: [4] },
    { pid: 2, name: 'llm-b', type: 'AI_INFERENCE', arrival: 0, bursts: [2, 3, 2] },
    { pid: 3, name: 'llm-c', type: 'AI_INFERENCE', arrival: 0, bursts: [6] },
    { pid: 4, name: 'validator', type: 'BLOCKCHAIN_VALIDATOR', arrival: 5, bursts: [1] },
  ],
};

const table = () => screen.getByRole('table', { name: 'Processes by type and state' });
/** The row of one type (or "All types") as its header and counts. */
const row = (name: string) =>
  within(within(table()).getByRole('rowheader', { name }).closest('tr') as HTMLElement)
    .getAllByRole('cell')
    .map((c) => c.textContent);

beforeEach(() => localStorage.clear());

describe('NodeStatusPanel', () => {
  it('counts the processes of each type and their states at the current tick', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<NodeStatusPanel />, store);
    const headings = within(table())
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.trim());
    expect(headings).toEqual(['Type', 'Processes', 'New', 'Ready', 'Running', 'Waiting', 'Suspended', 'Terminated']);
    // Tick 0 on two CPUs: P1 and P2 run, P3 is ready, P4 has not arrived.
    expect(row('AI_INFERENCE')).toEqual(['3', '0', '1', '2', '0', '0', '0']);
    expect(row('BLOCKCHAIN_VALIDATOR')).toEqual(['1', '1', '0', '0', '0', '0', '0']);
    expect(row('USER')).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    await act(() => store.getState().seek(3));
    expect(screen.getByRole('heading', { name: /^AI node status/ })).toHaveTextContent('AI node status at tick 3');
    // P2 is in its I/O burst, P1 and P3 run.
    expect(row('AI_INFERENCE')).toEqual(['3', '0', '0', '2', '1', '0', '0']);
    await act(() => store.getState().seek(20));
    expect(row('All types')).toEqual(['4', '0', '0', '0', '0', '0', '4']);
  });

  it('is a tab of the Simulate drawer, beside the node identity; Textbook names take the per-type tab away', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(
      <>
        <NamingToggle />
        <SimulateView />
      </>,
      store,
    );
    expect(screen.getByRole('region', { name: 'Node' })).toHaveTextContent(
      'Node ai-node-7 · 2 CPUs, 1 GPU · 2 connections: peer-1, peer-2',
    );
    await userEvent.click(screen.getByRole('tab', { name: 'AI node status' }));
    expect(table()).toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: 'Textbook names' }));
    expect(screen.queryByRole('tab', { name: 'AI node status' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Processes by type and state' })).toBeNull();
  });
});
