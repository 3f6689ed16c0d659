import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppStore } from '../../store/appStore';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { useKeyboardShortcuts } from '../transport/useKeyboardShortcuts';
import { PresenterToggle } from './PresenterToggle';
import { usePresentation } from './usePresentation';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  scheduler: { policy: 'FIFO' },
  processes: [
    { pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [4] },
    { pid: 2, name: 'b', type: 'USER', arrival: 0, bursts: [3] },
  ],
};

/** What App does: the hook once at the root, the keys, and the toggle in the header. */
function Root() {
  usePresentation();
  useKeyboardShortcuts();
  return <PresenterToggle />;
}

/** Waits until the store's tick is `tick` (requests go through the in-process handler asynchronously). */
async function tickIs(store: AppStore, tick: number) {
  await act(async () => {
    for (let i = 0; i < 50 && store.getState().frame?.tick !== tick; i++) await new Promise((r) => setTimeout(r, 0));
  });
  expect(store.getState().frame?.tick).toBe(tick);
}

afterEach(() => {
  delete document.documentElement.dataset.present;
});

describe('presenter mode', () => {
  it('the toggle sets data-present on the root and reports its state', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<Root />, store);
    const toggle = screen.getByRole('button', { name: 'Presenter mode' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement.dataset.present).toBeUndefined();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.present).toBe('on');
    await userEvent.click(toggle);
    expect(document.documentElement.dataset.present).toBeUndefined();
  });

  it('clicker keys step and play; Escape leaves', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<Root />, store);
    act(() => store.getState().setPresenting(true));
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    await tickIs(store, 1);
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    await tickIs(store, 2);
    fireEvent.keyDown(document.body, { key: 'PageUp' });
    await tickIs(store, 1);
    fireEvent.keyDown(document.body, { key: '.' });
    expect(store.getState().playing).toBe(true);
    fireEvent.keyDown(document.body, { key: '.' });
    expect(store.getState().playing).toBe(false);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(store.getState().presenting).toBe(false);
    expect(document.documentElement.dataset.present).toBeUndefined();
  });

  it('leaves Page Up/Down to the page outside presenter mode', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<Root />, store);
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    await act(async () => await new Promise((r) => setTimeout(r, 5)));
    expect(store.getState().frame?.tick).toBe(0);
  });
});
