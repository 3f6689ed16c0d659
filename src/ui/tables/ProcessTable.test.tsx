import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { NamingToggle } from '../naming/NamingToggle';
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
const headers = () =>
  within(table())
    .getAllByRole('columnheader')
    .map((h) => h.textContent?.replace(/[▲▼]/g, '').trim());
/** Opens the row menu of a process and returns it. */
async function menuOf(pid: number): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('button', { name: `Actions for P${pid}` }));
  return screen.getByRole('dialog', { name: `Actions for P${pid}` });
}

// The column choice and the naming are remembered in localStorage: every test starts from the defaults.
beforeEach(() => localStorage.clear());

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

  it('kills a process from its row menu ("Actions for P1") and offers only the legal actions', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<ProcessTable />, store);
    expect(screen.queryByRole('button', { name: 'Kill P1' })).toBeNull();
    let menu = await menuOf(1);
    expect(within(menu).getByRole('button', { name: 'Resume P1' })).toBeDisabled();
    expect(within(menu).getByRole('button', { name: 'Suspend P1' })).toBeEnabled();
    // Focus starts on the first action it can take.
    expect(within(menu).getByRole('button', { name: 'Kill P1' })).toHaveFocus();
    await userEvent.click(within(menu).getByRole('button', { name: 'Kill P1' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(rowOf(1)).toHaveTextContent('TERMINATED'));
    expect(store.getState().frame?.processes.find((p) => p.pid === 1)?.killed).toBe(true);
    menu = await menuOf(1);
    expect(within(menu).getByRole('button', { name: 'Kill P1' })).toBeDisabled();
    expect(within(menu).getByRole('button', { name: 'Suspend P1' })).toBeDisabled();
  });

  it('suspends, resumes and sets a priority', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<ProcessTable />, store);
    await userEvent.click(within(await menuOf(2)).getByRole('button', { name: 'Suspend P2' }));
    await waitFor(() => expect(rowOf(2)).toHaveTextContent('SUSPENDED'));
    await userEvent.click(within(await menuOf(2)).getByRole('button', { name: 'Resume P2' }));
    await waitFor(() => expect(rowOf(2)).toHaveTextContent('READY'));
    const box = within(await menuOf(3)).getByRole('spinbutton', { name: 'Priority of P3' });
    await userEvent.clear(box);
    await userEvent.type(box, '7');
    await userEvent.click(screen.getByRole('button', { name: 'Set priority of P3' }));
    await waitFor(() => expect(store.getState().frame?.processes.find((p) => p.pid === 3)?.priority).toBe(7));
    expect(within(await menuOf(3)).getByRole('spinbutton', { name: 'Priority of P3' })).toHaveValue(7);
  });

  it('closes the row menu with Escape and gives focus back to its button', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<ProcessTable />, store);
    const button = screen.getByRole('button', { name: 'Actions for P2' });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows the chosen columns, remembered for the next visit', async () => {
    const { store } = await startedStore(SCENARIO);
    const first = renderWithStore(<ProcessTable />, store);
    expect(headers()).toContain('Remaining');
    expect(headers()).not.toContain('Page faults');
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const menu = screen.getByRole('dialog', { name: 'Columns' });
    // PID, name and actions are always shown, so they are not offered.
    expect(within(menu).queryByRole('checkbox', { name: 'PID' })).toBeNull();
    await userEvent.click(within(menu).getByRole('checkbox', { name: 'Remaining' }));
    await userEvent.click(within(menu).getByRole('checkbox', { name: 'Page faults' }));
    expect(headers()).not.toContain('Remaining');
    expect(headers()).toContain('Page faults');
    first.unmount();
    renderWithStore(<ProcessTable />, store);
    expect(headers()).not.toContain('Remaining');
    expect(headers()).toContain('Page faults');
  });

  it('names processes P1…Pn without types or names with "Textbook names" on', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(
      <>
        <NamingToggle />
        <ProcessTable />
      </>,
      store,
    );
    expect(headers()).toEqual(expect.arrayContaining(['PID', 'Name', 'Type']));
    await userEvent.click(screen.getByRole('switch', { name: 'Textbook names' }));
    expect(headers()).not.toContain('Type');
    expect(headers()).not.toContain('Name');
    expect(headers()?.[0]).toBe('PID');
    expect(table()).not.toHaveTextContent('llm-infer');
    expect(store.getState().naming).toBe('textbook');
    expect(localStorage.getItem('bcos.naming')).toBe('textbook');
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    expect(screen.queryByRole('checkbox', { name: 'Type' })).toBeNull();
    await userEvent.click(screen.getByRole('switch', { name: 'Textbook names' }));
    expect(headers()).toContain('Type');
    expect(localStorage.getItem('bcos.naming')).toBeNull();
  });

  it('offers the network need as a column, hidden at first, and no memory columns with memory off', async () => {
    const { store } = await startedStore({
      ...SCENARIO,
      processes: SCENARIO.processes.map((p, i) => ({ ...p, needs: { networkMbps: [100, 1000, 0][i] } })),
    });
    renderWithStore(<ProcessTable />, store);
    expect(headers()).not.toContain('Network (Mbit/s)');
    expect(headers()).not.toContain('Memory');
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const menu = screen.getByRole('dialog', { name: 'Columns' });
    for (const name of ['Memory', 'Resident pages', 'Swapped pages', 'Memory type'])
      expect(within(menu).queryByRole('checkbox', { name })).toBeNull();
    await userEvent.click(within(menu).getByRole('checkbox', { name: 'Network (Mbit/s)' }));
    expect(headers()).toContain('Network (Mbit/s)');
    const column = headers().indexOf('Network (Mbit/s)');
    expect(within(rowOf(2)).getAllByRole('cell')[column]).toHaveTextContent('1000');
  });

  it('shows each process memory with memory management on; Textbook names leave out the memory type', async () => {
    const { store } = await startedStore({
      ...SCENARIO,
      version: 3,
      memory: {},
      processes: SCENARIO.processes.map((p) => ({ ...p, needs: { memoryBytes: 8192 } })),
    });
    renderWithStore(
      <>
        <NamingToggle />
        <ProcessTable />
      </>,
      store,
    );
    expect(headers()).toEqual(expect.arrayContaining(['Memory', 'Resident pages', 'Swapped pages', 'Memory type']));
    const cells = within(rowOf(1)).getAllByRole('cell');
    const cell = (name: string) => cells[headers().indexOf(name)];
    expect(cell('Memory')).toHaveTextContent('8 KiB');
    expect(cell('Resident pages')).toHaveTextContent('2');
    expect(cell('Swapped pages')).toHaveTextContent('0');
    expect(cell('Memory type')).toHaveTextContent('AI_MODEL');
    // P3 arrives at tick 1: it holds nothing yet.
    expect(within(rowOf(3)).getAllByRole('cell')[headers().indexOf('Memory')]).toHaveTextContent('0 B');
    await userEvent.click(screen.getByRole('switch', { name: 'Textbook names' }));
    expect(headers()).not.toContain('Memory type');
    expect(headers()).toContain('Resident pages');
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
    expect(within(table()).getAllByRole('button', { name: /^Actions for P/ }).length).toBe(rendered - 1);
  });
});
