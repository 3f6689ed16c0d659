import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { WorkloadView } from './WorkloadView';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  scheduler: { policy: 'FIFO' },
  processes: [
    { pid: 1, name: 'long', type: 'DATA_PROCESSING', arrival: 0, bursts: [8] },
    { pid: 2, name: 'short', type: 'USER', arrival: 1, bursts: [2] },
  ],
};

describe('WorkloadEditor', () => {
  it('adds a process after refusing invalid bursts inline, then removes it', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<WorkloadView />, store);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add process' }));
    const form = within(screen.getByRole('form', { name: 'New process' }));
    expect(form.getByRole('textbox', { name: 'PID' })).toHaveValue('3');
    const bursts = form.getByRole('textbox', { name: 'Bursts' });

    await user.clear(bursts);
    await user.type(bursts, '5, -1');
    await user.click(form.getByRole('button', { name: 'Save process' }));
    expect(bursts).toHaveAttribute('aria-invalid', 'true');
    expect(bursts).toHaveAccessibleDescription(/Burst 2 \(I\/O\) must be at least 0 ticks \(it is -1\)/);
    expect(store.getState().scenario?.processes).toHaveLength(2);

    await user.clear(bursts);
    await user.type(bursts, '5, 3, 4');
    expect(bursts).not.toHaveAttribute('aria-invalid');
    await user.click(form.getByRole('button', { name: 'Save process' }));
    await waitFor(() => expect(store.getState().scenario?.processes).toHaveLength(3));
    expect(store.getState().scenario?.processes[2]).toMatchObject({ pid: 3, bursts: [5, 3, 4] });

    await user.click(screen.getByRole('button', { name: 'Remove P3' }));
    await waitFor(() => expect(store.getState().scenario?.processes.map((p) => p.pid)).toEqual([1, 2]));
    expect(screen.queryByRole('button', { name: 'Remove P3' })).not.toBeInTheDocument();
  });

  it('edits a process in place', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<WorkloadView />, store);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit P2' }));
    const form = within(screen.getByRole('form', { name: 'Edit P2' }));
    await user.clear(form.getByRole('textbox', { name: 'Priority' }));
    await user.type(form.getByRole('textbox', { name: 'Priority' }), '5');
    await user.clear(form.getByRole('textbox', { name: 'Memory (MiB)' }));
    await user.type(form.getByRole('textbox', { name: 'Memory (MiB)' }), '2');
    await user.click(form.getByRole('button', { name: 'Save process' }));
    await waitFor(() =>
      expect(store.getState().scenario?.processes[1]).toMatchObject({
        pid: 2,
        priority: 5,
        needs: { memoryBytes: 2 * 1024 * 1024 },
      }),
    );
  });
});
