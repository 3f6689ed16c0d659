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

const scheduler = () => within(screen.getByRole('form', { name: /Scheduler and options/ }));
/** The view shows one section at a time: its tab. */
const section = (user: ReturnType<typeof userEvent.setup>, name: string) =>
  user.click(screen.getByRole('tab', { name }));

describe('the settings draft and its one Apply', () => {
  it('keeps edits across a switch to another view, marked unsaved, until Apply', async () => {
    const { store } = await startedStore(SCENARIO);
    const user = userEvent.setup();
    const view = renderWithStore(<WorkloadView />, store);
    expect(screen.getByRole('button', { name: 'Apply' })).toBeDisabled();
    await section(user, 'Scheduler and options');
    await user.selectOptions(scheduler().getByRole('combobox', { name: 'Scheduler' }), 'Round Robin');
    // Another section: the scheduler's edit stays in the draft.
    await section(user, 'Memory settings');
    await user.click(screen.getByRole('checkbox', { name: 'Memory management on' }));
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();

    // Another view: the forms are gone, the draft is not.
    view.unmount();
    renderWithStore(<WorkloadView />, store);
    expect(screen.getByRole('checkbox', { name: 'Memory management on' })).toBeChecked();
    await section(user, 'Scheduler and options');
    expect(scheduler().getByRole('combobox', { name: 'Scheduler' })).toHaveValue('RR');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    expect(store.getState().scenario?.scheduler.policy).toBe('FIFO');

    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(store.getState().scenario?.scheduler.policy).toBe('RR'));
    expect(store.getState().scenario?.memory).toBeDefined();
    expect(store.getState().undoStack).toHaveLength(1);
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
    // The memory form is large, and the machine may be busy.
  }, 20_000);

  it('Discard goes back to the scenario; editing back to it is no change', async () => {
    const { store } = await startedStore(SCENARIO);
    const user = userEvent.setup();
    renderWithStore(<WorkloadView />, store);
    await section(user, 'Scheduler and options');
    const picker = scheduler().getByRole('combobox', { name: 'Scheduler' });
    await user.selectOptions(picker, 'Round Robin');
    await user.selectOptions(picker, 'FIFO');
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
    await user.selectOptions(picker, 'Round Robin');
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(picker).toHaveValue('FIFO');
    expect(store.getState().drafts).toEqual({});
  });

  it('keeps a half-typed new process across a switch to another view', async () => {
    const { store } = await startedStore(SCENARIO);
    const user = userEvent.setup();
    const view = renderWithStore(<WorkloadView />, store);
    await user.click(screen.getByRole('button', { name: 'Add process' }));
    const name = within(screen.getByRole('form', { name: 'New process' })).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'half');
    view.unmount();
    renderWithStore(<WorkloadView />, store);
    expect(within(screen.getByRole('form', { name: 'New process' })).getByLabelText('Name')).toHaveValue('half');
  });

  it('a preset loaded meanwhile drops the drafts', async () => {
    const { store } = await startedStore(SCENARIO);
    const user = userEvent.setup();
    renderWithStore(<WorkloadView />, store);
    await section(user, 'Scheduler and options');
    await user.selectOptions(scheduler().getByRole('combobox', { name: 'Scheduler' }), 'Round Robin');
    await store.getState().load({ ...SCENARIO, title: 'other' }, 'preset other.json');
    await waitFor(() => expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument());
  });
});
