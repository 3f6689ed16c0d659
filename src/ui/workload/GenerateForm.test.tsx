import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AppStore } from '../../store/appStore';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { WorkloadView } from './WorkloadView';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  scheduler: { policy: 'FIFO' },
  processes: [{ pid: 1, name: 'only', type: 'USER', arrival: 0, bursts: [2] }],
};

async function setup(scenario: object = SCENARIO) {
  const { store } = await startedStore(scenario);
  store.getState().setPanel('workload', 'generate');
  renderWithStore(<WorkloadView />, store);
  const form = within(screen.getByRole('form', { name: 'Generate a workload' }));
  const user = userEvent.setup();
  const fill = async (name: string, value: string) => {
    const box = form.getByRole('textbox', { name });
    await user.clear(box);
    await user.type(box, value);
  };
  /** Clicks Generate and waits for the store to accept a new scenario. */
  const generate = async () => {
    const before = store.getState().scenario;
    await user.click(form.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(store.getState().scenario).not.toBe(before));
    return store.getState().scenario?.processes;
  };
  return { store, form, fill, generate, user };
}

const seed = () =>
  within(screen.getByRole('form', { name: 'Generate a workload' })).getByRole('textbox', { name: 'Seed' });
const pidsOf = (store: AppStore) => store.getState().scenario?.processes.map((p) => p.pid);

describe('GenerateForm', () => {
  it('gives the same processes for the same seed, and others for another seed', async () => {
    const { store, fill, generate } = await setup();
    await fill('Seed', '7');
    await fill('Count', '6');
    const first = await generate();
    expect(pidsOf(store)).toEqual([1, 2, 3, 4, 5, 6]);
    await store.getState().seek(1);
    const second = await generate();
    expect(second).toEqual(first);
    // A new workload starts at the beginning.
    expect(store.getState().frame?.tick).toBe(0);
    await fill('Seed', '8');
    const third = await generate();
    expect(third).not.toEqual(first);
  });

  it('shows refused settings inline and leaves the processes alone', async () => {
    const { store, form, fill, user } = await setup();
    await fill('Count', '0');
    await fill('CPU burst min', '9');
    await fill('CPU burst max', '3');
    await user.click(form.getByRole('button', { name: 'Generate' }));
    expect(form.getByRole('textbox', { name: 'Count' })).toHaveAccessibleDescription(
      /The number of processes must be (at least|at most|a whole number)/,
    );
    expect(form.getByRole('textbox', { name: 'CPU burst max' })).toHaveAttribute('aria-invalid', 'true');
    expect(pidsOf(store)).toEqual([1]);
  });

  it('sizes memory needs to fit when memory management is on, and keeps the design sizes when it is off', async () => {
    const off = await setup();
    const designed = await off.generate();
    expect(designed?.find((p) => p.type === 'AI_INFERENCE')?.needs.memoryBytes).toBe(2 * 1024 ** 3);
    off.form.getByText(/with memory management on they are scaled to fit/);
    cleanup();
    const on = await setup({ ...SCENARIO, version: 3, memory: {} });
    on.form.getByText(/Memory management is on \(256 KiB\)/);
    const fitted = await on.generate();
    // The default memory (64 frames) holds the default 12 processes at once: a model is 16 KiB instead of 2 GiB.
    expect(fitted?.find((p) => p.type === 'AI_INFERENCE')?.needs.memoryBytes).toBe(16 * 1024);
    expect(fitted?.find((p) => p.type === 'SYSTEM')?.needs.memoryBytes).toBe(512);
  });

  it('keeps its settings across a switch to another view', async () => {
    const { store } = await startedStore(SCENARIO);
    const user = userEvent.setup();
    store.getState().setPanel('workload', 'generate');
    const view = renderWithStore(<WorkloadView />, store);
    await user.clear(seed());
    await user.type(seed(), '99');
    view.unmount();
    store.getState().setPanel('workload', 'generate');
    renderWithStore(<WorkloadView />, store);
    expect(seed()).toHaveValue('99');
  });
});
