import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HEAP } from '../../core/scenario/heapSchema';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { WorkloadView } from './WorkloadView';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 3,
  scheduler: { policy: 'FIFO' },
  processes: [{ pid: 1, name: 'job', type: 'USER', arrival: 0, bursts: [4] }],
};

async function setup(scenario: object = SCENARIO) {
  const { store } = await startedStore(scenario);
  store.getState().setPanel('workload', 'heap');
  renderWithStore(<WorkloadView />, store);
  return { store, form: within(screen.getByRole('form', { name: 'Heap' })), user: userEvent.setup() };
}

describe('HeapSettings', () => {
  it("turns a heap on with malloc.py's defaults, then best fit with coalescing", async () => {
    const { store, form, user } = await setup();
    await user.click(form.getByRole('checkbox', { name: 'Heap on' }));
    expect(form.getByRole('textbox', { name: 'Size (bytes)' })).toHaveAccessibleDescription(/default 100/);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(store.getState().scenario?.heap).toEqual(DEFAULT_HEAP));
    await user.selectOptions(form.getByRole('combobox', { name: 'Fit' }), 'WORST (worst fit)');
    await user.click(form.getByRole('checkbox', { name: 'Coalesce' }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(store.getState().scenario?.heap).toMatchObject({ policy: 'WORST', coalesce: true }));
  });

  it('refuses a bad size at the field and keeps the scenario', async () => {
    const { store, form, user } = await setup({ ...SCENARIO, heap: {} });
    const size = form.getByRole('textbox', { name: 'Size (bytes)' });
    await user.clear(size);
    await user.type(size, '-1');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(size).toHaveAccessibleDescription(/The heap's size must be at least 0 bytes/));
    expect(store.getState().scenario?.heap?.size).toBe(100);
  });

  it('will not take the heap away from malloc operations, and says why', async () => {
    const { store, form, user } = await setup({
      ...SCENARIO,
      heap: {},
      operations: [{ tick: 1, op: 'malloc', pid: 1, bytes: 10 }],
    });
    await user.click(form.getByRole('checkbox', { name: 'Heap on' }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(
      await screen.findByText('Operation 1: malloc needs a heap: add a "heap" section to the scenario'),
    ).toBeInTheDocument();
    expect(store.getState().scenario?.heap).toBeDefined();
  });
});
