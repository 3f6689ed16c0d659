import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { OstepImport } from './OstepImport';

const start = {
  format: 'bcos-scenario',
  version: 3,
  title: 'Start',
  scheduler: { policy: 'FIFO' },
  processes: [{ pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [3] }],
};

describe('OstepImport', () => {
  it('loads a pasted OSTEP command as the scenario', async () => {
    const { store } = await startedStore(start);
    renderWithStore(<OstepImport />, store);
    const input = screen.getByLabelText('OSTEP command');
    await userEvent.clear(input);
    await userEvent.type(input, './scheduler.py -p RR -q 2 -l 3,5,1');
    await userEvent.click(screen.getByRole('button', { name: 'Load OSTEP command' }));
    await expect.poll(() => store.getState().scenario?.scheduler).toEqual({ policy: 'RR', quantum: 2 });
    expect(store.getState().scenario?.processes.map((p) => p.bursts)).toEqual([[3], [5], [1]]);
    expect(store.getState().view).toBe('simulate');
  });

  it('says what is wrong with a bad command and keeps the scenario', async () => {
    const { store } = await startedStore(start);
    renderWithStore(<OstepImport />, store);
    const input = screen.getByLabelText('OSTEP command');
    await userEvent.clear(input);
    await userEvent.type(input, './scheduler.py -p RR -q 0');
    await userEvent.click(screen.getByRole('button', { name: 'Load OSTEP command' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('-q/--quantum');
    expect(store.getState().scenario?.title).toBe('Start');
  });

  it('opens the OSTEP view with the answers for a script that is not a workload', async () => {
    const { store } = await startedStore(start);
    renderWithStore(<OstepImport />, store);
    const input = screen.getByLabelText('OSTEP command');
    await userEvent.clear(input);
    await userEvent.type(input, './paging-linear-translate.py -c{Enter}');
    await expect.poll(() => store.getState().view).toBe('ostep');
    expect(store.getState().ostepResult).toMatchObject({ script: 'paging-linear-translate', argv: ['-c'] });
    expect(store.getState().scenario?.title).toBe('Start');
  });

  it('loads malloc.py as a scenario with a heap whose process mallocs and frees', async () => {
    const { store } = await startedStore(start);
    renderWithStore(<OstepImport />, store);
    const input = screen.getByLabelText('OSTEP command');
    await userEvent.clear(input);
    await userEvent.type(input, './malloc.py -A +10,-0{Enter}');
    await expect.poll(() => store.getState().scenario?.title).toBe('OSTEP malloc.py');
    expect(store.getState().scenario?.operations.map((op) => op.op)).toEqual(['malloc', 'free']);
    expect(store.getState().view).toBe('simulate');
  });

  it("shows the core's refusal of an unknown script and stays here", async () => {
    const { store } = await startedStore(start);
    renderWithStore(<OstepImport />, store);
    const input = screen.getByLabelText('OSTEP command');
    await userEvent.clear(input);
    await userEvent.type(input, './nosuch.py -c{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /unknown OSTEP script "\.\/nosuch\.py"; supported: .*scheduler/,
    );
    expect(store.getState().view).toBe('simulate');
  });
});
