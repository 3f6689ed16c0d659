import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { WorkloadView } from './WorkloadView';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 3,
  scheduler: { policy: 'FIFO' },
  memory: {},
  processes: [{ pid: 1, name: 'job', type: 'USER', arrival: 0, bursts: [4], needs: { memoryBytes: 16384 } }],
};

async function editP1() {
  const { store } = await startedStore(SCENARIO);
  renderWithStore(<WorkloadView />, store);
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Edit P1' }));
  return { store, user, form: within(screen.getByRole('form', { name: 'Edit P1' })) };
}

describe('ProcessForm network bandwidth', () => {
  it('shows the need, saves a new one, and the list of processes shows it', async () => {
    const { store, user, form } = await editP1();
    const network = form.getByRole('textbox', { name: 'Network (Mbit/s)' });
    expect(network).toHaveValue('0');
    await user.clear(network);
    await user.type(network, '100');
    await user.click(form.getByRole('button', { name: 'Save process' }));
    await waitFor(() => expect(store.getState().scenario?.processes[0]?.needs.networkMbps).toBe(100));
    const list = screen.getByRole('table', { name: 'Processes of the scenario' });
    const column = within(list)
      .getAllByRole('columnheader')
      .findIndex((h) => h.textContent === 'Network (Mbit/s)');
    expect(within(list).getAllByRole('row')[1]!.querySelectorAll('td')[column]).toHaveTextContent('100');
  });
});

describe('ProcessForm access pattern', () => {
  it('saves a sequence of offsets given in decimal and 0x hex', async () => {
    const { store, user, form } = await editP1();
    const kind = form.getByRole('combobox', { name: 'Access pattern' });
    expect(kind).toHaveAccessibleDescription(/needs memory management on/);
    await user.selectOptions(kind, 'sequence');
    const offsets = form.getByRole('textbox', { name: 'Offsets (bytes)' });
    await user.clear(offsets);
    await user.type(offsets, '0, 0x1000');
    await user.clear(form.getByRole('textbox', { name: 'Write every Nth reference' }));
    await user.type(form.getByRole('textbox', { name: 'Write every Nth reference' }), '2');
    await user.click(form.getByRole('button', { name: 'Save process' }));
    await waitFor(() =>
      expect(store.getState().scenario?.processes[0]?.accesses).toEqual({
        kind: 'sequence',
        every: 1,
        offsets: [0, 4096],
        writeEvery: 2,
      }),
    );
  });

  it('shows refused locality fields inline and saves nothing until they are fixed', async () => {
    const { store, user, form } = await editP1();
    await user.selectOptions(form.getByRole('combobox', { name: 'Access pattern' }), 'locality');
    const fraction = form.getByRole('textbox', { name: 'Write fraction' });
    await user.clear(fraction);
    await user.type(fraction, '1.5');
    await user.clear(form.getByRole('textbox', { name: 'Working set (pages)' }));
    await user.click(form.getByRole('button', { name: 'Save process' }));
    expect(fraction).toHaveAccessibleDescription(/The write fraction must be a number from 0 to 1/);
    expect(form.getByRole('textbox', { name: 'Working set (pages)' })).toHaveAttribute('aria-invalid', 'true');
    expect(store.getState().scenario?.processes[0]?.accesses).toBeUndefined();

    await user.clear(fraction);
    await user.type(fraction, '0.25');
    await user.type(form.getByRole('textbox', { name: 'Working set (pages)' }), '3');
    await user.click(form.getByRole('button', { name: 'Save process' }));
    await waitFor(() =>
      expect(store.getState().scenario?.processes[0]?.accesses).toEqual({
        kind: 'locality',
        every: 1,
        workingSetPages: 3,
        jumpEvery: 20,
        writeFraction: 0.25,
      }),
    );
  });

  it('shows a saved pattern when the process is edited again, and removes it with none', async () => {
    const { store, user, form } = await editP1();
    await user.selectOptions(form.getByRole('combobox', { name: 'Access pattern' }), 'sequence');
    await user.click(form.getByRole('button', { name: 'Save process' }));
    await waitFor(() =>
      expect(store.getState().scenario?.processes[0]?.accesses).toMatchObject({ kind: 'sequence', offsets: [0] }),
    );
    await user.click(screen.getByRole('button', { name: 'Edit P1' }));
    const again = within(screen.getByRole('form', { name: 'Edit P1' }));
    expect(again.getByRole('combobox', { name: 'Access pattern' })).toHaveValue('sequence');
    await user.selectOptions(again.getByRole('combobox', { name: 'Access pattern' }), 'none');
    await user.click(again.getByRole('button', { name: 'Save process' }));
    await waitFor(() => expect(store.getState().scenario?.processes[0]).not.toHaveProperty('accesses'));
  });
});

describe('ProcessForm process tree and CPUs', () => {
  const TWO = {
    ...SCENARIO,
    node: { cpus: 2 },
    processes: [
      { pid: 1, name: 'init', type: 'SYSTEM', arrival: 0, bursts: [40], needs: {} },
      { pid: 2, name: 'job', type: 'USER', arrival: 1, bursts: [4], needs: {}, sharedMemory: 'weights' },
    ],
  };

  it('saves a parent and an affinity, and keeps the fields it has no input for', async () => {
    const { store } = await startedStore(TWO);
    renderWithStore(<WorkloadView />, store);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit P2' }));
    const form = within(screen.getByRole('form', { name: 'Edit P2' }));
    await user.type(form.getByRole('textbox', { name: 'Parent' }), '1');
    await user.type(form.getByRole('textbox', { name: 'CPU affinity' }), '1');
    await user.click(form.getByRole('button', { name: 'Save process' }));
    await waitFor(() =>
      expect(store.getState().scenario?.processes[1]).toMatchObject({
        parent: 1,
        affinity: [1],
        sharedMemory: 'weights',
      }),
    );
  });

  it('names a CPU the node lacks, saves nothing and keeps what was typed', async () => {
    const { store } = await startedStore(TWO);
    renderWithStore(<WorkloadView />, store);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit P2' }));
    const form = within(screen.getByRole('form', { name: 'Edit P2' }));
    await user.type(form.getByRole('textbox', { name: 'CPU affinity' }), '0, 7');
    await user.click(form.getByRole('button', { name: 'Save process' }));
    expect(
      await screen.findByText("The affinity of P2 must list CPUs from 0 to 1 (the node's CPUs) (it is 7)."),
    ).toBeVisible();
    expect(form.getByRole('textbox', { name: 'CPU affinity' })).toHaveValue('0, 7');
    expect(store.getState().scenario?.processes[1]?.affinity).toBeUndefined();
  });
});
