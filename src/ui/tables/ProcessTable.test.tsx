import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { ProcessTable } from './ProcessTable';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  scheduler: { policy: 'FIFO' },
  processes: [
    { pid: 1, name: 'llm-infer', type: 'AI_INFERENCE', arrival: 0, bursts: [5], deadline: 3 },
    { pid: 2, name: 'zeta-validator', type: 'BLOCKCHAIN_VALIDATOR', arrival: 0, bursts: [3] },
    { pid: 3, name: 'batch', type: 'DATA_PROCESSING', arrival: 1, bursts: [2] },
  ],
};

const table = () => screen.getByRole('table', { name: 'Processes' });
/** The Name column of each body row, top to bottom. */
const names = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[1]?.textContent);
const rowOf = (pid: number) =>
  within(table())
    .getByRole('cell', { name: `P${pid}` })
    .closest('tr') as HTMLElement;

describe('ProcessTable', () => {
  it('sorts by a column when its header is clicked, and says so with aria-sort', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<ProcessTable />, store);
    expect(names()).toEqual(['llm-infer', 'zeta-validator', 'batch']);
    const header = screen.getByRole('columnheader', { name: /Name/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(within(header).getByRole('button', { name: 'Name' }));
    expect(names()).toEqual(['batch', 'llm-infer', 'zeta-validator']);
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(within(header).getByRole('button', { name: 'Name' }));
    expect(names()).toEqual(['zeta-validator', 'llm-infer', 'batch']);
    expect(header).toHaveAttribute('aria-sort', 'descending');
  });

  it('shows state, figures and a missed deadline', async () => {
    const { store } = await startedStore(SCENARIO);
    await store.getState().seek(5);
    renderWithStore(<ProcessTable />, store);
    expect(rowOf(1)).toHaveTextContent('TERMINATED');
    expect(rowOf(1)).toHaveTextContent(/3 ✗ missed/);
    expect(rowOf(2)).toHaveTextContent('RUNNING');
    expect(rowOf(3)).toHaveTextContent('READY');
  });

  it('kills a process with "Kill P1" and offers only the legal actions', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<ProcessTable />, store);
    expect(screen.getByRole('button', { name: 'Resume P1' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Suspend P1' })).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Kill P1' }));
    await waitFor(() => expect(rowOf(1)).toHaveTextContent('TERMINATED'));
    expect(store.getState().frame?.processes.find((p) => p.pid === 1)?.killed).toBe(true);
    expect(screen.getByRole('button', { name: 'Kill P1' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Suspend P1' })).toBeDisabled();
  });

  it('suspends, resumes and sets a priority', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<ProcessTable />, store);
    await userEvent.click(screen.getByRole('button', { name: 'Suspend P2' }));
    await waitFor(() => expect(rowOf(2)).toHaveTextContent('SUSPENDED'));
    await userEvent.click(screen.getByRole('button', { name: 'Resume P2' }));
    await waitFor(() => expect(rowOf(2)).toHaveTextContent('READY'));
    const box = screen.getByRole('spinbutton', { name: 'Priority of P3' });
    await userEvent.clear(box);
    await userEvent.type(box, '7');
    await userEvent.click(screen.getByRole('button', { name: 'Set priority of P3' }));
    await waitFor(() => expect(store.getState().frame?.processes.find((p) => p.pid === 3)?.priority).toBe(7));
    expect(screen.getByRole('spinbutton', { name: 'Priority of P3' })).toHaveValue(7);
  });

  it('renders only the rows in view when there are many processes', async () => {
    const processes = Array.from({ length: 1000 }, (_, i) => ({
      pid: i + 1,
      name: `job-${i + 1}`,
      type: 'USER',
      arrival: 0,
      bursts: [1],
    }));
    const { store } = await startedStore({ ...SCENARIO, processes });
    // jsdom has no layout: give the scroll box the height a browser would (480 px, about 14 rows).
    const height = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(480);
    renderWithStore(<ProcessTable />, store);
    height.mockRestore();
    expect(table()).toHaveAttribute('aria-rowcount', '1001');
    const rendered = within(table()).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
  });
});
