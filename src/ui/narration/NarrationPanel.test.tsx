import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { NarrationPanel } from './NarrationPanel';
import { FIRST_LINES } from './useLinesInView';

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

  it('groups the digits of a late tick, in the list and in what it announces', async () => {
    const { store } = await startedStore({
      ...SCENARIO,
      processes: [{ pid: 1, name: 'long', type: 'USER', arrival: 0, bursts: [1_500] }],
    });
    renderWithStore(<NarrationPanel />, store);
    await act(() => store.getState().seek(1_500));
    const list = screen.getByRole('list', { name: /What happened/ });
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(/^t=1,500 · /);
    expect(screen.getByRole('status')).toHaveTextContent(/t=1,500 · /);
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

/** The marker near the view (true) or not, as the browser's IntersectionObserver would report it. */
let report: (near: boolean) => void = () => undefined;

describe('NarrationPanel with many lines', () => {
  // Four processes taking turns a tick at a time: every tick adds lines, far more than a list shows.
  const BUSY = {
    ...SCENARIO,
    scheduler: { policy: 'RR', quantum: 1 },
    processes: [1, 2, 3, 4].map((pid) => ({ pid, name: `p${pid}`, type: 'AI_INFERENCE', arrival: 0, bursts: [40] })),
  };
  const observed: Element[] = [];
  afterEach(() => {
    vi.unstubAllGlobals();
    observed.length = 0;
  });
  const stubObserver = () =>
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(cb: (entries: { isIntersecting: boolean }[]) => void) {
          report = (near) => cb([{ isIntersecting: near }]);
        }
        observe(el: Element) {
          observed.push(el);
        }
        disconnect() {}
      },
    );

  it('makes only the newest lines until the end of them comes near the view, and says how many there are', async () => {
    stubObserver();
    const { store } = await startedStore(BUSY);
    await act(() => store.getState().seek(60));
    const total = store.getState().frame?.narration.length ?? 0;
    expect(total).toBeGreaterThan(2 * FIRST_LINES);
    renderWithStore(<NarrationPanel />, store);
    const list = screen.getByRole('list', { name: /What happened/ });
    let items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(FIRST_LINES);
    expect(items[0]).toHaveTextContent(/^t=60 · /);
    expect(items[0]).toHaveAttribute('aria-setsize', String(total));
    expect(items[FIRST_LINES - 1]).toHaveAttribute('aria-posinset', String(FIRST_LINES));
    // The marker, after the last line made, is what is watched.
    expect(observed.at(-1)).toBe(list.lastElementChild);

    act(() => report(false));
    expect(within(list).getAllByRole('listitem')).toHaveLength(FIRST_LINES);
    act(() => report(true));
    items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2 * FIRST_LINES);
    // Newest first still, without a gap: the lines made next are the ones before the last shown.
    expect(items.map((li) => li.getAttribute('aria-posinset'))).toEqual(items.map((_, i) => String(i + 1)));
    for (let i = 0; i < 10; i++) act(() => report(true));
    expect(within(list).getAllByRole('listitem')).toHaveLength(total);
    expect(list.querySelector('.narration-more')).toBeNull();

    // Scrolled back to the top, only the first lines are made again.
    fireEvent.scroll(list, { target: { scrollTop: 0 } });
    expect(within(list).getAllByRole('listitem')).toHaveLength(FIRST_LINES);
  });

  it('a jump writes the newest lines into the items made, and no more', async () => {
    stubObserver();
    const { store } = await startedStore(BUSY);
    await act(() => store.getState().seek(30));
    renderWithStore(<NarrationPanel />, store);
    const list = screen.getByRole('list', { name: /What happened/ });
    const before = within(list).getAllByRole('listitem');
    await act(() => store.getState().seek(100));
    const after = within(list).getAllByRole('listitem');
    expect(after).toHaveLength(FIRST_LINES);
    expect(after[0]).toHaveTextContent(/^t=100 · /);
    after.forEach((item, i) => expect(item).toBe(before[i]));
  });

  it('without an IntersectionObserver, makes every line', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { store } = await startedStore(BUSY);
    await act(() => store.getState().seek(60));
    renderWithStore(<NarrationPanel />, store);
    const list = screen.getByRole('list', { name: /What happened/ });
    expect(within(list).getAllByRole('listitem')).toHaveLength(store.getState().frame?.narration.length ?? 0);
  });
});
