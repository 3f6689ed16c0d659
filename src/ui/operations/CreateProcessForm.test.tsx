import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { CreateProcessForm } from './CreateProcessForm';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  scheduler: { policy: 'RR', quantum: 2 },
  processes: [
    { pid: 1, name: 'busy', type: 'USER', arrival: 0, bursts: [10] },
    { pid: 4, name: 'later', type: 'USER', arrival: 20, bursts: [1] },
  ],
};

describe('CreateProcessForm', () => {
  it('creates a process at the current tick with the next free pid', async () => {
    const { store } = await startedStore(SCENARIO);
    await store.getState().seek(3);
    renderWithStore(<CreateProcessForm />, store);
    const user = userEvent.setup();
    expect(screen.getByText('P5 arrives at tick 3.')).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'hot-fix');
    await user.clear(screen.getByRole('textbox', { name: 'Bursts' }));
    await user.type(screen.getByRole('textbox', { name: 'Bursts' }), '2, 1, 2');
    await user.click(screen.getByRole('button', { name: 'Create process' }));
    await waitFor(() =>
      expect(store.getState().frame?.processes.find((p) => p.pid === 5)).toMatchObject({
        name: 'hot-fix',
        arrival: 3,
        burstTotal: 4,
      }),
    );
    expect(store.getState().frame?.tick).toBe(3);
    expect(await screen.findByText('P6 arrives at tick 3.')).toBeInTheDocument();
  });

  it('creates a process with the network bandwidth it needs, and refuses one out of range', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<CreateProcessForm />, store);
    const user = userEvent.setup();
    const network = screen.getByRole('textbox', { name: 'Network (Mbit/s)' });
    await user.clear(network);
    await user.type(network, '2000000');
    await user.click(screen.getByRole('button', { name: 'Create process' }));
    expect(network).toHaveAttribute('aria-invalid', 'true');
    expect(network).toHaveAccessibleDescription(/network bandwidth needed must be a number from 0 to 1000000 Mbit\/s/);
    await user.clear(network);
    await user.type(network, '250');
    await user.click(screen.getByRole('button', { name: 'Create process' }));
    await waitFor(() => expect(store.getState().frame?.processes.find((p) => p.pid === 5)?.networkMbps).toBe(250));
  });

  it('shows what is wrong and creates nothing', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<CreateProcessForm />, store);
    const user = userEvent.setup();
    const gpus = screen.getByRole('textbox', { name: 'GPUs' });
    await user.clear(gpus);
    await user.type(gpus, '2');
    await user.click(screen.getByRole('button', { name: 'Create process' }));
    expect(gpus).toHaveAttribute('aria-invalid', 'true');
    expect(gpus).toHaveAccessibleDescription(/The number of GPUs needed must be an integer from 0 to .*\(it is 2\)/);
    expect(store.getState().frame?.processes.map((p) => p.pid)).toEqual([1, 4]);
  });

  it("shows the simulation's refusal from the operation's result", async () => {
    const { store } = await startedStore(SCENARIO);
    const refusal = { path: 'process', limit: 'a new pid', message: 'The simulation refused P5.' };
    store.setState({ operate: async () => ({ ok: false, errors: [refusal] }) });
    renderWithStore(<CreateProcessForm />, store);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Create process' }));
    expect(await screen.findByText(/The simulation refused P5\./)).toBeInTheDocument();
    // Nothing was put in the shared error state: the form had it from the result.
    expect(store.getState().errors).toEqual([]);
  });
});
