import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEMORY } from '../../core/memory/defaults';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { WorkloadView } from './WorkloadView';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 3,
  scheduler: { policy: 'FIFO' },
  processes: [{ pid: 1, name: 'job', type: 'USER', arrival: 0, bursts: [4], needs: { memoryBytes: 8192 } }],
};

async function setup(scenario: object = SCENARIO) {
  const { store } = await startedStore(scenario);
  store.getState().setPanel('workload', 'memory');
  renderWithStore(<WorkloadView />, store);
  const form = within(screen.getByRole('form', { name: 'Memory management' }));
  return { store, form, user: userEvent.setup() };
}

describe('MemorySettings', () => {
  it('turns memory management on with the defaults, each shown as a hint', async () => {
    const { store, form, user } = await setup();
    expect(form.queryByRole('textbox', { name: 'Physical memory (KiB)' })).not.toBeInTheDocument();
    await user.click(form.getByRole('checkbox', { name: 'Memory management on' }));
    expect(form.getByRole('textbox', { name: 'Physical memory (KiB)' })).toHaveAccessibleDescription(
      /default 256 KiB \(64 frames\)/,
    );
    expect(form.getByRole('combobox', { name: 'Placement' })).toHaveAccessibleDescription(/external fragmentation/);
    const replacement = form.getByRole('combobox', { name: 'Replacement' });
    expect(replacement).toHaveAccessibleDescription(/OPT and UNOPT are not offered/);
    expect(within(replacement).queryByRole('option', { name: /OPT/ })).not.toBeInTheDocument();
    expect(form.getByRole('textbox', { name: 'AI models pool (%)' })).toHaveValue('25');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(store.getState().scenario?.memory).toEqual(DEFAULT_MEMORY));
  });

  it('turns automatic compaction on, saying when it acts', async () => {
    const { store, form, user } = await setup({ ...SCENARIO, memory: {} });
    const auto = form.getByRole('checkbox', { name: 'Compact automatically' });
    expect(auto).not.toBeChecked();
    expect(auto).toHaveAccessibleDescription(/enough are free, but no run is long enough.*default off/);
    await user.click(auto);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(store.getState().scenario?.memory?.autoCompact).toBe(true));
  });

  it('applies FIFO replacement and 8 KiB pages', async () => {
    const { store, form, user } = await setup({ ...SCENARIO, memory: {} });
    await user.selectOptions(form.getByRole('combobox', { name: 'Replacement' }), 'FIFO');
    await user.selectOptions(form.getByRole('combobox', { name: 'Page size' }), '8 KiB');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() =>
      expect(store.getState().scenario?.memory).toMatchObject({
        replacement: 'FIFO',
        pageSize: 8192,
        physicalBytes: DEFAULT_MEMORY.physicalBytes,
      }),
    );
  });

  it('shows a physical size that is not whole pages next to its field and keeps the scenario', async () => {
    const { store, form, user } = await setup({ ...SCENARIO, memory: {} });
    const before = store.getState().scenario;
    const physical = form.getByRole('textbox', { name: 'Physical memory (KiB)' });
    await user.clear(physical);
    await user.type(physical, '258');
    await user.selectOptions(form.getByRole('combobox', { name: 'Replacement' }), 'CLOCK');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(physical).toHaveAttribute('aria-invalid', 'true'));
    expect(physical).toHaveAccessibleDescription(/The physical memory size must be a whole number of 4096-byte pages/);
    expect(store.getState().scenario).toBe(before);
    expect(form.getByRole('combobox', { name: 'Replacement' })).toHaveValue('CLOCK');
  });

  it('opens the pools section to show a refused percentage', async () => {
    const { form, user } = await setup({ ...SCENARIO, memory: {} });
    expect(form.getByText('Pools and constraints').closest('details')).not.toHaveAttribute('open');
    const pool = form.getByRole('textbox', { name: 'AI data pool (%)' });
    await user.clear(pool);
    await user.type(pool, '150');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() =>
      expect(pool).toHaveAccessibleDescription(/The AI data pool's share of memory must be a number from 0 to 1/),
    );
    expect(form.getByText('Pools and constraints').closest('details')).toHaveAttribute('open');
  });

  it('turns memory management off by removing the section', async () => {
    const { store, form, user } = await setup({ ...SCENARIO, memory: { replacement: 'AGING' } });
    expect(form.getByRole('combobox', { name: 'Replacement' })).toHaveValue('AGING');
    await user.click(form.getByRole('checkbox', { name: 'Memory management on' }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(store.getState().scenario).not.toHaveProperty('memory'));
    expect(form.getByRole('checkbox', { name: 'Memory management on' })).not.toBeChecked();
  });
});
