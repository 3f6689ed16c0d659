import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { NarrationPanel } from './NarrationPanel';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  scheduler: { policy: 'FIFO' },
  processes: [
    { pid: 1, name: 'llm-infer', type: 'AI_INFERENCE', arrival: 0, bursts: [2] },
    { pid: 2, name: 'validator', type: 'BLOCKCHAIN_VALIDATOR', arrival: 0, bursts: [3] },
  ],
};

describe('NarrationPanel', () => {
  it('lists decisions newest first and announces only what a step added', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<NarrationPanel />, store);
    const list = screen.getByRole('list', { name: /What happened/ });
    const atStart = within(list).getAllByRole('listitem').length;
    expect(atStart).toBeGreaterThan(0);
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(/^t=0 · /);
    expect(screen.getByRole('status')).toHaveTextContent('');

    await act(() => store.getState().seek(2)); // P1 exits, P2 is dispatched
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(atStart);
    expect(items[0]).toHaveTextContent(/^t=2 · /);
    const said = screen.getByRole('status').textContent ?? '';
    expect(said).toMatch(/t=2 · /);
    expect(said).not.toMatch(/t=0 · /);

    await act(() => store.getState().seek(1)); // a step back adds nothing to say
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('a jump writes the new lines into the items already listed instead of making them again', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<NarrationPanel />, store);
    const list = screen.getByRole('list', { name: /What happened/ });
    const before = within(list).getAllByRole('listitem');
    await act(() => store.getState().seek(2));
    const after = within(list).getAllByRole('listitem');
    expect(after[0]).toHaveTextContent(/^t=2 · /);
    // The same elements (toBe), not equal copies.
    before.forEach((item, i) => expect(after[i]).toBe(item));
    await act(() => store.getState().seek(0));
    within(list)
      .getAllByRole('listitem')
      .forEach((item, i) => expect(item).toBe(before[i]));
    expect(before[0]).toHaveTextContent(/^t=0 · /);
  });

  it('playing faster than anyone reads, shows the slow frame’s lines; paused, the newest at once', async () => {
    const { store } = await startedStore(SCENARIO);
    const atStart = store.getState().frame;
    await store.getState().seek(2);
    // As while playing at 100 ticks/s between two slow frames: the lines stay as they were at tick 0.
    store.setState({ playing: true, speed: 100, slowFrame: atStart });
    renderWithStore(<NarrationPanel />, store);
    const list = screen.getByRole('list', { name: /What happened/ });
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(/^t=0 · /);
    act(() => store.getState().pause());
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(/^t=2 · /);
    expect(screen.getByRole('status').textContent).toMatch(/t=2 · /);
  });
});
