import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { WorkloadView } from './WorkloadView';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  title: 'Two jobs',
  scheduler: { policy: 'FIFO' },
  processes: [
    { pid: 1, name: 'long', type: 'DATA_PROCESSING', arrival: 0, bursts: [8] },
    { pid: 2, name: 'short', type: 'USER', arrival: 1, bursts: [2] },
  ],
};

async function setup() {
  const { store } = await startedStore(SCENARIO);
  store.getState().setPanel('workload', 'scheduler');
  renderWithStore(<WorkloadView />, store);
  const form = within(screen.getByRole('form', { name: 'Scheduler and options' }));
  return { store, form, user: userEvent.setup() };
}

describe('SchedulerPicker', () => {
  it('switches to Round Robin with the chosen quantum', async () => {
    const { store, form, user } = await setup();
    await user.selectOptions(form.getByRole('combobox', { name: 'Scheduler' }), 'Round Robin');
    const quantum = form.getByRole('textbox', { name: 'Quantum' });
    expect(quantum).toHaveAccessibleDescription(/suggested 4/);
    await user.clear(quantum);
    await user.type(quantum, '3');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(store.getState().scenario?.scheduler).toEqual({ policy: 'RR', quantum: 3 }));
  });

  it('shows a refused quantum next to its control and keeps the scenario', async () => {
    const { store, form, user } = await setup();
    await user.selectOptions(form.getByRole('combobox', { name: 'Scheduler' }), 'Round Robin');
    const quantum = form.getByRole('textbox', { name: 'Quantum' });
    await user.clear(quantum);
    await user.type(quantum, '0');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(quantum).toHaveAttribute('aria-invalid', 'true'));
    expect(quantum).toHaveAccessibleDescription(/The scheduler's quantum must be at least 1 tick \(it is 0\)/);
    expect(store.getState().scenario?.scheduler).toEqual({ policy: 'FIFO' });
    expect(form.getByRole('combobox', { name: 'Scheduler' })).toHaveValue('RR');
  });

  it('applies MLFQ levels, options and node counts together', async () => {
    const { store, form, user } = await setup();
    await user.selectOptions(form.getByRole('combobox', { name: 'Scheduler' }), 'MLFQ');
    await user.selectOptions(form.getByRole('combobox', { name: 'Number of levels' }), '2');
    await user.click(form.getByRole('checkbox', { name: 'I/O completion to front (OSTEP -I)' }));
    const cost = form.getByRole('textbox', { name: 'Context-switch cost' });
    expect(cost).toHaveAccessibleDescription(/default 0/);
    await user.clear(cost);
    await user.type(cost, '1');
    await user.clear(form.getByRole('textbox', { name: 'CPUs' }));
    await user.type(form.getByRole('textbox', { name: 'CPUs' }), '2');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(store.getState().scenario?.scheduler.policy).toBe('MLFQ'));
    const s = store.getState().scenario;
    expect(s?.scheduler).toMatchObject({
      levels: [
        { quantum: 2, allotment: 1 },
        { quantum: 4, allotment: 1 },
      ],
      ioToFront: true,
      boostInterval: 50,
    });
    expect(s?.options.contextSwitchCost).toBe(1);
    expect(s?.node.cpus).toBe(2);
  });

  it('applies a lottery with Python draws, skipped values and full quanta', async () => {
    const { store, form, user } = await setup();
    await user.selectOptions(form.getByRole('combobox', { name: 'Scheduler' }), 'Lottery');
    expect(form.queryByRole('textbox', { name: 'Skip Python values' })).toBeNull();
    await user.selectOptions(
      form.getByRole('combobox', { name: 'Draws from' }),
      "Python's random(), as OSTEP lottery.py",
    );
    const skip = form.getByRole('textbox', { name: 'Skip Python values' });
    expect(skip).toHaveAccessibleDescription(/default 0/);
    await user.clear(skip);
    await user.type(skip, '6');
    await user.click(form.getByRole('checkbox', { name: 'Full quantum' }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() =>
      expect(store.getState().scenario?.scheduler).toEqual({
        policy: 'LOTTERY',
        quantum: 2,
        draw: 'python',
        drawOffset: 6,
        fullQuantum: true,
      }),
    );
  });

  it("applies a PID scan with OSTEP's SWITCH_ON_END and IO_RUN_IMMEDIATE", async () => {
    const { store, form, user } = await setup();
    await user.selectOptions(form.getByRole('combobox', { name: 'Scheduler' }), 'PID scan');
    await user.click(form.getByRole('checkbox', { name: 'Switch on I/O' }));
    await user.selectOptions(
      form.getByRole('combobox', { name: 'A process whose I/O completes' }),
      'takes the CPU at once (IO_RUN_IMMEDIATE)',
    );
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() =>
      expect(store.getState().scenario?.scheduler).toEqual({
        policy: 'PID_SCAN',
        switchOnIo: false,
        ioCompletion: 'immediate',
      }),
    );
  });
});
